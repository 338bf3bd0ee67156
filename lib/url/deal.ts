import type { Params, Parsed, UrlCodec } from "./codec";
import { clip, type Notice } from "./notices";
import { parseViewState, toQuery, type ViewContext, type ViewState } from "./view-state";

/*
 * "Build a deal"'s URL state: the view (?date=&a=&b=), the class's package (?deal=ceasefire.2~territory.3:
 * each pick an issue and an option value, in the issues' order) and whether the real texts are
 * revealed (?reveal=1). The package lives in the link, so a class can share and compare packages.
 */

export type DealState = { view: ViewState; picks: Readonly<Record<string, number>>; reveal: boolean };

/** What the codec checks a pick against: each issue's id and how many options its spectrum has. */
export type DealContext = ViewContext & { issues: readonly { id: string; options: number }[] };

/** The view's context with each issue's number of options, as the codec checks picks against them. */
export const toDealContext = (context: ViewContext, issues: readonly { id: string; spectrum: readonly unknown[] }[]): DealContext => ({
  ...context,
  issues: issues.map((issue) => ({ id: issue.id, options: issue.spectrum.length })),
});

const PICKS = "~";
const PART = ".";

export function parseDealState(params: Params, context: DealContext): Parsed<DealState> {
  const { state: view, notices } = parseViewState(params, context);
  const picks: Record<string, number> = {};
  const raw = params.get("deal") ?? "";
  for (const part of raw.split(PICKS).filter(Boolean)) {
    const [issue = "", value = "", ...rest] = part.split(PART);
    const known = context.issues.find((i) => i.id === issue);
    const option = /^\d{1,2}$/.test(value) ? Number(value) : NaN;
    if (!known || rest.length > 0 || !(option >= 0 && option < known.options) || issue in picks) notices.push({ code: "unknown-pick", value: clip(part) } satisfies Notice);
    else picks[issue] = option;
  }
  return { state: { view, picks, reveal: params.get("reveal") === "1" }, notices };
}

/** The query, the picks in the issues' order so one package always has one address. */
export function toDealQuery(state: DealState, context: DealContext, more: Record<string, string> = {}): string {
  const deal = context.issues
    .filter((issue) => state.picks[issue.id] !== undefined)
    .map((issue) => `${issue.id}${PART}${state.picks[issue.id]}`)
    .join(PICKS);
  const extra: Record<string, string> = {};
  if (deal) extra.deal = deal;
  if (state.reveal) extra.reveal = "1";
  return toQuery(state.view, context, { ...extra, ...more });
}

export const dealCodec: UrlCodec<DealState, DealContext> = { parse: parseDealState, toQuery: (state, context) => toDealQuery(state, context) };

/*
 * The projector's deal (/deal/present/) shows one screen at a time: an issue's picker (?at=territory)
 * or, last, the package with its reveal (?at=package). The first issue needs no parameter.
 */
export const PACKAGE_SCREEN = "package";

export type DealScreenState = DealState & { at: string };

export function parseDealScreen(params: Params, context: DealContext): Parsed<DealScreenState> {
  const { state, notices } = parseDealState(params, context);
  const first = context.issues[0]?.id ?? PACKAGE_SCREEN;
  const raw = params.get("at");
  const known = raw !== null && (raw === PACKAGE_SCREEN || context.issues.some((issue) => issue.id === raw));
  if (raw !== null && !known) notices.push({ code: "unknown-issue", value: clip(raw) } satisfies Notice);
  return { state: { ...state, at: known ? raw : first }, notices };
}

export function toDealScreenQuery(state: DealScreenState, context: DealContext): string {
  const first = context.issues[0]?.id ?? PACKAGE_SCREEN;
  return toDealQuery(state, context, state.at === first ? {} : { at: state.at });
}

export const dealScreenCodec: UrlCodec<DealScreenState, DealContext> = { parse: parseDealScreen, toQuery: toDealScreenQuery };
