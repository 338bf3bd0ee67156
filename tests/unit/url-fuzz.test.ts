import fc from "fast-check";
import { describe, expect, it } from "vitest";
import issuesFile from "@/data/issues.json";
import positionsFile from "@/data/positions.json";
import statementsFile from "@/data/statements.json";
import { addDays, daysBetween, isIsoDay } from "@/lib/dates";
import { ChangeKind, Confidence, DocumentKind, SourceKind } from "@/lib/schema";
import { DEFAULT_FILTERS, SORT_KEYS, type StatementFilters } from "@/lib/statement-filters";
import { changelogCodec, type ChangelogFilter, type ChangelogFilterContext } from "@/lib/url/changelog";
import type { UrlCodec } from "@/lib/url/codec";
import { dealCodec, dealScreenCodec, PACKAGE_SCREEN, type DealContext, type DealScreenState, type DealState } from "@/lib/url/deal";
import { deckCodec, type DeckUrlState } from "@/lib/url/deck";
import { crosswalkCodec, documentFilterCodec, type CrosswalkContext, type CrosswalkState, type DocumentFilter, type DocumentFilterContext } from "@/lib/url/documents";
import { embedCodec, pinCodec, type EmbedState, type PinState } from "@/lib/url/embed";
import { ledgerCodec, type LedgerContext, type LedgerState } from "@/lib/url/ledger";
import { MAX_QUERY_LENGTH, statementsCodec, type FilterContext } from "@/lib/url/statements";
import { changesCodec, viewCodec, type ChangesContext, type ChangesState, type ViewContext, type ViewState } from "@/lib/url/view-state";
import { fuzz } from "./fuzz";

/*
 * Every URL codec against links nobody wrote by hand: whatever a link holds, parse answers with a
 * state the page can show; the query it writes for that state is the one address of the state
 * (read back with no notice, written again unchanged); and every state the codec can hold survives
 * the trip through its query. Queries mix each codec's own parameter names with strangers, and
 * values the data holds with near misses and noise, so both the accepting and the refusing paths run.
 */

/* ---------- the data the codecs are checked against ---------- */

const ACTORS = ["russia", "ukraine", "united-states"];
const EARLIEST = "2022-02-24";
const LATEST = "2026-10-10";
const view: ViewContext = { actors: ACTORS.map((id) => ({ id })), earliest: EARLIEST, latest: LATEST, defaultA: "russia", defaultB: "ukraine" };

// the default window of "what changed" comes from the latest change, else the key events, else the whole range
const events = ["2022-02-24", "2022-03-29", "2023-06-04", "2025-02-12", "2025-05-16"].map((date) => ({ date }));
const changesContexts: [ChangesContext, ...ChangesContext[]] = [
  { ...view, events, lastChange: "2025-06-02" },
  { ...view, events },
  { ...view, events, lastChange: EARLIEST },
  { ...view, events: [] },
];

const ISSUES = issuesFile.map((issue) => ({ id: issue.id, options: issue.spectrum.length }));
// a spectrum of twelve options, so two-digit picks are read too; no issue in the data has one yet
const WIDE_ISSUES = [{ id: "territory", options: 12 }, { id: "ceasefire", options: 6 }, { id: "sanctions", options: 2 }];
const dealContexts: [DealContext, ...DealContext[]] = [{ ...view, issues: ISSUES }, { ...view, issues: WIDE_ISSUES }];
const ISSUE_IDS = ISSUES.map((issue) => issue.id);

const SPONSORS = ["russia", "ukraine", "china", "burgenstock-summit-signatories", "united-states", "europe"];
const documentsContext: DocumentFilterContext = { sponsors: SPONSORS, kinds: DocumentKind.options };
const crosswalkContext: CrosswalkContext = { issues: ["ceasefire", "territory", "security-guarantees", "nato-neutrality"] };
const ledgerContext: LedgerContext = { actors: ACTORS, kinds: DocumentKind.options, defaultA: "russia", defaultB: "ukraine" };
const filterContext: FilterContext = { actors: [...ACTORS, "europe", "china"], issues: ISSUE_IDS, kinds: SourceKind.options, confidences: Confidence.options };
const RECORDS = [...positionsFile.slice(0, 5).map((p) => p.id), ...statementsFile.slice(0, 3).map((s) => s.id)];
const changelogContext: ChangelogFilterContext = { kinds: ChangeKind.options, issues: ISSUE_IDS, records: RECORDS };
const VERSIONS = ["2026-06-21.r1", "2025-11-02.r3"];

