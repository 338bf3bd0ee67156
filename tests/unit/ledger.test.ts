import { describe, expect, it } from "vitest";
import actors from "@/data/actors.json";
import documentsFile from "@/data/documents.json";
import events from "@/data/events.json";
import issues from "@/data/issues.json";
import meta from "@/data/meta.json";
import positions from "@/data/positions.json";
import statements from "@/data/statements.json";
import { indexPositions } from "@/lib/analysis";
import { bestOf, closestTexts, compareCloseness, judgedOptions, judgeOptions, judgeStance, toLedger, type Closeness, type Verdict } from "@/lib/ledger";
import { validateDataset, type Document, type Issue, type Placement, type Position, type Provision } from "@/lib/schema";
import { ledgerCodec, type LedgerContext } from "@/lib/url/ledger";
import { clauseHref } from "@/lib/view/documents";
import { describeLedger, formatCloseness, formatVerdict, judgedHref, toDocumentLedger, toIssueLedger, toLedgerView, toPairLedger } from "@/lib/view/ledger";

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
const doc = (id: string, date: string, kind: Document["kind"] = "plan"): Document => ({
  id, title: id, shortTitle: id.toUpperCase(), date, sponsors: ["russia"], sponsorLabel: "Russia", kind, knownFrom: "leak", knownNote: "n",
});

/** A verdict in a few words, so expectations read like the ledger's cells. */
const short = (v: Verdict) =>
  v.kind === "crosses" ? `crosses ${v.steps}${v.least === 0 ? " in part" : v.least < v.steps ? ` from ${v.least}` : ""}` : v.kind;

// Ukraine could live with options 0–1; Russia with 3–4; both coded from 2025-01-01, Russia again (3 only) from 2025-06-01
const X = issue("x");
const index = indexPositions([
  position({ id: "ua-x", actor: "ukraine", ideal: 0, acceptable: [0, 1] }),
  position({ id: "ru-x", actor: "russia", ideal: 4, acceptable: [3, 4] }),
  position({ id: "ru-x-2", actor: "russia", validFrom: "2025-06-01", ideal: 3, acceptable: [3, 3] }),
]);
const judge = (placement: Placement, side: string, date = "2025-03-01", conflicting = false) => judgeStance(index, X, { placement, conflicting, date }, side);

describe(judgedOptions, () => {
  it("judges the one option a text names, and every option it leaves open when it names none or its clauses disagree", () => {
    expect(judgedOptions(place(3, 3, 5), false)).toEqual([3, 3]);
    expect(judgedOptions(place(null, 1, 3), false)).toEqual([1, 3]);
    expect(judgedOptions(place(1, 1, 4), true)).toEqual([1, 4]);
  });
});

describe(judgeOptions, () => {
  it("counts the steps beyond the range's nearest edge to the farthest option, and to the nearest", () => {
    expect(judgeOptions([1, 1], [0, 1])).toEqual({ steps: 0, least: 0 });
    expect(judgeOptions([4, 4], [0, 1])).toEqual({ steps: 3, least: 3 });
    expect(judgeOptions([0, 4], [2, 2])).toEqual({ steps: 2, least: 0 });
    expect(judgeOptions([3, 4], [0, 1])).toEqual({ steps: 3, least: 2 });
  });
});

describe(judgeStance, () => {
  it("is within when the text's option lies inside the side's range", () => {
    const v = judge(place(1, 1, 1), "ukraine");
    expect(short(v)).toBe("within");
    expect(v.kind === "within" && v.position.id).toBe("ua-x");
  });
  it("crosses by 1 and by 3 steps beyond the nearest edge", () => {
    expect(short(judge(place(2, 2, 2), "ukraine"))).toBe("crosses 1");
    expect(short(judge(place(4, 4, 4), "ukraine"))).toBe("crosses 3");
    expect(short(judge(place(0, 0, 0), "russia"))).toBe("crosses 3");
  });
  it("judges a text that names an option by that option, not by the range its wording could reach", () => {
    expect(short(judge(place(1, 1, 4), "ukraine"))).toBe("within");
  });
  it("is within for a range only when the whole range lies inside, and crosses in part when the range straddles the edge", () => {
    expect(short(judge(place(null, 0, 1), "ukraine"))).toBe("within");
    expect(short(judge(place(null, 1, 3), "ukraine"))).toBe("crosses 2 in part");
    expect(short(judge(place(null, 3, 4), "ukraine"))).toBe("crosses 3 from 2");
    // clauses that disagree are judged on their whole span, whatever the first clause's ideal
    expect(short(judge(place(1, 1, 4), "ukraine", "2025-03-01", true))).toBe("crosses 3 in part");
  });
  it("uses the position in force on the text's date", () => {
    expect(short(judge(place(4, 4, 4), "russia", "2025-03-01"))).toBe("within");
    expect(short(judge(place(4, 4, 4), "russia", "2025-06-01"))).toBe("crosses 1");
  });
  it("has no position to judge against before a side's first coded position, or for an actor never coded", () => {
    expect(short(judge(place(1, 1, 1), "ukraine", "2024-12-31"))).toBe("no-position");
    expect(short(judge(place(1, 1, 1), "china"))).toBe("no-position");
  });
});

