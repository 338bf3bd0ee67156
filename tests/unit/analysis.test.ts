import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { citedBy, compareRanges, diff, findPosition, gapEdges, history, indexPositions, intersectRanges, positionAt, snapshot, toRelation } from "@/lib/analysis";
import type { Issue, Position } from "@/lib/schema";

const option = (value: number) => ({ value, label: `o${value}`, description: "d" });
const issue = (id: string, n = 5): Issue => ({ id, title: id, question: "?", description: "d", spectrum: Array.from({ length: n }, (_, i) => option(i)) });
const position = (over: Partial<Position>): Position => ({
  id: "p", actor: "ukraine", issue: "ceasefire", validFrom: "2025-03-11", ideal: 0, acceptable: [0, 1], salience: 3,
  evidence: ["s1"], rationale: "r", confidence: "high", ...over,
});

describe(compareRanges, () => {
  it("finds the zone of possible agreement where ranges intersect", () => {
    expect(compareRanges([0, 2], [1, 4])).toEqual({ relation: "overlap", zopa: [1, 2], gap: 0 });
  });
  it("treats ranges that touch on one option as overlapping on it", () => {
    expect(compareRanges([0, 2], [2, 4])).toEqual({ relation: "overlap", zopa: [2, 2], gap: 0 });
  });
  it("measures the gap between asks that never meet", () => {
    expect(compareRanges([1, 2], [4, 6])).toEqual({ relation: "conflict", gap: 2 });
  });
  it("counts adjacent ranges as one step apart", () => {
    expect(compareRanges([0, 1], [2, 3])).toEqual({ relation: "conflict", gap: 1 });
  });
  it("is symmetric", () => {
    expect(compareRanges([4, 6], [1, 2])).toEqual(compareRanges([1, 2], [4, 6]));
  });
});

describe(intersectRanges, () => {
  it("is what both ranges allow when they meet", () => {
    expect(intersectRanges([0, 2], [1, 4])).toEqual([1, 2]);
  });
  it("is the two edges of the gap, reversed, when they do not", () => {
    expect(intersectRanges([4, 6], [1, 2])).toEqual([4, 2]);
  });
});

describe(gapEdges, () => {
  it("gives the options either side of the gap, lower first, whichever range comes first", () => {
    expect(gapEdges([1, 2], [4, 6])).toEqual([2, 4]);
    expect(gapEdges([4, 6], [1, 2])).toEqual([2, 4]);
  });
  it("is as far apart as compareRanges' gap, for any two ranges that do not meet", () => {
    fc.assert(
      fc.property(fc.nat(8), fc.nat(3), fc.nat(8), fc.nat(3), (a, wa, b, wb) => {
        const x: [number, number] = [a, a + wa];
        const y: [number, number] = [b, b + wb];
        const edges = gapEdges(x, y);
        const ranges = compareRanges(x, y);
        expect(edges === undefined).toBe(ranges.relation === "overlap");
        if (edges) expect(edges[1] - edges[0]).toBe(ranges.gap);
      }),
    );
  });
  it("is undefined for ranges that meet, even on one option", () => {
    expect(gapEdges([0, 2], [2, 4])).toBeUndefined();
  });
});

describe(toRelation, () => {
  const a = position({ actor: "russia", ideal: 4, acceptable: [3, 4] });
  it("is unknown when a side is missing", () => {
    expect(toRelation("x", 5, a, undefined)).toMatchObject({ kind: "unknown", gap: 0 });
    expect(toRelation("x", 5, undefined, a).distance).toBeUndefined();
  });
  it("is agreement when the ideals are equal", () => {
    expect(toRelation("x", 5, a, position({ ideal: 4, acceptable: [2, 4] }))).toMatchObject({ kind: "agreement", zopa: [3, 4], distance: 0 });
  });
  it("is overlap with its ZOPA when ranges meet but ideals differ", () => {
    expect(toRelation("x", 5, a, position({ ideal: 1, acceptable: [1, 3] }))).toMatchObject({ kind: "overlap", zopa: [3, 3], gap: 0, distance: 0.75 });
  });
  it("is conflict with its gap when ranges do not meet", () => {
    expect(toRelation("x", 5, a, position({ ideal: 0, acceptable: [0, 1] }))).toMatchObject({ kind: "conflict", gap: 2, distance: 1 });
  });
  it("normalises the distance of ideals by the spectrum's length", () => {
    expect(toRelation("x", 3, position({ ideal: 0, acceptable: [0, 0] }), position({ ideal: 1, acceptable: [1, 1] })).distance).toBe(0.5);
  });
});

