import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { toStatementsCsv, toStatementsJson } from "@/lib/files/data-files";
import { IMPORT_LIMITS, readImportFile, readImportText, validateImport, type ReadResult } from "@/lib/files/import";
import { inspectStoredImport, readStoredImport, type StoredImport } from "@/lib/files/imported-data";
import type { Statement } from "@/lib/schema";
import { fuzz } from "./fuzz";
import { bytesOf, dataset, info, TODAY } from "./import-helpers";

/*
 * Issue 15: nothing an analyst imports is lost or misread. Each block below is a defect a hostile
 * test found; each test failed before its fix.
 */

const problemsOf = (result: { ok: boolean; problems?: { where: string; message: string }[] }) => (result.ok ? [] : result.problems!.map((p) => `${p.where}: ${p.message}`));
const newStatement = (over: Partial<Statement>): Statement => ({ ...dataset.statements[0]!, id: "my-own-statement", ...over });

/** A file through the importer and the whole-dataset check, then kept and read back as the views read it. */
function importAndReadBack(statements: Statement[], format: "json" | "csv" = "json") {
  const text = format === "json" ? toStatementsJson(statements, info) : toStatementsCsv(statements, info.version);
  const read = readImportText(`mine.${format}`, text);
  if (!read.ok) return { read };
  const checked = validateImport(dataset, read.file, undefined, "merge", TODAY, info.version, info.currentTo);
  if (!checked.ok) return { read, checked };
  return { read, checked, back: readStoredImport(JSON.stringify(checked.stored)) };
}

