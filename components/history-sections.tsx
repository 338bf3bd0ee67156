"use client";

import { useMemo } from "react";
import { history, positionsOf, type Coded, type PositionIndex } from "@/lib/analysis";
import { formatDate, formatOption, formatPercent, formatRange } from "@/lib/format";
import { messages } from "@/lib/messages";
import { toDistanceSeries, toGapSegments, toIssueTimeline } from "@/lib/timeline";
import type { ActorView, IssueView, TimeContext } from "@/lib/view-model";
import { ChartFigure } from "./chart-figure";
import { GAP_PATTERN, ZOPA_PATTERN, patternId } from "./chart-patterns";
import { LazyDistanceChart } from "./charts/lazy";
import { DataTable } from "./data-table";
import { GapStrip, GapStripTable } from "./gap-strip";
import { IssueHistoryPlot } from "./issue-history-plot";

type PairProps = { context: TimeContext; a: ActorView; b: ActorView; date: string };

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

/** One issue's history: both sides' asks and ranges over time, the events, the ZOPA. */
export function IssueHistory({ context, issue, index, a, b, date }: PairProps & { issue: IssueView; index: PositionIndex }) {
  const rows = useMemo(() => toIssueTimeline(index, issue, a.id, b.id, context.latest), [index, issue, a.id, b.id, context.latest]);
  const changes = (actor: string) => positionsOf(index, actor, issue.id).length;
  const overlaps: string[] = [];
  rows.forEach((row, i) => {
    const next = rows[i + 1];
    if ((row.kind === "overlap" || row.kind === "agreement") && next) overlaps.push(`${formatDate(row.date, "short")} to ${formatDate(next.date, "short")}`);
  });
  const summary =
    rows.length === 0
      ? `Neither ${a.name} nor ${b.name} has a coded position on this issue.`
      : `${a.name} has ${changes(a.id)} coded positions on this issue and ${b.name} ${changes(b.id)}. ` +
        (overlaps.length ? `Their ranges met from ${overlaps.join(", and from ")}.` : "Their ranges have never met.");
  const cell = (ideal: number | null, range: [number, number] | null) =>
    ideal === null || !range ? "not coded" : `${formatOption(issue, ideal)}${range[0] !== range[1] ? ` (could live with ${formatRange(issue, range)})` : ""}`;
  return (
    <ChartFigure
      testId="issue-history"
      caption={`${issue.title} over time: ${a.name} and ${b.name}`}
      summary={summary}
      height="h-80"
      legend={<HistoryLegend a={a} b={b} />}
      chart={<IssueHistoryPlot issue={issue} rows={rows} a={a} b={b} events={context.events} date={date} start={context.earliest} end={context.latest} />}
      table={
        <DataTable
          caption={`${issue.title}: each side’s coded position at every change`}
          rows={rows}
          rowKey={(row) => row.date}
          rowHeader={{ head: "From", cell: (row) => formatDate(row.date, "short") }}
          rowHeaderWeight="font-normal"
          columns={[
            { head: `${a.name} asks for`, cell: (row) => cell(row.aIdeal, row.aRange) },
            { head: `${b.name} asks for`, cell: (row) => cell(row.bIdeal, row.bRange) },
            {
              head: "Relation",
              cell: (row) => (
                <>
                  {messages.relation[row.kind]}
                  {row.kind === "conflict" ? `, gap ${row.gap}` : row.zopa ? `, ZOPA ${formatRange(issue, row.zopa)}` : ""}
                </>
              ),
            },
          ]}
        />
      }
    />
  );
}

function HistoryLegend({ a, b }: { a: ActorView; b: ActorView }) {
  const swatch = (fill: string, stroke: string) => (
    <svg width="22" height="12" aria-hidden="true">
      <rect width="22" height="12" fill={fill} stroke={stroke} strokeWidth="2" />
    </svg>
  );
  const line = (colour: string, dash?: string) => (
    <svg width="22" height="12" aria-hidden="true">
      <line x1="0" y1="6" x2="22" y2="6" stroke={colour} strokeWidth="3" strokeDasharray={dash} />
    </svg>
  );
  return (
    <>
      <span className="inline-flex items-center gap-1.5">{line(`var(${a.color})`)} {a.name} asks for</span>
      <span className="inline-flex items-center gap-1.5">{swatch(`url(#${patternId(a.id)})`, `var(${a.color})`)} {a.name} could live with</span>
      <span className="inline-flex items-center gap-1.5">{line(`var(${b.color})`, "6 3")} {b.name} asks for</span>
      <span className="inline-flex items-center gap-1.5">{swatch(`url(#${patternId(b.id)})`, `var(${b.color})`)} {b.name} could live with</span>
      <span className="inline-flex items-center gap-1.5">{swatch(`url(#${ZOPA_PATTERN})`, "var(--color-overlap)")} Zone of possible agreement</span>
      <span className="inline-flex items-center gap-1.5">{swatch(`url(#${GAP_PATTERN})`, "transparent")} Gap</span>
      <span className="inline-flex items-center gap-1.5 text-gray-700">dotted lines: key events · black line: the chosen date</span>
    </>
  );
}
