import { toSearch, type Params, type Parsed, type UrlCodec } from "./codec";
import { clip, type Notice } from "./notices";

/*
 * The filter of the change log (?kind=&issue=&record=), read defensively: a kind, an issue or a
 * record the log does not know is ignored with a notice, and the list shows every entry instead.
 */

/** "" is every kind, every issue or every record. */
export type ChangelogFilter = { kind: string; issue: string; record: string };
export type ChangelogFilterContext = { kinds: readonly string[]; issues: readonly string[]; records: readonly string[] };

export const ALL_CHANGES: ChangelogFilter = { kind: "", issue: "", record: "" };

export function parseChangelogFilter(params: Params, context: ChangelogFilterContext): Parsed<ChangelogFilter> {
  const notices: Notice[] = [];
  const read = (name: keyof ChangelogFilter, allowed: readonly string[], notice: (value: string) => Notice) => {
    const raw = params.get(name) ?? "";
    if (raw === "" || allowed.includes(raw)) return raw;
    notices.push(notice(clip(raw)));
    return "";
  };
  const state = {
    kind: read("kind", context.kinds, (value) => ({ code: "unknown-change-kind", value })),
    issue: read("issue", context.issues, (value) => ({ code: "unknown-issue", value })),
    record: read("record", context.records, (value) => ({ code: "unknown-record", value })),
  };
  return { state, notices };
}

/** The query string of a filter, leaving out what shows everything, so links stay short. */
export function toChangelogQuery(filter: ChangelogFilter): string {
  const params = new URLSearchParams();
  for (const name of ["kind", "issue", "record"] as const) if (filter[name]) params.set(name, filter[name]);
  return toSearch(params);
}

export const changelogCodec: UrlCodec<ChangelogFilter, ChangelogFilterContext> = { parse: parseChangelogFilter, toQuery: (state) => toChangelogQuery(state) };
