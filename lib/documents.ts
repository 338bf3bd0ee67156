import { compareRanges, findPosition, intersectRanges, type Coded, type IssueShape, type PositionIndex, type RelationKind } from "./analysis";
import type { Document, Placement, Position, Provision, Range } from "./schema";

/*
 * Documents measured like actors: pure functions that combine a text's clauses into its place on an
 * issue's spectrum, compare that place with an actor's coded position (the same steps-between-ranges
 * rule as two actors), and lay the texts out in date order as the cross-walk of one issue.
 * No React, no data loading and no clock, so it runs at build, in tests and in the browser alike.
 * The views the pages draw from these, and their words, are in lib/view/documents.ts and lib/view/sentences.ts.
 */

/** Texts in date order; texts of the same day keep the order of the data file. */
export function sortByDate<T extends Pick<Document, "date">>(documents: readonly T[]): T[] {
  return documents.map((d, i) => [d, i] as const).sort(([x, i], [y, j]) => (x.date < y.date ? -1 : x.date > y.date ? 1 : i - j)).map(([d]) => d);
}

/** Where several clauses of one text put it on one issue: the options every clause allows, and whether they disagree. */
export type CombinedPlacement = { placement: Placement; conflicting: boolean };

/**
 * The clauses' placements combined: the range is what all of them allow (their intersection); if
 * they allow nothing in common, the span of all of them, flagged as conflicting. The ideal is that
 * of the first clause, in the text's order, whose ideal lies in that range; null if none does.
 */
export function combinePlacements(placements: readonly Placement[]): CombinedPlacement | undefined {
  if (placements.length === 0) return undefined;
  const [low, high] = placements.map((p) => p.acceptable).reduce(intersectRanges);
  const conflicting = low > high;
  const acceptable: Range = conflicting ? [Math.min(...placements.map((p) => p.acceptable[0])), Math.max(...placements.map((p) => p.acceptable[1]))] : [low, high];
  const first = placements.find((p) => p.ideal !== null && p.ideal >= acceptable[0] && p.ideal <= acceptable[1]);
  return { placement: { ideal: first?.ideal ?? null, acceptable }, conflicting };
}

/** One text's place on one issue, from its placed clauses. */
export type Stance = { document: string; issue: string; date: string; placement: Placement; conflicting: boolean; provisions: string[] };

/** Every text's stance on every issue it takes a position on, texts in date order. */
export function toStances(documents: readonly Document[], provisions: readonly Provision[]): Stance[] {
  const stances: Stance[] = [];
  for (const document of sortByDate(documents)) {
    const mine = provisions.filter((p) => p.document === document.id && p.placement);
    const issues = [...new Set(mine.map((p) => p.issue))];
    for (const issue of issues) {
      const clauses = mine.filter((p) => p.issue === issue);
      const combined = combinePlacements(clauses.map((p) => p.placement!));
      if (combined) stances.push({ document: document.id, issue, date: document.date, ...combined, provisions: clauses.map((p) => p.id) });
    }
  }
  return stances;
}

/** A text's placement compared with an actor's position: the same kinds and gap as two actors (lib/analysis.ts). */
export type PlacementComparison = {
  kind: RelationKind;
  /** Steps between the text's range and the actor's; 0 unless in conflict. */
  gap: number;
  zopa?: Range;
  /** Distance of the two ideals, 0–1; undefined when either has none. */
  distance?: number;
  position?: Coded;
};

/** How far a placement sits from an actor's position on a spectrum of `options` options. */
export function comparePlacement(placement: Placement, position: Coded | undefined, options: number): PlacementComparison {
  if (!position) return { kind: "unknown", gap: 0 };
  const distance = placement.ideal !== null && options > 1 ? Math.abs(placement.ideal - position.ideal) / (options - 1) : undefined;
  const ranges = compareRanges(placement.acceptable, position.acceptable);
  if (ranges.relation === "conflict") return { kind: "conflict", gap: ranges.gap, distance, position };
  return { kind: placement.ideal === position.ideal ? "agreement" : "overlap", gap: 0, zopa: ranges.zopa, distance, position };
}

/** A text placed against an actor's position in force on `date`: the text's own date, or any other. */
export function placeAgainst(index: PositionIndex, issue: IssueShape, placement: Placement, actor: string, date: string): PlacementComparison {
  return comparePlacement(placement, findPosition(index, actor, issue.id, date), issue.spectrum.length);
}

export type Closer = "a" | "b" | "equal" | "unknown";

