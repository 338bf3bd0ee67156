import { findPosition, positionsOf, toRelation, type IssueShape, type PositionIndex, type RelationKind, type Snapshot } from "./analysis";
import type { Range } from "./schema";

/*
 * Snapshots turned into the rows that history charts draw (stage: Snapshot → timeline rows).
 * Pure, like lib/analysis.ts; dates stay ISO strings, and charts get a day number for their x axis.
 */

const DAY = 86_400_000;
/** The 1 January of each year after `start`'s, up to `end`'s: the ticks of every time axis. */
export function yearStarts(start: string, end: string): string[] {
  const years: string[] = [];
  for (let y = Number(start.slice(0, 4)) + 1; y <= Number(end.slice(0, 4)); y++) years.push(`${y}-01-01`);
  return years;
}

/** Days since 1970-01-01 of an ISO date: a number axis where one unit is one day. */
export const toDayNumber = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
export const fromDayNumber = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

export type IssueTimelineRow = {
  date: string;
  day: number;
  kind: RelationKind;
  gap: number;
  aIdeal: number | null;
  aRange: Range | null;
  bIdeal: number | null;
  bRange: Range | null;
  zopa: Range | null;
};

/**
 * Both sides on one issue at every date either side's position changes, and once more on `end`
 * so the last step runs to the right edge of the chart.
 */
export function toIssueTimeline(index: PositionIndex, issue: IssueShape, a: string, b: string, end: string): IssueTimelineRow[] {
  const dates = new Set<string>();
  for (const actor of [a, b]) for (const p of positionsOf(index, actor, issue.id)) if (p.validFrom <= end) dates.add(p.validFrom);
  const sorted = [...dates].sort();
  if (sorted.length > 0 && sorted.at(-1) !== end) sorted.push(end);
  return sorted.map((date) => {
    const pa = findPosition(index, a, issue.id, date);
    const pb = findPosition(index, b, issue.id, date);
    const r = toRelation(issue.id, issue.spectrum.length, pa, pb);
    return {
      date,
      day: toDayNumber(date),
      kind: r.kind,
      gap: r.gap,
      aIdeal: pa?.ideal ?? null,
      aRange: pa?.acceptable ?? null,
      bIdeal: pb?.ideal ?? null,
      bRange: pb?.acceptable ?? null,
      zopa: r.zopa ?? null,
    };
  });
}

export type Segment = { from: string; to: string; kind: RelationKind; gap: number };

/**
 * Each issue's relation over time as segments of equal relation and gap, from `start` to `end`:
 * the rows of the issue × time strip. Snapshots must be oldest first, as history() returns them.
 */
export function toGapSegments(snapshots: readonly Snapshot[], issues: readonly IssueShape[], start: string, end: string): Segment[][] {
  return issues.map((_, i) => {
    const segments: Segment[] = [{ from: start, to: end, kind: "unknown", gap: 0 }];
    for (const snap of snapshots) {
      if (snap.date > end) break;
      const r = snap.relations[i]!;
      const last = segments.at(-1)!;
      if (r.kind === last.kind && r.gap === last.gap) continue;
      if (snap.date <= last.from) segments.pop();
      else last.to = snap.date;
      segments.push({ from: snap.date < start ? start : snap.date, to: end, kind: r.kind, gap: r.gap });
    }
    return segments;
  });
}

export type DistancePoint = { date: string; day: number; distance: number | null; conflicts: number; overlaps: number };

/** The salience-weighted overall distance at every step, with a closing point on `end`. */
export function toDistanceSeries(snapshots: readonly Snapshot[], end: string): DistancePoint[] {
  const points = snapshots
    .filter((s) => s.date <= end)
    .map((s) => ({ date: s.date, day: toDayNumber(s.date), distance: s.overallDistance, conflicts: s.counts.conflict, overlaps: s.counts.overlap + s.counts.agreement }));
  const last = points.at(-1);
  if (last && last.date !== end) points.push({ ...last, date: end, day: toDayNumber(end) });
  return points;
}

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
    if (row.kind === "conflict" && row.aRange && row.bRange) {
      const [lower, upper] = row.aRange[1] < row.bRange[0] ? [row.aRange, row.bRange] : [row.bRange, row.aRange];
      addBox(geometry.gaps, box(from, to, lower[1] + HISTORY_PAD, upper[0] - HISTORY_PAD, [lower[1], upper[0]]));
    }
    const a = steps(geometry.aIdeals.at(-1), row.aIdeal, from, to);
    if (a) addStep(geometry.aIdeals, a);
    const b = steps(geometry.bIdeals.at(-1), row.bIdeal, from, to);
    if (b) addStep(geometry.bIdeals, b);
  });
  return geometry;
}