/* ---------- values: what the data holds, what is nearly it, and noise ---------- */

const dayIn = (from: string, to: string) => fc.integer({ min: 0, max: daysBetween(from, to) }).map((n) => addDays(from, n));
const viewDay = dayIn(EARLIEST, LATEST);
// real days on either side of the data's range as well as in it, so the range checks are met often
const nearViewDay = fc.oneof({ weight: 3, arbitrary: viewDay }, { weight: 1, arbitrary: dayIn("1990-01-01", "2099-12-31") });

const NEAR_MISSES = [
  ...["", " ", "2099-01-01", "2021-12-31", "2022-02-23", "2026-10-11", "2025-13-40", "2025-02-29", "2024-02-29", "2025-00-10", "2025-1-1", "20250101"],
  ...[" 2025-01-01", "2025-01-01T00:00:00Z", "٢٠٢٥-٠١-٠١", "atlantis", "Russia", "russia ", "RUSSIA", "europe", "china", "strong", "Strong", "weak"],
  ...["1", "0", "true", "yes", "-1", "01", "99", "100", "1e1", "0x1", "NaN", "Infinity", "package", "Package", "asc", "DESC", "relevance", "date"],
  ...["ceasefire.", ".2", "ceasefire.2.3", "ceasefire.02", "ceasefire.-1", "ceasefire.1e0", "ceasefire.2~", "~ceasefire.2", "ceasefire.2~ceasefire.3"],
  ...["~", "~~", ".", "..", "%", "%zz", "%E2%82", "%00", "&", "=", "==", "&&", "+", "?", "#", "#date=2025-01-01", "a=b", "date=2025-01-01"],
  ...["constructor", "__proto__", "toString", "hasOwnProperty", "\u0000", "\n", "\t", "😀", "é", "e\u0301", "\uFEFF", "\u202E", "\u00A0x\u00A0", "“russia”"],
  ...["x".repeat(40), "x".repeat(41), "y".repeat(200), "y".repeat(201), "z".repeat(5000)],
];
/** Text as long as the codecs cut (clip's 40 characters, a search's 200), with a character outside the BMP across the cut. */
const acrossTheCut = fc
  .tuple(fc.constantFrom(40, 200), fc.constantFrom("😀", "𝕏", "🇺🇦"), fc.string({ maxLength: 4 }))
  .map(([at, wide, tail]) => `${"a".repeat(at - 1)}${wide}${tail}`);
const nearMiss = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...NEAR_MISSES) }, { weight: 1, arbitrary: acrossTheCut });
const noise = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.string({ unit: "grapheme", minLength: 35, maxLength: 45 }),
  fc.string({ minLength: 195, maxLength: 205 }),
);

const viewParams = { date: nearViewDay, a: fc.constantFrom(...ACTORS), b: fc.constantFrom(...ACTORS), evidence: fc.constant("strong") };
const pickValue = fc.oneof({ weight: 4, arbitrary: fc.nat({ max: 12 }).map(String) }, { weight: 1, arbitrary: fc.constantFrom("02", "x", "", "-1", "1.5", "100", "٣") });
const anyIssueId = fc.constantFrom(...new Set([...ISSUE_IDS, ...WIDE_ISSUES.map((issue) => issue.id)]));
const packageParam = fc.oneof(
  fc.array(fc.tuple(anyIssueId, pickValue), { maxLength: 6 }).map((picks) => picks.map(([issue, value]) => `${issue}.${value}`).join("~")),
  fc.array(fc.oneof(anyIssueId, pickValue, fc.constantFrom("~", ".", "atlantis")), { maxLength: 10 }).map((parts) => parts.join("")),
);

type Entry = [string, string];

