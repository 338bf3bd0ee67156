import { describe, expect, it } from "vitest";
import actors from "@/data/actors.json";
import { DEFAULT_PAIR } from "@/lib/actors";
import { indexPositions, snapshot, toRelation, type Coded } from "@/lib/analysis";
import { toGapSpan, toSpectrumRows } from "@/lib/view/spectrum";
import type { IssueView } from "@/lib/view/view-model";

const issue = (id: string): IssueView => ({ id, title: id, question: "?", spectrum: [0, 1, 2, 3, 4, 5].map((value) => ({ value, label: `o${value}` })) });
const coded = (actor: string, ideal: number, acceptable: [number, number], issueId = "x"): Coded => ({
  id: `${actor}-${issueId}`, actor, issue: issueId, validFrom: "2025-01-01", ideal, acceptable, salience: 3,
});

describe(toSpectrumRows, () => {
  it("pairs each issue with its relation, in the snapshot's order", () => {
    const issues = [issue("x"), issue("y")];
    const snap = snapshot(indexPositions([coded("a", 0, [0, 1]), coded("b", 5, [4, 5]), coded("a", 2, [2, 3], "y")]), issues, "2025-06-01", "a", "b");
    const rows = toSpectrumRows(snap, issues);
    expect(rows.map((row) => [row.issue.id, row.relation.issue, row.relation.kind])).toEqual([
      ["x", "x", "conflict"],
      ["y", "y", "unknown"],
    ]);
  });
});

describe(toGapSpan, () => {
  const span = (a: [number, number], b: [number, number]) => toGapSpan(toRelation("x", 6, coded("a", a[0], a), coded("b", b[1], b)));
  it("runs from the centre of one side's last option to the centre of the other's first", () => {
    expect(span([0, 1], [4, 5])).toEqual({ from: 1.5, to: 4.5 });
    expect(span([4, 5], [0, 1])).toEqual({ from: 1.5, to: 4.5 });
  });
  it("still spans a whole option between ranges one step apart", () => {
    expect(span([0, 1], [2, 3])).toEqual({ from: 1.5, to: 2.5 });
  });
  it("is undefined where the sides meet or one is unknown", () => {
    expect(span([0, 2], [2, 3])).toBeUndefined();
    expect(toGapSpan(toRelation("x", 6, coded("a", 0, [0, 1]), undefined))).toBeUndefined();
  });
});

describe("DEFAULT_PAIR", () => {
  it("names two different actors of the data", () => {
    const ids = actors.map((a) => a.id);
    expect(DEFAULT_PAIR[0]).not.toBe(DEFAULT_PAIR[1]);
    for (const id of DEFAULT_PAIR) expect(ids).toContain(id);
  });
});
