import { Cite, plugins } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import "@citation-js/plugin-csl";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toCitation, toCitationKey, type CitationRecord } from "@/lib/files/cite";
import { CITATION_FILES, escapeBibtex, issuedOf, toBibtex, toCslItem, toCslJson, toRis } from "@/lib/files/citation";

/*
 * Each citation file read back by a real parser: Citation.js (@citation-js/core with its BibTeX,
 * RIS and CSL plugins, one maintained MIT project), which turns BibTeX and RIS into CSL-JSON, the
 * form reference managers exchange; its CSL plugin renders CSL-JSON with citeproc-js, Zotero's
 * citation processor. BibTeX is read in strict biblatex mode,
 * which refuses an entry of an unknown type or missing a required field. RIS has no stricter
 * parser worth the name (Citation.js skips lines it cannot read), so its lines are also held to
 * the specification's grammar here.
 */

plugins.config.get("@bibtex").parse.strict = true;

const record: CitationRecord = {
  title: "Russia and Ukraine on every issue (strong evidence only)",
  date: "2025-06-02",
  version: "2026-10-10.r3",
  actors: ["Russia", "Ukraine"],
  permalink: "https://parley.example/?date=2025-06-02&a=russia&b=ukraine&evidence=strong",
  accessed: "2026-12-04",
};
const key = toCitationKey("/", { date: record.date, a: "russia", b: "ukraine", strong: true });
const title = "Russia and Ukraine on every issue (strong evidence only), as of 2 June 2025";

const parseBibtex = async (text: string) => (await Cite.async(text, { forceType: "@biblatex/text" })).data;
const parseRis = (text: string) => new Cite(text, { forceType: "@ris/file" }).data;
const date = (iso: string) => ({ "date-parts": [iso.split("-").map(Number)] });

/** What every format must carry back, as CSL-JSON variables. */
function expectRoundTrip(item: Record<string, unknown> | undefined) {
  expect(item).toBeDefined();
  expect(item).toMatchObject({ type: "dataset", title, version: record.version, URL: record.permalink, publisher: "Parley", issued: date("2026-10-10"), accessed: date(record.accessed) });
  expect(String(item!.keyword).split(/,\s*/)).toEqual(["Russia", "Ukraine"]);
  expect(item!.note).toContain(`version ${record.version}`);
  expect(item!.note).toContain(`as of ${record.date}`);
  expect(item!.note).toContain("actors compared: Russia and Ukraine");
  expect(JSON.stringify(item!.author)).toContain("Parley");
}

describe(toCitation, () => {
  it("says the title, the as-of date, the version, the permalink and the day it was read", () => {
    expect(toCitation(record)).toBe(`Parley, “${record.title}”, as of 2 June 2025. Dataset version 2026-10-10.r3. ${record.permalink} (accessed 4 December 2026).`);
    expect(toCitation({ ...record, accessed: "" })).not.toContain("accessed");
  });
});

describe(toCitationKey, () => {
  it("names the view, the pair and the date, as the chart images are named, and marks the strong-evidence view", () => {
    expect(toCitationKey("/", { date: "2025-06-02", a: "russia", b: "ukraine" })).toBe("parley-overview-russia-ukraine-2025-06-02");
    expect(toCitationKey("/issues/ceasefire/", { date: "2025-06-02", a: "ukraine", b: "russia", strong: true })).toBe("parley-ceasefire-ukraine-russia-2025-06-02-strong");
  });
});

describe(issuedOf, () => {
  it("reads the day a version was issued from its date stamp, or falls back", () => {
    expect(issuedOf("2026-10-10.r3", "2025-06-02")).toBe("2026-10-10");
    expect(issuedOf("", "2025-06-02")).toBe("2025-06-02");
  });
});

describe(escapeBibtex, () => {
  it("escapes every character TeX treats specially, once", () => {
    expect(escapeBibtex("a & b % c $ d # e _ f { g } h ~ i ^ j \\ k")).toBe(
      "a \\& b \\% c \\$ d \\# e \\_ f \\{ g \\} h \\textasciitilde{} i \\textasciicircum{} j \\textbackslash{} k",
    );
  });
  it("gives back any title through a BibTeX parser unchanged", async () => {
    const alphabet = ["a", "Z", " ", "\\", "{", "}", "$", "&", "%", "#", "_", "~", "^", "é", "–", "“", "ї", "1"];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }), async (chars) => {
        // a title starts with a word; runs of spaces are one space in BibTeX, as in the writer
        const viewTitle = `View ${chars.join("")}`.replace(/\s+/g, " ");
        const [item] = await parseBibtex(toBibtex({ ...record, title: viewTitle }, "k"));
        expect(item?.title).toBe(`${viewTitle}, as of 2 June 2025`);
      }),
      { numRuns: 60 },
    );
  });
});

