import { describe, expect, it } from "vitest";
import { coverage, noPositionCells, type CoverageCell, type CoverageInput } from "@/lib/coverage";
import { positionStrength, type Strength } from "@/lib/evidence";
import { validateDataset, type Dataset, type RawDataset } from "@/lib/schema";
import { cellLines, coverageSentence, coverageStep, NO_POSITION } from "@/lib/view/coverage";
import { loadBase } from "./load-fixture";

const TODAY = "2026-11-27";

function validate(raw: RawDataset): Dataset {
  const { dataset, problems } = validateDataset(raw, TODAY);
  expect(problems).toEqual([]);
  return dataset!;
}

/** The matrix input of a dataset, each position graded by the shared evidence rule, as the methodology page does. */
function inputOf(dataset: Dataset): CoverageInput {
  const byId = new Map(dataset.statements.map((s) => [s.id, s]));
  return { ...dataset, strengthOf: new Map(dataset.positions.map((p) => [p.id, positionStrength(p, byId)])) };
}

const names = (dataset: Dataset) => new Map(dataset.actors.map((a) => [a.id, a.name]));

type Rec = { [key: string]: unknown };
const list = (raw: RawDataset, file: "actors" | "issues" | "statements" | "positions") => raw[file] as Rec[];

/**
 * The base fixture (Russia and Ukraine on the ceasefire) grown by one issue, one actor and three
 * records: Russia coded on the new issue from two low-confidence statements (a weak position, and an
 * earlier one listed after the later), Ukraine speaking on it without a position, China speaking on the
 * ceasefire without one, and nothing at all from China on the new issue.
 */
function grown(): Dataset {
  const raw = loadBase();
  const [ceasefire] = list(raw, "issues");
  list(raw, "issues").push({ ...structuredClone(ceasefire), id: "talks-format", title: "Talks format" });
  list(raw, "actors").push({
    id: "china", name: "China", shortName: "China", kind: "third-party", color: "--color-actor-china", pattern: "crosshatch", shape: "triangle", description: "Fixture.",
  });
  const [ruStatement, uaStatement] = list(raw, "statements");
  const statement = (from: Rec, over: Rec) => ({ ...structuredClone(from), quote: "", ...over, source: { ...(from.source as Rec), url: `https://example.org/${String(over.id)}` } });
  list(raw, "statements").push(
    statement(ruStatement!, { id: "ru-2024-06-14-talks", date: "2024-06-14", issues: ["talks-format", "talks-format"], confidence: "low" }),
    statement(ruStatement!, { id: "ru-2025-05-11-talks", date: "2025-05-11", issues: ["talks-format"], confidence: "low" }),
    statement(uaStatement!, { id: "ua-2025-05-11-talks", date: "2025-05-11", issues: ["talks-format", "ceasefire"] }),
    statement(uaStatement!, { id: "cn-2025-05-12-ceasefire", actor: "china", date: "2025-05-12", issues: ["ceasefire"] }),
  );
  const [ruPosition] = list(raw, "positions");
  list(raw, "positions").push(
    { ...structuredClone(ruPosition), id: "ru-talks-2025-05-11", issue: "talks-format", validFrom: "2025-05-11", evidence: ["ru-2025-05-11-talks"] },
    { ...structuredClone(ruPosition), id: "ru-talks-2024-06-14", issue: "talks-format", validFrom: "2024-06-14", evidence: ["ru-2024-06-14-talks"] },
  );
  return validate(raw);
}

const cellOf = (cells: readonly CoverageCell[], issue: string) => cells.find((c) => c.issue === issue)!;

