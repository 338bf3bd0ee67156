"use client";

import { useMemo } from "react";
import { positionsOf, type PositionIndex } from "@/lib/analysis";
import { formatDate, formatOption, formatRange } from "@/lib/view/format";
import { messages } from "@/lib/view/messages";
import { describeIssueHistory } from "@/lib/view/sentences";
import { toIssueTimeline } from "@/lib/timeline";
import type { ActorView, IssueView } from "@/lib/view/view-model";
import { ChartExport, type ChartExportInfo } from "../controls/chart-export";
import { ChartFigure } from "../charts/chart-figure";
import { GAP_PATTERN, ZOPA_PATTERN, patternId } from "../charts/chart-patterns";
import { DataTable } from "../ui/data-table";
import type { PairProps } from "../charts/history-sections";
import { IssueHistoryPlot } from "../charts/issue-history-plot";

/** One issue's history: both sides' asks and ranges over time, the events, the ZOPA. */
export function IssueHistory({ context, issue, index, a, b, date, exportAs }: PairProps & { issue: IssueView; index: PositionIndex; exportAs?: ChartExportInfo }) {
  const rows = useMemo(() => toIssueTimeline(index, issue, a.id, b.id, context.latest), [index, issue, a.id, b.id, context.latest]);
  const side = (actor: ActorView) => ({ name: actor.name, positions: positionsOf(index, actor.id, issue.id).length });
  const summary = describeIssueHistory(rows, side(a), side(b));
  const cell = (ideal: number | null, range: [number, number] | null) =>
    ideal === null || !range ? "not coded" : `${formatOption(issue, ideal)}${range[0] !== range[1] ? ` (could live with ${formatRange(issue, range)})` : ""}`;
  const caption = `${issue.title} over time: ${a.name} and ${b.name}`;
  return (
    <ChartFigure
      testId="issue-history"
      caption={caption}
      summary={summary}
      height="h-80"
      legend={<HistoryLegend a={a} b={b} />}
      actions={
        exportAs ? (
          <ChartExport
            data={{ chart: "history", issue, rows, events: context.events, start: context.earliest, end: context.latest }}
            a={a}
            b={b}
            caption={caption}
            summary={summary}
            info={exportAs}
          />
        ) : undefined
      }
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