describe(positionAt, () => {
  const early = position({ id: "early", validFrom: "2022-03-01" });
  const late = position({ id: "late", validFrom: "2024-06-14", ideal: 1 });
  const positions = [late, early];
  it("returns nothing before the first position", () => {
    expect(positionAt(positions, "ukraine", "ceasefire", "2022-02-28")).toBeUndefined();
  });
  it("returns the position in force from its first day", () => {
    expect(positionAt(positions, "ukraine", "ceasefire", "2022-03-01")?.id).toBe("early");
    expect(positionAt(positions, "ukraine", "ceasefire", "2024-06-13")?.id).toBe("early");
    expect(positionAt(positions, "ukraine", "ceasefire", "2024-06-14")?.id).toBe("late");
  });
  it("agrees with the indexed search on every day", () => {
    const index = indexPositions(positions);
    for (const date of ["2022-01-01", "2022-03-01", "2023-01-01", "2024-06-14", "2030-01-01"])
      expect(findPosition(index, "ukraine", "ceasefire", date)).toBe(positionAt(positions, "ukraine", "ceasefire", date));
  });
  it("ignores other actors and issues", () => {
    expect(positionAt(positions, "russia", "ceasefire", "2025-01-01")).toBeUndefined();
    expect(positionAt(positions, "ukraine", "territory", "2025-01-01")).toBeUndefined();
  });
});

describe(snapshot, () => {
  const issues = [issue("ceasefire"), issue("territory")];
  const positions = [
    position({ id: "r1", actor: "russia", issue: "ceasefire", validFrom: "2022-01-01", ideal: 4, acceptable: [4, 4], salience: 5 }),
    position({ id: "u1", actor: "ukraine", issue: "ceasefire", validFrom: "2022-01-01", ideal: 0, acceptable: [0, 0], salience: 3 }),
    position({ id: "r2", actor: "russia", issue: "territory", validFrom: "2022-01-01", ideal: 2, acceptable: [2, 2], salience: 1 }),
    position({ id: "u2", actor: "ukraine", issue: "territory", validFrom: "2022-01-01", ideal: 2, acceptable: [1, 2], salience: 1 }),
  ];
  it("relates every issue in order and counts the kinds", () => {
    const snap = snapshot(indexPositions(positions), issues, "2023-01-01", "russia", "ukraine");
    expect(snap.relations.map((r) => r.kind)).toEqual(["conflict", "agreement"]);
    expect(snap.counts).toEqual({ unknown: 0, agreement: 1, overlap: 0, conflict: 1 });
  });
  it("weights the overall distance by salience", () => {
    // ceasefire: distance 1, weight (5+3)/2 = 4; territory: distance 0, weight 1 → 4/5
    expect(snapshot(indexPositions(positions), issues, "2023-01-01", "russia", "ukraine").overallDistance).toBeCloseTo(0.8);
  });
  it("has no overall distance before any position", () => {
    const snap = snapshot(indexPositions(positions), issues, "2021-12-31", "russia", "ukraine");
    expect(snap.overallDistance).toBeNull();
    expect(snap.counts.unknown).toBe(2);
  });
});

describe(history, () => {
  const issues = [issue("ceasefire")];
  const positions = [
    position({ id: "r1", actor: "russia", validFrom: "2022-01-01", ideal: 4, acceptable: [4, 4] }),
    position({ id: "u1", actor: "ukraine", validFrom: "2022-02-01", ideal: 0, acceptable: [0, 1] }),
    position({ id: "u2", actor: "ukraine", validFrom: "2023-01-01", ideal: 2, acceptable: [2, 3] }),
    position({ id: "r2", actor: "russia", validFrom: "2023-01-01", ideal: 3, acceptable: [3, 4] }),
    position({ id: "x", actor: "united-states", validFrom: "2022-06-01" }),
  ];
  const steps = history(positions, issues, "russia", "ukraine");
  it("takes a snapshot at each date a position of either actor changes, not daily", () => {
    expect(steps.map((s) => s.date)).toEqual(["2022-01-01", "2022-02-01", "2023-01-01"]);
  });
  it("makes one step of two changes on the same day", () => {
    expect(steps.at(-1)!.relations[0]).toMatchObject({ kind: "overlap", zopa: [3, 3] });
  });
  it("matches a snapshot taken on each step's date", () => {
    const index = indexPositions(positions);
    for (const step of steps) expect(step).toEqual(snapshot(index, issues, step.date, "russia", "ukraine"));
  });
  it("is empty when neither actor has positions", () => {
    expect(history(positions, issues, "china", "hungary")).toEqual([]);
  });
});

