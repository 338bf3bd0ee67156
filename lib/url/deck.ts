import type { Params, Parsed, UrlCodec } from "./codec";
import { parseViewState, toQuery, type ViewContext, type ViewState } from "./view-state";

/*
 * The classroom deck's URL state: the view (?date=&a=&b=), the reveal step (?reveal=1) and "argue the other side" (?argue=1). The
 * slide itself is the path (/present/ceasefire/), which lib/present.ts reads.
 */

/** `argue`: "argue the other side", a reveal that asks the class to restate each side's case, then to switch (?argue=1, which turns the reveal on). */
export type DeckUrlState = { view: ViewState; reveal: boolean; argue?: boolean };

export function parseDeckState(params: Params, context: ViewContext): Parsed<DeckUrlState> {
  const { state, notices } = parseViewState(params, context);
  const argue = params.get("argue") === "1";
  return { state: { view: state, reveal: argue || params.get("reveal") === "1", ...(argue ? { argue } : {}) }, notices };
}

export const toDeckQuery = (state: DeckUrlState, context: ViewContext) =>
  toQuery(state.view, context, state.argue ? { argue: "1" } : state.reveal ? { reveal: "1" } : {});

export const deckCodec: UrlCodec<DeckUrlState, ViewContext> = { parse: parseDeckState, toQuery: toDeckQuery };
