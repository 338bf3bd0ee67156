"use client";

import { usePathname } from "next/navigation";
import { useCallback, useMemo, useSyncExternalStore } from "react";
import { parseViewState, toQuery, type ViewContext, type ViewState } from "@/lib/view-state";

/*
 * The query string as an external store. Not useSearchParams: in a static export that hook makes
 * the prerender bail out to client rendering up to the nearest <Suspense>, so the browser threw
 * away the prerendered view and built it again (on the overview: 2.5 s of blocking time in
 * Lighthouse's mobile run, and the largest paint drawn twice). With a server snapshot of "" the
 * prerendered HTML is the default view and hydrates as it is; React re-renders only when the URL
 * holds a view of its own. The <Suspense> wrappers around the views stay harmless.
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

/** The view state held in the URL (?date=&a=&b=), written with history.replaceState. */
export function useViewState(context: ViewContext) {
  const search = useSyncExternalStore(subscribe, getSearch, getPrerenderedSearch);
  const pathname = usePathname();
  const parsed = useMemo(() => parseViewState(new URLSearchParams(search), context), [search, context]);
  const setView = useCallback(
    (next: Partial<ViewState>) => {
      const state = { ...parsed.state, ...next };
      window.history.replaceState(null, "", `${pathname}${toQuery(state, context)}`);
      for (const listener of listeners) listener();
    },
    [parsed.state, pathname, context],
  );
  return { ...parsed, setView };
}
