"use client";

import { useMemo, type ReactNode } from "react";
import { history, type Coded, type PositionIndex, type Snapshot } from "@/lib/analysis";
import { statusByMonth } from "@/lib/status";
import type { ViewState } from "@/lib/url/view-state";
import { toHistoryTitle, type EmbedLayout, type HistoryChart } from "@/lib/view/embed";
import { formatDate, formatPercent } from "@/lib/view/format";
import { messages } from "@/lib/view/messages";
import { describeDistance, describeGapStrip } from "@/lib/view/sentences";
import { describeStatusStrip, toStatusStripRow } from "@/lib/view/status";
import { toDistanceSeries, toGapSegments } from "@/lib/timeline";
import type { ActorView, IssueView, TimeContext } from "@/lib/view/view-model";
import { ChartFigure } from "./chart-figure";
import { LazyDistanceChart } from "./lazy";
import { DataTable } from "../ui/data-table";
import { EmbedControl } from "../controls/embed-control";
import { GapStrip, GapStripTable } from "./gap-strip";
import { StatusStrip, StatusStripTable } from "./status-strip";

export type PairProps = { context: TimeContext; a: ActorView; b: ActorView; date: string };

/** `actions`: controls for the chart as a whole (the overview's Embed control); an embed has none. */
type FigureProps = PairProps & { actions?: ReactNode };

/** Every issue's relation over time, from the pair's snapshots at each change (history()). */
export function GapStripFigure({ context, issues, snaps, a, b, date, actions }: FigureProps & { issues: IssueView[]; snaps: Snapshot[] }) {
  const segments = useMemo(() => toGapSegments(snaps, issues, context.earliest, context.latest), [snaps, issues, context]);
  return (
    <ChartFigure
      testId="gap-strip"
      caption={`Every issue over time: ${a.name} and ${b.name}`}
      summary={describeGapStrip(issues, segments, context.earliest)}
      height=""
      actions={actions}
      chart={<GapStrip issues={issues} segments={segments} start={context.earliest} end={context.latest} date={date} events={context.events} />}
      table={<GapStripTable issues={issues} segments={segments} />}
    />
  );
}

/** Every issue's status at each month's end, read from the same index as the verdicts. */
export function StatusStripFigure({ context, issues, index, a, b, date, actions }: FigureProps & { issues: IssueView[]; index: PositionIndex }) {
  const rows = useMemo(() => {
    const nameOf = (id: string) => context.actors.find((actor) => actor.id === id)?.name ?? id;
    return issues.map((issue) => toStatusStripRow(issue, statusByMonth(index, issue, a.id, b.id, context.earliest, context.latest), nameOf));
  }, [index, issues, a.id, b.id, context]);
  return (
    <ChartFigure
      testId="status-strip"
      caption={`${messages.status.strip}: every issue, ${a.name} and ${b.name}`}
      summary={describeStatusStrip(rows)}
      height=""
      actions={actions}
      chart={<StatusStrip rows={rows} date={date} />}
      table={<StatusStripTable rows={rows} caption={`Status of each issue at each month’s end, ${a.name} and ${b.name}`} />}
    />
  );
}

/** The salience-weighted overall distance at each change, from the pair's snapshots (history()). */
export function DistanceFigure({ context, snaps, a, b, date, actions }: FigureProps & { snaps: Snapshot[] }) {
  const series = useMemo(() => toDistanceSeries(snaps, context.latest), [snaps, context.latest]);
  return (
    <ChartFigure
      testId="distance-chart"
      caption="Overall distance between the two sides' asks, weighted by salience"
      summary={describeDistance(series, date, a, b)}
      height="h-56"
      actions={actions}
      chart={<LazyDistanceChart points={series} events={context.events} date={date} start={context.earliest} end={context.latest} />}
      table={
        <DataTable
          caption="Overall distance at each change"
          rows={series}
          rowKey={(p) => p.date}
          rowHeader={{ head: "From", cell: (p) => formatDate(p.date, "short") }}
          rowHeaderWeight="font-normal"
          columns={[
            { head: "Overall distance", cell: (p) => (p.distance === null ? "–" : formatPercent(p.distance)) },
            { head: "Issues in conflict", cell: (p) => p.conflicts },
            { head: "Issues overlapping", cell: (p) => p.overlaps },
          ]}
          alignTop={false}
        />
      }
    />
  );
}

/**
 * The overview's history: every issue's relation and status over time, and the overall distance
 * over time, each with its Embed control (`embed`: the view's state and the dataset version the
 * code is pinned to).
 */
export function OverviewHistory({ context, issues, positions, index, a, b, date, embed }: PairProps & { issues: IssueView[]; positions: Coded[]; index: PositionIndex; embed: { state: ViewState; version: string } }) {
  const snaps = useMemo(() => history(positions, issues, a.id, b.id), [positions, issues, a.id, b.id]);
  const control = (layout: Extract<EmbedLayout, { kind: HistoryChart }>) => (
    <EmbedControl title={toHistoryTitle(layout.kind, a.name, b.name)} version={embed.version} path="/" state={embed.state} layout={layout} />
  );
  const pair = { context, a, b, date };

  return (
    <section aria-labelledby="history-heading" className="space-y-6 rounded-xl border border-gray-200 bg-white p-4 shadow-sm">
      <h2 id="history-heading" className="text-xl font-semibold">
        How far apart, over time
      </h2>
      <GapStripFigure {...pair} issues={issues} snaps={snaps} actions={control({ kind: "gaps", rows: issues.length })} />
      <StatusStripFigure {...pair} issues={issues} index={index} actions={control({ kind: "status", rows: issues.length })} />
      <DistanceFigure {...pair} snaps={snaps} actions={control({ kind: "distance" })} />
    </section>
  );
}
