import { describe, expect, it } from "vitest";
import { indexPositions, type Coded } from "@/lib/analysis";
import { fragility, positionStrength, withoutWeak, type EvidenceFacts } from "@/lib/evidence";
import type { Position, Statement } from "@/lib/schema";
import { parseViewState, toPermalinkQuery, toQuery } from "@/lib/url/view-state";
import { fragileNoteOf, toEvidenceIndexes, toWeakEvidence } from "@/lib/view/evidence";
import { formatNotice } from "@/lib/view/notices";

const facts = (id: string, confidence: EvidenceFacts["confidence"], sourcing: EvidenceFacts["sourcing"]): EvidenceFacts => ({ id, confidence, sourcing });
const byId = new Map(
  [
    facts("high-record", "high", "on-record"),
    facts("high-undetermined", "high", "undetermined"),
    facts("medium-record", "medium", "on-record"),
    facts("low-record", "low", "on-record"),
    facts("medium-anonymous", "medium", "anonymous"),
    facts("high-leaked", "high", "leaked"),
    facts("medium-reported", "medium", "reported"),
  ].map((s) => [s.id, s]),
);
const strength = (...evidence: string[]) => positionStrength({ evidence }, byId);

describe(positionStrength, () => {
  it("is strong with one high-confidence statement on the record, whatever else it cites", () => {
    expect(strength("high-record")).toBe("strong");
    expect(strength("low-record", "high-record", "medium-anonymous")).toBe("strong");
  });
  it("is weak when every statement is low-confidence, or every one is reported, anonymous or leaked", () => {
    expect(strength("low-record")).toBe("weak");
    expect(strength("medium-anonymous")).toBe("weak");
    expect(strength("high-leaked", "medium-reported")).toBe("weak");
  });
  it("is moderate otherwise, and when nothing it cites is known here", () => {
    expect(strength("medium-record")).toBe("moderate");
    expect(strength("high-undetermined")).toBe("moderate");
    expect(strength("low-record", "medium-record")).toBe("moderate");
    expect(strength("high-leaked", "medium-record")).toBe("moderate");
    expect(strength("not-in-the-data")).toBe("moderate");
  });
});

const issue = { id: "ceasefire", title: "Ceasefire", spectrum: [0, 1, 2, 3, 4].map((value) => ({ value, label: `option ${value}` })) };
const coded = (id: string, actor: string, validFrom: string, ideal: number, acceptable: [number, number]): Coded => ({ id, actor, issue: "ceasefire", validFrom, ideal, acceptable, salience: 3 });
const positions = [
  coded("ru-1", "russia", "2024-01-01", 4, [3, 4]),
  // a weak report widens Russia's range into Ukraine's
  coded("ru-2", "russia", "2025-01-01", 4, [2, 4]),
  coded("ua-1", "ukraine", "2024-01-01", 0, [0, 2]),
  // a weak report that changes nothing of the verdict
  coded("ua-2", "ukraine", "2025-06-01", 0, [0, 1]),
];
const weak = new Set(["ru-2", "ua-2"]);
const index = indexPositions(positions);
const strongIndex = indexPositions(withoutWeak(positions, weak));

describe(fragility, () => {
  it("marks a verdict that changes kind once the weak positions are set aside, naming them", () => {
    const f = fragility(index, strongIndex, weak, issue, "russia", "ukraine", "2025-03-01");
    expect(f.relation.kind).toBe("overlap");
    expect(f.withoutWeak).toMatchObject({ kind: "conflict", gap: 1 });
    expect(f.fragile).toBe(true);
    expect(f.weakPositions.map((p) => p.id)).toEqual(["ru-2"]);
  });
  it("marks a verdict whose gap changes, though it stays a conflict", () => {
    const narrower = [...positions, coded("ua-3", "ukraine", "2026-01-01", 0, [0, 0])];
    const weaker = new Set([...weak, "ua-3"]);
    const f = fragility(indexPositions(narrower), indexPositions(withoutWeak(narrower, weaker)), weaker, issue, "russia", "ukraine", "2026-02-01");
    expect([f.relation.kind, f.relation.gap, f.withoutWeak.kind, f.withoutWeak.gap, f.fragile]).toEqual(["conflict", 2, "conflict", 1, true]);
  });
  it("leaves a verdict alone that reads the same without its weak positions", () => {
    const f = fragility(index, strongIndex, weak, issue, "russia", "ukraine", "2025-07-01");
    expect([f.relation.kind, f.relation.gap, f.withoutWeak.kind, f.withoutWeak.gap]).toEqual(["conflict", 1, "conflict", 1]);
    // both weak positions are in force, but the verdict reads the same without them: not fragile
    expect(f.fragile).toBe(false);
    expect(f.weakPositions.map((p) => p.id)).toEqual(["ru-2", "ua-2"]);
  });
  it("leaves a verdict alone that rests on no weak position", () => {
    expect(fragility(index, strongIndex, weak, issue, "russia", "ukraine", "2024-06-01").fragile).toBe(false);
  });
  it("marks a verdict that would be unknown without the weak evidence", () => {
    const only = [coded("us-1", "united-states", "2025-01-01", 2, [1, 3]), ...positions];
    const weakUs = new Set(["us-1"]);
    const f = fragility(indexPositions(only), indexPositions(withoutWeak(only, weakUs)), weakUs, issue, "united-states", "ukraine", "2025-02-01");
    expect([f.relation.kind, f.withoutWeak.kind, f.fragile]).toEqual(["overlap", "unknown", true]);
  });
});

