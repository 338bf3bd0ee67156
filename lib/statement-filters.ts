import type { Statement } from "./schema";

/*
 * The statements explorer's filters and sort, and the statements they pick: pure, so they are
 * unit-tested and run anywhere. The URL that carries them is read and written by lib/url/statements.ts.
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

/** Rows the explorer draws at once: its page prerenders this many, the newest, and the rest come with a search, a filter or "show more". */
export const STATEMENTS_PAGE = 50;

export const DEFAULT_FILTERS: StatementFilters = { q: "", actor: "", issue: "", from: "", to: "", kind: "", confidence: "", sort: "date", order: "desc" };

/** Whether the list is the one the page is prerendered with: no filter, newest first. */
export const isDefaultList = (f: StatementFilters) => !isFiltered(f) && f.sort === DEFAULT_FILTERS.sort && f.order === DEFAULT_FILTERS.order;

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
