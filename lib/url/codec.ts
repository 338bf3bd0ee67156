import type { Notice } from "./notices";

/*
 * The one shape of every view's URL state: `parse` reads whatever a link holds into a valid state
 * plus notices for what it ignored or put right; `toQuery` writes a state back, leaving out what
 * equals the defaults. One hook (components/hooks/use-url-state.ts) drives every codec.
 */

/** What a codec reads: URLSearchParams, or anything with its `get`. */
export type Params = { get(name: string): string | null };
export type Parsed<S> = { state: S; notices: Notice[] };
export type UrlCodec<S, C> = {
  parse(params: Params, context: C): Parsed<S>;
  /** "?a=1&b=2", or "" when every part equals its default. */
  toQuery(state: S, context: C): string;
};

/** "?…" from parameters, or "" when there are none. */
export function toSearch(params: URLSearchParams): string {
  const query = params.toString();
  return query ? `?${query}` : "";
}
