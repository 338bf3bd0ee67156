import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { toStatementsCsv, toStatementsJson } from "@/lib/files/data-files";
import { formatLanguage } from "@/lib/view/format";
import { readImportFile } from "@/lib/files/import";
import { StatementSchema, type Statement } from "@/lib/schema";
import { createStatementIndex, searchStatements } from "@/lib/statement-search";
import { bytesOf, dataset, info } from "./import-helpers";

/* Quotes in their own language: the record says which, and carries Parley's English rendering beside it. */

const english = dataset.statements[0]!;
const polish: Statement = {
  ...english,
  id: "test-polish-quote",
  quote: "Nasze ataki odwetowe są znacznie potężniejsze",
  quoteLanguage: "pl",
  quoteTranslation: "Our retaliatory strikes are far more powerful",
};

const problemsOf = (input: unknown) => {
  const result = StatementSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
};

describe("a statement's quote language", () => {
  it("takes a quote in Polish with Parley's English translation", () => {
    expect(problemsOf(polish)).toEqual([]);
  });
  it("reads a record written before the field as English, with no translation", () => {
    const older: Partial<Statement> = { ...english };
    delete older.quoteLanguage;
    delete older.quoteTranslation;
    expect(StatementSchema.parse(older)).toMatchObject({ quoteLanguage: "en", quoteTranslation: "" });
  });
  it("refuses a quote in another language without its translation, naming the field", () => {
    expect(problemsOf({ ...polish, quoteTranslation: "" })).toEqual(['quoteTranslation: the quote is in "pl": give Parley\'s English translation']);
  });
  it("refuses a translation of an English quote, or of no quote", () => {
    expect(problemsOf({ ...english, quoteTranslation: "Something" })).toEqual(["quoteTranslation: the quote is in English: leave the translation empty (or set quoteLanguage)"]);
    expect(problemsOf({ ...polish, quote: "" })).toEqual(["quoteTranslation: there is no quote to translate"]);
  });
  it("refuses a language that is not a BCP 47 tag", () => {
    expect(problemsOf({ ...polish, quoteLanguage: "Polish" })).toEqual(["quoteLanguage: use a BCP 47 language tag such as en, pl, uk or ru"]);
  });
  it("names the language in English for the page", () => {
    expect(formatLanguage("pl")).toBe("Polish");
    expect(formatLanguage("uk")).toBe("Ukrainian");
  });
});

describe("downloads and imports carry both the quote and its translation", () => {
  it("round-trips a Polish quote through CSV and JSON, field for field", () => {
    for (const [name, text] of [
      ["statements.csv", toStatementsCsv([polish], info.version)],
      ["statements.json", toStatementsJson([polish], info)],
    ] as const) {
      const result = readImportFile(name, bytesOf(text));
      expect(result.ok && result.file.statements).toEqual([polish]);
    }
  });
  it("writes the language and the translation in columns of their own", () => {
    const [header, row] = Papa.parse<string[]>(toStatementsCsv([polish], info.version).slice(1), { skipEmptyLines: true }).data;
    expect(row![header!.indexOf("quoteLanguage")]).toBe("pl");
    expect(row![header!.indexOf("quoteTranslation")]).toBe(polish.quoteTranslation);
  });
  it("imports a CSV made before the columns existed, its quotes as English", () => {
    const csv = toStatementsCsv([english], info.version);
    const rows = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
    const older = Papa.unparse(rows.map((row) => Object.fromEntries(Object.entries(row).filter(([column]) => !column.startsWith("quoteL") && !column.startsWith("quoteT")))));
    const result = readImportFile("old-statements.csv", bytesOf(older));
    expect(result.ok && result.file.statements).toEqual([english]);
  });
});

describe("search finds a quote by its words and by its translation", () => {
  const index = createStatementIndex([polish, english]);
  it.each(["potężniejsze", "potezniejsze", "retaliatory"])("finds %s", (query) => {
    expect([...searchStatements(index, query).keys()]).toEqual([polish.id]);
  });
});
