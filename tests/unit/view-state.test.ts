import { describe, expect, it } from "vitest";
import { isIsoDay } from "@/lib/dates";
import { changesCodec, defaultRange, isDefaultView, parseChangesState, parseViewState, toPermalinkQuery, toQuery, viewCodec } from "@/lib/url/view-state";
import { messages } from "@/lib/view/messages";
import { formatNotice } from "@/lib/view/notices";

const context = {
  actors: [{ id: "russia" }, { id: "ukraine" }, { id: "united-states" }],
  earliest: "2022-02-24",
  latest: "2026-06-21",
  defaultA: "russia",
  defaultB: "ukraine",
};
const parse = (query: string) => parseViewState(new URLSearchParams(query), context);

describe(parseViewState, () => {
  it("defaults to the latest date and Russia against Ukraine", () => {
    expect(parse("")).toEqual({ state: { date: "2026-06-21", a: "russia", b: "ukraine" }, notices: [] });
  });
  it("reads a valid date and pair", () => {
    expect(parse("date=2025-06-03&a=united-states&b=ukraine").state).toEqual({ date: "2025-06-03", a: "united-states", b: "ukraine" });
  });
  it.each([
    ["date=2025-13-01", "not a date"],
    ["date=2025-02-30", "not a date"],
    ["date=tomorrow", "not a date"],
    ["date=2031-01-01", "runs only to 2026-06-21"],
    ["date=2021-01-01", "starts on 2022-02-24"],
    ["a=atlantis", "not an actor"],
    ["b=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "not an actor"],
    ["a=ukraine&b=ukraine", "same as the first"],
  ])("ignores %s with a notice and falls back to defaults", (query, notice) => {
    const { state, notices } = parse(query);
    expect(notices.map(formatNotice).join(" ")).toContain(notice);
    expect(context.actors.map((a) => a.id)).toContain(state.a);
    expect(state.a).not.toBe(state.b);
    expect(isIsoDay(state.date)).toBe(true);
  });
  it("shortens a huge hostile value in its notice", () => {
    const { notices } = parse(`a=${"x".repeat(5000)}`);
    expect(formatNotice(notices[0]!).length).toBeLessThan(120);
  });
  it("keeps a valid part of a partly invalid URL", () => {
    expect(parse("date=2025-06-03&a=nobody")).toMatchObject({ state: { date: "2025-06-03", a: "russia", b: "ukraine" } });
  });
});

describe(toQuery, () => {
  it("leaves out defaults so permalinks stay short", () => {
    expect(toQuery({ date: "2026-06-21", a: "russia", b: "ukraine" }, context)).toBe("");
  });
  it("round-trips through the parser", () => {
    const state = { date: "2024-12-20", a: "united-states", b: "russia" };
    expect(parse(toQuery(state, context).slice(1)).state).toEqual(state);
  });
});

describe(isIsoDay, () => {
  it("accepts real days only", () => {
    expect(isIsoDay("2024-02-29")).toBe(true);
    expect(isIsoDay("2023-02-29")).toBe(false);
    expect(isIsoDay("2024-2-9")).toBe(false);
  });
});

describe(defaultRange, () => {
  const events = (...dates: string[]) => dates.map((date) => ({ date }));
  it("spans the last two key events, counting a day with two events once", () => {
    expect(defaultRange({ ...context, events: events("2024-01-01", "2025-05-16", "2025-05-16", "2023-01-01") })).toEqual({ from: "2024-01-01", to: "2025-05-16" });
  });
  it("opens on the latest change of either side when it knows it, ending at the latest date", () => {
    expect(defaultRange({ ...context, events: events("2024-01-01", "2025-05-16"), lastChange: "2026-03-05" })).toEqual({ from: "2026-03-04", to: "2026-06-21" });
  });
  it("ignores a latest change outside the data's dates", () => {
    expect(defaultRange({ ...context, events: events("2024-01-01", "2025-05-16"), lastChange: "2027-01-01" })).toEqual({ from: "2024-01-01", to: "2025-05-16" });
  });
  it("falls back to the ends of the data with fewer than two event days", () => {
    expect(defaultRange({ ...context, events: events("2025-05-16") })).toEqual({ from: "2022-02-24", to: "2025-05-16" });
    expect(defaultRange({ ...context, events: [] })).toEqual({ from: "2022-02-24", to: "2026-06-21" });
  });
});

describe(isDefaultView, () => {
  it("is the latest date with the default pair, and nothing else", () => {
    expect(isDefaultView({ date: "2026-06-21", a: "russia", b: "ukraine" }, context)).toBe(true);
    expect(isDefaultView({ date: "2026-06-20", a: "russia", b: "ukraine" }, context)).toBe(false);
    expect(isDefaultView({ date: "2026-06-21", a: "ukraine", b: "russia" }, context)).toBe(false);
    expect(isDefaultView(parse("").state, context)).toBe(true);
  });
});

describe(parseChangesState, () => {
  const changes = { ...context, events: [{ date: "2025-03-11" }, { date: "2025-08-15" }], lastChange: "2026-05-01" };
  const parseChanges = (query: string) => parseChangesState(new URLSearchParams(query), changes);

  it("opens on the default window and pair", () => {
    expect(parseChanges("")).toEqual({ state: { from: "2026-04-30", to: "2026-06-21", a: "russia", b: "ukraine" }, notices: [] });
  });
  it("reads a valid window and pair", () => {
    expect(parseChanges("from=2024-06-14&to=2025-08-15&a=united-states&b=ukraine")).toEqual({
      state: { from: "2024-06-14", to: "2025-08-15", a: "united-states", b: "ukraine" },
      notices: [],
    });
  });
  it("swaps a start after the end, and says so", () => {
    expect(parseChanges("from=2025-06-01&to=2024-01-01")).toEqual({
      state: { from: "2024-01-01", to: "2025-06-01", a: "russia", b: "ukraine" },
      notices: [{ code: "swapped-dates" }],
    });
    expect(formatNotice({ code: "swapped-dates" })).toBe(messages.notices.swappedDates);
  });
  it("swaps an end before the default start, so the fields show the window the page describes", () => {
    const { state, notices } = parseChanges("to=2024-01-01");
    expect(state).toMatchObject({ from: "2024-01-01", to: "2026-04-30" });
    expect(notices).toEqual([{ code: "swapped-dates" }]);
  });
  it("ignores dates outside the data and unknown actors with a notice each", () => {
    const { state, notices } = parseChanges("from=2099-01-01&to=not-a-day&a=atlantis");
    expect(state).toEqual({ from: "2026-04-30", to: "2026-06-21", a: "russia", b: "ukraine" });
    expect(notices.map((n) => n.code)).toEqual(["after-data", "not-a-date", "unknown-actor"]);
    expect(notices.map(formatNotice)).toEqual([
      "Ignored from 2099-01-01: the data runs only to 2026-06-21.",
      'Ignored to "not-a-day": not a date written YYYY-MM-DD.',
      'Ignored actor "atlantis": not an actor in the data.',
    ]);
  });
  it("leaves a date parameter of another view alone", () => {
    expect(parseChanges("date=2099-01-01").notices).toEqual([]);
  });
});

describe("the view codecs", () => {
  it("write a view as its parser reads it, defaults left out", () => {
    const state = { date: "2024-12-20", a: "united-states", b: "russia" };
    expect(viewCodec.toQuery(state, context)).toBe("?date=2024-12-20&a=united-states&b=russia");
    expect(viewCodec.parse(new URLSearchParams(viewCodec.toQuery(state, context)), context).state).toEqual(state);
  });
  it("spell out every part of a permalink, defaults included, so it outlives newer data", () => {
    expect(toPermalinkQuery({ date: "2026-06-21", a: "russia", b: "ukraine" })).toBe("?date=2026-06-21&a=russia&b=ukraine");
  });
  it("always spell out the window of what changed, and the pair only when it is not the default", () => {
    const changes = { ...context, events: [], lastChange: "2026-05-01" };
    expect(changesCodec.toQuery({ from: "2026-04-30", to: "2026-06-21", a: "russia", b: "ukraine" }, changes)).toBe("?from=2026-04-30&to=2026-06-21");
    const state = { from: "2024-06-14", to: "2025-08-15", a: "ukraine", b: "united-states" };
    expect(changesCodec.toQuery(state, changes)).toBe("?from=2024-06-14&to=2025-08-15&a=ukraine&b=united-states");
    expect(changesCodec.parse(new URLSearchParams(changesCodec.toQuery(state, changes)), changes)).toEqual({ state, notices: [] });
  });
  it("keep a hostile value short in the notice's code as well as its words", () => {
    const [notice] = parse(`date=${"9".repeat(5000)}`).notices;
    expect(notice).toMatchObject({ code: "not-a-date", field: "date" });
    expect(notice && "value" in notice ? notice.value.length : 0).toBeLessThanOrEqual(41);
  });
});
