import { describe, expect, it } from "vitest";
import { deckCodec } from "@/lib/url/deck";
import { crosswalkCodec, documentFilterCodec } from "@/lib/url/documents";
import { ignoresSome, type Notice } from "@/lib/url/notices";
import { formatIgnoredPart, formatNotice } from "@/lib/view/notices";

const params = (query: string) => new URLSearchParams(query);
const view = { actors: [{ id: "russia" }, { id: "ukraine" }, { id: "united-states" }], earliest: "2022-02-24", latest: "2026-10-10", defaultA: "russia", defaultB: "ukraine" };

describe("deckCodec", () => {
  it("reads the view and the reveal step, and only ?reveal=1 turns it on", () => {
    expect(deckCodec.parse(params(""), view)).toEqual({ state: { view: { date: "2026-10-10", a: "russia", b: "ukraine" }, reveal: false }, notices: [] });
    expect(deckCodec.parse(params("date=2025-06-03&reveal=1"), view).state).toEqual({ view: { date: "2025-06-03", a: "russia", b: "ukraine" }, reveal: true });
    expect(deckCodec.parse(params("reveal=yes"), view).state.reveal).toBe(false);
  });
  it("writes the same query the deck's links carry, defaults left out", () => {
    expect(deckCodec.toQuery({ view: { date: "2026-10-10", a: "russia", b: "ukraine" }, reveal: false }, view)).toBe("");
    expect(deckCodec.toQuery({ view: { date: "2026-10-10", a: "russia", b: "ukraine" }, reveal: true }, view)).toBe("?reveal=1");
    expect(deckCodec.toQuery({ view: { date: "2025-06-03", a: "ukraine", b: "united-states" }, reveal: true }, view)).toBe("?date=2025-06-03&a=ukraine&b=united-states&reveal=1");
  });
  it("says what a link ignored on a slide's one line, and in full for screen readers", () => {
    const { notices } = deckCodec.parse(params("date=2099-01-01&a=atlantis"), view);
    expect(notices.map(formatIgnoredPart)).toEqual(["date 2099-01-01", 'actor "atlantis"']);
    expect(notices.map(formatNotice)).toEqual(["Ignored date 2099-01-01: the data runs only to 2026-10-10.", 'Ignored actor "atlantis": not an actor in the data.']);
  });
});

describe("documentFilterCodec", () => {
  const context = { sponsors: ["russia", "ukraine"], kinds: ["memorandum", "plan"] };
  it("reads a sponsor and a kind in the data, and ignores others with a notice each", () => {
    expect(documentFilterCodec.parse(params("sponsor=ukraine&kind=plan"), context)).toEqual({ state: { sponsor: "ukraine", kind: "plan" }, notices: [] });
    const { state, notices } = documentFilterCodec.parse(params("sponsor=atlantis&kind=poem"), context);
    expect(state).toEqual({ sponsor: "", kind: "" });
    expect(notices.map(formatNotice)).toEqual(['Ignored sponsor "atlantis": no text in the data has that sponsor.', 'Ignored kind "poem": not a kind of text in the data.']);
  });
  it("round-trips, leaving out what is not filtered", () => {
    expect(documentFilterCodec.toQuery({ sponsor: "", kind: "" }, context)).toBe("");
    const state = { sponsor: "russia", kind: "memorandum" };
    expect(documentFilterCodec.parse(params(documentFilterCodec.toQuery(state, context)), context).state).toEqual(state);
  });
});

describe("crosswalkCodec", () => {
  const context = { issues: ["ceasefire", "territory"] };
  it("opens on the first issue and reads a known one", () => {
    expect(crosswalkCodec.parse(params(""), context).state).toEqual({ issue: "ceasefire" });
    expect(crosswalkCodec.parse(params("issue=territory"), context)).toEqual({ state: { issue: "territory" }, notices: [] });
  });
  it("ignores an unknown issue with a notice, shortened", () => {
    const { state, notices } = crosswalkCodec.parse(params(`issue=${"w".repeat(300)}`), context);
    expect(state).toEqual({ issue: "ceasefire" });
    expect(notices[0]?.code).toBe("unknown-issue");
    expect(formatNotice(notices[0]!).length).toBeLessThan(100);
  });
  it("always names the issue once chosen", () => {
    expect(crosswalkCodec.toQuery({ issue: "ceasefire" }, context)).toBe("?issue=ceasefire");
  });
});

describe("notices", () => {
  const every: Notice[] = [
    { code: "not-a-date", field: "start", value: "x" },
    { code: "after-data", field: "to", value: "2099-01-01", limit: "2026-10-10" },
    { code: "before-data", field: "from", value: "2001-01-01", limit: "2022-02-24" },
    { code: "unknown-actor", value: "x" },
    { code: "same-actors" },
    { code: "swapped-dates" },
    { code: "swapped-range", from: "2025-01-01", to: "2024-01-01" },
    { code: "shortened-search", max: 200 },
    { code: "unknown-choice", field: "kind", value: "blog" },
    { code: "unknown-sort", value: "x", allowed: ["date", "actor"] },
    { code: "unknown-order", value: "x" },
    { code: "unknown-sponsor", value: "x" },
    { code: "unknown-text-kind", value: "x" },
    { code: "unknown-issue", value: "x" },
    { code: "unknown-evidence", value: "x" },
  ];
  it("has words for every code, and a short form for a slide", () => {
    for (const notice of every) {
      expect(formatNotice(notice), notice.code).toMatch(/^[A-Z].+\.$/);
      expect(formatIgnoredPart(notice).length, notice.code).toBeGreaterThan(0);
    }
    expect(formatNotice({ code: "not-a-date", field: "start", value: "x" })).toBe('Ignored the start date "x": not a date written YYYY-MM-DD.');
    expect(formatNotice({ code: "unknown-choice", field: "kind", value: "blog" })).toBe('Ignored source kind "blog": not one in the data.');
  });
  it("tells a correction from a part dropped for a default by its code, not its words", () => {
    expect(ignoresSome([{ code: "swapped-dates" }, { code: "shortened-search", max: 200 }, { code: "swapped-range", from: "b", to: "a" }])).toBe(false);
    expect(ignoresSome([{ code: "swapped-dates" }, { code: "same-actors" }])).toBe(true);
    expect(ignoresSome([])).toBe(false);
  });
});
