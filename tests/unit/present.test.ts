import { describe, expect, it } from "vitest";
import issues from "../../data/issues.json";
import positions from "../../data/positions.json";
import statements from "../../data/statements.json";
import type { Relation } from "@/lib/analysis";
import {
  CONFIDENCES,
  evidenceOfView,
  evidenceViewsFromDownload,
  findSlideIndex,
  pickQuote,
  REVEAL_STEPS,
  SHORT_QUOTE_CHARS,
  SOURCINGS,
  slidePath,
  toDeck,
  toEvidenceView,
  toRevealedRelation,
  toShortQuote,
  type EvidenceView,
} from "@/lib/present";
import { toStatementsJson } from "@/lib/files/data-files";
import { Confidence, PositionSchema, Sourcing, StatementSchema, type Position } from "@/lib/schema";

const deck = toDeck(["ceasefire", "legitimacy", "istanbul-draft"]);

describe(toDeck, () => {
  it("puts the title first, one slide per issue in order, and the summary last", () => {
    expect(deck.map((slide) => slide.slug)).toEqual(["", "ceasefire", "legitimacy", "istanbul-draft", "summary"]);
  });
  it("refuses an issue id that would shadow a slide address", () => {
    expect(() => toDeck(["summary"])).toThrow(/clash/);
    expect(() => toDeck(["3"])).toThrow(/clash/);
  });
  it("leads with the seed issues in the real data", () => {
    expect(toDeck(issues.map((issue) => issue.id)).slice(1, 4).map((slide) => slide.slug)).toEqual(["ceasefire", "legitimacy", "istanbul-draft"]);
  });
});

describe(findSlideIndex, () => {
  it.each([
    ["/present/", 0],
    ["/present", 0],
    ["/present/ceasefire/", 1],
    ["/present/summary", 4],
    ["/present/1/", 0],
    ["/present/3/", 2],
    ["/present/5/", 4],
  ])("finds %s", (path, index) => {
    expect(findSlideIndex(deck, path)).toBe(index);
  });
  it.each(["/present/0/", "/present/6/", "/present/nope/", "/issues/ceasefire/"])("finds no slide at %s", (path) => {
    expect(findSlideIndex(deck, path)).toBeUndefined();
  });
  it("names every slide by a path that leads back to it", () => {
    deck.forEach((slide, index) => expect(findSlideIndex(deck, slidePath(slide))).toBe(index));
  });
});

const statement = (over: Partial<EvidenceView>): EvidenceView => ({
  id: "s",
  actor: "russia",
  date: "2025-06-02",
  speaker: { name: "Someone", role: "" },
  event: "A press conference",
  sourcing: "on-record",
  confidence: "high",
  quote: "",
  quoteLanguage: "en",
  quoteTranslation: "",
  quoteNote: "",
  summary: "A summary.",
  issues: ["ceasefire"],
  source: { title: "T", publisher: "P", url: "https://example.org/", date: "2025-06-02" },
  ...over,
});
const byId = (list: EvidenceView[]) => new Map(list.map((s) => [s.id, s]));

