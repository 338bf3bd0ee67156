import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import disputes from "@/data/disputes.json";
import documents from "@/data/documents.json";
import events from "@/data/events.json";
import glossary from "@/data/glossary.json";
import issues from "@/data/issues.json";
import positions from "@/data/positions.json";
import statements from "@/data/statements.json";
import { findForbidden, LOCALES, ownWords, parseTerminology, type Locale, type TermRecord } from "@/lib/terminology";

/*
 * The terminology sheet (docs/terminology.md): its rules parse, its tables agree with its rules, the
 * matcher reads quotation marks and word boundaries as the sheet says, and Parley's own words in
 * data/ use no form the sheet forbids.
 */

const sheet = readFileSync(path.join(process.cwd(), "docs", "terminology.md"), "utf8");
const rules = parseTerminology(sheet);

/** The rows of the first table after the heading line `heading`, each keyed by the header's cells. */
function table(markdown: string, heading: string): Record<string, string>[] {
  const lines = markdown.split("\n");
  const at = lines.findIndex((l) => l.trim() === heading);
  if (at === -1) throw new Error(`the sheet has no heading "${heading}"`);
  const start = lines.findIndex((l, i) => i > at && l.startsWith("|"));
  const end = lines.findIndex((l, i) => i > start && !l.startsWith("|"));
  const [header, , ...body] = lines.slice(start, end === -1 ? undefined : end).map((l) => l.trim().replace(/^\||\|$/g, "").split("|").map((c) => c.trim()));
  return body.map((row) => Object.fromEntries(header!.map((name, k) => [name, row[k] ?? ""])));
}

const places = table(sheet, "## 1. Place names");
const terms = table(sheet, "## 2. Loaded terms");
const titles = table(sheet, "### Full titles");
const shortTitles = table(sheet, "### Short titles");
const COLUMN: Record<Locale, string> = { en: "English", uk: "Ukrainian", ru: "Russian" };

/** A small sheet for the matcher's own tests, so they do not move when the real sheet does. */
const fixture = parseTerminology(
  [
    "# test",
    "",
    "```terminology-forbidden",
    "en | Kiev | Kyiv | place name: test",
    "en | Kiev regime | the Ukrainian government | loaded term: test",
    "en | special military operation | the war | loaded term: test",
    "en | the Ukraine | Ukraine | place name: test",
    "uk | Киев | Київ | place name: test",
    "ru | киевск* режим* | правительство Украины | loaded term: test",
    "ru | Артемовск* | Бахмут | place name: test",
    "```",
    "",
    "```terminology-allowed",
    "en | the Ukraine crisis | the Ukraine | test",
    "```",
  ].join("\n"),
);
const summary = (text: string): TermRecord => ({ file: "data/statements.json", record: "ru-2022-02-24-test", field: "summary", text });
const hits = (text: string, locale: Locale = "en") => findForbidden([summary(text)], fixture, locale).map((p) => p.forbidden);

