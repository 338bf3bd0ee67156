import { compareRanges, findPosition, type Coded, type IssueShape, type PositionIndex, type RelationKind } from "./analysis";
import { formatOption, formatSteps } from "./view/format";
import type { Document, DocumentGap, Issue, Placement, Position, Provision, Range, SpectrumLabels } from "./schema";

/*
 * Documents measured like actors: pure functions that combine a text's clauses into its place on an
 * issue's spectrum, compare that place with an actor's coded position (the same steps-between-ranges
 * rule as two actors), and lay the texts out in date order as the cross-walk of one issue.
 * No React, no data loading and no clock, so it runs at build, in tests and in the browser alike.
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
  const low = Math.max(...placements.map((p) => p.acceptable[0]));
  const high = Math.min(...placements.map((p) => p.acceptable[1]));
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

/** A comparison in words: "2 steps from Russia", "matches Ukraine's ask", "overlaps Russia's range". */
export function describeComparison(comparison: PlacementComparison, actorName: string): string {
  switch (comparison.kind) {
    case "unknown":
      return `${actorName}: no coded position yet`;
    case "agreement":
      return `same as ${actorName}'s ask`;
    case "overlap":
      return `0 steps from ${actorName} (ranges overlap)`;
    default:
      return `${formatSteps(comparison.gap)} from ${actorName}`;
  }
}