describe(pickQuote, () => {
  it("takes only the position's own evidence, and only statements with a quote", () => {
    const list = [statement({ id: "a" }), statement({ id: "b", quote: "one two three four five six seven" }), statement({ id: "c", quote: "not cited at all, though quoted" })];
    expect(pickQuote({ issue: "ceasefire", evidence: ["a", "b"] }, byId(list))?.id).toBe("b");
    expect(pickQuote({ issue: "ceasefire", evidence: ["a"] }, byId(list))).toBeUndefined();
  });
  it("prefers a quote on the issue, then one long enough to mean something, then a short one, then the more specific statement", () => {
    const list = [
      statement({ id: "other-issue", quote: "a quote about something else entirely here", issues: ["territory"] }),
      statement({ id: "tiny", quote: "sufficient for Ukraine" }),
      statement({ id: "long", quote: "word ".repeat(30).trim(), issues: ["ceasefire"] }),
      statement({ id: "broad", quote: "a quote that speaks to many issues at once", issues: ["ceasefire", "territory", "sanctions"] }),
      statement({ id: "narrow", quote: "a quote that speaks to this issue alone", issues: ["ceasefire"] }),
    ];
    const ids = list.map((s) => s.id);
    expect(pickQuote({ issue: "ceasefire", evidence: ids }, byId(list))?.id).toBe("narrow");
    expect(pickQuote({ issue: "ceasefire", evidence: ["other-issue", "tiny", "long", "broad"] }, byId(list))?.id).toBe("broad");
    expect(pickQuote({ issue: "ceasefire", evidence: ["other-issue", "tiny", "long"] }, byId(list))?.id).toBe("long");
    expect(pickQuote({ issue: "ceasefire", evidence: ["other-issue", "tiny"] }, byId(list))?.id).toBe("tiny");
  });
  it("finds a verbatim quote from the data for every coded position that cites one", () => {
    const evidence = byId(statements.map((s) => toEvidenceView(StatementSchema.parse(s))));
    for (const position of positions.map((p) => PositionSchema.parse(p))) {
      const quoted = pickQuote(position, evidence);
      const cites = position.evidence.some((id) => evidence.get(id)?.quote);
      expect(Boolean(quoted), position.id).toBe(cites);
      if (quoted) expect(position.evidence).toContain(quoted.id);
    }
  });
});

describe(toShortQuote, () => {
  it("leaves a short quote alone", () => {
    expect(toShortQuote("The ceasefire should not be just for a few days.")).toBe("The ceasefire should not be just for a few days.");
  });
  it("cuts a long quote at a clause in its second half, with an ellipsis", () => {
    const quote =
      "Ukraine receives robust security guarantees including from the US (Article 5-like agreement), while there is no consensus among Allies on NATO membership.";
    expect(toShortQuote(quote)).toBe("Ukraine receives robust security guarantees including from the US (Article 5-like agreement)…");
  });
  it("otherwise cuts at a word boundary, never mid-word, within the limit", () => {
    const quote = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon phi chi psi omega again and again";
    const short = toShortQuote(quote, 60);
    expect(short.endsWith("…")).toBe(true);
    expect(short.length).toBeLessThanOrEqual(61);
    expect(quote.startsWith(short.slice(0, -1))).toBe(true);
    expect(quote[short.length - 1]).toBe(" ");
  });
  it("does not end an elided quote on a little word", () => {
    const quote =
      "This includes granting Russian the status of an official language and a legislative ban on the glorification and propaganda of Nazism and neo-Nazism.";
    expect(toShortQuote(quote)).toBe("This includes granting Russian the status of an official language and a legislative ban on the glorification…");
  });
  it("keeps every slide quote from the data within the limit and verbatim up to the ellipsis", () => {
    for (const { quote } of statements) {
      const short = toShortQuote(quote);
      expect(short.length).toBeLessThanOrEqual(SHORT_QUOTE_CHARS + 1);
      expect(quote.startsWith(short.replace(/…$/, ""))).toBe(true);
    }
  });
});

describe(toRevealedRelation, () => {
  const position = (id: string): Position => ({
    id, actor: "russia", issue: "ceasefire", validFrom: "2025-06-02", ideal: 1, acceptable: [1, 2], salience: 3, evidence: ["s"], rationale: "r", confidence: "high",
  });
  const a = position("ra");
  const b = position("ub");
  const full: Relation = { issue: "ceasefire", kind: "conflict", a, b, gap: 2, distance: 0.6 };
  it("shows nothing of either side at first, then side A, then side B, then the verdict", () => {
    expect(toRevealedRelation(full, 0)).toEqual({ issue: "ceasefire", kind: "unknown", a: undefined, b: undefined, gap: 0 });
    expect(toRevealedRelation(full, 1)).toMatchObject({ kind: "unknown", a, b: undefined, gap: 0 });
    expect(toRevealedRelation(full, 2)).toMatchObject({ kind: "unknown", a, b, gap: 0 });
    expect(toRevealedRelation(full, REVEAL_STEPS)).toBe(full);
  });
  it("never shows a zone of agreement before the last step", () => {
    const overlap: Relation = { issue: "ceasefire", kind: "overlap", a, b, zopa: [2, 3], gap: 0, distance: 0.2 };
    expect(toRevealedRelation(overlap, 2).zopa).toBeUndefined();
    expect(toRevealedRelation(overlap, 3).zopa).toEqual([2, 3]);
  });
});

