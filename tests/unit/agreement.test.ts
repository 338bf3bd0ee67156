import { describe, expect, it } from "vitest";
import { compareCodings, krippendorffAlpha, type Disagreement } from "@/lib/agreement";
import type { Coded, IssueShape } from "@/lib/analysis";

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", the 4 coders × 12 units example
const _ = null;
const coders = {
  A: [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
  B: [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
  C: [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
  D: [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
};
const published = coders.A.map((_value, u) => [coders.A[u]!, coders.B[u]!, coders.C[u]!, coders.D[u]!]);

/*
 * Two coders, four units: (0,1), (1,1), (2,2), (0,2).
 * Coincidences (each pair counts 1/(m−1) = 1, both orders): o01 = o10 = 1, o11 = 2, o22 = 2, o02 = o20 = 1.
 * Marginals n0 = 2, n1 = 3, n2 = 3; n = 8.
 * nominal:  Σ o δ = 4;  Σ nc nk δ = 2(6 + 6 + 9) = 42;  α = 1 − 7·4/42 = 1/3.
 * interval: δ²01 = 1, δ²02 = 4, δ²12 = 1;  Σ o δ² = 2·1 + 2·4 = 10;
 *           Σ nc nk δ² = 2(6·1 + 6·4 + 9·1) = 78;  α = 1 − 7·10/78 = 4/39.
 * ordinal:  δ²01 = (n0 + n1 − (n0 + n1)/2)² = 2.5² = 6.25, δ²12 = (3 + 3 − 3)² = 9,
 *           δ²02 = (n0 + n1 + n2 − (n0 + n2)/2)² = (8 − 2.5)² = 30.25;
 *           Σ o δ² = 2·6.25 + 2·30.25 = 73;  Σ nc nk δ² = 2(6·6.25 + 6·30.25 + 9·9) = 600;
 *           α = 1 − 7·73/600 = 89/600.
 */
const handWorked = [
  [0, 1],
  [1, 1],
  [2, 2],
  [0, 2],
];

describe(krippendorffAlpha, () => {
  it("reproduces the published nominal, ordinal and interval alphas of Krippendorff (2011)", () => {
    expect(krippendorffAlpha(published, "nominal")).toBeCloseTo(0.743, 3);
    expect(krippendorffAlpha(published, "ordinal")).toBeCloseTo(0.815, 3);
    expect(krippendorffAlpha(published, "interval")).toBeCloseTo(0.849, 3);
  });
  it("matches a two-coder example worked by hand at every level", () => {
    expect(krippendorffAlpha(handWorked, "nominal")).toBeCloseTo(1 / 3, 12);
    expect(krippendorffAlpha(handWorked, "interval")).toBeCloseTo(4 / 39, 12);
    expect(krippendorffAlpha(handWorked, "ordinal")).toBeCloseTo(89 / 600, 12);
  });
  it("measures ordinal distance by the values observed, not by the gaps between them", () => {
    // 0, 1, 2 relabelled 0, 5, 6: same ranks, same marginals, so the same ordinal alpha
    const relabelled = handWorked.map((unit) => unit.map((v) => [0, 5, 6][v]!));
    expect(krippendorffAlpha(relabelled, "ordinal")).toBeCloseTo(89 / 600, 12);
    expect(krippendorffAlpha(relabelled, "interval")).not.toBeCloseTo(4 / 39, 3);
  });
  it("drops units with fewer than two values and ignores the order of coders", () => {
    const padded = [...handWorked.map((unit) => [null, ...unit.toReversed()]), [7, null], [null, null], []];
    expect(krippendorffAlpha(padded, "ordinal")).toBeCloseTo(89 / 600, 12);
  });
  it("is 1 when the coders agree perfectly", () => {
    expect(krippendorffAlpha([[1, 1], [2, 2], [4, 4, 4]], "nominal")).toBe(1);
    expect(krippendorffAlpha([[1, 1], [2, 2], [4, 4, 4]], "ordinal")).toBe(1);
    expect(krippendorffAlpha([[1, 1], [2, 2], [4, 4, 4]], "interval")).toBe(1);
  });
  it("is null when no unit has two values to pair", () => {
    expect(krippendorffAlpha([], "ordinal")).toBeNull();
    expect(krippendorffAlpha([[1, null], [null, 2], [3]], "ordinal")).toBeNull();
  });
  it("is null when there is no variation at all", () => {
    expect(krippendorffAlpha([[3, 3], [3, 3, 3], [3, null]], "nominal")).toBeNull();
    expect(krippendorffAlpha([[3, 3], [3, 3, 3]], "interval")).toBeNull();
  });
  it("is negative when the coders disagree more than chance would", () => {
    expect(krippendorffAlpha([[0, 1], [1, 0]], "nominal")!).toBeLessThan(0);
  });
});

const spectrum = (n: number) => Array.from({ length: n }, (_v, value) => ({ value, label: `o${value}` }));
const issues: IssueShape[] = [
  { id: "ceasefire", spectrum: spectrum(5) },
  { id: "nato", spectrum: spectrum(4) },
];
const at = (id: string, actor: string, issue: string, validFrom: string, ideal: number, acceptable: [number, number]): Coded => ({
  id, actor, issue, validFrom, ideal, acceptable, salience: 3,
});

/*
 * Ceasefire. Dates: A starts positions on 01-01 and 03-01, B on 01-01, 02-01 and 03-01; the United
 * States' 04-01 position is not one of the actors', so adds no date → [01-01, 02-01, 03-01].
 *   russia  01-01  A a1 4 [3,4]  B b1 4 [3,4]   same
 *   russia  02-01  A a1          B b1           same
 *   russia  03-01  A a3 3 [2,4]  B b3 4 [4,4]   ideals 1 apart, lows 2 apart → disagreement
 *   ukraine 01-01  A a2 0 [0,2]  B —            missing in B
 *   ukraine 02-01  A a2 0 [0,2]  B b2 1 [0,1]   1, 0, 1 apart: within tolerance
 *   ukraine 03-01  A a2          B b2           same as 02-01
 * units 5, missingA 0, missingB 1; exact 2/5 (russia 01-01, 02-01); withinOne 5/5.
 * Relation russia–ukraine:
 *   01-01  A [3,4]×[0,2] conflict   B ukraine unknown → unknown    differs
 *   02-01  A conflict               B [3,4]×[0,1] conflict         same
 *   03-01  A [2,4]×[0,2] overlap    B [4,4]×[0,1] conflict         differs
 * sameRelation 1/3.
 *
 * NATO. Dates: both on 02-01, both on 06-01; A's 2026 position is after `end` → [02-01, 06-01].
 *   russia  02-01  A a4 0 [0,0]  B b4 0 [0,1]   same ideal
 *   ukraine 02-01  A a5 3 [1,3]  B b5 1 [1,2]   ideals 2 apart → disagreement
 *   russia  06-01  A a4          B b4           same ideal
 *   ukraine 06-01  A a7 1 [0,3]  B b6 0 [0,2]   1, 0, 1 apart: within tolerance
 * units 4, missing 0 and 0; exact 2/4; withinOne 3/4.
 * Relation:
 *   02-01  A [0,0]×[1,3] conflict   B [0,1]×[1,2] overlap           differs
 *   06-01  A [0,0]×[0,3] overlap    B [0,1]×[0,2] agreement → overlap   same
 * sameRelation 1/2.
 * Ideal alpha (ordinal), pairs (0,0) (3,1) (0,0) (1,0): o00 = 4, o13 = o31 = 1, o01 = o10 = 1;
 * n0 = 5, n1 = 2, n3 = 1, n = 8 (no 2 observed, so it adds no distance);
 * δ²01 = 3.5² = 12.25, δ²13 = 1.5² = 2.25, δ²03 = (8 − 3)² = 25;
 * Σ o δ² = 2·12.25 + 2·2.25 = 29; Σ nc nk δ² = 2(10·12.25 + 5·25 + 2·2.25) = 504; α = 1 − 7·29/504 = 43/72.
 *
 * Overall: units 9, missingA 0, missingB 1, exact 4/9, withinOne 8/9, sameRelation 2/5.
 */
const codingA: Coded[] = [
  at("a1", "russia", "ceasefire", "2025-01-01", 4, [3, 4]),
  at("a2", "ukraine", "ceasefire", "2025-01-01", 0, [0, 2]),
  at("a3", "russia", "ceasefire", "2025-03-01", 3, [2, 4]),
  at("a8", "usa", "ceasefire", "2025-04-01", 2, [1, 3]),
  at("a4", "russia", "nato", "2025-02-01", 0, [0, 0]),
  at("a5", "ukraine", "nato", "2025-02-01", 3, [1, 3]),
  at("a7", "ukraine", "nato", "2025-06-01", 1, [0, 3]),
  at("a6", "ukraine", "nato", "2026-01-15", 0, [0, 0]),
];
const codingB: Coded[] = [
  at("b1", "russia", "ceasefire", "2025-01-01", 4, [3, 4]),
  at("b2", "ukraine", "ceasefire", "2025-02-01", 1, [0, 1]),
  at("b3", "russia", "ceasefire", "2025-03-01", 4, [4, 4]),
  at("b4", "russia", "nato", "2025-02-01", 0, [0, 1]),
  at("b5", "ukraine", "nato", "2025-02-01", 1, [1, 2]),
  at("b6", "ukraine", "nato", "2025-06-01", 0, [0, 2]),
];
const v = (id: string, ideal: number, acceptable: [number, number]) => ({ id, ideal, acceptable });
const expectedCeasefire: Disagreement[] = [
  {
    type: "relation", issue: "ceasefire", actor: "relation", date: "2025-01-01",
    a: { kind: "conflict", positions: [v("a1", 4, [3, 4]), v("a2", 0, [0, 2])] },
    b: { kind: "unknown", positions: [v("b1", 4, [3, 4]), null] },
  },
  { type: "position", issue: "ceasefire", actor: "russia", date: "2025-03-01", a: v("a3", 3, [2, 4]), b: v("b3", 4, [4, 4]) },
  {
    type: "relation", issue: "ceasefire", actor: "relation", date: "2025-03-01",
    a: { kind: "overlap", positions: [v("a3", 3, [2, 4]), v("a2", 0, [0, 2])] },
    b: { kind: "conflict", positions: [v("b3", 4, [4, 4]), v("b2", 1, [0, 1])] },
  },
];
const expectedNato: Disagreement[] = [
  { type: "position", issue: "nato", actor: "ukraine", date: "2025-02-01", a: v("a5", 3, [1, 3]), b: v("b5", 1, [1, 2]) },
  {
    type: "relation", issue: "nato", actor: "relation", date: "2025-02-01",
    a: { kind: "conflict", positions: [v("a4", 0, [0, 0]), v("a5", 3, [1, 3])] },
    b: { kind: "overlap", positions: [v("b4", 0, [0, 1]), v("b5", 1, [1, 2])] },
  },
];

describe(compareCodings, () => {
  const args = { a: codingA, b: codingB, issues, actors: ["russia", "ukraine"], pair: ["russia", "ukraine"] as [string, string], end: "2025-12-31" };
  const { perIssue, overall } = compareCodings(args);
  const [ceasefire, nato] = perIssue;

  it("compares each issue on the dates either coding starts a position of the actors, up to the end", () => {
    expect(perIssue.map((r) => r.issue)).toEqual(["ceasefire", "nato"]);
    expect(ceasefire!.dates).toEqual(["2025-01-01", "2025-02-01", "2025-03-01"]);
    expect(nato!.dates).toEqual(["2025-02-01", "2025-06-01"]);
  });
  it("counts paired units and units that only one coding has", () => {
    expect(ceasefire).toMatchObject({ units: 5, missingA: 0, missingB: 1 });
    expect(nato).toMatchObject({ units: 4, missingA: 0, missingB: 0 });
    expect(overall).toMatchObject({ units: 9, missingA: 0, missingB: 1 });
    expect(compareCodings({ ...args, a: codingB, b: codingA }).overall).toMatchObject({ missingA: 1, missingB: 0 });
  });
  it("reports the shares of exact and within-one ideals", () => {
    expect(ceasefire!.exact).toBeCloseTo(2 / 5, 12);
    expect(ceasefire!.withinOne).toBe(1);
    expect(nato!.exact).toBe(0.5);
    expect(nato!.withinOne).toBe(0.75);
    expect(overall.exact).toBeCloseTo(4 / 9, 12);
    expect(overall.withinOne).toBeCloseTo(8 / 9, 12);
  });
  it("reports the share of dates with the same relation, counting agreement as overlap", () => {
    expect(ceasefire!.sameRelation).toBeCloseTo(1 / 3, 12);
    expect(nato!.sameRelation).toBe(0.5);
    expect(overall.sameRelation).toBeCloseTo(2 / 5, 12);
  });
  it("computes ordinal alphas on the paired units, pooled over issues overall", () => {
    expect(nato!.alphaIdeal).toBeCloseTo(43 / 72, 12);
    expect(nato!.alphaLow).toBeCloseTo(krippendorffAlpha([[0, 0], [1, 1], [0, 0], [0, 0]], "ordinal")!, 12);
    expect(ceasefire!.alphaHigh).toBeCloseTo(krippendorffAlpha([[4, 4], [4, 4], [4, 4], [2, 1], [2, 1]], "ordinal")!, 12);
    const ideals = [[4, 4], [4, 4], [3, 4], [0, 1], [0, 1], [0, 0], [3, 1], [0, 0], [1, 0]];
    expect(overall.alphaIdeal).toBeCloseTo(krippendorffAlpha(ideals, "ordinal")!, 12);
  });
  it("lists the positions more than one option apart and the dates where the relation differs", () => {
    expect(ceasefire!.disagreements).toEqual(expectedCeasefire);
    expect(nato!.disagreements).toEqual(expectedNato);
    expect(overall.disagreements).toEqual([...expectedCeasefire, ...expectedNato]);
  });
  it("gives null shares and alphas for an issue no coding covers", () => {
    const empty = compareCodings({ ...args, issues: [{ id: "territory", spectrum: spectrum(5) }] });
    expect(empty.perIssue[0]).toEqual({
      issue: "territory", dates: [], units: 0, missingA: 0, missingB: 0, exact: null, withinOne: null,
      alphaIdeal: null, alphaLow: null, alphaHigh: null, sameRelation: null, disagreements: [],
    });
    expect(empty.overall).not.toHaveProperty("dates");
  });
});
