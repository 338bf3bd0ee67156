"use client";

import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { formatDate, formatPercent } from "@/lib/view/format";
import { fromDayNumber, toDayNumber, yearStarts, type DistancePoint } from "@/lib/timeline";
import type { EventView } from "@/lib/view/view-model";

export type DistanceChartProps = { points: DistancePoint[]; events: readonly EventView[]; date: string; start: string; end: string };

const formatDay = (day: number) => formatDate(fromDayNumber(day), "short");

/** The salience-weighted overall distance over time, as steps, with the key events marked. */
export default function DistanceChart({ points, events, date, start, end }: DistanceChartProps) {
  const data = points.map((p) => ({ day: p.day, distance: p.distance === null ? null : Math.round(p.distance * 100) }));
  const years = yearStarts(start, end).map(toDayNumber);
  return (
    <LineChart responsive data={data} style={{ width: "100%", height: "100%" }} margin={{ top: 8, right: 12, bottom: 4, left: 0 }}>
      <CartesianGrid stroke="var(--color-chart-grid)" vertical={false} />
      <XAxis dataKey="day" type="number" domain={[toDayNumber(start), toDayNumber(end)]} ticks={years} tickFormatter={(day: number) => fromDayNumber(day).slice(0, 4)} tick={{ fill: "var(--color-chart-tick)", fontSize: 12 }} />
      <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={(v: number) => `${v}%`} width={44} tick={{ fill: "var(--color-chart-tick)", fontSize: 12 }} />
      {events.map((e) => (
        <ReferenceLine key={e.id} x={toDayNumber(e.date)} stroke="var(--color-chart-faint)" strokeDasharray="2 3" />
      ))}
      <ReferenceLine x={toDayNumber(date)} stroke="var(--color-ink)" strokeWidth={2} />
      <Tooltip labelFormatter={(day) => formatDay(Number(day))} formatter={(value) => [formatPercent(Number(value) / 100), "Overall distance"]} />
      <Line type="stepAfter" dataKey="distance" stroke="var(--color-ink)" strokeWidth={3} dot={false} isAnimationActive={false} connectNulls={false} />
    </LineChart>
  );
}
