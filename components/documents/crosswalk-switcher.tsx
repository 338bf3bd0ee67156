"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useCallback, useMemo } from "react";
import type { CrosswalkView } from "@/lib/documents";
import type { ActorView } from "@/lib/view/view-model";
import { Crosswalk } from "./crosswalk";
import { HydratedFieldset } from "../controls/hydrated-fieldset";
import { Notices } from "../ui/notices";
import { replaceUrlSearch, useUrlSearch } from "../hooks/use-url-search";

export type CrosswalkSwitcherProps = { views: CrosswalkView[]; actors: ActorView[] };

export function CrosswalkBody({ views, actors, issue, notices, onChange }: CrosswalkSwitcherProps & { issue: string; notices: readonly string[]; onChange: (issue: string) => void }) {
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
  const search = useUrlSearch();
  const pathname = usePathname();
  const raw = new URLSearchParams(search).get("issue");
  const known = raw === null || raw === "" || props.views.some((v) => v.issue.id === raw);
  const notices = useMemo(() => (known ? [] : [`Ignored issue ${JSON.stringify((raw ?? "").slice(0, 40))}: not an issue in the data.`]), [known, raw]);
  const onChange = useCallback((issue: string) => replaceUrlSearch(pathname, new URLSearchParams({ issue }).toString()), [pathname]);
  return <CrosswalkBody {...props} issue={known && raw ? raw : props.views[0]!.issue.id} notices={notices} onChange={onChange} />;
}