const statement = (id: string, confidence: Statement["confidence"], sourcing: Statement["sourcing"]): Statement => ({
  id,
  actor: "russia",
  speaker: { name: "An official", role: "" },
  date: "2025-01-01",
  event: "e",
  issues: ["ceasefire"],
  summary: "s",
  quote: "",
  quoteLanguage: "en",
  quoteTranslation: "",
  quoteNote: "",
  source: { title: "t", publisher: "p", url: "https://example.org/", date: "2025-01-01", kind: "press" },
  confidence,
  sourcing,
});
const full = (p: Coded, evidence: string[]): Position => ({ ...p, evidence, rationale: "r", confidence: "medium" });

describe("the views' fragile notes", () => {
  const weakViews = toWeakEvidence(
    [full(positions[0]!, ["s-strong"]), full(positions[1]!, ["s-anonymous"]), full(positions[2]!, ["s-strong"]), full(positions[3]!, ["s-low"])],
    [statement("s-strong", "high", "on-record"), statement("s-anonymous", "medium", "anonymous"), statement("s-low", "low", "on-record")],
  );
  const weakById = new Map(weakViews.map((w) => [w.position, w]));
  const names = (id: string) => ({ russia: "Russia", ukraine: "Ukraine" })[id] ?? id;

  it("lists the weak positions with the statements they rest on", () => {
    expect(weakViews.map((w) => [w.position, w.statements.map((s) => s.id)])).toEqual([
      ["ru-2", ["s-anonymous"]],
      ["ua-2", ["s-low"]],
    ]);
  });
  it("says what the verdict would read without the weak evidence, and links the statements", () => {
    const indexes = toEvidenceIndexes(positions, new Set(weakById.keys()), false);
    const note = fragileNoteOf(indexes, weakById, issue, { a: "russia", b: "ukraine", date: "2025-03-01" }, names);
    expect(note?.sentence).toBe(
      "Fragile: without weak evidence this would read “Conflict, gap 1 step”, not “Overlap, ZOPA: option 2”. It rests on Russia’s position of 1 January 2025, coded only from weak evidence.",
    );
    expect(note?.statements).toEqual([expect.objectContaining({ id: "s-anonymous", href: "/statements/s-anonymous/", label: "An official, 1 January 2025 (medium confidence, anonymous sources)" })]);
  });
  it("marks nothing in the strong-evidence-only view, which shows the verdict without the weak evidence", () => {
    const indexes = toEvidenceIndexes(positions, new Set(weakById.keys()), true);
    expect(indexes.shown.map((p) => p.id)).toEqual(["ru-1", "ua-1"]);
    expect(fragileNoteOf(indexes, weakById, issue, { a: "russia", b: "ukraine", date: "2025-03-01", strong: true }, names)).toBeUndefined();
  });
});

describe("?evidence=strong", () => {
  const context = { actors: [{ id: "russia" }, { id: "ukraine" }], earliest: "2022-02-24", latest: "2026-10-10", defaultA: "russia", defaultB: "ukraine" };
  it("is read, written, and kept in permalinks", () => {
    const { state, notices } = parseViewState(new URLSearchParams("evidence=strong&date=2025-06-03"), context);
    expect([state, notices]).toEqual([{ date: "2025-06-03", a: "russia", b: "ukraine", strong: true }, []]);
    expect(toQuery(state, context)).toBe("?date=2025-06-03&evidence=strong");
    expect(toPermalinkQuery(state)).toBe("?date=2025-06-03&a=russia&b=ukraine&evidence=strong");
    expect(toPermalinkQuery({ ...state, strong: undefined })).toBe("?date=2025-06-03&a=russia&b=ukraine");
  });
  it("ignores any other value with a notice", () => {
    const { state, notices } = parseViewState(new URLSearchParams("evidence=all"), context);
    expect(state.strong).toBeUndefined();
    expect(notices.map(formatNotice)).toEqual(['Ignored evidence "all": the one choice is "strong" (strong evidence only).']);
  });
});
