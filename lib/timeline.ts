import { findPosition, positionsOf, toRelation, type IssueShape, type PositionIndex, type RelationKind, type Snapshot } from "./analysis";
import type { Range } from "./schema";

/*
 * Snapshots turned into the rows that history charts draw (stage: Snapshot → timeline rows); their
 * drawing geometry is lib/view/history-geometry.ts.
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