/**
 * A query string holding the given parameters, near-misspelt ones and strangers, some repeated,
 * written the way URLSearchParams writes it or raw, as a hand-edited link reads (where "&", "=" and
 * "%" in a value break it apart).
 */
function queryOf(params: Record<string, fc.Arbitrary<string>>): fc.Arbitrary<string> {
  const names = Object.keys(params);
  const someValid = fc.oneof(...Object.values(params));
  const value = (valid: fc.Arbitrary<string>) =>
    fc.oneof({ weight: 4, arbitrary: valid }, { weight: 3, arbitrary: nearMiss }, { weight: 2, arbitrary: noise }, { weight: 1, arbitrary: someValid });
  const strangers = fc.oneof(
    fc.string({ maxLength: 8 }),
    fc.constantFrom("", "?", "utm_source", "fbclid", ...names.flatMap((name) => [name.toUpperCase(), ` ${name}`, `${name} `, `${name}[]`, `${name}%00`])),
  );
  const entry = fc.oneof(
    ...names.map((name) => ({ weight: 4, arbitrary: fc.tuple(fc.constant(name), value(params[name]!)) })),
    { weight: names.length, arbitrary: fc.tuple(strangers, value(someValid)) },
  );
  const entries = fc
    .tuple(fc.array(entry, { maxLength: 8 }), fc.array(fc.tuple(fc.nat(), value(someValid)), { maxLength: 3 }))
    .map(([first, again]): Entry[] => (first.length ? [...first, ...again.map(([i, v]): Entry => [first[i % first.length]![0], v])] : first));
  return fc.tuple(entries, fc.constantFrom("encoded", "raw", "?raw")).map(([list, style]) => {
    if (style === "encoded") return new URLSearchParams(list).toString();
    return `${style === "?raw" ? "?" : ""}${list.map(([k, v]) => `${k}=${v}`).join("&")}`;
  });
}

/* ---------- states a codec can hold, each in its one spelling ---------- */

const pair = (actors: readonly string[]) => fc.uniqueArray(fc.constantFrom(...actors), { minLength: 2, maxLength: 2 }).map(([a, b]) => ({ a: a!, b: b! }));
// `strong` is absent or true: parse never writes `strong: false`, and toQuery spells it like absent
const strong = fc.option(fc.constant({ strong: true as const }), { nil: {} });
const viewState = fc.tuple(viewDay, pair(ACTORS), strong).map(([date, ab, evidence]): ViewState => ({ date, ...ab, ...evidence }));
/** A pin as parse keeps it: trimmed, not empty, and no longer than a clipped one (40 characters and "…"). */
const pinned = fc.oneof(
  fc.constantFrom(...VERSIONS),
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 }).filter((s) => s.length <= 40 && s.trim() === s && s !== ""),
  fc.string({ minLength: 40, maxLength: 40 }).filter((s) => s.trimStart() === s).map((s) => `${s}…`),
);
const pinState = fc.option(pinned.map((v) => ({ pinned: v })), { nil: {} });
const picks = (context: DealContext) =>
  fc
    .subarray([...context.issues])
    .chain((issues) => fc.tuple(...issues.map((issue) => fc.nat({ max: issue.options - 1 }).map((value): [string, number] => [issue.id, value]))))
    .map((entries) => Object.fromEntries(entries));
const dealState = (context: DealContext) => fc.tuple(viewState, picks(context), fc.boolean()).map(([v, p, reveal]): DealState => ({ view: v, picks: p, reveal }));
const orAll = (allowed: readonly string[]) => fc.constantFrom("", ...allowed);

/* ---------- what every state a link yields must be ---------- */