describe(evidenceOfView, () => {
  const coded = (id: string, actor: string, issue: string, validFrom: string, evidence: string[]) => ({ id, actor, issue, validFrom, ideal: 1, acceptable: [1, 1] as [number, number], salience: 3, evidence });
  const positions = [
    coded("r1", "russia", "ceasefire", "2022-01-01", ["s1"]),
    coded("r2", "russia", "ceasefire", "2024-01-01", ["s2", "s3"]),
    coded("u1", "ukraine", "ceasefire", "2022-01-01", ["s4"]),
    coded("u2", "ukraine", "territory", "2023-01-01", ["s5"]),
    coded("x1", "united-states", "ceasefire", "2022-01-01", ["s6"]),
  ];
  it("collects the evidence of both actors' positions in force on the date, on every issue", () => {
    expect([...evidenceOfView(positions, ["ceasefire", "territory"], "russia", "ukraine", "2025-01-01")].sort()).toEqual(["s2", "s3", "s4", "s5"]);
    expect([...evidenceOfView(positions, ["ceasefire", "territory"], "russia", "ukraine", "2022-06-01")].sort()).toEqual(["s1", "s4"]);
    expect(evidenceOfView(positions, ["ceasefire"], "russia", "ukraine", "2021-01-01")).toEqual(new Set());
  });
});

describe(evidenceViewsFromDownload, () => {
  it("knows the schema's sourcing and confidence words without loading the schema", () => {
    expect([...SOURCINGS]).toEqual(Sourcing.options);
    expect([...CONFIDENCES]).toEqual(Confidence.options);
  });
  const good = { statements: [{ id: "s1", actor: "russia", date: "2025-06-02", speaker: { name: "N", role: "" }, quote: "", quoteLanguage: "en", quoteTranslation: "", quoteNote: "", summary: "S.", issues: ["ceasefire"], event: "E", source: { title: "T", publisher: "P", url: "https://example.org/", date: "2025", kind: "press" }, confidence: "high" }] };
  it("reads the site's own download back as the views the pages carry", () => {
    const all = statements.map((x) => StatementSchema.parse(x));
    const json: unknown = JSON.parse(toStatementsJson(all, { version: "v", currentTo: "2026-06-21", statements: all.length, positions: 0 }));
    expect(evidenceViewsFromDownload(json)).toEqual(all.map(toEvidenceView));
  });
  it("reads what slides and handouts show, and nothing else", () => {
    expect(evidenceViewsFromDownload(good)).toEqual([
      { id: "s1", actor: "russia", date: "2025-06-02", speaker: { name: "N", role: "" }, event: "E", sourcing: "undetermined", confidence: "high", quote: "", quoteLanguage: "en", quoteTranslation: "", quoteNote: "", summary: "S.", issues: ["ceasefire"], source: { title: "T", publisher: "P", url: "https://example.org/", date: "2025" } },
    ]);
  });
  it("names the file, the record and the field that is wrong", () => {
    const broken = (patch: Record<string, unknown>) => ({ statements: [{ ...good.statements[0], ...patch }] });
    expect(() => evidenceViewsFromDownload(broken({ source: { title: "T" } }))).toThrow("/data/statements.json › statement 1 (s1) › source.publisher: expected text.");
    expect(() => evidenceViewsFromDownload(broken({ quote: null }))).toThrow("/data/statements.json › statement 1 (s1) › quote: expected text.");
    expect(() => evidenceViewsFromDownload(broken({ confidence: "sure" }))).toThrow("/data/statements.json › statement 1 (s1) › confidence: expected one of high, medium, low.");
    expect(() => evidenceViewsFromDownload(broken({ sourcing: "rumour" }))).toThrow("/data/statements.json › statement 1 (s1) › sourcing: expected one of on-record, reported, anonymous, leaked, undetermined.");
    expect(() => evidenceViewsFromDownload({})).toThrow('/data/statements.json: no "statements" list in the file.');
  });
});
