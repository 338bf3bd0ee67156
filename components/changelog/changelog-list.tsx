"use client";

import { useId, useMemo } from "react";
import { ALL_CHANGES, changelogCodec, type ChangelogFilter } from "@/lib/url/changelog";
import type { Notice } from "@/lib/url/notices";
import { CHANGE_KINDS, describeChangelog, filterChangelog, type ChangelogItem } from "@/lib/view/changelog";
import { formatNumber } from "@/lib/view/format";
import { HydratedFieldset } from "../controls/hydrated-fieldset";
import { Notices } from "../ui/notices";
import { useUrlState } from "../hooks/use-url-state";
import { ChangelogEntry } from "./changelog-entry";
import { pageMessages } from "@/lib/view/page-messages";

export type ChangelogListProps = {
  /** Every entry, newest first: the page is prerendered with all of them. */
  items: ChangelogItem[];
  /** The issues the log names, in the data's order. */
  issues: { id: string; title: string }[];
};

const fieldClass = "rounded border border-gray-400 bg-white px-2 py-1";
const buttonClass = "rounded border border-gray-400 bg-white px-2 py-1 hover:bg-gray-100";

export function ChangelogBody({ items, issues, filter, notices, onChange }: ChangelogListProps & { filter: ChangelogFilter; notices: readonly Notice[]; onChange: (next: ChangelogFilter) => void }) {
  const id = useId();
  const titleOf = useMemo(() => new Map(issues.map((issue) => [issue.id, issue.title])), [issues]);
  const issueTitle = (issue: string) => titleOf.get(issue) ?? issue;
  const recordLabel = (record: string) => items.find((item) => item.record === record)?.label ?? record;
  const shown = filterChangelog(items, filter);
  const filtered = filter.kind !== "" || filter.issue !== "" || filter.record !== "";
  const summary = describeChangelog(items, shown, filter, { issue: issueTitle, record: recordLabel });
  const count = (keep: (item: ChangelogItem) => boolean) => formatNumber(items.filter(keep).length);

  return (
    <div className="space-y-4">
      <Notices notices={notices} />
      <form className="no-print rounded-lg border border-gray-300 bg-white p-3 text-sm shadow-sm" aria-label="Filter the change log" onSubmit={(event) => event.preventDefault()}>
        <HydratedFieldset className="flex flex-wrap items-end gap-4">
          <label className="flex flex-col gap-1">
            <span className="font-semibold">Kind of change</span>
            <select className={fieldClass} value={filter.kind} onChange={(event) => onChange({ ...filter, kind: event.currentTarget.value })}>
              <option value="">All kinds ({formatNumber(items.length)})</option>
              {CHANGE_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {pageMessages.changelog.kind[kind]} ({count((item) => item.kind === kind)})
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col gap-1">
            <span className="font-semibold">Issue</span>
            <select className={fieldClass} value={filter.issue} onChange={(event) => onChange({ ...filter, issue: event.currentTarget.value })}>
              <option value="">All issues</option>
              {issues.map((issue) => (
                <option key={issue.id} value={issue.id}>
                  {issue.title} ({count((item) => item.issues.includes(issue.id))})
                </option>
              ))}
            </select>
          </label>
          {filter.record ? (
            <p className="flex flex-col gap-1">
              <span className="font-semibold">Record</span>
              <span className="flex flex-wrap items-center gap-2">
                <span className="py-1">{recordLabel(filter.record)}</span>
                <button type="button" className={buttonClass} onClick={() => onChange({ ...filter, record: "" })}>
                  Every record
                </button>
              </span>
            </p>
          ) : null}
          {filtered ? (
            <button type="button" className={buttonClass} onClick={() => onChange(ALL_CHANGES)}>
              Show every change
            </button>
          ) : null}
        </HydratedFieldset>
      </form>
      <section aria-labelledby={`${id}-heading`} className="space-y-3">
        <h2 id={`${id}-heading`} className="text-xl font-semibold">
          The log, newest first
        </h2>
        <p role="status" className="font-medium" data-testid="changelog-summary">
          {summary}
        </p>
        {shown.length > 0 ? (
          <ol className="space-y-3" aria-labelledby={`${id}-heading`}>
            {shown.map((item) => (
              <ChangelogEntry key={item.id} item={item} issueTitle={issueTitle} />
            ))}
          </ol>
        ) : (
          <p className="text-gray-700">No change matches this filter.</p>
        )}
      </section>
    </div>
  );
}

/** The log filtered by the URL (?kind=&issue=&record=); prerendered with every entry. */
export function ChangelogFromUrl(props: ChangelogListProps) {
  const context = useMemo(
    () => ({ kinds: CHANGE_KINDS, issues: props.issues.map((issue) => issue.id), records: [...new Set(props.items.map((item) => item.record))] }),
    [props.issues, props.items],
  );
  const { state, notices, setState } = useUrlState(changelogCodec, context);
  return <ChangelogBody {...props} filter={state} notices={notices} onChange={setState} />;
}
