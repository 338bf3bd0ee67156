import type { Issue, Position, Range, SpectrumLabels } from "./schema";

/** What the analysis needs of an issue: its id and the length of its spectrum. */
export type IssueShape = Pick<Issue, "id"> & SpectrumLabels;

/**
 * What the analysis needs of a position. Views pass only these fields to the browser (the
 * rationale is most of a position's weight); a full Position is one too.
 */
export type Coded = Pick<Position, "id" | "actor" | "issue" | "validFrom" | "ideal" | "acceptable" | "salience"> &
  Partial<Pick<Position, "evidence" | "confidence" | "rationale" | "sequencing">>;

/*
 * The analysis of DESIGN.md §2: pure functions of the data, with no React, no next/*, no data
 * loading and no clock, so the same code runs at build, in tests, in benchmarks and in the browser.
 * Dates are ISO strings (YYYY-MM-DD): they sort as strings, so no Date objects or time zones.
 */

export type RelationKind = "unknown" | "agreement" | "overlap" | "conflict";

export type RangeComparison = { relation: "overlap"; zopa: Range; gap: 0 } | { relation: "conflict"; gap: number };

/**
 * The intersection of two ranges as [low, high]: the options both allow when low ≤ high; when
 * high < low they do not meet, and high and low are the options on either side of the gap. The one
 * place the overlap and gap arithmetic is written: every comparison and every drawing of a gap uses it.
 */
export const intersectRanges = (a: Range, b: Range): Range => [Math.max(a[0], b[0]), Math.min(a[1], b[1])];

/** Whether two acceptable ranges meet (the ZOPA), and if not, how many steps apart they are. */
export function compareRanges(a: Range, b: Range): RangeComparison {
  const [low, high] = intersectRanges(a, b);
  return high >= low ? { relation: "overlap", zopa: [low, high], gap: 0 } : { relation: "conflict", gap: low - high };
}

/** The options either side of the gap between two ranges that do not meet, lower first (their difference is the gap); undefined when they meet. */
export function gapEdges(a: Range, b: Range): Range | undefined {
  const [low, high] = intersectRanges(a, b);
  return high >= low ? undefined : [high, low];
}

/** Two actors compared on one issue. */
export type Relation = {
  issue: string;
  kind: RelationKind;
  a?: Coded;
  b?: Coded;
  /** The zone of possible agreement: the intersection of the acceptable ranges. */
  zopa?: Range;
  /** Steps between the acceptable ranges; 0 unless in conflict. */
  gap: number;
  /** Distance between the ideals, 0 (same option) to 1 (opposite poles); undefined when a side is unknown. */
  distance?: number;
};

/** The relation of two positions on an issue whose spectrum has `options` options. */
export function toRelation(issue: string, options: number, a: Coded | undefined, b: Coded | undefined): Relation {
  if (!a || !b) return { issue, kind: "unknown", a, b, gap: 0 };
  const distance = options > 1 ? Math.abs(a.ideal - b.ideal) / (options - 1) : 0;
  const ranges = compareRanges(a.acceptable, b.acceptable);
  if (ranges.relation === "conflict") return { issue, kind: "conflict", a, b, gap: ranges.gap, distance };
  return { issue, kind: a.ideal === b.ideal ? "agreement" : "overlap", a, b, zopa: ranges.zopa, gap: 0, distance };
}

/** The actor's position on the issue in force on `date`, if any (linear scan: for small sets). */
export function positionAt(positions: readonly Coded[], actor: string, issue: string, date: string) {
  let found: Coded | undefined;
  for (const p of positions) {
    if (p.actor === actor && p.issue === issue && p.validFrom <= date && (!found || found.validFrom < p.validFrom)) found = p;
  }
  return found;
}

/** Positions grouped by actor, then issue, each group sorted by validFrom: built once, searched many times. */
export type PositionIndex = ReadonlyMap<string, ReadonlyMap<string, readonly Coded[]>>;

// ties on validFrom are invalid data; the id breaks them so the order is still deterministic
const byValidFrom = (x: Coded, y: Coded) => (x.validFrom < y.validFrom ? -1 : x.validFrom > y.validFrom ? 1 : x.id < y.id ? -1 : 1);