const among = (value: string | undefined, allowed: readonly (string | undefined)[]) => expect(allowed).toContain(value);
function pairHolds(state: { a: string; b: string }, actors: readonly string[]) {
  among(state.a, actors);
  among(state.b, actors);
  expect(state.a).not.toBe(state.b);
}
function dayHolds(day: string, context: Pick<ViewContext, "earliest" | "latest">) {
  expect(isIsoDay(day)).toBe(true);
  expect(day >= context.earliest && day <= context.latest, day).toBe(true);
}
function viewHolds(state: ViewState, context: ViewContext) {
  dayHolds(state.date, context);
  pairHolds(state, context.actors.map((actor) => actor.id));
  expect([undefined, true]).toContain(state.strong);
}
function pinHolds(state: PinState) {
  if (state.pinned === undefined) return;
  expect(state.pinned).not.toBe("");
  expect(state.pinned.trim()).toBe(state.pinned);
  expect(state.pinned.length).toBeLessThanOrEqual(41);
}
function dealHolds(state: DealState, context: DealContext) {
  viewHolds(state.view, context);
  for (const [issue, value] of Object.entries(state.picks)) {
    const known = context.issues.find((i) => i.id === issue);
    expect(known, issue).toBeDefined();
    expect(Number.isInteger(value) && value >= 0 && value < known!.options, `${issue}.${value}`).toBe(true);
  }
}

/* ---------- the three properties, for any codec ---------- */

type Spec<S, C> = {
  contexts: readonly [C, ...C[]];
  /** The parameters the codec reads (from its source), each with values the data holds. */
  params: Record<string, fc.Arbitrary<string>>;
  /** Throws unless a state is one the page can show. */
  holds: (state: S, context: C) => void;
  /** States the codec can hold, each in its canonical spelling where it has two. */
  states: (context: C) => fc.Arbitrary<S>;
  runs: { any: number; canonical: number; states: number };
  /** A (context, query) that once broke the canonical form, run first on every seed so the bug stays fixed. */
  regression?: [C, string];
};

function fuzzCodec<S, C>(name: string, codec: UrlCodec<S, C>, spec: Spec<S, C>) {
  const context = fc.constantFrom(...spec.contexts);
  const query = queryOf(spec.params);
  const read = (q: string, c: C) => codec.parse(new URLSearchParams(q), c);

  describe(name, () => {
    it("never throws on any query, and reads it as a state the page can show, with short notices", () => {
      fuzz(
        fc.property(context, query, (c, q) => {
          const { state, notices } = read(q, c);
          spec.holds(state, c);
          for (const notice of notices) if ("value" in notice) expect(notice.value.length).toBeLessThanOrEqual(41);
        }),
        spec.runs.any,
      );
    });

    it("writes one address for what it read: read back with no notice as the same state, and written again unchanged", () => {
      fuzz(
        fc.property(context, query, (c, q) => {
          const first = read(q, c).state;
          const address = codec.toQuery(first, c);
          expect(address === "" || (address.startsWith("?") && address.length > 1), address).toBe(true);
          const again = read(address, c);
          expect(again.notices).toEqual([]);
          expect(again.state).toStrictEqual(first);
          expect(codec.toQuery(again.state, c)).toBe(address);
        }),
        spec.runs.canonical,
        spec.regression ? [spec.regression] : [],
      );
    });

    it("reads back every state it can hold from the query it writes for it, exactly and with no notice", () => {
      const pairs = fc.oneof(...spec.contexts.map((c) => spec.states(c).map((state): [C, S] => [c, state])));
      fuzz(
        fc.property(pairs, ([c, state]) => {
          expect(read(codec.toQuery(state, c), c)).toStrictEqual({ state, notices: [] });
        }),
        spec.runs.states,
      );
    });
  });
}

/* ---------- every codec ---------- */

const RUNS = { any: 500, canonical: 500, states: 300 };

fuzzCodec<ViewState, ViewContext>("viewCodec", viewCodec, {
  contexts: [view],
  params: viewParams,
  holds: viewHolds,
  states: () => viewState,
  runs: RUNS,
});

fuzzCodec<ChangesState, ChangesContext>("changesCodec", changesCodec, {
  contexts: changesContexts,
  params: { from: nearViewDay, to: nearViewDay, a: viewParams.a, b: viewParams.b, evidence: viewParams.evidence },
  holds: (state, context) => {
    dayHolds(state.from, context);
    dayHolds(state.to, context);
    expect(state.from <= state.to, `${state.from}..${state.to}`).toBe(true);
    pairHolds(state, ACTORS);
  },
  // the window is always spelled out, so any window in the data is canonical, a single day included
  states: () =>
    fc.tuple(viewDay, viewDay, pair(ACTORS), strong).map(([x, y, ab, evidence]): ChangesState => ({ from: x < y ? x : y, to: x < y ? y : x, ...ab, ...evidence })),
  runs: RUNS,
});