describe(coverage, () => {
  it("codes Russia and Ukraine on the base fixture's one issue, from the day of their positions", () => {
    const dataset = validate(loadBase());
    const matrix = coverage(inputOf(dataset));
    expect(matrix.rows.map((row) => row.actor)).toEqual(["russia", "ukraine"]);
    expect(matrix.rows.map((row) => row.cells)).toEqual([
      [{ kind: "coded", actor: "russia", issue: "ceasefire", statements: 1, firstCoded: "2024-12-19", positions: 1, weak: 0, weakShare: 0 }],
      [{ kind: "coded", actor: "ukraine", issue: "ceasefire", statements: 1, firstCoded: "2024-12-19", positions: 1, weak: 0, weakShare: 0 }],
    ]);
    expect(matrix.columns).toEqual([{ issue: "ceasefire", actorsCoded: 2, positions: 2 }]);
    expect(matrix).toMatchObject({ cells: 2, noPosition: 0, noPositionWithStatements: 0, maxPositions: 1 });
  });

  it("finds every cell with no stated position, with or without statements", () => {
    const matrix = coverage(inputOf(grown()));
    expect(noPositionCells(matrix)).toEqual([
      { kind: "no-position", actor: "ukraine", issue: "talks-format", statements: 1 },
      { kind: "no-position", actor: "china", issue: "ceasefire", statements: 1 },
      { kind: "no-position", actor: "china", issue: "talks-format", statements: 0 },
    ]);
    expect(matrix).toMatchObject({ cells: 6, noPosition: 3, noPositionWithStatements: 2, maxPositions: 2 });
  });

  it("dates a cell by its first position, whatever the order of the records, and counts its weak positions", () => {
    const [russia] = coverage(inputOf(grown())).rows;
    expect(cellOf(russia!.cells, "talks-format")).toEqual({
      kind: "coded", actor: "russia", issue: "talks-format", statements: 2, firstCoded: "2024-06-14", positions: 2, weak: 2, weakShare: 1,
    });
  });

  it("counts a statement once on each issue it bears on, and only for its own actor", () => {
    const [russia, ukraine, china] = coverage(inputOf(grown())).rows;
    expect(cellOf(russia!.cells, "talks-format").statements).toBe(2); // one of the two lists the issue twice
    expect(cellOf(ukraine!.cells, "ceasefire").statements).toBe(2);
    expect(cellOf(china!.cells, "ceasefire").statements).toBe(1);
  });

  it("sums each row over the issues and each column over the actors", () => {
    const matrix = coverage(inputOf(grown()));
    expect(matrix.rows.map(({ actor, issuesCoded, positions, statements }) => ({ actor, issuesCoded, positions, statements }))).toEqual([
      { actor: "russia", issuesCoded: 2, positions: 3, statements: 3 },
      { actor: "ukraine", issuesCoded: 1, positions: 1, statements: 3 },
      { actor: "china", issuesCoded: 0, positions: 0, statements: 1 },
    ]);
    expect(matrix.columns).toEqual([
      { issue: "ceasefire", actorsCoded: 2, positions: 2 },
      { issue: "talks-format", actorsCoded: 1, positions: 2 },
    ]);
  });

  it("reads strength from a function as from a map, and counts a position the map does not know as not weak", () => {
    const dataset = grown();
    const input = inputOf(dataset);
    const map = input.strengthOf as ReadonlyMap<string, Strength>;
    expect(coverage({ ...input, strengthOf: (id) => map.get(id)! })).toEqual(coverage(input));
    const [russia] = coverage({ ...input, strengthOf: new Map() }).rows;
    expect(cellOf(russia!.cells, "talks-format")).toMatchObject({ weak: 0, weakShare: 0 });
  });

  it("leaves out records of actors or issues it was not given, and keeps the order it was given", () => {
    const dataset = grown();
    const matrix = coverage({ ...inputOf(dataset), actors: [{ id: "ukraine" }], issues: [{ id: "talks-format" }, { id: "ceasefire" }] });
    expect(matrix.rows.map((row) => row.cells.map((c) => `${c.issue}:${c.kind}`))).toEqual([["talks-format:no-position", "ceasefire:coded"]]);
    expect(matrix).toMatchObject({ cells: 2, noPosition: 1, maxPositions: 1 });
  });

  it("is empty, not broken, with no actors", () => {
    expect(coverage({ actors: [], issues: [{ id: "ceasefire" }], positions: [], statements: [], strengthOf: new Map() })).toEqual({
      rows: [], columns: [{ issue: "ceasefire", actorsCoded: 0, positions: 0 }], cells: 0, noPosition: 0, noPositionWithStatements: 0, maxPositions: 0,
    });
  });
});

describe(coverageSentence, () => {
  it("groups the actors by issues coded, most first, and counts the cells with no stated position", () => {
    const dataset = grown();
    expect(coverageSentence(coverage(inputOf(dataset)), dataset.issues.length, names(dataset))).toBe(
      "Russia: coded on all 2 issues; Ukraine: 1; China: none. 3 of the 6 cells have no stated position.",
    );
  });
  it("names actors coded alike together, in the data's order", () => {
    const dataset = validate(loadBase());
    expect(coverageSentence(coverage(inputOf(dataset)), dataset.issues.length, names(dataset))).toBe(
      "Russia and Ukraine: coded on 1 issue. Every one of the 2 cells has a coded position.",
    );
  });
  it("says one cell in the singular, and an actor the names do not know by its id", () => {
    const dataset = grown();
    const matrix = coverage({ ...inputOf(dataset), actors: [{ id: "russia" }, { id: "ukraine" }], issues: [{ id: "ceasefire" }, { id: "talks-format" }] });
    expect(coverageSentence(matrix, 2, new Map([["russia", "Russia"]]))).toBe("Russia: coded on all 2 issues; ukraine: 1. 1 of the 4 cells has no stated position.");
  });
});

describe(cellLines, () => {
  it("gives a coded cell its first day, counts and weak share", () => {
    const [russia] = coverage(inputOf(grown())).rows;
    expect(cellLines(cellOf(russia!.cells, "talks-format"))).toEqual({ kind: "coded", from: "from 14 Jun 2024", positions: "2 positions", statements: "2 statements", weak: "100% weak" });
    expect(cellLines(cellOf(russia!.cells, "ceasefire"))).toEqual({ kind: "coded", from: "from 19 Dec 2024", positions: "1 position", statements: "1 statement", weak: "0% weak" });
  });
  it("gives a cell with no position the finding and why", () => {
    const [, ukraine, china] = coverage(inputOf(grown())).rows;
    expect(cellLines(cellOf(ukraine!.cells, "talks-format"))).toEqual({ kind: "no-position", finding: NO_POSITION, why: "1 statement, not coded" });
    expect(cellLines(cellOf(china!.cells, "talks-format"))).toEqual({ kind: "no-position", finding: "No stated position", why: "no statement in the data" });
  });
});

describe(coverageStep, () => {
  const coded = (positions: number): CoverageCell => ({ kind: "coded", actor: "a", issue: "i", statements: 0, firstCoded: "2025-01-01", positions, weak: 0, weakShare: 0 });
  it("shades by positions: none, 1, 2–3, 4–6, 7 or more", () => {
    expect(coverageStep({ kind: "no-position", actor: "a", issue: "i", statements: 3 })).toBe(0);
    expect([1, 2, 3, 4, 6, 7, 40].map((n) => coverageStep(coded(n)))).toEqual([1, 2, 2, 3, 3, 4, 4]);
  });
});