describe("one rule for writing and reading the stored import", () => {
  it.each(["HTTPS://example.org/page", "Https://example.org/page", "https:example.org/page", " https://example.org/page", "ht\ttps://example.org/page", "https://EXAMPLE.org/a b"])(
    "keeps %j in a form the reader reads back",
    (url) => {
      const { checked, back } = importAndReadBack([newStatement({ source: { ...dataset.statements[0]!.source, url } })]);
      expect(checked?.ok).toBe(true);
      expect(back).toBeDefined();
      expect(back).toEqual(checked?.ok ? checked.stored : undefined);
      expect(back!.statements!.records[0]!.source.url).toMatch(/^https:\/\//);
    },
  );

  // each case runs the whole-dataset check: 400 take about 2 s on a 2-core machine, too near vitest's default 5 s
  it("reads back, field for field, anything the importer accepts (property)", () => {
    const scheme = fc.constantFrom("https://", "HTTPS://", "Https://", "https:", " https://", "https:\t//");
    const words = fc.stringMatching(/^[A-Za-z0-9 ,.'’;:()-]{1,120}$/).filter((t) => t.trim().length > 0);
    fuzz(
      fc.property(scheme, fc.stringMatching(/^[a-z]{1,12}$/), words, words, (prefix, host, summary, event) => {
        const statement = newStatement({ summary: summary.trim(), event: event.trim(), source: { ...dataset.statements[0]!.source, url: `${prefix}${host}.org/x` } });
        const { read, checked, back } = importAndReadBack([statement]);
        if (!read.ok || !checked?.ok) return; // refused with a message: nothing kept, nothing to lose
        expect(back).toEqual(checked.stored);
      }),
      400,
    );
  }, 20_000);

  it("reads an import kept before quotes carried their language, as English quotes", () => {
    const older: Partial<Statement> = { ...dataset.statements[0]! };
    delete older.quoteLanguage;
    delete older.quoteTranslation;
    delete older.quoteNote;
    const stored = { format: 1, mode: "merge", baseVersion: "2026-06-21.r1", statements: { fileName: "old.csv", importedAt: "2026-11-01T00:00:00Z", records: [older] } };
    expect(readStoredImport(JSON.stringify(stored))?.statements?.records[0]).toMatchObject({ quoteLanguage: "en", quoteTranslation: "", quoteNote: "" });
  });
});

describe("a stored import that cannot be read says what is wrong in it", () => {
  const good = importAndReadBack([newStatement({ source: { ...dataset.statements[0]!.source, url: "https://example.org/mine" } })]).back!;
  it("names the record and the field", () => {
    const broken = structuredClone(good) as StoredImport & { statements: { records: Record<string, unknown>[] } };
    (broken.statements.records[0]!.source as Record<string, unknown>).url = "javascript:alert(1)";
    const reading = inspectStoredImport(JSON.stringify(broken));
    expect(reading.stored).toBeUndefined();
    expect(reading.problems).toEqual(['statements record 1 (id "my-own-statement"), field source.url: expected an https:// link']);
  });
  it("says when the stored text is not JSON", () => {
    expect(inspectStoredImport("{not json").problems[0]).toMatch(/^The stored text is not JSON/);
  });
});

describe("no silent wipes: a file with no records is nothing to import", () => {
  const header = toStatementsCsv([], info.version);
  it.each([
    ["a header-only CSV", "mine.csv", header],
    ["a CSV of the header and empty lines", "mine.csv", `${header}\r\n\r\n`],
    ["an empty JSON list", "mine.json", "[]"],
    ["a download with no statements", "mine.json", toStatementsJson([], info)],
    ["a file of spaces", "mine.csv", "   \n  "],
  ])("refuses %s", (_what, name, text) => {
    const result = readImportFile(name, bytesOf(text));
    expect(result.ok).toBe(false);
    expect(problemsOf(result).join("\n")).toMatch(/nothing to import/i);
  });
});

describe("an empty list beside a full one", () => {
  it("imports the full list and leaves the earlier import of the other kind alone", () => {
    const earlier = importAndReadBack([newStatement({ source: { ...dataset.statements[0]!.source, url: "https://example.org/earlier" } })]).back!;
    const read = readImportText("mine.json", JSON.stringify({ statements: [], positions: dataset.positions.slice(0, 2) }));
    expect(read.ok && read.file.statements).toBeUndefined();
    if (!read.ok) return;
    const checked = validateImport(dataset, read.file, earlier, "merge", TODAY, info.version, info.currentTo);
    expect(checked.ok && checked.stored.statements).toEqual(earlier.statements);
  });
});

describe("records the views cannot show", () => {
  it("refuses a statement dated after the data's last day, saying why", () => {
    const late = new Date(Date.parse(`${info.currentTo}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const read = readImportText("mine.json", JSON.stringify([newStatement({ date: late, source: { ...dataset.statements[0]!.source, date: late } })]));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const today = "2099-01-01"; // not in the future: only after the data
    const checked = validateImport(dataset, read.file, undefined, "merge", today, info.version, info.currentTo);
    expect(problemsOf(checked)).toEqual([`[0] (id "my-own-statement"), field date: ${late} is after ${info.currentTo}, the last day Parley’s data and its time controls reach, so no view could show it. Date it on or before ${info.currentTo}.`]);
  });
});

describe("text that cannot spoof or break layout", () => {
  const refused = (summary: string) => problemsOf(readImportText("mine.json", JSON.stringify([newStatement({ summary })]))).join("\n");
  it("refuses a 1.5 MB word", () => {
    expect(refused("x".repeat(1_500_000))).toMatch(/field summary: is 1,500,000 characters long; the limit is 1,000/);
  });
  it("refuses a run of characters no page can wrap", () => {
    expect(refused(`Said ${"y".repeat(200)} today`)).toMatch(/run of more than 80 characters without a space/);
  });
  it.each([["\u202E", "U+202E"], ["\u2066", "U+2066"], ["\u200B", "U+200B"], ["\uFEFF", "U+FEFF"]])("refuses an invisible formatting character %#", (char, code) => {
    expect(refused(`Putin said${char} no`)).toContain(`invisible formatting character (${code}`);
  });
  it("keeps a genuine leading apostrophe through a CSV round trip, and still guards formulas", () => {
    const texts = ["'Peace' was his word", "'=not a formula", "=SUM(A1:A2)", "-5 points", "''twice"];
    const statements = texts.map((summary, i) => newStatement({ id: `mine-${i}`, summary }));
    const csv = toStatementsCsv(statements, info.version);
    const cells = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data.map((row) => row.summary);
    for (const cell of cells) expect(cell).toMatch(/^'/); // a spreadsheet runs none of them
    const read = readImportText("mine.csv", csv);
    expect(read.ok && read.file.statements!.map((s) => s.summary)).toEqual(texts);
  });
});

describe("the small ones", () => {
  it("names the row of an unclosed quote, not the one after it", () => {
    const csv = toStatementsCsv(dataset.statements.slice(0, 3), info.version).split("\r\n");
    csv[3] = csv[3]!.replace(/,([^,]*)$/, ',"$1'); // the third record (spreadsheet row 4) opens a quote it never closes
    expect(problemsOf(readImportFile("mine.csv", bytesOf(csv.join("\r\n")))).find((p) => p.includes("double quote"))).toMatch(/^Row 4: has a double quote that is never closed$/);
  });
  it("says “at least” when it stopped counting problems", () => {
    const bad = Array.from({ length: 5_000 }, (_, i) => ({ ...dataset.positions[0]!, id: `p-${i}`, ideal: "x" }));
    const result: ReadResult = readImportText("mine.json", JSON.stringify(bad));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.capped).toBe(true);
    expect(result.total).toBe(IMPORT_LIMITS.maxProblems * 10);
    expect(result.problems).toHaveLength(IMPORT_LIMITS.maxProblems);
  });
});
