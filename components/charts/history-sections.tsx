"use client";

import { useMemo } from "react";
import { history, type Coded } from "@/lib/analysis";
import { formatDate, formatPercent } from "@/lib/view/format";
import { toDistanceSeries, toGapSegments } from "@/lib/timeline";
import type { ActorView, IssueView, TimeContext } from "@/lib/view/view-model";
import { ChartFigure } from "./chart-figure";
import { LazyDistanceChart } from "./lazy";
import { DataTable } from "../ui/data-table";
import { GapStrip, GapStripTable } from "./gap-strip";

export type PairProps = { context: TimeContext; a: ActorView; b: ActorView; date: string };

/** The overview's history: every issue's relation over time, and the overall distance over time. */
export function OverviewHistory({ context, issues, positions, a, b, date }: PairProps & { issues: IssueView[]; positions: Coded[] }) {
  const snaps = useMemo(() => history(positions, issues, a.id, b.id), [positions, issues, a.id, b.id]);
  const segments = useMemo(() => toGapSegments(snaps, issues, context.earliest, context.latest), [snaps, issues, context]);
  const series = useMemo(() => toDistanceSeries(snaps, context.latest), [snaps, context.latest]);
  const everMet = issues.filter((_, i) => segments[i]!.some((s) => s.kind === "overlap" || s.kind === "agreement"));
  const neverMet = issues.filter((issue) => !everMet.includes(issue) && segments[issues.indexOf(issue)]!.some((s) => s.kind === "conflict"));
  const stripSummary =
    `Since ${formatDate(context.earliest)}, ${everMet.length} of ${issues.length} issues have had a zone of possible agreement at some point` +
    (neverMet.length ? `; ${neverMet.map((i) => i.title.toLowerCase()).join(", ")} never have.` : ".");
  const known = series.filter((p) => p.distance !== null);
  const peak = known.reduce<(typeof known)[number] | undefined>((max, p) => (!max || p.distance! > max.distance! ? p : max), undefined);
  const now = [...series].reverse().find((p) => p.date <= date);
  const distanceSummary =
    known.length === 0
      ? `${a.name} and ${b.name} are never coded on the same issue at the same time.`
      : `The overall distance was ${formatPercent(known[0]!.distance!)} on ${formatDate(known[0]!.date)}, peaked at ${formatPercent(peak!.distance!)} on ${formatDate(peak!.date)}` +
        (now?.distance != null ? `, and stands at ${formatPercent(now.distance)} on ${formatDate(date)}.` : ".");

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