describe(toLedger, () => {
  const Y = issue("y");
  const docs = [doc("late", "2025-07-01"), doc("early", "2025-02-01", "memorandum"), doc("mute", "2025-03-01")];
  const provisions = [
    provision({ id: "late--x", document: "late", placement: place(3, 3, 3) }),
    provision({ id: "early--x-a", document: "early", placement: place(1, 1, 2) }),
    provision({ id: "early--x-b", document: "early", placement: place(1, 0, 1) }),
    provision({ id: "mute--x", document: "mute", placement: null }),
  ];
  const ledger = toLedger(docs, provisions, [X, Y], index);

  it("lays the texts out in date order, one cell per issue, one verdict per side (Russia and Ukraine by default)", () => {
    expect(ledger.sides).toEqual(["russia", "ukraine"]);
    expect(ledger.rows.map((r) => r.document)).toEqual(["early", "mute", "late"]);
    expect(ledger.rows.map((r) => r.cells.map((c) => c.verdicts.map(short)))).toEqual([
      [["crosses 2", "within"], ["silent", "silent"]],
      [["silent", "silent"], ["silent", "silent"]],
      [["within", "crosses 2"], ["silent", "silent"]],
    ]);
  });
  it("combines a text's clauses on an issue before judging it, and keeps the clauses it rests on", () => {
    const cell = ledger.rows[0]!.cells[0]!;
    expect(cell.judged).toEqual([1, 1]);
    expect(cell.provisions).toEqual(["early--x-a", "early--x-b"]);
  });
  it("keeps a silent text's unplaced clauses on the issue, so its cell can link to them", () => {
    expect(ledger.rows[1]!.cells[0]!.provisions).toEqual(["mute--x"]);
    expect(ledger.rows[1]!.cells[0]!.stance).toBeUndefined();
  });
  it("judges any side it is given", () => {
    expect(toLedger(docs, provisions, [X], index, ["china"]).rows[0]!.cells[0]!.verdicts.map(short)).toEqual(["no-position"]);
  });
});

describe(closestTexts, () => {
  const c = (document: string, date: string, judged: number, within: number, steps: number): Closeness => ({ document, date, judged, within, steps });

  it("ranks within both first, then fewer steps per issue, more issues within both, more judged, then the earlier text", () => {
    const list = [c("d", "2025-01-04", 2, 0, 4), c("b", "2025-01-02", 1, 0, 1), c("c", "2025-01-03", 2, 1, 2), c("a", "2025-01-05", 1, 0, 1), c("e", "2024-01-01", 1, 1, 0)];
    expect(list.sort(compareCloseness).map((x) => x.document)).toEqual(["e", "c", "b", "a", "d"]);
    expect(bestOf(list).map((x) => x.document)).toEqual(["e"]);
    expect(bestOf([c("b", "2025-01-02", 1, 0, 1), c("a", "2025-01-05", 1, 0, 1)]).map((x) => x.document)).toEqual(["b", "a"]);
  });

  it("ranks per issue and overall only where both sides were judged", () => {
    const docs = [doc("a", "2025-02-01"), doc("b", "2025-03-01"), doc("c", "2025-04-01")];
    const provisions = [
      // a: crosses Russia by 2 (1 vs 3–4), within Ukraine
      provision({ id: "a--x", document: "a", placement: place(1, 1, 1) }),
      // b: within Russia (3) and 2 steps from Ukraine
      provision({ id: "b--x", document: "b", placement: place(3, 3, 3) }),
      // c: option 2, a step outside each
      provision({ id: "c--x", document: "c", placement: place(2, 2, 2) }),
    ];
    const closest = closestTexts(toLedger(docs, provisions, [X], index));
    expect(closest.byIssue[0]!.ranked.map((x) => [x.document, x.steps])).toEqual([
      ["a", 2],
      ["b", 2],
      ["c", 2],
    ]);
    expect(bestOf(closest.byIssue[0]!.ranked)).toHaveLength(3);
    const none = closestTexts(toLedger([doc("z", "2024-01-01")], [provision({ id: "z--x", document: "z" })], [X], index));
    expect(none.byIssue[0]!.ranked).toEqual([]);
    expect(none.overall).toEqual([]);
  });
});

