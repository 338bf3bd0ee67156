import { describe, expect, it } from "vitest";
import actors from "@/data/actors.json";
import documentsFile from "@/data/documents.json";
import events from "@/data/events.json";
import issues from "@/data/issues.json";
import meta from "@/data/meta.json";
import positions from "@/data/positions.json";
import statements from "@/data/statements.json";
import { indexPositions } from "@/lib/analysis";
import { closerSide, combinePlacements, compareConsecutive, comparePlacement, placeAgainst, sortByDate, toDocumentPositions, toLineage, toStances } from "@/lib/documents";
import { toCrosswalk, toDocumentIssues } from "@/lib/view/documents";
import { describeChange, describeComparison, describeCrosswalk, formatGap, formatPlacement } from "@/lib/view/sentences";
import { validateDataset, type Issue, type Placement, type Position, type Provision } from "@/lib/schema";

const option = (value: number) => ({ value, label: `o${value}`, description: "d" });
const issue = (id: string, n = 5): Issue => ({ id, title: id, question: "?", description: "d", spectrum: Array.from({ length: n }, (_, i) => option(i)) });
const position = (over: Partial<Position>): Position => ({
  id: "p", actor: "ukraine", issue: "x", validFrom: "2025-01-01", ideal: 0, acceptable: [0, 1], salience: 3, evidence: ["s"], rationale: "r", confidence: "high", ...over,
});
const place = (ideal: number | null, low: number, high: number): Placement => ({ ideal, acceptable: [low, high] });
const provision = (over: Partial<Provision>): Provision => ({
  id: "d--x", document: "d", label: "", issue: "x", summary: "s", numbers: "", quote: "", source: { publisher: "p", url: "https://example.org/" },
  knownFrom: "leak", confidence: "high", placement: place(2, 2, 2), rationale: "r", ...over,
});
const doc = (id: string, date: string) => ({
  id, title: id, shortTitle: id, date, sponsors: ["russia"], sponsorLabel: "Russia", kind: "plan" as const, knownFrom: "leak" as const, knownNote: "n",
});

describe(combinePlacements, () => {
  it("is undefined without any placed clause", () => {
    expect(combinePlacements([])).toBeUndefined();
  });
  it("keeps what every clause allows and the first clause's ideal inside it", () => {
    expect(combinePlacements([place(3, 3, 5), place(5, 5, 5)])).toEqual({ placement: place(5, 5, 5), conflicting: false });
    expect(combinePlacements([place(4, 3, 4), place(3, 3, 4)])).toEqual({ placement: place(4, 3, 4), conflicting: false });
  });
  it("spans clauses that allow nothing in common, and says so", () => {
    expect(combinePlacements([place(1, 1, 1), place(4, 4, 4)])).toEqual({ placement: place(1, 1, 4), conflicting: true });
  });
  it("names no ideal when no clause names one inside the range", () => {
    expect(combinePlacements([place(null, 3, 4), place(null, 3, 4)])).toEqual({ placement: place(null, 3, 4), conflicting: false });
  });
});

describe(toStances, () => {
  it("gives one stance per text and issue, texts in date order, unplaced clauses left out", () => {
    const docs = [doc("late", "2025-06-01"), doc("early", "2022-04-15")];
    const provisions = [
      provision({ id: "late--a", document: "late", placement: place(2, 1, 3) }),
      provision({ id: "late--b", document: "late", placement: place(3, 3, 4) }),
      provision({ id: "early--a", document: "early", placement: null }),
      provision({ id: "early--b", document: "early", issue: "y", placement: place(0, 0, 0) }),
    ];
    expect(toStances(docs, provisions)).toEqual([
      { document: "early", issue: "y", date: "2022-04-15", placement: place(0, 0, 0), conflicting: false, provisions: ["early--b"] },
      { document: "late", issue: "x", date: "2025-06-01", placement: place(3, 3, 3), conflicting: false, provisions: ["late--a", "late--b"] },
    ]);
  });
});

