"use client";

import { useMemo } from "react";
import { relation } from "@/lib/analysis";
import { issueStatus, statusByMonth } from "@/lib/status";
import { formatDate } from "@/lib/view/format";
import { messages } from "@/lib/view/messages";
import type { Position } from "@/lib/schema";
import { describeRow } from "@/lib/view/sentences";
import { describeStatusStrip, toStatusNote, toStatusStripRow } from "@/lib/view/status";
import type { Notice } from "@/lib/url/notices";
import { viewCodec, type ViewState } from "@/lib/url/view-state";
import type { IssueView, TimeContext } from "@/lib/view/view-model";
import { IssueHistory } from "./issue-history";
import { ChartFigure } from "../charts/chart-figure";
import { StatusStrip, StatusStripTable } from "../charts/status-strip";
import { CiteView } from "../controls/cite-view";
import { EmbedControl } from "../controls/embed-control";
import { ImportedDataBanner } from "../import/imported-data-banner";
import { PositionCard } from "../ui/position-card";
import { SpectrumChart } from "../charts/spectrum-chart";
import { TimeControls } from "../controls/time-controls";
import { useImportedData } from "../hooks/use-imported-data";
import { useUrlState } from "../hooks/use-url-state";
import { useEvidenceView } from "../hooks/use-evidence-view";

export type IssueViewProps = {
  context: TimeContext;
  issue: IssueView;
  positions: Position[];
  /** How many change-log entries each of Parley's positions on the issue has (absent: none). */
  history?: Record<string, number>;
};

export function IssueBody({ context, issue, state, notices, onChange, history = {}, ...builtIn }: IssueViewProps & { state: ViewState; notices: readonly Notice[]; onChange: (next: Partial<ViewState>) => void }) {
  const { stored, positions } = useImportedData(builtIn.positions);
  const onIssue = useMemo(() => positions.filter((p) => p.issue === issue.id), [positions, issue.id]);
  const evidence = useEvidenceView(onIssue, context, state);
  const { index } = evidence;
  const rel = relation(index, issue, state.a, state.b, state.date);
  // the relation carries what the analysis needs; the card wants the full coding, rationale included
  const full = (coded: typeof rel.a) => (coded ? positions.find((p) => p.id === coded.id) : undefined);
  // the log records Parley's positions: an imported one that reuses an id has no history of its own
  const historyOf = (position: Position | undefined) => (position && builtIn.positions.includes(position) ? history[position.id] : undefined);
  const a = context.actors.find((actor) => actor.id === state.a)!;
  const b = context.actors.find((actor) => actor.id === state.b)!;
  const nameOf = (id: string) => context.actors.find((actor) => actor.id === id)?.name ?? id;
  // status and strip read the same index as the verdict, so they follow the date, the pair and the evidence rule
  const row = { issue, relation: rel, fragile: evidence.fragileOf(issue), status: toStatusNote(issueStatus(index, issue, state.a, state.b, state.date), nameOf) };
  const months = useMemo(() => statusByMonth(index, issue, state.a, state.b, context.earliest, context.latest), [index, issue, state.a, state.b, context.earliest, context.latest]);
  const stripRows = [toStatusStripRow(issue, months, nameOf)];
  return (
    <div className="space-y-6">
      <ImportedDataBanner stored={stored} />
      <TimeControls context={context} state={state} notices={notices} onChange={onChange} weakCount={evidence.weakCount} />
      <section aria-labelledby="positions-heading" className="space-y-3">
        <h2 id="positions-heading" className="text-xl font-semibold">
          Coded positions on {formatDate(state.date)}
        </h2>
        <div className="grid gap-4 md:grid-cols-2">
          <PositionCard actor={a} issue={issue} position={full(rel.a)} date={state.date} history={historyOf(full(rel.a))} weak={evidence.isWeak(rel.a)} />
          <PositionCard actor={b} issue={issue} position={full(rel.b)} date={state.date} history={historyOf(full(rel.b))} weak={evidence.isWeak(rel.b)} />
        </div>
      </section>
      <section className="rounded-xl border border-gray-200 bg-white p-4 shadow-sm" aria-label="Spectrum">
        <SpectrumChart
          rows={[row]}
          a={a}
          b={b}
          caption={`${issue.title}: both sides on the spectrum, ${formatDate(state.date)}`}
          summary={describeRow(row, a, b)}
          showAllOptions
          exportAs={{ date: state.date, version: context.datasetVersion ?? "", path: `/issues/${issue.id}/`, imported: Boolean(stored), strong: state.strong }}
        />
      </section>
      <section className="rounded-xl border border-gray-200 bg-white p-4 shadow-sm" aria-label={messages.status.strip}>
        <ChartFigure
          testId="status-strip"
          caption={`${issue.title}: ${messages.status.strip.toLowerCase()}, ${a.name} and ${b.name}`}
          summary={describeStatusStrip(stripRows)}
          height=""
          chart={<StatusStrip rows={stripRows} date={state.date} />}
          table={<StatusStripTable rows={stripRows} caption={`${issue.title}: the status at each month’s end, and why`} />}
        />
      </section>
      <section className="rounded-xl border border-gray-200 bg-white p-4 shadow-sm" aria-label="History">
        <IssueHistory
          context={context}
          issue={issue}
          index={index}
          a={a}
          b={b}
          date={state.date}
          exportAs={{ date: state.date, version: context.datasetVersion ?? "", path: `/issues/${issue.id}/`, imported: Boolean(stored), strong: state.strong }}
        />
      </section>
      <CiteView title={`${issue.title}: ${a.name} and ${b.name}`} date={state.date} version={context.datasetVersion ?? ""} path={`/issues/${issue.id}/`} state={state} actors={[a.name, b.name]} />
      <EmbedControl title={`${issue.title}: ${a.name} and ${b.name}`} version={context.datasetVersion ?? ""} path={`/issues/${issue.id}/`} state={state} layout={{ kind: "issue", fragile: row.fragile ? 1 : 0 }} />
    </div>
  );
}

export function IssueFromUrl(props: IssueViewProps) {
  const { state, notices, setState } = useUrlState(viewCodec, props.context);
  return <IssueBody {...props} state={state} notices={notices} onChange={setState} />;
}
