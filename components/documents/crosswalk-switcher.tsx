"use client";

import Link from "next/link";
import { useCallback, useMemo } from "react";
import type { CrosswalkView } from "@/lib/view/documents";
import type { Notice } from "@/lib/url/notices";
import { crosswalkCodec } from "@/lib/url/documents";
import type { ActorView } from "@/lib/view/view-model";
import { Crosswalk } from "./crosswalk";
import { HydratedFieldset } from "../controls/hydrated-fieldset";
import { Notices } from "../ui/notices";
import { useUrlState } from "../hooks/use-url-state";

export type CrosswalkSwitcherProps = { views: CrosswalkView[]; actors: ActorView[] };

export function CrosswalkBody({ views, actors, issue, notices, onChange }: CrosswalkSwitcherProps & { issue: string; notices: readonly Notice[]; onChange: (issue: string) => void }) {
  const view = views.find((v) => v.issue.id === issue) ?? views[0]!;
  return (
    <div className="space-y-6">
      <Notices notices={notices} />
      <div className="no-print flex flex-wrap items-end gap-4">
        <HydratedFieldset>
          <label className="flex flex-col gap-1 text-sm">
            <span className="font-semibold">Issue</span>
            <select className="rounded border border-gray-400 px-2 py-1 text-base" value={view.issue.id} onChange={(event) => onChange(event.currentTarget.value)}>
              {views.map((v) => (
                <option key={v.issue.id} value={v.issue.id}>
                  {v.issue.title} ({v.rows.length} {v.rows.length === 1 ? "text" : "texts"})
                </option>
              ))}
            </select>
          </label>
        </HydratedFieldset>
        <Link href={`/issues/${view.issue.id}/`} className="pb-1 text-sm text-blue-800 underline">
          The issue page: both sides&apos; positions and statements
        </Link>
      </div>
      <p className="text-lg">{view.issue.question}</p>
      <Crosswalk view={view} actors={actors} expanded />
    </div>
  );
}

/** The cross-walk of the issue in ?issue=; prerendered with the first issue. */
export function CrosswalkFromUrl(props: CrosswalkSwitcherProps) {
  const context = useMemo(() => ({ issues: props.views.map((v) => v.issue.id) }), [props.views]);
  const { state, notices, setState } = useUrlState(crosswalkCodec, context);
  const onChange = useCallback((issue: string) => setState({ issue }), [setState]);
  return <CrosswalkBody {...props} issue={state.issue} notices={notices} onChange={onChange} />;
}