/** Which side a text stood closer to: fewer steps between ranges first, then nearer ideals. */
export function closerSide(a: PlacementComparison, b: PlacementComparison): Closer {
  if (a.kind === "unknown" || b.kind === "unknown") return "unknown";
  if (a.gap !== b.gap) return a.gap < b.gap ? "a" : "b";
  if (a.distance !== undefined && b.distance !== undefined && Math.abs(a.distance - b.distance) > 1e-9) return a.distance < b.distance ? "a" : "b";
  return "equal";
}

/** The text's stances as positions, so the overview and issue pages compare a text like an actor. */
export function toDocumentPositions(stances: readonly Stance[], documents: readonly Pick<Document, "id">[], provisions: readonly Provision[]): Position[] {
  const known = new Set(documents.map((d) => d.id));
  const byId = new Map(provisions.map((p) => [p.id, p]));
  const ranks = { high: 0, medium: 1, low: 2 } as const;
  return stances
    .filter((s) => s.placement.ideal !== null && known.has(s.document))
    .map((s) => {
      const clauses = s.provisions.map((id) => byId.get(id)!);
      // the weakest clause sets the confidence of the whole
      const confidence = clauses.reduce((worst, p) => (ranks[p.confidence] > ranks[worst] ? p.confidence : worst), "high" as Position["confidence"]);
      return {
        id: `${s.document}/${s.issue}`,
        actor: s.document,
        issue: s.issue,
        validFrom: s.date,
        ideal: s.placement.ideal!,
        acceptable: s.placement.acceptable,
        // a text states no salience: the neutral middle of the scale, so it neither dominates nor vanishes in weighted totals
        salience: 3,
        evidence: s.provisions,
        rationale: clauses.map((p) => p.rationale).join(" "),
        confidence,
      };
    });
}

/** How one text's place moved from the text before it on the same issue. */
export type Change =
  | { kind: "same"; from: string; to: string }
  /** `steps` between the ideals; undefined when either text names no single option. */
  | { kind: "moved"; from: string; to: string; steps?: number; toward: "first" | "last" }
  | { kind: "placed"; from: string; to: string }
  | { kind: "unplaced"; from: string; to: string }
  | { kind: "neither"; from: string; to: string };

/** The centre of a placement: its ideal, or the middle of its range when it names no single option. */
export const placementCentre = (p: Placement) => (p.ideal !== null ? p.ideal : (p.acceptable[0] + p.acceptable[1]) / 2);

export function compareConsecutive(from: string, to: string, before: Placement | undefined, after: Placement | undefined): Change {
  if (!before && !after) return { kind: "neither", from, to };
  if (!before) return { kind: "placed", from, to };
  if (!after) return { kind: "unplaced", from, to };
  const same = before.ideal === after.ideal && before.acceptable[0] === after.acceptable[0] && before.acceptable[1] === after.acceptable[1];
  if (same) return { kind: "same", from, to };
  const shift = placementCentre(after) - placementCentre(before);
  const steps = before.ideal !== null && after.ideal !== null ? Math.abs(after.ideal - before.ideal) : undefined;
  return { kind: "moved", from, to, steps, toward: shift < 0 ? "first" : shift > 0 ? "last" : placementToward(before, after) };
}

// same centre but a different range: the side the range grew toward
const placementToward = (before: Placement, after: Placement): "first" | "last" => (after.acceptable[0] < before.acceptable[0] ? "first" : "last");

/**
 * The lineage line through the rows of a chart: for each row, the points of the line inside that
 * row as [x, y] with x the option value's centre (0…n) and y from 0 (top of the row) to 1 (bottom).
 * The line runs through the centre of each placed row; a row without a placement is crossed by a
 * straight segment between its neighbours (`through`), and nothing is drawn before the first or
 * after the last placed row.
 */
export function toLineage(centres: readonly (number | undefined)[]): { points: [number, number][]; through: boolean }[] {
  const anchors = centres.flatMap((c, i) => (c === undefined ? [] : [{ x: c + 0.5, y: i + 0.5 }]));
  const xAt = (y: number): number | undefined => {
    for (let k = 0; k < anchors.length - 1; k++) {
      const a = anchors[k]!;
      const b = anchors[k + 1]!;
      if (y >= a.y && y <= b.y) return a.x + ((b.x - a.x) * (y - a.y)) / (b.y - a.y);
    }
    return undefined;
  };
  return centres.map((c, i) => {
    const points: [number, number][] = [];
    const top = xAt(i);
    const bottom = xAt(i + 1);
    if (top !== undefined) points.push([top, 0]);
    if (c !== undefined) points.push([c + 0.5, 0.5]);
    if (bottom !== undefined) points.push([bottom, 1]);
    return { points: points.length > 1 ? points : [], through: c === undefined };
  });
}
