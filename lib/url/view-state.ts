import { addDays } from "../dates";
import { messages } from "../view/messages";
/*
 * The view state every page carries in its URL (?date=&a=&b=), parsed defensively: whatever a
 * link holds, the result is a valid view plus plain-words notices for what was ignored.
 */

export type ViewState = { date: string; a: string; b: string };
export type ViewContext = {
  actors: readonly { id: string }[];
  /** The default and the latest date a view may show (the date the data is current to). */
  latest: string;
  /** The earliest date a view may show. */
  earliest: string;
  defaultA: string;
  defaultB: string;
};
export type ParsedView = { state: ViewState; notices: string[] };

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a string is a real calendar day written YYYY-MM-DD. */
export function isIsoDay(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

type Params = { get(name: string): string | null };

/** Shortens what a hostile URL put in a notice, so a notice never carries a page of text. */
const quoteValue = (value: string) => JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);

/** A date parameter checked against the range of the data; `undefined` when absent or ignored. */
export function parseDateParam(raw: string | null, context: Pick<ViewContext, "earliest" | "latest">, name: string, notices: string[]) {
  if (raw === null || raw === "") return undefined;
  if (!isIsoDay(raw)) {
    notices.push(`Ignored ${name} ${quoteValue(raw)}: not a date written YYYY-MM-DD.`);
    return undefined;
  }
  if (raw > context.latest) {
    notices.push(`Ignored ${name} ${raw}: the data runs only to ${context.latest}.`);
    return undefined;
  }
  if (raw < context.earliest) {
    notices.push(`Ignored ${name} ${raw}: the data starts on ${context.earliest}.`);
    return undefined;
  }
  return raw;
}

/** The pair of actors a URL asks for (?a=&b=), each checked against the data; the defaults for what was ignored. */
function parseActors(params: Params, context: ViewContext, notices: string[]) {
  const actor = (name: "a" | "b", fallback: string) => {
    const raw = params.get(name);
    if (raw === null || raw === "") return fallback;
    if (context.actors.some((actor) => actor.id === raw)) return raw;
    notices.push(`Ignored actor ${quoteValue(raw)}: not an actor in the data.`);
    return fallback;
  };
  let a = actor("a", context.defaultA);
  let b = actor("b", context.defaultB);
  if (a === b) {
    notices.push(`Ignored the second actor: it is the same as the first.`);
    [a, b] = a === context.defaultA ? [context.defaultA, context.defaultB] : [a, context.defaultA];
  }
  return { a, b };
}

export function parseViewState(params: Params, context: ViewContext): ParsedView {
  const notices: string[] = [];
  const date = parseDateParam(params.get("date"), context, "date", notices) ?? context.latest;
  return { state: { date, ...parseActors(params, context, notices) }, notices };
}

/** Whether a view is the one a page is prerendered with: the latest date and the default pair. */
export const isDefaultView = (state: ViewState, context: Pick<ViewContext, "latest" | "defaultA" | "defaultB">) =>
  state.date === context.latest && state.a === context.defaultA && state.b === context.defaultB;

/** The query string of a view, leaving out what equals the defaults so permalinks stay short. */
export function toQuery(state: ViewState, context: Pick<ViewContext, "latest" | "defaultA" | "defaultB">, extra: Record<string, string> = {}) {
  const params = new URLSearchParams();
  if (state.date !== context.latest) params.set("date", state.date);
  if (state.a !== context.defaultA || state.b !== context.defaultB) {
    params.set("a", state.a);
    params.set("b", state.b);
  }
  for (const [name, value] of Object.entries(extra)) params.set(name, value);
  const query = params.toString();
  return query ? `?${query}` : "";
}

/**
 * The default window of "what changed": from the day before the latest change of either default
 * actor to the latest date, so a first look shows the latest movement rather than an empty window;
 * without that date, the last two key events (or the whole range if there are fewer).
 */
export function defaultRange(context: Pick<ViewContext, "earliest" | "latest"> & { events: readonly { date: string }[]; lastChange?: string }) {
  if (context.lastChange && context.lastChange > context.earliest && context.lastChange <= context.latest)
    return { from: addDays(context.lastChange, -1), to: context.latest };
  const dates = [...new Set(context.events.map((e) => e.date))].sort();
  return { from: dates.at(-2) ?? context.earliest, to: dates.at(-1) ?? context.latest };
}

export type ChangesState = { from: string; to: string; a: string; b: string };

/**
 * The window and pair of "what changed" held in a URL (?from=&to=&a=&b=): dates outside the data
 * fall back to the default window, and a start after the end is swapped, with a notice either way,
 * so the date fields always show the window the page describes.
 */
export function parseChangesState(params: Params, context: ViewContext & Parameters<typeof defaultRange>[0]): { state: ChangesState; notices: string[] } {
  const notices: string[] = [];
  const defaults = defaultRange(context);
  let from = parseDateParam(params.get("from"), context, "from", notices) ?? defaults.from;
  let to = parseDateParam(params.get("to"), context, "to", notices) ?? defaults.to;
  if (from > to) {
    [from, to] = [to, from];
    notices.push(messages.notices.swappedDates);
  }
  return { state: { from, to, ...parseActors(params, context, notices) }, notices };
}
