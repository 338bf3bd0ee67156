import { gapEdges } from "../analysis";
import type { Range } from "../schema";
import { toDayNumber, type IssueTimelineRow } from "../timeline";

/*
 * The issue-history chart's geometry: timeline rows (lib/timeline.ts) as boxes and steps in
 * percent of the plot, shared by the page (components/charts/issue-history-plot.tsx) and the SVG
 * file (lib/view/chart-svg.ts), so the two draw the same shapes.
 */

/** A box of an issue-history chart, in percent of the plot (x from the left, y from the top). */
export type HistoryBox = { x: number; width: number; y: number; height: number; from: string; to: string; range: Range };
/** A horizontal run of an ideal, and the vertical step into it from the previous ideal (if any). */
export type HistoryStep = { x1: number; x2: number; y: number; stepFromY?: number; from: string; to: string; ideal: number };
export type HistoryGeometry = { aBands: HistoryBox[]; bBands: HistoryBox[]; zopas: HistoryBox[]; gaps: HistoryBox[]; aIdeals: HistoryStep[]; bIdeals: HistoryStep[] };

/** Bands are drawn a little wider than the options they span, so a one-option range still shows; the two sides sit a hair apart so both edges stay visible where they coincide. */
export const HISTORY_PAD = 0.32;
const SIDE_SHIFT = 0.06;

/** Percent from the left of a date on an axis from `start` to `end`. */
export function xPercent(date: string, start: string, end: string): number {
  const span = Math.max(1, toDayNumber(end) - toDayNumber(start));
  return Math.min(100, Math.max(0, ((toDayNumber(date) - toDayNumber(start)) / span) * 100));
}

/** Percent from the top of a point on the option axis (option 0 at the bottom, each option one equal row). */
export const yPercent = (value: number, options: number) => (1 - (value + 0.5) / options) * 100;

/**
 * The issue-history chart as boxes and steps in percent of the plot, so it can be drawn as plain
 * SVG that scales to any width without distorting its patterns or strokes. Each timeline row holds
 * from its date to the next row's date; the closing row on `end` only ends the last run.
 */
export function toHistoryGeometry(rows: readonly IssueTimelineRow[], options: number, start: string, end: string): HistoryGeometry {
  const geometry: HistoryGeometry = { aBands: [], bBands: [], zopas: [], gaps: [], aIdeals: [], bIdeals: [] };
  const box = (from: string, to: string, low: number, high: number, range: Range): HistoryBox => {
    const x = xPercent(from, start, end);
    const y = yPercent(high, options);
    return { x, width: xPercent(to, start, end) - x, y, height: yPercent(low, options) - y, from, to, range };
  };
  const steps = (previous: HistoryStep | undefined, ideal: number | null, from: string, to: string): HistoryStep | undefined => {
    if (ideal === null) return undefined;
    const y = yPercent(ideal, options);
    // a step down or up from the run just before, when the two runs touch
    const stepFromY = previous && previous.to === from && previous.ideal !== ideal ? previous.y : undefined;
    return { x1: xPercent(from, start, end), x2: xPercent(to, start, end), y, ...(stepFromY === undefined ? {} : { stepFromY }), from, to, ideal };
  };
  // a run that goes on unchanged (the other side moved) extends the box or step before it, so no seam is drawn
  const add = <T extends { from: string; to: string }>(list: T[], item: T, same: (previous: T) => boolean, extend: (previous: T, item: T) => T) => {
    const previous = list.at(-1);
    if (previous && previous.to === item.from && same(previous)) list[list.length - 1] = extend(previous, item);
    else list.push(item);
  };
  const addBox = (list: HistoryBox[], item: HistoryBox) =>
    add(list, item, (p) => p.range[0] === item.range[0] && p.range[1] === item.range[1] && p.y === item.y && p.height === item.height, (p, next) => ({ ...p, to: next.to, width: next.x + next.width - p.x }));
  const addStep = (list: HistoryStep[], item: HistoryStep) => add(list, item, (p) => p.ideal === item.ideal, (p, next) => ({ ...p, to: next.to, x2: next.x2 }));
  rows.forEach((row, i) => {
    const next = rows[i + 1];
    if (!next) return;
    const { date: from } = row;
    const to = next.date;
    if (row.aRange) addBox(geometry.aBands, box(from, to, row.aRange[0] - HISTORY_PAD - SIDE_SHIFT, row.aRange[1] + HISTORY_PAD - SIDE_SHIFT, row.aRange));
    if (row.bRange) addBox(geometry.bBands, box(from, to, row.bRange[0] - HISTORY_PAD + SIDE_SHIFT, row.bRange[1] + HISTORY_PAD + SIDE_SHIFT, row.bRange));
    if (row.zopa) addBox(geometry.zopas, box(from, to, row.zopa[0] - 0.5, row.zopa[1] + 0.5, row.zopa));
    const gap = row.kind === "conflict" && row.aRange && row.bRange ? gapEdges(row.aRange, row.bRange) : undefined;
    if (gap) addBox(geometry.gaps, box(from, to, gap[0] + HISTORY_PAD, gap[1] - HISTORY_PAD, gap));
    const a = steps(geometry.aIdeals.at(-1), row.aIdeal, from, to);
    if (a) addStep(geometry.aIdeals, a);
    const b = steps(geometry.bIdeals.at(-1), row.bIdeal, from, to);
    if (b) addStep(geometry.bIdeals, b);
  });
  return geometry;
}