/** Sorts a group by validFrom unless it already is (data files usually are): a check is cheaper than a sort. */
function sortByValidFrom(group: Coded[]) {
  for (let i = 1; i < group.length; i++) {
    if (byValidFrom(group[i - 1]!, group[i]!) > 0) {
      group.sort(byValidFrom);
      return;
    }
  }
}

export function indexPositions(positions: readonly Coded[]): PositionIndex {
  // nested maps rather than one map on "actor issue" keys: no string is built per position
  const index = new Map<string, Map<string, Coded[]>>();
  for (const p of positions) {
    let byIssue = index.get(p.actor);
    if (!byIssue) index.set(p.actor, (byIssue = new Map()));
    const group = byIssue.get(p.issue);
    if (group) group.push(p);
    else byIssue.set(p.issue, [p]);
  }
  for (const byIssue of index.values()) for (const group of byIssue.values()) sortByValidFrom(group);
  return index;
}

const groupOf = (index: PositionIndex, actor: string, issue: string) => index.get(actor)?.get(issue);

/** One actor's positions on one issue, oldest first. */
export const positionsOf = (index: PositionIndex, actor: string, issue: string): readonly Coded[] => groupOf(index, actor, issue) ?? [];

/** The indexed form of positionAt: a binary search for the last position with validFrom ≤ date. */
export function findPosition(index: PositionIndex, actor: string, issue: string, date: string): Coded | undefined {
  const group = groupOf(index, actor, issue);
  if (!group) return undefined;
  let low = 0;
  let high = group.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (group[mid]!.validFrom <= date) low = mid + 1;
    else high = mid;
  }
  return low > 0 ? group[low - 1] : undefined;
}

/** The relation of two actors on one issue on a date. */
export function relation(index: PositionIndex, issue: IssueShape, a: string, b: string, date: string): Relation {
  return toRelation(issue.id, issue.spectrum.length, findPosition(index, a, issue.id, date), findPosition(index, b, issue.id, date));
}

export type Counts = Record<RelationKind, number>;

export type Snapshot = {
  date: string;
  a: string;
  b: string;
  relations: Relation[];
  counts: Counts;
  /** Salience-weighted mean distance of ideals over the issues where both sides are known; null if none is. */
  overallDistance: number | null;
};

function summarise(relations: Relation[]): Pick<Snapshot, "counts" | "overallDistance"> {
  const counts: Counts = { unknown: 0, agreement: 0, overlap: 0, conflict: 0 };
  let weighted = 0;
  let weights = 0;
  for (const r of relations) {
    counts[r.kind] += 1;
    if (r.a && r.b && r.distance !== undefined) {
      // an issue weighs as much as the two sides together say it matters
      const weight = (r.a.salience + r.b.salience) / 2;
      weighted += weight * r.distance;
      weights += weight;
    }
  }
  return { counts, overallDistance: weights > 0 ? weighted / weights : null };
}

/** Every issue's relation between `a` and `b` on `date`, in the order of `issues`. */
export function snapshot(index: PositionIndex, issues: readonly IssueShape[], date: string, a: string, b: string): Snapshot {
  const relations = issues.map((issue) => relation(index, issue, a, b, date));
  return { date, a, b, relations, ...summarise(relations) };
}

/**
 * A snapshot at every date on which a position of `a` or `b` begins, oldest first: the steps of
 * every timeline chart. One sweep over the two actors' positions, not a snapshot per day.
 */
export function history(positions: readonly Coded[], issues: readonly IssueShape[], a: string, b: string): Snapshot[] {
  const order = new Map(issues.map((issue, i) => [issue.id, i]));
  // bucketed by day, then the days sorted: far fewer comparisons than sorting every position
  const days = new Map<string, Coded[]>();
  for (const p of positions) {
    if ((p.actor !== a && p.actor !== b) || !order.has(p.issue)) continue;
    const day = days.get(p.validFrom);
    if (day) day.push(p);
    else days.set(p.validFrom, [p]);
  }
  const current = issues.map(() => ({ a: undefined as Coded | undefined, b: undefined as Coded | undefined }));
  const snapshots: Snapshot[] = [];
  for (const date of [...days.keys()].sort()) {
    const moves = days.get(date)!;
    sortByValidFrom(moves); // same day: by id, so invalid duplicates still resolve the same way every time
    for (const p of moves) {
      const slot = current[order.get(p.issue)!]!;
      if (p.actor === a) slot.a = p;
      if (p.actor === b) slot.b = p;
    }
    // several changes on one day make one step
    const relations = issues.map((issue, k) => toRelation(issue.id, issue.spectrum.length, current[k]!.a, current[k]!.b));
    snapshots.push({ date, a, b, relations, ...summarise(relations) });
  }
  return snapshots;
}

