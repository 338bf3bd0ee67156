"use client";

import { usePathname } from "next/navigation";
import { useCallback, useMemo } from "react";
import { parseViewState, toQuery, type ViewContext, type ViewState } from "@/lib/url/view-state";
import { replaceUrlSearch, useUrlSearch } from "./use-url-search";

/** The view state held in the URL (?date=&a=&b=), written with history.replaceState. */
export function useViewState(context: ViewContext) {
  const search = useUrlSearch();
  const pathname = usePathname();
  const parsed = useMemo(() => parseViewState(new URLSearchParams(search), context), [search, context]);
  const setView = useCallback(
    (next: Partial<ViewState>) => replaceUrlSearch(pathname, toQuery({ ...parsed.state, ...next }, context)),
    [parsed.state, pathname, context],
  );
  return { ...parsed, setView };
}