describe(parseTerminology, () => {
  it("reads the sheet's rules for en, uk and ru, each saying what kind of rule it is", () => {
    for (const locale of LOCALES) expect(rules.filter((r) => r.locale === locale).length, locale).toBeGreaterThanOrEqual(10);
    expect(rules.filter((r) => !/^(place name|loaded term|grammar): /.test(r.why)).map((r) => `line ${r.line}: ${r.why}`)).toEqual([]);
    expect(rules.find((r) => r.locale === "en" && r.forbidden === "Kiev")).toMatchObject({ useInstead: "Kyiv" });
  });
  it("attaches each exception to the rule it exempts", () => {
    expect(rules.find((r) => r.locale === "en" && r.forbidden === "the Ukraine")?.allowed).toContain("the Ukraine crisis");
    expect(rules.find((r) => r.locale === "ru" && r.forbidden === "Республик* Крым")?.allowed).toEqual(["Автономн* Республик* Крым"]);
  });
  const block = (...lines: string[]) => ["# sheet", "", "```terminology-forbidden", ...lines, "```"].join("\n");
  it("refuses a rule without four parts, or with an unknown locale, naming its line", () => {
    expect(() => parseTerminology(block("en | Kiev | Kyiv | place name: ok", "en | Kharkov | Kharkiv"))).toThrow(/^line 5: a rule has four parts .* this line has 3$/);
    expect(() => parseTerminology(block("en | Kiev | Kyiv | a | b"))).toThrow(/^line 4: .* this line has 5$/);
    expect(() => parseTerminology(block("de | Kiew | Kyiv | place name: not a locale"))).toThrow('line 4: unknown locale "de" (use en, uk, ru)');
    expect(() => parseTerminology(block("en | Kiev |  | place name: empty"))).toThrow(/^line 4: part 3 /);
  });
  it("refuses a repeated form, a * inside a word, an exception that exempts nothing, and a sheet without rules", () => {
    expect(() => parseTerminology(block("en | Kiev | Kyiv | place name: a", "en | KIEV | Kyiv | place name: b"))).toThrow('line 5: "KIEV" repeats the en rule of line 4');
    expect(() => parseTerminology(block("en | Ki*ev | Kyiv | place name: a"))).toThrow(/^line 4: .* may only end a word/);
    const allowed = (line: string) => `${block("en | Kiev | Kyiv | place name: a")}\n\n\`\`\`terminology-allowed\n${line}\n\`\`\``;
    expect(() => parseTerminology(allowed("en | Kharkov Oblast | Kharkov | not a rule"))).toThrow(/^line 8: "Kharkov" is not a rule for en/);
    expect(() => parseTerminology(allowed("en | Kyiv Oblast | Kiev | does not hold it"))).toThrow(/^line 8: "Kyiv Oblast" does not contain "Kiev"/);
    expect(() => parseTerminology("# no rules here")).toThrow("no terminology-forbidden block");
  });
});

describe("the terminology sheet", () => {
  it("lists in its place-name table every place form its rules recommend, in each locale", () => {
    for (const locale of LOCALES) {
      const forms = new Set(places.map((row) => row[COLUMN[locale]]));
      // "Dnipro or Dnipropetrovsk region": each alternative is a place of the table
      const missing = rules.filter((r) => r.locale === locale && r.why.startsWith("place name:")).flatMap((r) => r.useInstead.split(" or ").filter((form) => !forms.has(form)));
      expect(missing, locale).toEqual([]);
    }
    expect(places.length).toBeGreaterThanOrEqual(90);
  });
  it("recommends nothing its own rules forbid: no place name, neutral term or title in a locale trips that locale's rules", () => {
    for (const locale of LOCALES) {
      const cell = (name: string, rows: Record<string, string>[], column: string): TermRecord[] =>
        rows.map((row, k) => ({ file: "docs/terminology.md", record: `${name} ${k + 1}`, field: column, text: row[column] ?? "" }));
      const records = [
        ...cell("place", places, COLUMN[locale]),
        ...cell("term", terms, `Parley (${locale})`),
        ...cell("title", titles, COLUMN[locale]),
        ...cell("short title", shortTitles, COLUMN[locale]),
      ];
      expect(records.every((r) => r.text !== ""), locale).toBe(true);
      expect(findForbidden(records, rules, locale), locale).toEqual([]);
    }
  });
  it("names every key text of data/documents.json by its title and short title, with a Ukrainian and a Russian rendering of each", () => {
    const byId = (rows: Record<string, string>[]) => new Map(rows.map((row) => [row.id, row]));
    const full = byId(titles);
    const short = byId(shortTitles);
    for (const d of documents.documents) {
      expect(full.get(d.id)?.English, d.id).toBe(d.title);
      expect(short.get(d.id)?.English, d.id).toBe(d.shortTitle);
      for (const row of [full.get(d.id), short.get(d.id)]) expect([row?.Ukrainian, row?.Russian].every(Boolean), d.id).toBe(true);
    }
    expect([titles.length, shortTitles.length]).toEqual([documents.documents.length, documents.documents.length]);
  });
  it("sets every glossary entry beside Parley's term in each locale", () => {
    const things = terms.map((row) => row.thing?.split(":")[0]);
    expect(glossary.filter((g) => !things.includes(g.id)).map((g) => g.id)).toEqual([]);
  });
});

