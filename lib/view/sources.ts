import type { Statement } from "../schema";

/*
 * The sources list, cut into pages of a fixed length so no page of it grows with the data:
 * /sources/ is the first (the newest sources), /sources/page/2/ the next, and so on. Pure.
 */

/** Sources on one page of the list. */
export const SOURCES_PAGE = 25;

export type Source<S extends Statement = Statement> = S["source"] & { statements: S[] };

/** The sources of the statements, one per URL, newest first (then by publisher); a source cited twice lists both statements. */
export function toSources<S extends Statement>(statements: readonly S[]): Source<S>[] {
  const byUrl = new Map<string, Source<S>>();
  for (const s of statements) {
    const known = byUrl.get(s.source.url);
    if (known) known.statements.push(s);
    else byUrl.set(s.source.url, { ...s.source, statements: [s] });
  }
  return [...byUrl.values()].sort((x, y) => (x.date < y.date ? 1 : x.date > y.date ? -1 : x.publisher.localeCompare(y.publisher, "en")));
}

/** How many pages `count` sources fill (at least one, so an empty list still has its page). */
export const pageCount = (count: number) => Math.max(1, Math.ceil(count / SOURCES_PAGE));

/** The address of page `n` (1-based): the first is /sources/ itself. */
export const sourcesPageHref = (n: number) => (n <= 1 ? "/sources/" : `/sources/page/${n}/`);

/** The sources on page `n` (1-based). */
export const sourcesOnPage = <T>(sources: readonly T[], n: number) => sources.slice((n - 1) * SOURCES_PAGE, n * SOURCES_PAGE);

/**
 * The page numbers a pager shows around page `current` of `count`: the first, the last, and two
 * either side of the current one, with null where numbers are left out ("…"); a gap of one page
 * shows that page's number instead, since "…" would take as much room.
 */
export function pagerNumbers(current: number, count: number): (number | null)[] {
  const keep = new Set([1, count, current - 2, current - 1, current, current + 1, current + 2].filter((n) => n >= 1 && n <= count));
  const sorted = [...keep].sort((x, y) => x - y);
  return sorted.flatMap((n, i) => {
    const gap = i > 0 ? n - sorted[i - 1]! : 1;
    return gap === 1 ? [n] : gap === 2 ? [n - 1, n] : [null, n];
  });
}
