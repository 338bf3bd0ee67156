"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { parseViewState, toQuery, type ViewContext, type ViewState } from "@/lib/view-state";

/**
 * The view state held in the URL: read with useSearchParams (so it must sit inside <Suspense>),
 * written with history.replaceState, which Next syncs into useSearchParams without a page load.
 */
export function useViewState(context: ViewContext) {
  const params = useSearchParams();
  const pathname = usePathname();
  const parsed = useMemo(() => parseViewState(params, context), [params, context]);
  const setView = useCallback(
    (next: Partial<ViewState>) => {
      const state = { ...parsed.state, ...next };
      window.history.replaceState(null, "", `${pathname}${toQuery(state, context)}`);
    },
    [parsed.state, pathname, context],
  );
  return { ...parsed, setView };
}
