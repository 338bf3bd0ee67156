import { toSearch, type Params, type Parsed, type UrlCodec } from "./codec";
import { clip, type Notice } from "./notices";
import { parseActors } from "./view-state";

/*
 * The red-line ledger's filters (?a=&b=&kind=): the two sides every verdict is shown for and the
 * kind of text, read defensively: what is not in the data is ignored with a notice, and the
 * defaults (the default pair, every kind) stay out of the query so the prerendered link is bare.
 */

/** `kind` "" is every kind of text. */
export type LedgerState = { a: string; b: string; kind: string };
export type LedgerContext = {
  /** The sides the ledger judges: the actors with coded positions. */
  actors: readonly string[];
  /** The kinds of text in the data. */
  kinds: readonly string[];
  defaultA: string;
  defaultB: string;
};

export function parseLedgerState(params: Params, context: LedgerContext): Parsed<LedgerState> {
  const notices: Notice[] = [];
  // the pair is read as the dated views read theirs, notices and the fallback for the same actor twice included
  const { a, b } = parseActors(params, { actors: context.actors.map((id) => ({ id })), defaultA: context.defaultA, defaultB: context.defaultB }, notices);
  const raw = params.get("kind") ?? "";
  const okKind = raw === "" || context.kinds.includes(raw);
  if (!okKind) notices.push({ code: "unknown-text-kind", value: clip(raw) });
  return { state: { a, b, kind: okKind ? raw : "" }, notices };
}

export function toLedgerQuery(state: LedgerState, context: Pick<LedgerContext, "defaultA" | "defaultB">): string {
  const params = new URLSearchParams();
  if (state.a !== context.defaultA || state.b !== context.defaultB) {
    params.set("a", state.a);
    params.set("b", state.b);
  }
  if (state.kind) params.set("kind", state.kind);
  return toSearch(params);
}

export const ledgerCodec: UrlCodec<LedgerState, LedgerContext> = { parse: parseLedgerState, toQuery: toLedgerQuery };