export type Direction = "toward" | "away" | "neither";

/** How far apart two positions are, as [gap between ranges, distance of ideals]: compared in that order. */
function separation(r: Relation): [number, number] | undefined {
  return r.kind === "unknown" ? undefined : [r.gap, r.distance ?? 0];
}

function compareSeparation(before: [number, number] | undefined, after: [number, number] | undefined): Direction {
  if (!before || !after) return "neither";
  const [gapBefore, distanceBefore] = before;
  const [gapAfter, distanceAfter] = after;
  if (gapAfter !== gapBefore) return gapAfter < gapBefore ? "toward" : "away";
  if (Math.abs(distanceAfter - distanceBefore) > 1e-9) return distanceAfter < distanceBefore ? "toward" : "away";
  return "neither";
}

/** One actor's move on one issue between two dates. */
export type Move = {
  issue: string;
  actor: string;
  before?: Coded;
  after: Coded;
  /** Toward or away from where the other side stood on the later date (the other side held still). */
  direction: Direction;
  /** The positions that took effect between the two dates, oldest first: their evidence shows the move. */
  steps: Coded[];
};

export type IssueChange = {
  issue: string;
  before: Relation;
  after: Relation;
  /** Whether the two sides as a pair came closer (gap first, then distance of ideals). */
  direction: Direction;
  moves: Move[];
};

export type Diff = { from: string; to: string; a: string; b: string; changes: IssueChange[]; counts: Record<Direction, number> };

const samePlace = (x: Coded | undefined, y: Coded | undefined) =>
  x !== undefined && y !== undefined && x.ideal === y.ideal && x.acceptable[0] === y.acceptable[0] && x.acceptable[1] === y.acceptable[1];

/** Who moved between `from` and `to` on each issue, and whether each move went toward or away from the other side. */
export function diff(index: PositionIndex, issues: readonly IssueShape[], from: string, to: string, a: string, b: string): Diff {
  const [early, late] = from <= to ? [from, to] : [to, from];
  const changes: IssueChange[] = [];
  const counts: Record<Direction, number> = { toward: 0, away: 0, neither: 0 };
  for (const issue of issues) {
    const before = relation(index, issue, a, b, early);
    const after = relation(index, issue, a, b, late);
    const moves: Move[] = [];
    for (const [actor, other] of [
      [a, b],
      [b, a],
    ] as const) {
      const was = findPosition(index, actor, issue.id, early);
      const is = findPosition(index, actor, issue.id, late);
      if (!is || was?.id === is.id || samePlace(was, is)) continue;
      const counterpart = findPosition(index, other, issue.id, late);
      const n = issue.spectrum.length;
      const direction = compareSeparation(
        separation(toRelation(issue.id, n, was, counterpart)),
        separation(toRelation(issue.id, n, is, counterpart)),
      );
      const steps = (groupOf(index, actor, issue.id) ?? []).filter((p) => p.validFrom > early && p.validFrom <= late);
      moves.push({ issue: issue.id, actor, before: was, after: is, direction, steps });
    }
    if (moves.length === 0 && before.kind === after.kind) continue;
    const direction = compareSeparation(separation(before), separation(after));
    counts[direction] += 1;
    changes.push({ issue: issue.id, before, after, direction, moves });
  }
  return { from: early, to: late, a, b, changes, counts };
}

/** The statements that the positions taken during a set of changes cite: what "what changed" shows as evidence. */
export const citedBy = (changes: readonly IssueChange[]): Set<string> =>
  new Set(changes.flatMap((change) => change.moves.flatMap((move) => move.steps.flatMap((step) => step.evidence ?? []))));
