"use client";

import { useSyncExternalStore } from "react";

/*
 * The query string as an external store. Not useSearchParams: in a static export that hook makes
 * the prerender bail out to client rendering up to the nearest <Suspense>, so the browser threw
 * away the prerendered view and built it again (on the overview: 2.5 s of blocking time in
 * Lighthouse's mobile run, and the largest paint drawn twice). With a server snapshot of "" the
 * prerendered HTML is the default view and hydrates as it is; React re-renders only when the URL
 * holds a view of its own.
 */
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  // back and forward; Next's own navigations remount the page, which reads the URL afresh
  window.addEventListener("popstate", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("popstate", listener);
  };
}

const getSearch = () => window.location.search;
const getPrerenderedSearch = () => "";

/** The page's query string ("?a=b", or "" as prerendered), re-read whenever it changes. */
export function useUrlSearch(): string {
  return useSyncExternalStore(subscribe, getSearch, getPrerenderedSearch);
}

/** Puts a new query string in the address bar without a navigation (no history entry) and tells every reader. */
export function replaceUrlSearch(pathname: string, query: string) {
  const search = query === "" || query.startsWith("?") ? query : `?${query}`;
  window.history.replaceState(null, "", `${pathname}${search}`);
  for (const listener of listeners) listener();
}

/**
 * Moves to another path of the same view, keeping its query and adding a history entry: the deck's
 * slides. history.pushState, not a route change: Next syncs usePathname from it, so the slide
 * changes at once, with nothing fetched, and the layout's deck (with its reveal state) stays mounted.
 */
export function pushUrlPath(pathname: string) {
  window.history.pushState(null, "", `${pathname}${window.location.search}`);
}

const noSubscription = () => () => undefined;

/** True in the prerendered HTML and during hydration, false once the page runs in the browser. */
export function useIsPrerendered(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => false,
    () => true,
  );
}