describe(findForbidden, () => {
  it("reports a forbidden form in Parley's words with its file, record, field and the text around it", () => {
    expect(findForbidden([summary("Lavrov said the talks in Kiev would resume after the holiday, with no date yet fixed for the next round.")], fixture, "en")).toEqual([
      {
        file: "data/statements.json",
        record: "ru-2022-02-24-test",
        field: "summary",
        forbidden: "Kiev",
        useInstead: "Kyiv",
        excerpt: "Lavrov said the talks in Kiev would resume after the holiday, with no…",
      },
    ]);
  });
  it("ignores the form inside each kind of quotation mark, but not beside an apostrophe", () => {
    for (const quoted of ["“Kiev”", '"Kiev"', "«Kiev»", "„Kiev“", "„Kiev”", "'Kiev'", "‘Kiev’", "'talks in Kiev'", "«переговоры „в Kiev“ сорваны»"])
      expect(hits(`Putin spoke of ${quoted} twice.`), quoted).toEqual([]);
    expect(hits("Moscow's envoy flew to Kiev; Zelensky’s aide stayed in Kiev's centre.")).toEqual(["Kiev", "Kiev"]);
    expect(hits("the leaders' Kiev meeting")).toEqual(["Kiev"]);
    expect(hits("an unpaired “Kiev remains checked")).toEqual(["Kiev"]);
  });
  it("matches whole words only, case-insensitively and across any spaces", () => {
    expect(hits("Kievan Rus' and Kievskaya station")).toEqual([]);
    expect(hits("KIEV and Kiev-held areas")).toEqual(["Kiev", "Kiev"]);
    expect(hits("what Moscow calls its special\u00a0military\noperation")).toEqual(["special military operation"]);
  });
  it("matches Cyrillic whole words, with * for any ending and ё read as е", () => {
    expect(hits("Делегація прибула в Киев учора.", "uk")).toEqual(["Киев"]);
    expect(hits("Делегація прибула до Киева, а не до Києва.", "uk")).toEqual([]);
    expect(hits("Лавров обвинил Киевский режим, говоря о киевском режиме.", "ru")).toEqual(["киевск* режим*", "киевск* режим*"]);
    expect(hits("Москва назвала «киевский режим» виновным.", "ru")).toEqual([]);
    expect(hits("бои у Артёмовска", "ru")).toEqual(["Артемовск*"]);
    expect(hits("бои у Артёмовска", "uk")).toEqual([]);
  });
  it("skips a rule's allowed phrases and cited record ids, and reports a hit inside a longer one once", () => {
    expect(hits("China's paper on the Ukraine crisis")).toEqual([]);
    expect(hits("aid to the Ukraine, and the Ukraine crisis")).toEqual(["the Ukraine"]);
    expect(hits("as ru-2022-04-01-kiev-talks and ru-2022-kiev-2022-04-01 show")).toEqual([]);
    expect(hits("the Kiev regime, Moscow said")).toEqual(["Kiev regime"]);
  });
});

describe("Parley's own words in data/", () => {
  const records = ownWords({ statements, positions, issues, documents, events, glossary, disputes });

  it("cover every summary, rationale and issue text, and never a quote, a translation, a source or a side's term", () => {
    const count = (file: string, field: string) => records.filter((r) => r.file === file && r.field === field).length;
    expect(count("data/statements.json", "summary")).toBe(statements.length);
    expect(count("data/positions.json", "rationale")).toBe(positions.length);
    expect(count("data/documents.json", "summary")).toBe(documents.provisions.length);
    expect(count("data/glossary.json", "parley")).toBe(glossary.length);
    expect(records.filter((r) => r.file === "data/issues.json" && r.field.endsWith(".label")).length).toBe(issues.reduce((n, i) => n + i.spectrum.length, 0));
    expect(records.filter((r) => /quote$|quoteTranslation|source|publisher|usages|sponsorLabel|numbers/.test(r.field))).toEqual([]);
  });
  it("use no form the sheet forbids in English", () => {
    expect(findForbidden(records, rules, "en")).toEqual([]);
  });
});