fuzzCodec<DealState, DealContext>("dealCodec", dealCodec, {
  contexts: dealContexts,
  params: { ...viewParams, deal: packageParam, reveal: fc.constant("1") },
  holds: dealHolds,
  states: dealState,
  runs: RUNS,
});

fuzzCodec<DealScreenState, DealContext>("dealScreenCodec", dealScreenCodec, {
  contexts: dealContexts,
  params: { ...viewParams, deal: packageParam, reveal: fc.constant("1"), at: fc.constantFrom(PACKAGE_SCREEN, ...ISSUE_IDS) },
  holds: (state, context) => {
    dealHolds(state, context);
    among(state.at, [PACKAGE_SCREEN, ...context.issues.map((issue) => issue.id)]);
  },
  states: (context) =>
    fc.tuple(dealState(context), fc.constantFrom(PACKAGE_SCREEN, ...context.issues.map((issue) => issue.id))).map(([deal, at]): DealScreenState => ({ ...deal, at })),
  runs: RUNS,
});

fuzzCodec<DeckUrlState, ViewContext>("deckCodec", deckCodec, {
  contexts: [view],
  params: { ...viewParams, reveal: fc.constant("1"), argue: fc.constant("1") },
  holds: (state, context) => {
    viewHolds(state.view, context);
    if (state.argue !== undefined) expect(state.argue && state.reveal).toBe(true);
  },
  // arguing the other side turns the reveal on, so { argue: true, reveal: false } has no address; `argue` is absent or true
  states: () =>
    fc
      .tuple(viewState, fc.constantFrom({ reveal: false }, { reveal: true }, { reveal: true, argue: true }))
      .map(([v, step]): DeckUrlState => ({ view: v, ...step })),
  runs: RUNS,
});

fuzzCodec<DocumentFilter, DocumentFilterContext>("documentFilterCodec", documentFilterCodec, {
  contexts: [documentsContext],
  params: { sponsor: fc.constantFrom(...SPONSORS), kind: fc.constantFrom(...DocumentKind.options) },
  holds: (state, context) => {
    among(state.sponsor, ["", ...context.sponsors]);
    among(state.kind, ["", ...context.kinds]);
  },
  states: (context) => fc.tuple(orAll(context.sponsors), orAll(context.kinds)).map(([sponsor, kind]): DocumentFilter => ({ sponsor, kind })),
  runs: RUNS,
});

fuzzCodec<CrosswalkState, CrosswalkContext>("crosswalkCodec", crosswalkCodec, {
  contexts: [crosswalkContext],
  params: { issue: fc.constantFrom(...crosswalkContext.issues) },
  holds: (state, context) => among(state.issue, context.issues),
  states: (context) => fc.constantFrom(...context.issues).map((issue): CrosswalkState => ({ issue })),
  runs: RUNS,
});

// A pin is cut at 40 UTF-16 units, which once split a character outside the BMP: the state ended in half
// a surrogate pair, which no URL can carry, so its query wrote U+FFFD and read back another pin.
const splitPin = `v=${"a".repeat(39)}😀`;

fuzzCodec<EmbedState, ViewContext>("embedCodec", embedCodec, {
  contexts: [view],
  params: { ...viewParams, v: fc.oneof(fc.constantFrom(...VERSIONS), fc.string()) },
  holds: (state, context) => {
    viewHolds(state, context);
    pinHolds(state);
  },
  states: () => fc.tuple(viewState, pinState).map(([v, pin]): EmbedState => ({ ...v, ...pin })),
  runs: RUNS,
  regression: [view, splitPin],
});

fuzzCodec<PinState, null>("pinCodec", pinCodec, {
  contexts: [null],
  // the view's parameters are no part of a pin-only embed and must pass unseen
  params: { v: fc.oneof(fc.constantFrom(...VERSIONS), fc.string()), date: viewParams.date, a: viewParams.a },
  holds: pinHolds,
  states: () => pinState,
  runs: RUNS,
  regression: [null, splitPin],
});

