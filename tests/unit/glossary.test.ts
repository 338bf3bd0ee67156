import { describe, expect, it } from "vitest";
import actors from "@/data/actors.json";
import glossary from "@/data/glossary.json";
import statements from "@/data/statements.json";
import issues from "@/data/issues.json";
import worksheets from "@/data/worksheets.json";
import { ActorSchema, StatementSchema, termIn, validateGlossary, validateWorksheets } from "@/lib/schema";

/* Each side's words: the rules that keep every term a quotation, and what the data holds. */

const dataset = { actors: actors.map((a) => ActorSchema.parse(a)), statements: statements.map((s) => StatementSchema.parse(s)) };
const entry = glossary[0]!;

describe(validateGlossary, () => {
  it("accepts data/glossary.json: at least ten entries, each with two actors' words", () => {
    const { entries, problems } = validateGlossary(glossary, dataset);
    expect(problems).toEqual([]);
    expect(entries!.length).toBeGreaterThanOrEqual(10);
  });
  it("refuses a term that is not in the quote it cites, and a statement by another actor, naming the field", () => {
    const usage = entry.usages[0]!;
    const paraphrased = { ...entry, usages: [{ ...usage, term: "a phrase nobody said" }, ...entry.usages.slice(1)] };
    expect(validateGlossary([paraphrased], dataset).problems).toEqual([
      {
        file: "data/glossary.json",
        record: `"${entry.id}"`,
        field: "usages.0.statements.0",
        message: `"a phrase nobody said" is not in the quote of "${usage.statements[0]}" nor in its translation: a term is quoted, never paraphrased`,
      },
    ]);
    const other = entry.usages.find((u) => u.actor !== usage.actor)!;
    const wrongActor = { ...entry, usages: [{ ...usage, statements: other.statements }, ...entry.usages.slice(1)] };
    expect(validateGlossary([wrongActor], dataset).problems[0]?.message).toContain(`not ${usage.actor}`);
    expect(validateGlossary([{ ...entry, usages: entry.usages.filter((u) => u.actor === usage.actor) }], dataset).problems[0]?.message).toBe(
      "an entry sets the words of at least two actors side by side",
    );
  });
  it("tells a term in the verbatim quote from one only in Parley's translation", () => {
    expect(termIn("Kyiv", { quote: "we told Kyiv", quoteTranslation: "" })).toBe("quote");
    expect(termIn("truce", { quote: "rozejm", quoteTranslation: "a truce" })).toBe("translation");
    expect(termIn("peace", { quote: "war", quoteTranslation: "" })).toBeUndefined();
  });
});

describe(validateWorksheets, () => {
  it("accepts data/worksheets.json: three questions for every issue", () => {
    expect(validateWorksheets(worksheets, { issues: issues as never }).problems).toEqual([]);
  });
  it("names a missing issue, a second sheet and a question that is not one", () => {
    const [first, ...rest] = worksheets;
    expect(validateWorksheets(rest, { issues: issues as never }).problems.map((p) => p.message)).toEqual([`issue "${first!.issue}" has no worksheet`]);
    expect(validateWorksheets([...worksheets, first], { issues: issues as never }).problems.map((p) => p.message)).toEqual([`a second worksheet for "${first!.issue}"`]);
    const statement = { ...first!, questions: ["Say what each side wants.", ...first!.questions.slice(1)] };
    expect(validateWorksheets([statement, ...rest], { issues: issues as never }).problems[0]).toMatchObject({ field: "questions.0", message: "a question ends with ?" });
  });
});