/** A comparison in a table cell, where the column already names the actor: "2 steps apart", "ranges overlap", "same ask". */
export function formatGap(comparison: Pick<PlacementComparison, "kind" | "gap">): string {
  if (comparison.kind === "agreement") return "same ask";
  if (comparison.kind === "overlap") return "0 steps: ranges overlap";
  if (comparison.kind === "conflict") return `${formatSteps(comparison.gap)} apart`;
  return "not coded yet";
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

/** A placement in words: the option; the option and how far its range reaches; or the span of options when the text names none. */
export function formatPlacement(issue: SpectrumLabels, p: Placement): string {
  const [low, high] = p.acceptable;
  if (p.ideal === null) return `between ‘${formatOption(issue, low)}’ and ‘${formatOption(issue, high)}’, no single option`;
  if (low === high) return formatOption(issue, p.ideal);
  if (p.ideal === low || p.ideal === high) return `${formatOption(issue, p.ideal)} (could reach ‘${formatOption(issue, p.ideal === low ? high : low)}’)`;
  return `${formatOption(issue, p.ideal)} (range ‘${formatOption(issue, low)}’ to ‘${formatOption(issue, high)}’)`;
}

/** A change between two consecutive texts, said plainly. */
export function describeChange(issue: SpectrumLabels, change: Change, titleOf: (id: string) => string, placementOf: (id: string) => Placement | undefined): string {
  const from = titleOf(change.from);
  const to = titleOf(change.to);
  const before = placementOf(change.from);
  const after = placementOf(change.to);
  switch (change.kind) {
    case "same":
      return `${to} keeps the place of ${from}: ${formatPlacement(issue, after!)}.`;
    case "moved": {
      const pole = change.toward === "first" ? issue.spectrum[0]!.label : issue.spectrum[issue.spectrum.length - 1]!.label;
      const size = change.steps === undefined ? "" : change.steps === 0 ? "the range shifted " : `${formatSteps(change.steps)} `;
      return `From ${from} to ${to}: “${formatPlacement(issue, before!)}” became “${formatPlacement(issue, after!)}”, ${size}toward the “${pole}” end.`;
    }
    case "placed":
      return `${from} took no position on this spectrum; ${to} does: ${formatPlacement(issue, after!)}.`;
    case "unplaced":
      return `${to} takes no position on this spectrum, where ${from} stood at ${formatPlacement(issue, before!)}.`;
    default:
      return `Neither ${from} nor ${to} takes a position on this spectrum.`;
  }
}

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

/*
 * Views: the plain values the pages and client components draw (no Map, Date or functions).
 */

export type DocumentView = Pick<Document, "id" | "title" | "shortTitle" | "date" | "kind" | "knownFrom" | "knownNote" | "sponsors" | "sponsorLabel">;
export type ProvisionView = Pick<Provision, "id" | "label" | "issue" | "summary" | "numbers" | "quote" | "source" | "knownFrom" | "confidence" | "placement" | "rationale">;
export type GapView = Pick<DocumentGap, "id" | "document" | "issues" | "reason" | "description">;
/** An actor's place on the day a text is compared with it, trimmed to what the charts draw. */
export type SideView = { kind: RelationKind; gap: number; distance?: number; ideal?: number; acceptable?: Range };

export const toDocumentView = ({ id, title, shortTitle, date, kind, knownFrom, knownNote, sponsors, sponsorLabel }: Document): DocumentView => ({
  id, title, shortTitle, date, kind, knownFrom, knownNote, sponsors, sponsorLabel,
});
export const toProvisionView = ({ id, label, issue, summary, numbers, quote, source, knownFrom, confidence, placement, rationale }: Provision): ProvisionView => ({
  id, label, issue, summary, numbers, quote, source, knownFrom, confidence, placement, rationale,
});
const toSideView = (c: PlacementComparison): SideView => ({
  kind: c.kind, gap: c.gap, distance: c.distance, ideal: c.position?.ideal, acceptable: c.position?.acceptable,
});

/** One row of a placement chart: a text (or an issue) with its place and both sides on that day. */
export type PlacementRow = {
  placement?: Placement;
  conflicting: boolean;
  a: SideView;
  b: SideView;
  closer: Closer;
};

function toPlacementRow(index: PositionIndex, issue: IssueShape, placement: Placement | undefined, conflicting: boolean, a: string, b: string, date: string): PlacementRow {
  if (!placement) {
    const side = (actor: string): SideView => {
      const position = findPosition(index, actor, issue.id, date);
      return { kind: "unknown", gap: 0, ideal: position?.ideal, acceptable: position?.acceptable };
    };
    return { conflicting, a: side(a), b: side(b), closer: "unknown" };
  }
  const ca = placeAgainst(index, issue, placement, a, date);
  const cb = placeAgainst(index, issue, placement, b, date);
  return { placement, conflicting, a: toSideView(ca), b: toSideView(cb), closer: closerSide(ca, cb) };
}

export type CrosswalkRow = PlacementRow & {
  document: DocumentView;
  provisions: ProvisionView[];
  /** How this text's place differs from the text before it, said plainly; absent for the first. */
  change?: string;
};

export type CrosswalkView = {
  issue: Pick<Issue, "id" | "title" | "question"> & SpectrumLabels;
  a: string;
  b: string;
  rows: CrosswalkRow[];
  /** Texts with no recorded clause on this issue. */
  silent: DocumentView[];
  gaps: GapView[];
};

/** One issue's cross-walk: every text with a clause on it, in date order, placed and compared with `a` and `b` on its own date. */
export function toCrosswalk(
  issue: Pick<Issue, "id" | "title" | "question"> & SpectrumLabels,
  documents: readonly Document[],
  provisions: readonly Provision[],
  gaps: readonly DocumentGap[],
  index: PositionIndex,
  a: string,
  b: string,
): CrosswalkView {
  const ordered = sortByDate(documents);
  const stances = new Map(toStances(documents, provisions).filter((s) => s.issue === issue.id).map((s) => [s.document, s]));
  const onIssue = ordered.filter((d) => provisions.some((p) => p.document === d.id && p.issue === issue.id));
  const titleOf = new Map(documents.map((d) => [d.id, d.shortTitle]));
  const rows = onIssue.map((document, i): CrosswalkRow => {
    const stance = stances.get(document.id);
    const previous = onIssue[i - 1];
    const change = previous
      ? describeChange(
          issue,
          compareConsecutive(previous.id, document.id, stances.get(previous.id)?.placement, stance?.placement),
          (id) => titleOf.get(id) ?? id,
          (id) => stances.get(id)?.placement,
        )
      : undefined;
    return {
      document: toDocumentView(document),
      provisions: provisions.filter((p) => p.document === document.id && p.issue === issue.id).map(toProvisionView),
      ...toPlacementRow(index, issue, stance?.placement, stance?.conflicting ?? false, a, b, document.date),
      change,
    };
  });
  const mentioned = new Set(onIssue.map((d) => d.id));
  return {
    issue: { id: issue.id, title: issue.title, question: issue.question, spectrum: issue.spectrum },
    a,
    b,
    rows,
    silent: ordered.filter((d) => !mentioned.has(d.id)).map(toDocumentView),
    gaps: gaps.filter((g) => g.issues.includes(issue.id)),
  };
}

/** One sentence on a cross-walk: how many texts take a position, where the first and last stood, and which side each was closer to. */
export function describeCrosswalk(view: CrosswalkView, nameOf: (actor: string) => string): string {
  const placed = view.rows.filter((r) => r.placement);
  if (view.rows.length === 0) return `No text in the data has a recorded clause on ${view.issue.title.toLowerCase()}.`;
  if (placed.length === 0) return `${view.rows.length} texts mention this issue, but none takes a position on its spectrum.`;
  const first = placed[0]!;
  const last = placed[placed.length - 1]!;
  const count = (side: Closer) => placed.filter((r) => r.closer === side).length;
  const ends =
    placed.length === 1
      ? `${first.document.shortTitle} stands at ${formatPlacement(view.issue, first.placement!)}`
      : `from ${first.document.shortTitle} (${formatPlacement(view.issue, first.placement!)}) to ${last.document.shortTitle} (${formatPlacement(view.issue, last.placement!)})`;
  return (
    `${placed.length} of ${view.rows.length} texts take a position, ${ends}; on their own dates ${count("a")} stood closer to ${nameOf(view.a)}, ` +
    `${count("b")} closer to ${nameOf(view.b)} and ${count("equal")} equally far` +
    (count("unknown") ? `, and ${count("unknown")} predate a coded position of either side.` : ".")
  );
}

/** One issue of a text's page: its clauses on the issue and its place, compared with `a` and `b` on the text's date. */
export type DocumentIssueRow = PlacementRow & { issue: Pick<Issue, "id" | "title"> & SpectrumLabels; provisions: ProvisionView[] };

export function toDocumentIssues(
  document: Document,
  issues: readonly (Pick<Issue, "id" | "title"> & SpectrumLabels)[],
  provisions: readonly Provision[],
  index: PositionIndex,
  a: string,
  b: string,
): DocumentIssueRow[] {
  const mine = provisions.filter((p) => p.document === document.id);
  const stances = new Map(toStances([document], mine).map((s) => [s.issue, s]));
  return issues
    .filter((issue) => mine.some((p) => p.issue === issue.id))
    .map((issue) => {
      const stance = stances.get(issue.id);
      return {
        issue: { id: issue.id, title: issue.title, spectrum: issue.spectrum },
        provisions: mine.filter((p) => p.issue === issue.id).map(toProvisionView),
        ...toPlacementRow(index, issue, stance?.placement, stance?.conflicting ?? false, a, b, document.date),
      };
    });
}

/** Which side a text stood closer to, in words. */
export function formatCloser(row: Pick<PlacementRow, "placement" | "closer">, nameA: string, nameB: string): string {
  if (!row.placement) return "no position on this spectrum";
  switch (row.closer) {
    case "a":
      return `closer to ${nameA}`;
    case "b":
      return `closer to ${nameB}`;
    case "equal":
      return `as close to ${nameA} as to ${nameB}`;
    default:
      return "not comparable: a side had no coded position yet";
  }
}