describe(sortByDate, () => {
  it("keeps the file order of texts of the same day", () => {
    expect(sortByDate([doc("b", "2025-06-02"), doc("a", "2025-06-02"), doc("c", "2021-12-17")]).map((d) => d.id)).toEqual(["c", "b", "a"]);
  });
});

describe(comparePlacement, () => {
  const russia = position({ actor: "russia", ideal: 4, acceptable: [4, 4] });
  it("is unknown when the actor has no position", () => {
    expect(comparePlacement(place(2, 2, 2), undefined, 5)).toEqual({ kind: "unknown", gap: 0 });
  });
  it("counts the steps between ranges that do not meet, as for two actors", () => {
    expect(comparePlacement(place(2, 2, 2), russia, 5)).toMatchObject({ kind: "conflict", gap: 2, distance: 0.5 });
    expect(comparePlacement(place(1, 1, 1), position({ ideal: 6, acceptable: [5, 6] }), 7)).toMatchObject({ kind: "conflict", gap: 4 });
  });
  it("finds the overlap, and agreement when the ideals match", () => {
    expect(comparePlacement(place(3, 3, 4), russia, 5)).toMatchObject({ kind: "overlap", gap: 0, zopa: [4, 4] });
    expect(comparePlacement(place(4, 4, 4), russia, 5)).toMatchObject({ kind: "agreement", gap: 0, distance: 0 });
  });
  it("measures no distance of ideals for a text that names no single option", () => {
    const result = comparePlacement(place(null, 3, 4), russia, 5);
    expect(result).toMatchObject({ kind: "overlap", gap: 0 });
    expect(result.distance).toBeUndefined();
  });
});

describe(placeAgainst, () => {
  const index = indexPositions([
    position({ id: "ua1", validFrom: "2022-04-15", ideal: 3, acceptable: [3, 3], issue: "military-limits" }),
    position({ id: "ua2", validFrom: "2025-04-23", ideal: 0, acceptable: [0, 0], issue: "military-limits" }),
  ]);
  const limits = issue("military-limits");
  it("compares with the position in force on the text's date or on any other date", () => {
    expect(placeAgainst(index, limits, place(2, 2, 2), "ukraine", "2025-11-20")).toMatchObject({ kind: "conflict", gap: 2 });
    expect(placeAgainst(index, limits, place(2, 2, 2), "ukraine", "2023-01-01")).toMatchObject({ kind: "conflict", gap: 1 });
    expect(placeAgainst(index, limits, place(2, 2, 2), "ukraine", "2021-12-17")).toMatchObject({ kind: "unknown" });
  });
});

describe(closerSide, () => {
  const c = (gap: number, distance?: number) => ({ kind: gap ? ("conflict" as const) : ("overlap" as const), gap, distance });
  it("prefers fewer steps, then nearer ideals", () => {
    expect(closerSide(c(1, 0.5), c(3, 0.2))).toBe("a");
    expect(closerSide(c(0, 0.5), c(0, 0.25))).toBe("b");
  });
  it("calls equal sides equal, and unknown when either side is unknown", () => {
    expect(closerSide(c(0), c(0))).toBe("equal");
    expect(closerSide({ kind: "unknown", gap: 0 }, c(2))).toBe("unknown");
  });
});

describe(describeComparison, () => {
  it("says the distance in steps, or the overlap", () => {
    expect(describeComparison({ kind: "conflict", gap: 1 }, "Russia")).toBe("1 step from Russia");
    expect(describeComparison({ kind: "conflict", gap: 3 }, "Ukraine")).toBe("3 steps from Ukraine");
    expect(describeComparison({ kind: "overlap", gap: 0 }, "Russia")).toBe("0 steps from Russia (ranges overlap)");
    expect(describeComparison({ kind: "agreement", gap: 0 }, "Russia")).toBe("same as Russia's ask");
    expect(describeComparison({ kind: "unknown", gap: 0 }, "Russia")).toBe("Russia: no coded position yet");
  });
});

