"use client";

import { relation, type Coded } from "@/lib/analysis";
import { issueStatus } from "@/lib/status";
import { embedCodec } from "@/lib/url/embed";
import { toChangelogQuery } from "@/lib/url/changelog";
import { toPermalinkQuery } from "@/lib/url/view-state";
import { formatDate } from "@/lib/view/format";
import { describeRow } from "@/lib/view/sentences";
import { toStatusNote } from "@/lib/view/status";
import type { IssueView, TimeContext } from "@/lib/view/view-model";
import { SpectrumChart } from "../charts/spectrum-chart";
import { IssueHistory } from "../issue/issue-history";
import { useEvidenceView } from "../hooks/use-evidence-view";
import { useUrlState } from "../hooks/use-url-state";
import { EmbedFrame } from "./embed-frame";

export type IssueEmbedProps = {
  context: TimeContext;
  issue: IssueView;
  /** The positions on this issue only. */
  positions: Coded[];
  /** The data's dataset version (getDatasetInfo().version), which a pin is compared with. */
  version: string;
};

/** One issue's spectrum row and its chart over time, on their own for other sites: the issue page's view state plus the pin. */
export function IssueEmbed({ context, issue, positions, version }: IssueEmbedProps) {
  const { state, notices } = useUrlState(embedCodec, context);
  const evidence = useEvidenceView(positions, context, state);
  const rel = relation(evidence.index, issue, state.a, state.b, state.date);
  const a = context.actors.find((actor) => actor.id === state.a)!;
  const b = context.actors.find((actor) => actor.id === state.b)!;
  const nameOf = (id: string) => context.actors.find((actor) => actor.id === id)?.name ?? id;
  // the status as the issue page shows it, from the same index as the verdict
  const row = { issue, relation: rel, fragile: evidence.fragileOf(issue), status: toStatusNote(issueStatus(evidence.index, issue, state.a, state.b, state.date), nameOf) };
  const path = `/issues/${issue.id}/`;
  return (
    <EmbedFrame
      permalink={`${path}${toPermalinkQuery(state)}`}
      title={`${issue.title}: ${a.name} and ${b.name}`}
      state={state}
      notices={notices}
      version={version}
      changes={`/corrections/${toChangelogQuery({ kind: "", issue: issue.id, record: "" })}`}
    >
      <SpectrumChart rows={[row]} a={a} b={b} caption={`${issue.title}: both sides on the spectrum, ${formatDate(state.date)}`} summary={describeRow(row, a, b)} showAllOptions />
      <IssueHistory context={context} issue={issue} index={evidence.index} a={a} b={b} date={state.date} />
    </EmbedFrame>
  );
}
