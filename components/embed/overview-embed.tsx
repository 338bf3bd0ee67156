"use client";

import { useMemo } from "react";
import { snapshot, type Coded } from "@/lib/analysis";
import { issueStatus } from "@/lib/status";
import { embedCodec } from "@/lib/url/embed";
import { toPermalinkQuery } from "@/lib/url/view-state";
import { formatDate } from "@/lib/view/format";
import { describeSnapshot } from "@/lib/view/sentences";
import { toSpectrumRows } from "@/lib/view/spectrum";
import { toStatusNote } from "@/lib/view/status";
import type { IssueView, TimeContext } from "@/lib/view/view-model";
import { SpectrumChart } from "../charts/spectrum-chart";
import { useEvidenceView } from "../hooks/use-evidence-view";
import { useUrlState } from "../hooks/use-url-state";
import { EmbedFrame } from "./embed-frame";

export type OverviewEmbedProps = {
  context: TimeContext;
  issues: IssueView[];
  positions: Coded[];
  /** The data's dataset version (getDatasetInfo().version), which a pin is compared with. */
  version: string;
};

/**
 * The overview's spectrum chart on its own, for other sites: the same view state as the overview
 * (?date=&a=&b=&evidence=) plus the pin (?v=), Parley's data only (an embed never shows a
 * reader's import, which would be theirs, not the page's author's).
 */
export function OverviewEmbed({ context, issues, positions, version }: OverviewEmbedProps) {
  const { state, notices } = useUrlState(embedCodec, context);
  const evidence = useEvidenceView(positions, context, state);
  const snap = useMemo(() => snapshot(evidence.index, issues, state.date, state.a, state.b), [evidence.index, issues, state]);
  const a = context.actors.find((actor) => actor.id === state.a)!;
  const b = context.actors.find((actor) => actor.id === state.b)!;
  const nameOf = (id: string) => context.actors.find((actor) => actor.id === id)?.name ?? id;
  // each row's status as the overview shows it, from the same index as the verdict
  const rows = toSpectrumRows(snap, issues).map((row) => ({
    ...row,
    fragile: evidence.fragileOf(row.issue),
    status: toStatusNote(issueStatus(evidence.index, row.issue, state.a, state.b, state.date), nameOf),
  }));
  return (
    <EmbedFrame permalink={`/${toPermalinkQuery(state)}`} title={`${a.name} and ${b.name} on every issue`} state={state} notices={notices} version={version} changes="/corrections/">
      <SpectrumChart rows={rows} a={a} b={b} caption={`${a.name} and ${b.name} on every issue, ${formatDate(state.date)}`} summary={describeSnapshot(snap, a, b)} linkIssues />
    </EmbedFrame>
  );
}
