import { toSearch, type Params, type Parsed, type UrlCodec } from "./codec";
import { clip } from "./notices";
import { parseViewState, type ViewContext, type ViewState } from "./view-state";

/*
 * The URL state of an embed (/embed/…): the view it shows, read as every dated view reads it
 * (?date=&a=&b=&evidence=), and the dataset version it was pinned to (?v=). Any v is kept as
 * written (clipped): whatever it says, the embed compares it with the data's version and says so
 * when they differ, so a mistyped pin is not silently taken for the current one.
 */

/**
 * The pin alone, which is all the URL state of an embed whose full view reads none (a text's chart,
 * drawn against the default pair on the text's date). `pinned`: the dataset version the embed's
 * code was made with; absent when the link names none.
 */
export type PinState = { pinned?: string };

export type EmbedState = ViewState & PinState;

/** The pin a link names (?v=), as written and clipped; any other parameter is no part of such an embed and is passed over. */
export function parsePin(params: Params): Parsed<PinState> {
  const pinned = params.get("v")?.trim();
  return { state: pinned ? { pinned: clip(pinned) } : {}, notices: [] };
}

export function parseEmbedState(params: Params, context: ViewContext): Parsed<EmbedState> {
  const { state, notices } = parseViewState(params, context);
  return { state: { ...state, ...parsePin(params).state }, notices };
}

/**
 * The query of an embed, everything spelled out: an embed lives on another site for years, so it
 * must not follow the defaults as newer data moves them (a permalink's rule, plus the pin).
 */
export function toEmbedQuery(state: EmbedState): string {
  const params = new URLSearchParams({ date: state.date, a: state.a, b: state.b });
  if (state.strong) params.set("evidence", "strong");
  if (state.pinned) params.set("v", state.pinned);
  return toSearch(params);
}

/** The query of an embed that reads only its pin: "?v=…", or "" unpinned. */
export function toPinQuery(state: PinState): string {
  return state.pinned ? toSearch(new URLSearchParams({ v: state.pinned })) : "";
}

export const embedCodec: UrlCodec<EmbedState, ViewContext> = { parse: parseEmbedState, toQuery: (state) => toEmbedQuery(state) };

/** The codec of an embed that reads only its pin; it needs no context. */
export const pinCodec: UrlCodec<PinState, null> = { parse: (params) => parsePin(params), toQuery: (state) => toPinQuery(state) };
