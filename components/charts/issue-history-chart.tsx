"use client";

import { Area, CartesianGrid, ComposedChart, Line, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { formatDate } from "@/lib/format";
import { fromDayNumber, toDayNumber, type IssueTimelineRow } from "@/lib/timeline";
import { GAP_PATTERN, ZOPA_PATTERN, patternId } from "../chart-patterns";
import type { ActorView, EventView, IssueView } from "@/lib/view-model";

export type IssueHistoryChartProps = {
  issue: IssueView;
  rows: IssueTimelineRow[];
  a: ActorView;
  b: ActorView;
  events: readonly EventView[];
  date: string;
  start: string;
  end: string;
};

// bands are drawn a little wider than the options they span, so a one-option range still shows
const PAD = 0.32;
const band = (range: [number, number] | null, shift: number) => (range ? [range[0] - PAD + shift, range[1] + PAD + shift] : null);

/** Both sides on one issue over time: acceptable ranges as patterned bands, ideals as steps, the ZOPA shaded. */
export default function IssueHistoryChart({ issue, rows, a, b, events, date, start, end }: IssueHistoryChartProps) {
  const data = rows.map((r) => ({
    day: r.day,
    aBand: band(r.aRange, -0.06),
    bBand: band(r.bRange, 0.06),
    zopa: r.zopa ? [r.zopa[0] - 0.5, r.zopa[1] + 0.5] : null,
    gapBand: r.kind === "conflict" && r.aRange && r.bRange
      ? r.aRange[1] < r.bRange[0] ? [r.aRange[1] + PAD, r.bRange[0] - PAD] : [r.bRange[1] + PAD, r.aRange[0] - PAD]
      : null,
    aIdeal: r.aIdeal,
    bIdeal: r.bIdeal,
  }));
  const n = issue.spectrum.length;
  const years: number[] = [];
  for (let y = Number(start.slice(0, 4)) + 1; y <= Number(end.slice(0, 4)); y++) years.push(toDayNumber(`${y}-01-01`));
  const label = (v: number) => {
    const text = issue.spectrum[v]?.label ?? "";
    return text.length > 22 ? `${text.slice(0, 21)}…` : text;
  };
  return (
    <ComposedChart responsive data={data} style={{ width: "100%", height: "100%" }} margin={{ top: 8, right: 12, bottom: 4, left: 4 }}>
      <CartesianGrid stroke="#e5e7eb" vertical={false} />
      <XAxis dataKey="day" type="number" domain={[toDayNumber(start), toDayNumber(end)]} ticks={years} tickFormatter={(day: number) => fromDayNumber(day).slice(0, 4)} tick={{ fill: "#374151", fontSize: 12 }} />
      <YAxis type="number" domain={[-0.5, n - 0.5]} ticks={issue.spectrum.map((o) => o.value)} tickFormatter={label} width={150} tick={{ fill: "#374151", fontSize: 11 }} interval={0} />
      <Area type="stepAfter" dataKey="zopa" stroke="var(--color-overlap)" strokeWidth={2} fill={`url(#${ZOPA_PATTERN})`} isAnimationActive={false} connectNulls={false} name="Zone of possible agreement" />
      <Area type="stepAfter" dataKey="gapBand" stroke="none" fill={`url(#${GAP_PATTERN})`} fillOpacity={0.55} isAnimationActive={false} connectNulls={false} name="Gap" />
      <Area type="stepAfter" dataKey="aBand" stroke={`var(${a.color})`} strokeWidth={2} fill={`url(#${patternId(a.id)})`} isAnimationActive={false} connectNulls={false} name={`${a.name}: could live with`} />
      <Area type="stepAfter" dataKey="bBand" stroke={`var(${b.color})`} strokeWidth={2} fill={`url(#${patternId(b.id)})`} isAnimationActive={false} connectNulls={false} name={`${b.name}: could live with`} />
      <Line type="stepAfter" dataKey="aIdeal" stroke={`var(${a.color})`} strokeWidth={3} dot={false} isAnimationActive={false} connectNulls={false} name={`${a.name}: asks for`} />
      <Line type="stepAfter" dataKey="bIdeal" stroke={`var(${b.color})`} strokeWidth={3} strokeDasharray="8 4" dot={false} isAnimationActive={false} connectNulls={false} name={`${b.name}: asks for`} />
      {events.map((e) => (
        <ReferenceLine key={e.id} x={toDayNumber(e.date)} stroke="#9ca3af" strokeDasharray="2 3" />
      ))}
      <ReferenceLine x={toDayNumber(date)} stroke="#111827" strokeWidth={2} />
      <Tooltip
        labelFormatter={(day) => formatDate(fromDayNumber(Number(day)), "short")}
        formatter={(value, name) => [Array.isArray(value) ? "" : label(Number(value)), name]}
      />
    </ComposedChart>
  );
}