describe(compareConsecutive, () => {
  it("tells a kept place from a move and its size and direction", () => {
    expect(compareConsecutive("a", "b", place(1, 1, 1), place(1, 1, 1))).toEqual({ kind: "same", from: "a", to: "b" });
    expect(compareConsecutive("a", "b", place(2, 2, 2), place(0, 0, 0))).toEqual({ kind: "moved", from: "a", to: "b", steps: 2, toward: "first" });
    expect(compareConsecutive("a", "b", place(null, 3, 4), place(2, 2, 2))).toEqual({ kind: "moved", from: "a", to: "b", steps: undefined, toward: "first" });
  });
  it("notes a text that drops or takes up a position", () => {
    expect(compareConsecutive("a", "b", place(1, 1, 1), undefined).kind).toBe("unplaced");
    expect(compareConsecutive("a", "b", undefined, place(1, 1, 1)).kind).toBe("placed");
    expect(compareConsecutive("a", "b", undefined, undefined).kind).toBe("neither");
  });
});

describe(describeChange, () => {
  const limits = { spectrum: ["No cap", "800,000", "600,000", "250,000", "85,000"].map((label, value) => ({ value, label, description: "d" })) };
  const placements: Record<string, Placement> = { plan: place(2, 2, 2), e3: place(1, 1, 1), memo: place(0, 0, 0) };
  const say = (from: string, to: string) =>
    describeChange(limits, compareConsecutive(from, to, placements[from], placements[to]), (id) => id.toUpperCase(), (id) => placements[id]);
  it("states a move plainly, with its steps and the pole it went toward", () => {
    expect(say("plan", "e3")).toBe("From PLAN to E3: “600,000” became “800,000”, 1 step toward the “No cap” end.");
    expect(say("memo", "plan")).toBe("From MEMO to PLAN: “No cap” became “600,000”, 2 steps toward the “85,000” end.");
  });
  it("states a kept place and a missing one", () => {
    expect(say("e3", "e3")).toBe("E3 keeps the place of E3: 800,000.");
    expect(say("plan", "none")).toBe("NONE takes no position on this spectrum, where PLAN stood at 600,000.");
  });
});

describe(formatPlacement, () => {
  const limits = issue("m");
  it("names the option, the range, or the lack of a single option", () => {
    expect(formatPlacement(limits, place(2, 2, 2))).toBe("o2");
    expect(formatPlacement(limits, place(2, 1, 2))).toBe("o2 (could reach ‘o1’)");
    expect(formatPlacement(limits, place(2, 1, 3))).toBe("o2 (range ‘o1’ to ‘o3’)");
    expect(formatPlacement(limits, place(null, 3, 4))).toBe("between ‘o3’ and ‘o4’, no single option");
  });
});

describe(toLineage, () => {
  it("runs through the centre of each placed row and meets its neighbours at the row edges", () => {
    const [first, second] = toLineage([0, 2]);
    expect(first).toEqual({ points: [[0.5, 0.5], [1.5, 1]], through: false });
    expect(second).toEqual({ points: [[1.5, 0], [2.5, 0.5]], through: false });
  });
  it("crosses an unplaced row with a straight segment, and draws nothing outside the placed rows", () => {
    const rows = toLineage([undefined, 0, undefined, 2, undefined]);
    expect(rows[0]).toEqual({ points: [], through: true });
    expect(rows[2]).toEqual({ points: [[1, 0], [2, 1]], through: true });
    expect(rows[4]).toEqual({ points: [], through: true });
  });
  it("draws no line for a single placed row", () => {
    expect(toLineage([3])).toEqual([{ points: [], through: false }]);
  });
});

describe(toDocumentPositions, () => {
  it("turns stances with an ideal into positions of the text from its date on, with the weakest clause's confidence", () => {
    const provisions = [provision({ id: "d--a", confidence: "medium", placement: place(2, 1, 2) }), provision({ id: "d--b", issue: "y", placement: place(null, 3, 4) })];
    const stances = toStances([doc("d", "2025-11-20")], provisions);
    expect(toDocumentPositions(stances, [doc("d", "2025-11-20")], provisions)).toEqual([
      { id: "d/x", actor: "d", issue: "x", validFrom: "2025-11-20", ideal: 2, acceptable: [1, 2], salience: 3, evidence: ["d--a"], rationale: "r", confidence: "medium" },
    ]);
  });
});

