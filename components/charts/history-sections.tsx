"use client";

import { useMemo } from "react";
import { history, type Coded, type PositionIndex } from "@/lib/analysis";
import { statusByMonth } from "@/lib/status";
import { formatDate, formatPercent } from "@/lib/view/format";
import { messages } from "@/lib/view/messages";
import { describeDistance, describeGapStrip } from "@/lib/view/sentences";
import { describeStatusStrip, toStatusStripRow } from "@/lib/view/status";
import { toDistanceSeries, toGapSegments } from "@/lib/timeline";
import type { ActorView, IssueView, TimeContext } from "@/lib/view/view-model";
import { ChartFigure } from "./chart-figure";
import { LazyDistanceChart } from "./lazy";
import { DataTable } from "../ui/data-table";
import { GapStrip, GapStripTable } from "./gap-strip";
import { StatusStrip, StatusStripTable } from "./status-strip";

export type PairProps = { context: TimeContext; a: ActorView; b: ActorView; date: string };

/** The overview's history: every issue's relation and status over time, and the overall distance over time. */
export function OverviewHistory({ context, issues, positions, index, a, b, date }: PairProps & { issues: IssueView[]; positions: Coded[]; index: PositionIndex }) {
  const snaps = useMemo(() => history(positions, issues, a.id, b.id), [positions, issues, a.id, b.id]);
  const segments = useMemo(() => toGapSegments(snaps, issues, context.earliest, context.latest), [snaps, issues, context]);
  const series = useMemo(() => toDistanceSeries(snaps, context.latest), [snaps, context.latest]);
  const stripSummary = describeGapStrip(issues, segments, context.earliest);
  const statusRows = useMemo(() => {
    const nameOf = (id: string) => context.actors.find((actor) => actor.id === id)?.name ?? id;
    return issues.map((issue) => toStatusStripRow(issue, statusByMonth(index, issue, a.id, b.id, context.earliest, context.latest), nameOf));
  }, [index, issues, a.id, b.id, context]);
  const distanceSummary = describeDistance(series, date, a, b);

  return (
    <section aria-labelledby="history-heading" className="space-y-6 rounded-xl border border-gray-200 bg-white p-4 shadow-sm">
      <h2 id="history-heading" className="text-xl font-semibold">
        How far apart, over time
      </h2>
      <ChartFigure
        testId="gap-strip"
        caption={`Every issue over time: ${a.name} and ${b.name}`}
        summary={stripSummary}
        height=""
        chart={<GapStrip issues={issues} segments={segments} start={context.earliest} end={context.latest} date={date} events={context.events} />}
        table={<GapStripTable issues={issues} segments={segments} />}
      />
      <ChartFigure
        testId="status-strip"
        caption={`${messages.status.strip}: every issue, ${a.name} and ${b.name}`}
        summary={describeStatusStrip(statusRows)}
        height=""
        chart={<StatusStrip rows={statusRows} date={date} />}
        table={<StatusStripTable rows={statusRows} caption={`Status of each issue at each month’s end, ${a.name} and ${b.name}`} />}
      />
      <ChartFigure
        testId="distance-chart"
        caption="Overall distance between the two sides' asks, weighted by salience"
        summary={distanceSummary}
        height="h-56"
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
    </section>
  );
}