describe("indexPositions, findPosition and history on positions in any order", () => {
  const issues = [issue("ceasefire"), issue("territory", 3)];
  const day = (n: number) => new Date(Date.UTC(2022, 0, 1 + n)).toISOString().slice(0, 10);
  // random positions, one per actor, issue and day (as valid data has), in random order
  const arbitraryPositions = fc
    .uniqueArray(fc.record({ actor: fc.constantFrom("russia", "ukraine"), issue: fc.constantFrom("ceasefire", "territory"), day: fc.nat(60), ideal: fc.nat(2) }), {
      selector: (p) => `${p.actor}/${p.issue}/${p.day}`,
      maxLength: 40,
    })
    .map((list) => list.map((p, i) => position({ id: `p${i}`, actor: p.actor, issue: p.issue, validFrom: day(p.day), ideal: p.ideal, acceptable: [p.ideal, p.ideal] })));
  it("finds what the linear search finds, on every day", () => {
    fc.assert(
      fc.property(arbitraryPositions, (positions) => {
        const index = indexPositions(positions);
        for (let n = 0; n <= 61; n += 3)
          for (const actor of ["russia", "ukraine"])
            for (const { id } of issues) expect(findPosition(index, actor, id, day(n))).toBe(positionAt(positions, actor, id, day(n)));
      }),
    );
  });
  it("steps through history as snapshots on the days positions change", () => {
    fc.assert(
      fc.property(arbitraryPositions, (positions) => {
        const steps = history(positions, issues, "russia", "ukraine");
        expect(steps.map((s) => s.date)).toEqual([...new Set(positions.map((p) => p.validFrom))].sort());
        const index = indexPositions(positions);
        for (const step of steps) expect(step).toEqual(snapshot(index, issues, step.date, "russia", "ukraine"));
      }),
    );
  });
});

describe(diff, () => {
  const issues = [issue("ceasefire"), issue("territory")];
  const positions = [
    position({ id: "r1", actor: "russia", issue: "ceasefire", validFrom: "2022-01-01", ideal: 4, acceptable: [4, 4] }),
    position({ id: "u1", actor: "ukraine", issue: "ceasefire", validFrom: "2022-01-01", ideal: 0, acceptable: [0, 0] }),
    position({ id: "u2", actor: "ukraine", issue: "ceasefire", validFrom: "2023-01-01", ideal: 2, acceptable: [1, 2] }),
    position({ id: "r3", actor: "russia", issue: "territory", validFrom: "2022-01-01", ideal: 3, acceptable: [3, 3] }),
    position({ id: "r4", actor: "russia", issue: "territory", validFrom: "2023-06-01", ideal: 4, acceptable: [4, 4] }),
    position({ id: "u3", actor: "ukraine", issue: "territory", validFrom: "2022-01-01", ideal: 1, acceptable: [1, 1] }),
  ];
  const index = indexPositions(positions);
  const result = diff(index, issues, "2022-06-01", "2024-01-01", "russia", "ukraine");
  it("lists who moved, from which position to which", () => {
    const ceasefire = result.changes.find((c) => c.issue === "ceasefire")!;
    expect(ceasefire.moves).toHaveLength(1);
    expect(ceasefire.moves[0]).toMatchObject({ actor: "ukraine", before: { id: "u1" }, after: { id: "u2" }, direction: "toward" });
    expect(ceasefire.moves[0]!.steps.map((p) => p.id)).toEqual(["u2"]);
  });
  it("tells a move away from the other side", () => {
    const territory = result.changes.find((c) => c.issue === "territory")!;
    expect(territory.moves[0]).toMatchObject({ actor: "russia", direction: "away" });
    expect(territory.direction).toBe("away");
  });
  it("counts issues by direction", () => {
    expect(result.counts).toEqual({ toward: 1, away: 1, neither: 0 });
  });
  it("accepts the dates in either order", () => {
    expect(diff(index, issues, "2024-01-01", "2022-06-01", "russia", "ukraine")).toEqual(result);
  });
  it("lists nothing between two dates with no change", () => {
    expect(diff(index, issues, "2023-07-01", "2024-01-01", "russia", "ukraine").changes).toEqual([]);
  });
  it("collects the statements the moves' positions cite, once each", () => {
    const cited = indexPositions([...positions, position({ id: "u4", validFrom: "2023-02-01", ideal: 2, acceptable: [1, 3], evidence: ["s2", "s3"] })]);
    expect([...citedBy(diff(cited, issues, "2022-06-01", "2024-01-01", "russia", "ukraine").changes)].sort()).toEqual(["s1", "s2", "s3"]);
    expect(citedBy([])).toEqual(new Set());
  });
  it("reports a side's first position as a move with no earlier place", () => {
    const early = diff(index, issues, "2021-06-01", "2022-06-01", "russia", "ukraine");
    expect(early.changes.find((c) => c.issue === "ceasefire")!.moves.map((m) => m.before)).toEqual([undefined, undefined]);
  });
});