describe("the documents in data/", () => {
  const { dataset } = validateDataset({ actors, issues, statements, positions, events, documents: documentsFile, meta }, "2026-11-27");
  const data = dataset!;
  const index = indexPositions(data.positions);
  const limits = data.issues.find((i) => i.id === "military-limits")!;
  const crosswalk = toCrosswalk(limits, data.documents, data.provisions, data.documentGaps, index, "russia", "ukraine");
  const row = (id: string) => crosswalk.rows.find((r) => r.document.id === id)!;

  it("places the army cap from 85,000 vs 250,000 in 2022 to 800,000 in the 20-point framework", () => {
    expect(row("ruua-2022-04-15-draft-treaty").placement).toEqual(place(null, 3, 4));
    expect(row("ua-2025-06-02-memorandum").placement).toEqual(place(0, 0, 0));
    expect(row("us-2025-11-20-28-point-plan").placement).toEqual(place(2, 2, 2));
    expect(row("e3-2025-11-23-counterproposal").placement).toEqual(place(1, 1, 1));
    expect(row("usua-2025-12-24-20-point-framework").placement).toEqual(place(1, 1, 1));
    const dates = crosswalk.rows.map((r) => r.document.date);
    expect(dates).toEqual([...dates].sort());
  });

  it("states the change from the 28-point plan to the next text plainly", () => {
    const next = crosswalk.rows[crosswalk.rows.findIndex((r) => r.document.id === "us-2025-11-20-28-point-plan") + 1]!;
    expect(next.change).toContain("From US 28-point plan to");
    expect(next.change).toContain("“Cap of about 600,000”");
  });

  it("measures the 28-point plan against both sides on its own date", () => {
    const plan = row("us-2025-11-20-28-point-plan");
    expect(plan.a.kind).not.toBe("unknown");
    expect(plan.b.kind).not.toBe("unknown");
    expect(["a", "b", "equal"]).toContain(plan.closer);
    expect(describeCrosswalk(crosswalk, (id) => id)).toMatch(/^\d+ of \d+ texts take a position/);
  });

  it("lists the texts silent on an issue and the gaps that bear on it", () => {
    const territory = toCrosswalk(data.issues.find((i) => i.id === "territory")!, data.documents, data.provisions, data.documentGaps, index, "russia", "ukraine");
    expect(territory.rows.length + territory.silent.length).toBe(data.documents.length);
    expect(territory.gaps.map((g) => g.id)).toContain("gap-april-2022-nyt-details");
  });

  it("groups a text's clauses by issue in the issues' order", () => {
    const plan = data.documents.find((d) => d.id === "us-2025-11-20-28-point-plan")!;
    const groups = toDocumentIssues(plan, data.issues, data.provisions, index, "russia", "ukraine");
    const order = data.issues.map((i) => i.id);
    expect(groups.map((g) => order.indexOf(g.issue.id))).toEqual([...groups.map((g) => order.indexOf(g.issue.id))].sort((x, y) => x - y));
    expect(groups.reduce((n, g) => n + g.provisions.length, 0)).toBe(data.provisions.filter((p) => p.document === plan.id).length);
  });

  it("marks every clause of a leaked text as known from a leak or a press report", () => {
    const leaked = new Set(data.documents.filter((d) => d.knownFrom === "leak").map((d) => d.id));
    for (const p of data.provisions.filter((x) => leaked.has(x.document))) expect(["leak", "press-report"]).toContain(p.knownFrom);
  });
});

describe(formatGap, () => {
  it("says the distance in a cell that already names the actor", () => {
    expect(formatGap({ kind: "conflict", gap: 2 })).toBe("2 steps apart");
    expect(formatGap({ kind: "overlap", gap: 0 })).toBe("0 steps: ranges overlap");
    expect(formatGap({ kind: "agreement", gap: 0 })).toBe("same ask");
    expect(formatGap({ kind: "unknown", gap: 0 })).toBe("not coded yet");
  });
});
