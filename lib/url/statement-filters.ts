import type { Statement } from "../schema";
import { isIsoDay } from "./view-state";

/*
 * The statements explorer's state, carried in its URL (?q=&actor=&issue=&from=&to=&kind=&confidence=&sort=&order=)
 * and parsed defensively like the view state: whatever a link holds, the result is a valid filter
 * plus plain-words notices for what was ignored. Pure, so it is unit-tested and runs anywhere.
 */

export const SORT_KEYS = ["date", "actor", "speaker", "kind", "confidence", "relevance"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortOrder = "asc" | "desc";

export type StatementFilters = {
  q: string;
  actor: string;
  issue: string;
  from: string;
  to: string;
  kind: string;
  confidence: string;
  sort: SortKey;
  order: SortOrder;
};

export const DEFAULT_FILTERS: StatementFilters = { q: "", actor: "", issue: "", from: "", to: "", kind: "", confidence: "", sort: "date", order: "desc" };

/** What the parser checks the URL's values against. */
export type FilterContext = { actors: readonly string[]; issues: readonly string[]; kinds: readonly string[]; confidences: readonly string[] };

type Params = { get(name: string): string | null };

const quoteValue = (value: string) => JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
/** Long enough for any real query; a link cannot make the page search a page of text. */
export const MAX_QUERY_LENGTH = 200;

export function parseStatementFilters(params: Params, context: FilterContext): { filters: StatementFilters; notices: string[] } {
  const notices: string[] = [];
  const filters = { ...DEFAULT_FILTERS };
  const q = params.get("q") ?? "";
  if (q.length > MAX_QUERY_LENGTH) notices.push(`Shortened the search to its first ${MAX_QUERY_LENGTH} characters.`);
  filters.q = q.slice(0, MAX_QUERY_LENGTH);

  const choice = (name: "actor" | "issue" | "kind" | "confidence", allowed: readonly string[], what: string) => {
    const raw = params.get(name);
    if (raw === null || raw === "") return;
    if (allowed.includes(raw)) filters[name] = raw;
    else notices.push(`Ignored ${what} ${quoteValue(raw)}: not one in the data.`);
  };
  choice("actor", context.actors, "actor");
  choice("issue", context.issues, "issue");
  choice("kind", context.kinds, "source kind");
  choice("confidence", context.confidences, "confidence");

  for (const name of ["from", "to"] as const) {
    const raw = params.get(name);
    if (raw === null || raw === "") continue;
    if (isIsoDay(raw)) filters[name] = raw;
    else notices.push(`Ignored ${name === "from" ? "the start date" : "the end date"} ${quoteValue(raw)}: not a date written YYYY-MM-DD.`);
  }
  if (filters.from && filters.to && filters.from > filters.to) {
    notices.push(`Swapped the dates: ${filters.from} is after ${filters.to}.`);
    [filters.from, filters.to] = [filters.to, filters.from];
  }

  const sort = params.get("sort");
  if (sort) {
    if ((SORT_KEYS as readonly string[]).includes(sort)) filters.sort = sort as SortKey;
    else notices.push(`Ignored the sort ${quoteValue(sort)}: sort by ${SORT_KEYS.join(", ")}.`);
  }
  const order = params.get("order");
  if (order === "asc" || order === "desc") filters.order = order;
  else if (order) notices.push(`Ignored the order ${quoteValue(order)}: use asc or desc.`);
  return { filters, notices };
}

/** The query string of a filter state, leaving out the defaults so links stay short. */
export function toStatementQuery(filters: StatementFilters): string {
  const params = new URLSearchParams();
  for (const key of Object.keys(DEFAULT_FILTERS) as (keyof StatementFilters)[]) {
    if (filters[key] !== DEFAULT_FILTERS[key]) params.set(key, filters[key]);
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** Whether any filter narrows the list (the sort does not). */
export const isFiltered = (f: StatementFilters) => Boolean(f.q.trim() || f.actor || f.issue || f.from || f.to || f.kind || f.confidence);

/**
 * The statements that pass every filter. `matches` is the set of ids the text search found, or
 * undefined when there is no search text.
 */
export function filterStatements<S extends Statement>(statements: readonly S[], f: StatementFilters, matches?: ReadonlySet<string>): S[] {
  return statements.filter(
    (s) =>
      (!matches || matches.has(s.id)) &&
      (!f.actor || s.actor === f.actor) &&
      (!f.issue || s.issues.includes(f.issue)) &&
      (!f.from || s.date >= f.from) &&
      (!f.to || s.date <= f.to) &&
      (!f.kind || s.source.kind === f.kind) &&
      (!f.confidence || s.confidence === f.confidence),
  );
}

const CONFIDENCE_RANK: Record<Statement["confidence"], number> = { high: 3, medium: 2, low: 1 };
const text = (a: string, b: string) => a.localeCompare(b, "en", { sensitivity: "base" });

/**
 * The statements in the chosen order; ties fall back to the newest first, then the id, so the
 * order is the same on every machine. Relevance follows `ranks` (the search's order).
 */
export function sortStatements<S extends Statement>(
  statements: readonly S[],
  sort: SortKey,
  order: SortOrder,
  options: { actorName?: (id: string) => string; ranks?: ReadonlyMap<string, number> } = {},
): S[] {
  const name = options.actorName ?? ((id: string) => id);
  const primary: Record<SortKey, (x: S, y: S) => number> = {
    date: (x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0),
    actor: (x, y) => text(name(x.actor), name(y.actor)),
    speaker: (x, y) => text(x.speaker.name, y.speaker.name),
    kind: (x, y) => text(x.source.kind, y.source.kind),
    confidence: (x, y) => CONFIDENCE_RANK[x.confidence] - CONFIDENCE_RANK[y.confidence],
    // a lower rank is a better match, so "descending relevance" is ascending rank
    relevance: (x, y) => (options.ranks?.get(y.id) ?? Infinity) - (options.ranks?.get(x.id) ?? Infinity),
  };
  const sign = order === "asc" ? 1 : -1;
  return [...statements].sort((x, y) => {
    const first = primary[sort](x, y) * sign;
    if (first !== 0 && !Number.isNaN(first)) return first;
    if (x.date !== y.date) return x.date < y.date ? 1 : -1;
    return x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
  });
}
