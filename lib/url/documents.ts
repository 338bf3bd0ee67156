import { toSearch, type Params, type Parsed, type UrlCodec } from "./codec";
import { clip, type Notice } from "./notices";

/*
 * The filter of the list of texts (?sponsor=&kind=) and the issue of the cross-walk (?issue=),
 * read defensively: what is not in the data is ignored with a notice.
 */

/** "" is every sponsor or every kind. */
export type DocumentFilter = { sponsor: string; kind: string };
export type DocumentFilterContext = { sponsors: readonly string[]; kinds: readonly string[] };

export function parseDocumentFilter(params: Params, context: DocumentFilterContext): Parsed<DocumentFilter> {
  const notices: Notice[] = [];
  const sponsor = params.get("sponsor") ?? "";
  const kind = params.get("kind") ?? "";
  const okSponsor = sponsor === "" || context.sponsors.includes(sponsor);
  const okKind = kind === "" || context.kinds.includes(kind);
  if (!okSponsor) notices.push({ code: "unknown-sponsor", value: clip(sponsor) });
  if (!okKind) notices.push({ code: "unknown-text-kind", value: clip(kind) });
  return { state: { sponsor: okSponsor ? sponsor : "", kind: okKind ? kind : "" }, notices };
}

export function toDocumentFilterQuery(filter: DocumentFilter): string {
  const params = new URLSearchParams();
  if (filter.sponsor) params.set("sponsor", filter.sponsor);
  if (filter.kind) params.set("kind", filter.kind);
  return toSearch(params);
}

export const documentFilterCodec: UrlCodec<DocumentFilter, DocumentFilterContext> = { parse: parseDocumentFilter, toQuery: (state) => toDocumentFilterQuery(state) };

export type CrosswalkState = { issue: string };
/** The issues that have a cross-walk; the first is the one the page is prerendered with. */
export type CrosswalkContext = { issues: readonly string[] };

export function parseCrosswalkState(params: Params, context: CrosswalkContext): Parsed<CrosswalkState> {
  const raw = params.get("issue");
  const first = context.issues[0] ?? "";
  if (raw === null || raw === "") return { state: { issue: first }, notices: [] };
  if (context.issues.includes(raw)) return { state: { issue: raw }, notices: [] };
  return { state: { issue: first }, notices: [{ code: "unknown-issue", value: clip(raw) }] };
}

/** The issue is always spelled out once chosen: the first issue may change as texts are added. */
export const toCrosswalkQuery = (state: CrosswalkState) => toSearch(new URLSearchParams({ issue: state.issue }));

export const crosswalkCodec: UrlCodec<CrosswalkState, CrosswalkContext> = { parse: parseCrosswalkState, toQuery: (state) => toCrosswalkQuery(state) };
