import { isIsoDay } from "../dates";
import { DEFAULT_FILTERS, SORT_KEYS, type SortKey, type StatementFilters } from "../statement-filters";
import { toSearch, type Params, type Parsed, type UrlCodec } from "./codec";
import { clip, cutAt, type Notice } from "./notices";

/*
 * The statements explorer's state in its URL (?q=&actor=&issue=&from=&to=&kind=&confidence=&sort=&order=),
 * parsed defensively like the view state: whatever a link holds, the result is a valid filter
 * plus notices for what was ignored.
 */

/** What the parser checks the URL's values against. */
export type FilterContext = { actors: readonly string[]; issues: readonly string[]; kinds: readonly string[]; confidences: readonly string[] };

/** Long enough for any real query; a link cannot make the page search a page of text. */
export const MAX_QUERY_LENGTH = 200;

export function parseStatementFilters(params: Params, context: FilterContext): Parsed<StatementFilters> {
  const notices: Notice[] = [];
  const filters = { ...DEFAULT_FILTERS };
  const q = params.get("q") ?? "";
  if (q.length > MAX_QUERY_LENGTH) notices.push({ code: "shortened-search", max: MAX_QUERY_LENGTH });
  filters.q = cutAt(q, MAX_QUERY_LENGTH);

  const choice = (name: "actor" | "issue" | "kind" | "confidence", allowed: readonly string[]) => {
    const raw = params.get(name);
    if (raw === null || raw === "") return;
    if (allowed.includes(raw)) filters[name] = raw;
    else notices.push({ code: "unknown-choice", field: name, value: clip(raw) });
  };
  choice("actor", context.actors);
  choice("issue", context.issues);
  choice("kind", context.kinds);
  choice("confidence", context.confidences);

  for (const name of ["from", "to"] as const) {
    const raw = params.get(name);
    if (raw === null || raw === "") continue;
    if (isIsoDay(raw)) filters[name] = raw;
    else notices.push({ code: "not-a-date", field: name === "from" ? "start" : "end", value: clip(raw) });
  }
  if (filters.from && filters.to && filters.from > filters.to) {
    notices.push({ code: "swapped-range", from: filters.from, to: filters.to });
    [filters.from, filters.to] = [filters.to, filters.from];
  }

  const sort = params.get("sort");
  if (sort) {
    if ((SORT_KEYS as readonly string[]).includes(sort)) filters.sort = sort as SortKey;
    else notices.push({ code: "unknown-sort", value: clip(sort), allowed: SORT_KEYS });
  }
  const order = params.get("order");
  if (order === "asc" || order === "desc") filters.order = order;
  else if (order) notices.push({ code: "unknown-order", value: clip(order) });
  return { state: filters, notices };
}

/** The query string of a filter state, leaving out the defaults so links stay short. */
export function toStatementQuery(filters: StatementFilters): string {
  const params = new URLSearchParams();
  for (const key of Object.keys(DEFAULT_FILTERS) as (keyof StatementFilters)[]) {
    if (filters[key] !== DEFAULT_FILTERS[key]) params.set(key, filters[key]);
  }
  return toSearch(params);
}

export const statementsCodec: UrlCodec<StatementFilters, FilterContext> = { parse: parseStatementFilters, toQuery: (state) => toStatementQuery(state) };
