"use client";

import { useCallback, useMemo } from "react";
import type { UrlCodec } from "@/lib/url/codec";
import { replaceUrlSearch, useUrlSearch } from "./use-url-search";

/**
 * A view's state held in its URL, read and written by its codec (lib/url/): the one way a
 * component reads or writes the query string. Writing replaces the history entry, so filters and
 * dates do not fill the Back button; `context` must be stable (memoised) for the parse to be.
 */
export function useUrlState<S, C>(codec: UrlCodec<S, C>, context: C) {
  const search = useUrlSearch();
  const parsed = useMemo(() => codec.parse(new URLSearchParams(search), context), [codec, search, context]);
  const setState = useCallback(
    // the path as the browser shows it now: the deck moves between slides with pushState
    (next: Partial<S>) => replaceUrlSearch(window.location.pathname, codec.toQuery({ ...parsed.state, ...next }, context)),
    [codec, parsed.state, context],
  );
  return { ...parsed, setState };
}