fuzzCodec<LedgerState, LedgerContext>("ledgerCodec", ledgerCodec, {
  contexts: [ledgerContext],
  params: { a: viewParams.a, b: viewParams.b, kind: fc.constantFrom(...DocumentKind.options) },
  holds: (state, context) => {
    pairHolds(state, context.actors);
    among(state.kind, ["", ...context.kinds]);
  },
  states: (context) => fc.tuple(pair(context.actors), orAll(context.kinds)).map(([ab, kind]): LedgerState => ({ ...ab, kind })),
  runs: RUNS,
});

// the explorer reads any calendar day, not just the data's, but years below 100: isIsoDay (lib/dates.ts)
// refuses them, as Date.UTC reads years 0-99 as 1900-1999, and no link to this data needs them
const anyDay = dayIn("0100-01-01", "9999-12-31");
const searchText = fc.oneof(
  fc.constantFrom("ceasefire", "NATO neutrality", "Istanbul", " referendum "),
  fc.string({ unit: "grapheme", maxLength: 60 }),
  fc.string({ maxLength: MAX_QUERY_LENGTH }),
);

fuzzCodec<StatementFilters, FilterContext>("statementsCodec", statementsCodec, {
  contexts: [filterContext],
  params: {
    q: searchText,
    actor: fc.constantFrom(...filterContext.actors),
    issue: fc.constantFrom(...ISSUE_IDS),
    from: fc.oneof(viewDay, anyDay),
    to: fc.oneof(viewDay, anyDay),
    kind: fc.constantFrom(...SourceKind.options),
    confidence: fc.constantFrom(...Confidence.options),
    sort: fc.constantFrom(...SORT_KEYS),
    order: fc.constantFrom("asc", "desc"),
  },
  holds: (state, context) => {
    expect(state.q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    among(state.actor, ["", ...context.actors]);
    among(state.issue, ["", ...context.issues]);
    among(state.kind, ["", ...context.kinds]);
    among(state.confidence, ["", ...context.confidences]);
    for (const day of [state.from, state.to]) if (day !== "") expect(isIsoDay(day), day).toBe(true);
    if (state.from && state.to) expect(state.from <= state.to, `${state.from}..${state.to}`).toBe(true);
    among(state.sort, SORT_KEYS);
    among(state.order, ["asc", "desc"]);
  },
  // the search is kept as written, spaces included; an open end of the range is ""
  states: (context) =>
    fc
      .record({
        q: fc.oneof(fc.constant(""), searchText.filter((q) => q.length <= MAX_QUERY_LENGTH)),
        actor: orAll(context.actors),
        issue: orAll(context.issues),
        from: fc.oneof(fc.constant(""), anyDay),
        to: fc.oneof(fc.constant(""), anyDay),
        kind: orAll(context.kinds),
        confidence: orAll(context.confidences),
        sort: fc.constantFrom(...SORT_KEYS),
        order: fc.constantFrom("asc" as const, "desc" as const),
      })
      .map((f): StatementFilters => {
        const swap = f.from && f.to && f.from > f.to;
        return { ...DEFAULT_FILTERS, ...f, from: swap ? f.to : f.from, to: swap ? f.from : f.to };
      }),
  runs: RUNS,
  // a search is cut at 200 UTF-16 units: the same split as a pin's (see splitPin)
  regression: [filterContext, `q=${"a".repeat(MAX_QUERY_LENGTH - 1)}😀`],
});

fuzzCodec<ChangelogFilter, ChangelogFilterContext>("changelogCodec", changelogCodec, {
  contexts: [changelogContext],
  params: { kind: fc.constantFrom(...ChangeKind.options), issue: fc.constantFrom(...ISSUE_IDS), record: fc.constantFrom(...RECORDS) },
  holds: (state, context) => {
    among(state.kind, ["", ...context.kinds]);
    among(state.issue, ["", ...context.issues]);
    among(state.record, ["", ...context.records]);
  },
  states: (context) =>
    fc.tuple(orAll(context.kinds), orAll(context.issues), orAll(context.records)).map(([kind, issue, record]): ChangelogFilter => ({ kind, issue, record })),
  runs: RUNS,
});
