import { addDays, isIsoDay } from "../dates";
import { toSearch, type Params, type Parsed, type UrlCodec } from "./codec";
import { clip, type DateField, type Notice } from "./notices";
/*
 * The view state every dated page carries in its URL (?date=&a=&b=), and the window of "what
 * changed" (?from=&to=&a=&b=), parsed defensively: whatever a link holds, the result is a valid
 * view plus notices for what was ignored.
 */

/** `strong`: the "strong evidence only" view (?evidence=strong), every weak position set aside; absent when off. */
export type ViewState = { date: string; a: string; b: string; strong?: boolean };
/** What a view's defaults are: a codec leaves them out of a query, so permalinks stay short. */
export type ViewDefaults = {
  /** The default and the latest date a view may show (the date the data is current to). */
  latest: string;
  defaultA: string;
  defaultB: string;
};
export type ViewContext = ViewDefaults & {
  actors: readonly { id: string }[];
  /** The earliest date a view may show. */
  earliest: string;
};

/** A date parameter checked against the range of the data; `undefined` when absent or ignored. */
export function parseDateParam(raw: string | null, context: Pick<ViewContext, "earliest" | "latest">, field: DateField, notices: Notice[]) {
  if (raw === null || raw === "") return undefined;
  if (!isIsoDay(raw)) {
    notices.push({ code: "not-a-date", field, value: clip(raw) });
    return undefined;
  }
  if (raw > context.latest) {
    notices.push({ code: "after-data", field, value: raw, limit: context.latest });
    return undefined;
  }
  if (raw < context.earliest) {
    notices.push({ code: "before-data", field, value: raw, limit: context.earliest });
    return undefined;
  }
  return raw;
}

/** The pair of actors a URL asks for (?a=&b=), each checked against the data; the defaults for what was ignored. */
export function parseActors(params: Params, context: Pick<ViewContext, "actors" | "defaultA" | "defaultB">, notices: Notice[]) {
  const actor = (name: "a" | "b", fallback: string) => {
    const raw = params.get(name);
    if (raw === null || raw === "") return fallback;
    if (context.actors.some((actor) => actor.id === raw)) return raw;
    notices.push({ code: "unknown-actor", value: clip(raw) });
    return fallback;
  };
  let a = actor("a", context.defaultA);
  let b = actor("b", context.defaultB);
  if (a === b) {
    notices.push({ code: "same-actors" });
    [a, b] = a === context.defaultA ? [context.defaultA, context.defaultB] : [a, context.defaultA];
  }
  return { a, b };
}

/** ?evidence=strong, the one value the parameter takes; anything else is ignored with a notice. */
function parseEvidence(params: Params, notices: Notice[]): { strong?: true } {
  const raw = params.get("evidence");
  if (raw === "strong") return { strong: true };
  if (raw !== null && raw !== "") notices.push({ code: "unknown-evidence", value: clip(raw) });
  return {};
}

export function parseViewState(params: Params, context: ViewContext): Parsed<ViewState> {
  const notices: Notice[] = [];
  const date = parseDateParam(params.get("date"), context, "date", notices) ?? context.latest;
  return { state: { date, ...parseActors(params, context, notices), ...parseEvidence(params, notices) }, notices };
}

/** Whether a view is the one a page is prerendered with: the latest date and the default pair. */
export const isDefaultView = (state: ViewState, context: ViewDefaults) =>
  state.date === context.latest && state.a === context.defaultA && state.b === context.defaultB && !state.strong;

/** The pair as query parameters, only when it is not the default one. */
function setPair(params: URLSearchParams, state: Pick<ViewState, "a" | "b">, context: ViewDefaults) {
  if (state.a !== context.defaultA || state.b !== context.defaultB) {
    params.set("a", state.a);
    params.set("b", state.b);
  }
}

/** The query string of a view, leaving out what equals the defaults so links stay short. */
export function toQuery(state: ViewState, context: ViewDefaults, extra: Record<string, string> = {}) {
  const params = new URLSearchParams();
  if (state.date !== context.latest) params.set("date", state.date);
  setPair(params, state, context);
  if (state.strong) params.set("evidence", "strong");
  for (const [name, value] of Object.entries(extra)) params.set(name, value);
  return toSearch(params);
}

/** The query of a permalink: the date and the actors always spelled out, so the link outlives newer data. */
export const toPermalinkQuery = (state: ViewState) =>
  toSearch(new URLSearchParams({ date: state.date, a: state.a, b: state.b, ...(state.strong ? { evidence: "strong" } : {}) }));

export const viewCodec: UrlCodec<ViewState, ViewContext> = { parse: parseViewState, toQuery: (state, context) => toQuery(state, context) };

export type RangeContext = Pick<ViewContext, "earliest" | "latest"> & { events: readonly { date: string }[]; lastChange?: string };

/**
 * The default window of "what changed": from the day before the latest change of either default
 * actor to the latest date, so a first look shows the latest movement rather than an empty window;
 * without that date, the last two key events (or the whole range if there are fewer).
 */
export function defaultRange(context: RangeContext) {
  if (context.lastChange && context.lastChange > context.earliest && context.lastChange <= context.latest)
    return { from: addDays(context.lastChange, -1), to: context.latest };
  const dates = [...new Set(context.events.map((e) => e.date))].sort();
  return { from: dates.at(-2) ?? context.earliest, to: dates.at(-1) ?? context.latest };
}

export type ChangesState = { from: string; to: string; a: string; b: string; strong?: boolean };
export type ChangesContext = ViewContext & RangeContext;

/**
 * The window and pair of "what changed" held in a URL (?from=&to=&a=&b=): dates outside the data
 * fall back to the default window, and a start after the end is swapped, with a notice either way,
 * so the date fields always show the window the page describes.
 */
export function parseChangesState(params: Params, context: ChangesContext): Parsed<ChangesState> {
  const notices: Notice[] = [];
  const defaults = defaultRange(context);
  let from = parseDateParam(params.get("from"), context, "from", notices) ?? defaults.from;
  let to = parseDateParam(params.get("to"), context, "to", notices) ?? defaults.to;
  if (from > to) {
    [from, to] = [to, from];
    notices.push({ code: "swapped-dates" });
  }
  return { state: { from, to, ...parseActors(params, context, notices), ...parseEvidence(params, notices) }, notices };
}

/** The window always spelled out (the default window moves with the data), the pair only when it is not the default. */
export function toChangesQuery(state: ChangesState, context: ViewDefaults) {
  const params = new URLSearchParams({ from: state.from, to: state.to });
  setPair(params, state, context);
  if (state.strong) params.set("evidence", "strong");
  return toSearch(params);
}

export const changesCodec: UrlCodec<ChangesState, ChangesContext> = { parse: parseChangesState, toQuery: toChangesQuery };