describe("the ledger's URL", () => {
  const context: LedgerContext = { actors: ["russia", "ukraine", "united-states", "europe"], kinds: ["plan", "memorandum"], defaultA: "russia", defaultB: "ukraine" };
  const parse = (query: string) => ledgerCodec.parse(new URLSearchParams(query), context);

  it("reads the defaults from a bare link and leaves them out of a query", () => {
    expect(parse("")).toEqual({ state: { a: "russia", b: "ukraine", kind: "" }, notices: [] });
    expect(ledgerCodec.toQuery({ a: "russia", b: "ukraine", kind: "" }, context)).toBe("");
  });
  it("round-trips a pair and a kind", () => {
    const query = ledgerCodec.toQuery({ a: "europe", b: "united-states", kind: "plan" }, context);
    expect(query).toBe("?a=europe&b=united-states&kind=plan");
    expect(parse(query)).toEqual({ state: { a: "europe", b: "united-states", kind: "plan" }, notices: [] });
  });
  it("ignores what is not in the data, with a notice", () => {
    expect(parse("a=atlantis&kind=novel")).toEqual({
      state: { a: "russia", b: "ukraine", kind: "" },
      notices: [
        { code: "unknown-actor", value: "atlantis" },
        { code: "unknown-text-kind", value: "novel" },
      ],
    });
    expect(parse("a=ukraine&b=ukraine")).toEqual({ state: { a: "ukraine", b: "russia", kind: "" }, notices: [{ code: "same-actors" }] });
  });
});

describe("the ledger's words and links", () => {
  it("says each verdict with a glyph and a word", () => {
    expect(formatVerdict({ kind: "within" })).toEqual({ glyph: "✓", word: "within" });
    expect(formatVerdict({ kind: "crosses", steps: 3, least: 3 })).toEqual({ glyph: "✗", word: "crosses 3" });
    expect(formatVerdict({ kind: "crosses", steps: 3, least: 2 })).toEqual({ glyph: "✗", word: "crosses 2–3" });
    expect(formatVerdict({ kind: "crosses", steps: 2, least: 0 })).toEqual({ glyph: "✗", word: "crosses up to 2, in part" });
    expect(formatVerdict({ kind: "silent" })).toEqual({ glyph: "–", word: "silent" });
    expect(formatVerdict({ kind: "no-position" })).toEqual({ glyph: "?", word: "no position" });
  });
  it("links a cell to its clause's anchor and to the issue page on the text's date, for the pair", () => {
    expect(clauseHref("us-plan", "us-plan--point-3--x")).toBe("/documents/us-plan/#us-plan--point-3--x");
    const defaults = { latest: "2026-10-10", defaultA: "russia", defaultB: "ukraine" };
    expect(judgedHref("territory", "2025-11-20", "russia", "ukraine", defaults)).toBe("/issues/territory/?date=2025-11-20");
    expect(judgedHref("territory", "2025-11-20", "europe", "ukraine", defaults)).toBe("/issues/territory/?date=2025-11-20&a=europe&b=ukraine");
  });
  it("scores a text in words", () => {
    expect(formatCloseness({ document: "d", date: "2025-01-01", judged: 1, within: 1, steps: 0 }, false)).toBe("within both ranges");
    expect(formatCloseness({ document: "d", date: "2025-01-01", judged: 1, within: 0, steps: 3 }, false)).toBe("3 steps crossed by the two sides together");
    expect(formatCloseness({ document: "d", date: "2025-01-01", judged: 3, within: 1, steps: 7 }, true)).toBe("2.3 steps crossed per issue over 3 issues judged for both, within both on 1");
  });
});

