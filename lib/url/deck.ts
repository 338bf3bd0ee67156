import type { Params, Parsed, UrlCodec } from "./codec";
import { parseViewState, toQuery, type ViewContext, type ViewState } from "./view-state";

/*
 * The classroom deck's URL state: the view (?date=&a=&b=) and the reveal step (?reveal=1). The
 * slide itself is the path (/present/ceasefire/), which lib/present.ts reads.
 */

export type DeckUrlState = { view: ViewState; reveal: boolean };

export function parseDeckState(params: Params, context: ViewContext): Parsed<DeckUrlState> {
  const { state, notices } = parseViewState(params, context);
  return { state: { view: state, reveal: params.get("reveal") === "1" }, notices };
}

export const toDeckQuery = (state: DeckUrlState, context: ViewContext) => toQuery(state.view, context, state.reveal ? { reveal: "1" } : {});

export const deckCodec: UrlCodec<DeckUrlState, ViewContext> = { parse: parseDeckState, toQuery: toDeckQuery };