describe(toBibtex, () => {
  const bibtex = toBibtex(record, key);
  it("writes one @dataset entry keyed like the file", () => {
    expect(bibtex.startsWith(`@dataset{${key},\n`)).toBe(true);
    expect(bibtex.trimEnd().endsWith("}")).toBe(true);
  });
  it("reads back, strictly, with every field it was given", async () => {
    const items = await parseBibtex(bibtex);
    expect(items).toHaveLength(1);
    expect(items[0]!.id).toBe(key);
    expectRoundTrip(items[0]);
  });
  it("leaves no character TeX would act on unescaped outside the url field (a lenient parser would read it the same either way)", () => {
    const tricky = toBibtex({ ...record, title: "50% of A&B_C #1 costs $5 ~ ^" }, key);
    for (const line of tricky.split("\n").filter((l) => /^ {2}[a-z]+ = /.test(l) && !l.startsWith("  url = "))) {
      expect(line, line).not.toMatch(/(?<!\\)[&%$#_]/);
      expect(line, line).not.toMatch(/[~^]/);
    }
  });
  it("keeps the permalink's query as it is (a verbatim field)", () => {
    expect(bibtex).toContain(`url = {${record.permalink}},`);
  });
});

describe(toRis, () => {
  const ris = toRis(record, key);
  it("holds to the RIS line grammar: TY first, ER last, every line `XX  - value`, CR LF endings", () => {
    expect(ris.endsWith("\r\n")).toBe(true);
    const lines = ris.slice(0, -2).split("\r\n");
    expect(lines.every((line) => !line.includes("\n") && !line.includes("\r"))).toBe(true);
    expect(lines[0]).toBe("TY  - DATA");
    expect(lines.at(-1)).toBe("ER  - ");
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- \S.*$/);
    const tags = lines.map((line) => line.slice(0, 2));
    expect(tags.filter((tag) => tag === "TY" || tag === "ER")).toEqual(["TY", "ER"]);
    expect(tags.filter((tag) => tag === "KW")).toHaveLength(2);
  });
  it("reads back with every field it was given", () => {
    const items = parseRis(ris);
    expect(items).toHaveLength(1);
    expect(items[0]!.id).toBe(key);
    expectRoundTrip(items[0]);
  });
  it("keeps a value on its line whatever it holds", () => {
    const lines = toRis({ ...record, title: "Two\nlines" }, key).split("\r\n");
    expect(lines).toContain("TI  - Two lines, as of 2 June 2025");
  });
});

describe(toCslJson, () => {
  const items = JSON.parse(toCslJson(record, key)) as Record<string, unknown>[];
  // the variables of the CSL input schema (schemas/input/csl-data.json) that an item may hold; it allows no others
  const SCHEMA_VARIABLES = new Set(
    ("type id categories language journalAbbreviation shortTitle author chair collection-editor compiler composer container-author contributor curator " +
      "director editor editorial-director executive-producer interviewer illustrator organizer original-author performer producer recipient reviewed-author " +
      "translator accessed available-date container event-date issued original-date submitted abstract annote archive archive_collection archive_location " +
      "archive-place authority call-number chapter-number citation-number citation-label collection-number collection-title container-title " +
      "container-title-short dimensions division DOI edition event event-place first-reference-note-number genre ISAN ISBN ISCI ISMN ISRC ISSN ISWC issue " +
      "jurisdiction keyword locator medium note number number-of-pages number-of-volumes original-publisher original-publisher-place original-title page " +
      "page-first part part-title PMCID PMID printing publisher publisher-place references reviewed-title scale section source status supplement title " +
      "title-short translated-title translated-title-short URL version volume year-suffix custom").split(" "),
  );
  it("is an array of items with the schema's required id and type, and only the schema's variables", () => {
    expect(Array.isArray(items)).toBe(true);
    expect(items).toHaveLength(1);
    const item = items[0]!;
    expect(item.id).toBe(key);
    expect(item.type).toBe("dataset");
    expect(Object.keys(item).filter((name) => !SCHEMA_VARIABLES.has(name))).toEqual([]);
    expect(item.author).toEqual([{ literal: "Parley" }]);
  });
  it("gives its dates as date-parts: one [year, month, day] of numbers", () => {
    for (const name of ["issued", "accessed"]) {
      const value = items[0]![name] as { "date-parts": unknown[][] };
      expect(Object.keys(value)).toEqual(["date-parts"]);
      expect(value["date-parts"]).toHaveLength(1);
      expect(value["date-parts"][0]).toHaveLength(3);
      expect(value["date-parts"][0]!.every((part) => Number.isInteger(part))).toBe(true);
    }
    expect(toCslItem({ ...record, accessed: "" }, key)).not.toHaveProperty("accessed");
  });
  it("carries what the other formats carry, and reads back through Citation.js", () => {
    expectRoundTrip(items[0]);
    expectRoundTrip(new Cite(items).data[0]);
  });
  it("renders with citeproc-js as a dataset, with its title, version and permalink", () => {
    const text = new Cite(items).format("bibliography", { template: "apa", format: "text", lang: "en-US" });
    expect(text).toContain(title);
    expect(text).toContain("[Dataset]");
    expect(text).toContain(record.version);
    expect(text).toContain(record.permalink);
  });
});

describe("the citation files", () => {
  it("say the same view in each format, with an extension and a media type each", () => {
    expect(CITATION_FILES.map((file) => file.extension)).toEqual(["bib", "ris", "json"]);
    for (const file of CITATION_FILES) {
      const text = file.write(record, key);
      expect(text, file.label).toContain(record.version);
      expect(text, file.label).toContain("Russia");
      expect(text, file.label).toContain("Ukraine");
      expect(file.type).toMatch(/^application\//);
    }
  });
});