describe("the ledger on the data", () => {
  const { dataset } = validateDataset({ actors, issues, statements, positions, events, documents: documentsFile, meta }, "2026-11-27");
  const data = dataset!;
  const coded = [...new Set(data.positions.map((p) => p.actor))];
  const sides = ["russia", "ukraine", ...coded.filter((a) => a !== "russia" && a !== "ukraine")];
  const ledger = toLedger(data.documents, data.provisions, data.issues, indexPositions(data.positions), sides);
  /** A text's verdicts for Russia and Ukraine on every issue it places. */
  const rowOf = (id: string) =>
    Object.fromEntries(ledger.rows.find((r) => r.document === id)!.cells.filter((c) => c.stance).map((c) => [c.issue, c.verdicts.slice(0, 2).map(short)]));

  it("lists every text once, in date order", () => {
    expect(ledger.rows).toHaveLength(data.documents.length);
    const dates = ledger.rows.map((r) => r.date);
    expect(dates).toEqual([...dates].sort());
  });

  it("the US 28-point plan (20 November 2025) crosses each side on nine of its ten issues, both on eight", () => {
    expect(rowOf("us-2025-11-20-28-point-plan")).toEqual({
      // point-28 (a ceasefire only once the deal is signed, 5) vs ru-ceasefire-2025-06-02 [3, 4] and ua-ceasefire-2025-04-28 [2]
      ceasefire: ["crosses 1", "crosses 3"],
      // point-25--elections (1) vs ru-legitimacy-2025-06-19 [3] and ua-legitimacy-2024-05-28 [0]
      legitimacy: ["crosses 2", "crosses 1"],
      // point-21 (4) vs ru-territory-2025-08-15 [5, 6] and ua-territory-2025-06-02 [2]
      territory: ["crosses 1", "crosses 2"],
      // points 3, 7 and 8-9 meet at 3, vs ru-nato-neutrality-2024-12-06 [5] and ua-nato-neutrality-2025-04-23 [1, 2]
      "nato-neutrality": ["crosses 2", "crosses 1"],
      // points-5-10 (2) vs ru-security-guarantees-2025-08-20 [4] and ua-security-guarantees-2025-04-23 [1]
      "security-guarantees": ["crosses 2", "crosses 1"],
      // point-6 (a 600,000 cap, 2) vs ru-military-limits-2025-06-02 [4] and ua-military-limits-2025-05-26 [0]
      "military-limits": ["crosses 2", "crosses 2"],
      // points 13 and 14 (2) vs ru-sanctions-2025-06-02 [4] and ua-sanctions-2025-06-02 [1]
      sanctions: ["crosses 2", "crosses 1"],
      // point-26 (3) vs ru-accountability-2025-06-02 [3] and ua-accountability-2025-06-25 [0]
      accountability: ["within", "crosses 3"],
      // point-24 (1) vs ru-humanitarian-2025-06-02 [2, 3] and ua-humanitarian-2025-06-02 [0, 2]
      humanitarian: ["crosses 1", "within"],
      // point-19 (2) vs ru-nuclear-safety-2025-03-25 [4] and ua-nuclear-safety-2022-11-15 [0]
      "nuclear-safety": ["crosses 2", "crosses 2"],
    });
  });

  it("the 20-point framework (23 December 2025) crosses Russia on every issue it places and Ukraine on two", () => {
    expect(rowOf("usua-2025-12-24-20-point-framework")).toEqual({
      // elections-point (1) and ratification (0–1) meet at 1, vs ru-legitimacy-2025-06-19 [3] and ua-legitimacy-2025-12-09 [1]
      legitimacy: ["crosses 2", "within"],
      // point-14-unagreed (3, could reach 4) vs ru-territory-2025-12-19 [6] and ua-territory-2025-12-23 [3], in force on the text's own day
      territory: ["crosses 3", "within"],
      // reported-change (2) vs ru-nato-neutrality-2024-12-06 [5] and ua-nato-neutrality-2025-04-23 [1, 2]
      "nato-neutrality": ["crosses 3", "within"],
      // point-5 (2) vs ru-security-guarantees-2025-08-20 [4] and ua-security-guarantees-2025-04-23 [1]
      "security-guarantees": ["crosses 2", "crosses 1"],
      // point-4 (800,000, 1) vs ru-military-limits-2025-06-02 [4] and ua-military-limits-2025-12-23 [1]
      "military-limits": ["crosses 3", "within"],
      // point-12-unagreed names no option (1–2) vs ru-nuclear-safety-2025-03-25 [4] and ua-nuclear-safety-2025-12-11 [0, 1]
      "nuclear-safety": ["crosses 3 from 2", "crosses 1 in part"],
      // tolerance-point (1) vs ru-language-culture-church-2025-06-02 [4] and ua-language-culture-church-2025-12-23 [1]
      "language-culture-church": ["crosses 3", "within"],
    });
  });

  it("Russia's memorandum (2 June 2025) stays within Russia's ranges and crosses Ukraine's on all but humanitarian issues", () => {
    expect(rowOf("ru-2025-06-02-memorandum")).toEqual({
      // options 1 and 2 (4, and 3–4) meet at 4, vs ru-ceasefire-2025-06-02 [3, 4] and ua-ceasefire-2025-04-28 [2]
      ceasefire: ["within", "crosses 2"],
      // sec-ii-option-2--elections and sec-iii-sequence meet at 3, vs ru-legitimacy-2025-06-02 [2, 3] and ua-legitimacy-2024-05-28 [0]
      legitimacy: ["within", "crosses 3"],
      // sec-i-para-1 (6) vs ru-territory-2024-06-14 [6] and ua-territory-2025-06-02 [2]
      territory: ["within", "crosses 4"],
      // sec-i-paras-2-3 (5) vs ru-nato-neutrality-2024-12-06 [5] and ua-nato-neutrality-2025-04-23 [1, 2]
      "nato-neutrality": ["within", "crosses 3"],
      // sec-i-paras-4-5 (4) vs ru-military-limits-2025-06-02 [4] and ua-military-limits-2025-05-26 [0]
      "military-limits": ["within", "crosses 4"],
      // sec-i--sanctions (4) vs ru-sanctions-2025-06-02 [4] and ua-sanctions-2025-06-02 [1]
      sanctions: ["within", "crosses 3"],
      // sec-i--accountability (3) vs ru-accountability-2025-06-02 [3] and ua-accountability-2022-12-26 [0]
      accountability: ["within", "crosses 3"],
      // sec-i (2–3) and sec-iii-sequence (2) meet at 2, vs ru-humanitarian-2025-06-02 [2, 3] and ua-humanitarian-2025-06-02 [0, 2]
      humanitarian: ["within", "within"],
      // sec-i-paras-6-7 and sec-i (4) vs ru-language-culture-church-2025-06-02 [4] and ua-language-culture-church-2024-08-24 [0]
      "language-culture-church": ["within", "crosses 4"],
    });
  });

  it("Ukraine's memorandum (2 June 2025) stays within Ukraine's ranges and crosses Russia's on every issue", () => {
    expect(rowOf("ua-2025-06-02-memorandum")).toEqual({
      // key-principle-1 and ceasefire-terms (2) vs ru-ceasefire-2025-06-02 [3, 4] and ua-ceasefire-2025-04-28 [2]
      ceasefire: ["crosses 1", "within"],
      // key-principle-6 (2) vs ru-territory-2024-06-14 [6] and ua-territory-2025-06-02 [2]
      territory: ["crosses 4", "within"],
      // key-principle-5-sovereignty (1) vs ru-nato-neutrality-2024-12-06 [5] and ua-nato-neutrality-2025-04-23 [1, 2]
      "nato-neutrality": ["crosses 4", "within"],
      // key-principle-5-sovereignty (0) vs ru-military-limits-2025-06-02 [4] and ua-military-limits-2025-05-26 [0]
      "military-limits": ["crosses 4", "within"],
      // sanctions (1) vs ru-sanctions-2025-06-02 [4] and ua-sanctions-2025-06-02 [1]
      sanctions: ["crosses 3", "within"],
      // key-principle-2 (0) vs ru-humanitarian-2025-06-02 [2, 3] and ua-humanitarian-2025-06-02 [0, 2]
      humanitarian: ["crosses 2", "within"],
      // process (2, could reach 3) vs ru-talks-format-2025-05-11 [4] and ua-talks-format-2025-05-16 [2, 4]
      "talks-format": ["crosses 2", "within"],
    });
  });

  it("names the texts closest to both sides overall and per issue", () => {
    const closest = closestTexts(ledger, "russia", "ukraine");
    expect(closest.overall.filter((c) => c.within > 0).map((c) => c.document)).toEqual(["ua-2022-03-29-istanbul-communique", "ru-2025-06-02-memorandum"]);
    expect(bestOf(closest.overall).map((c) => c.document)).toEqual(["ua-2022-03-29-istanbul-communique"]);
    const bestOn = (id: string) => bestOf(closest.byIssue.find((b) => b.issue === id)!.ranked).map((c) => c.document);
    expect(bestOn("nato-neutrality")).toEqual(["ua-2022-03-29-istanbul-communique"]);
    expect(bestOn("humanitarian")).toEqual(["ru-2025-06-02-memorandum"]);
    expect(bestOn("istanbul-draft")).toEqual([]);
  });

  it("ranks the same from the browser's trimmed view, for every pair of sides", () => {
    const view = toLedgerView(ledger, data.documents, data.issues);
    for (const a of sides)
      for (const b of sides) {
        if (a === b) continue;
        expect(closestTexts(toPairLedger(view.issues, view.rows, a, b))).toEqual(closestTexts(ledger, a, b));
      }
  });

  it("sums the ledger up in one sentence", () => {
    const view = toLedgerView(ledger, data.documents, data.issues);
    expect(describeLedger(view.rows, closestTexts(ledger), "Russia", "Ukraine", "")).toBe(
      "Of 22 texts, 2 placed both Russia and Ukraine within their ranges on at least one issue; the closest overall was Istanbul communiqué (2 steps crossed per issue over 4 issues judged for both, within both on 1).",
    );
    const memoranda = view.rows.filter((r) => r.document.kind === "memorandum");
    expect(describeLedger(memoranda, closestTexts(toPairLedger(view.issues, memoranda, "russia", "ukraine")), "Russia", "Ukraine", "memorandum")).toMatch(
      /^Of 2 texts of the kind “memorandum”, 1 placed both Russia and Ukraine within their ranges on at least one issue; the closest overall was Ukraine's memorandum \(June 2025\)/,
    );
  });

  it("gives the document and issue pages their row and column", () => {
    const defaults = { latest: "2026-10-10", defaultA: "russia", defaultB: "ukraine" };
    const names: [string, string] = ["Russia", "Ukraine"];
    const row = toDocumentLedger(ledger, "us-2025-11-20-28-point-plan", data.issues, data.documents, data.provisions, names, defaults);
    // ten placed issues and talks-format, mentioned by points 4 and 27 without a position
    expect(row.lines.map((l) => l.issue.id)).toHaveLength(11);
    const talks = row.lines.find((l) => l.issue.id === "talks-format")!;
    expect([talks.a.kind, talks.b.kind, talks.placed, talks.judgedHref]).toEqual(["silent", "silent", undefined, undefined]);
    expect(row.silent.map((i) => i.id)).toEqual(["istanbul-draft", "energy-infrastructure", "language-culture-church"]);
    expect(row.summary).toBe(
      "US 28-point plan places 10 issues on their spectra. On 20 November 2025 it lay within Russia's range on 1 and crossed it on 9; within Ukraine's range on 1 and crossed it on 9; within both on 0.",
    );
    const territory = row.lines.find((l) => l.issue.id === "territory")!;
    expect(territory.judgedHref).toBe("/issues/territory/?date=2025-11-20");
    expect(territory.a).toMatchObject({ kind: "crosses", steps: 1, range: [5, 6], since: "2025-08-15" });
    const column = toIssueLedger(ledger, closestTexts(ledger), "humanitarian", data.issues, data.documents, data.provisions, names, defaults);
    expect(column.closest.map((c) => c.document)).toEqual(["ru-2025-06-02-memorandum"]);
    expect(column.summary).toBe(
      "Prisoners, children and civilians: 8 key texts place it on its spectrum; 1 lay within Russia's range and 5 crossed it, 7 lay within Ukraine's and 1 crossed it. Closest to both: Russia's memorandum (June 2025) (within both ranges).",
    );
    expect(column.lines.map((l) => l.document.date)).toEqual([...column.lines.map((l) => l.document.date)].sort());
  });

  it("gives every clause an id that is unique, so its anchor on its text's page is stable", () => {
    const ids = data.provisions.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-+[a-z0-9]+)*$/);
  });
});
