import type { Relation, Snapshot } from "../analysis";
import type { Fragility } from "../evidence";
import type { Change, Closer, PlacementComparison } from "../documents";
import type { Document, Placement, SpectrumLabels } from "../schema";
import type { DistancePoint, IssueTimelineRow, Segment } from "../timeline";
import { formatDate, formatOption, formatPercent, formatRange, formatSteps } from "./format";
import { messages } from "./messages";

/*
 * Every chart's words: the one-sentence summary under its caption (also the text alternative of its
 * image files) and the phrases its rows and tables repeat. Pure functions of the charts' rows, so
 * they are unit-tested and the page, the slides and the downloads say the same thing.
 */

type Named = { name: string };
/** What the sentences need of a placement chart's row (lib/view/documents.ts): the text's place, and the side it stood closer to. */
type Placed = { placement?: Placement; closer: Closer };

/*
 * The spectrum chart (the overview, an issue, a slide, a handout, the SVG file).
 */

/** What a relation's badge adds to its kind: the gap ("gap 2 steps") or the ZOPA ("ZOPA: a to b"); undefined for anything else. */
export function formatRelationDetail({ issue, relation }: { issue: SpectrumLabels; relation: Pick<Relation, "kind" | "gap" | "zopa"> }): string | undefined {
  if (relation.kind === "conflict") return `gap ${formatSteps(relation.gap)}`;
  if (relation.kind === "overlap" && relation.zopa) return `ZOPA: ${formatRange(issue, relation.zopa)}`;
  return undefined;
}

/** A verdict in a few words, as its badge says it: "Conflict, gap 2 steps", "Not yet known". */
function formatVerdict(issue: SpectrumLabels, relation: Pick<Relation, "kind" | "gap" | "zopa">): string {
  const detail = formatRelationDetail({ issue, relation });
  return detail ? `${messages.relation[relation.kind]}, ${detail}` : messages.relation[relation.kind];
}

/**
 * Why a verdict is marked fragile: what it would read without the weak positions, and whose weak
 * position it rests on ("Fragile: without weak evidence this would read “Conflict, gap 1 step”. It
 * rests on Russia's position of 2 June 2025, coded only from weak evidence.").
 */
export function describeFragility(
  f: Pick<Fragility, "relation" | "withoutWeak">,
  issue: SpectrumLabels,
  rests: readonly { actor: string; validFrom: string }[],
  nameOf: (actor: string) => string,
): string {
  const on = rests.map((w) => `${nameOf(w.actor)}’s position of ${formatDate(w.validFrom)}`);
  const list = on.length > 1 ? `${on.slice(0, -1).join(", ")} and ${on.at(-1)}` : (on[0] ?? "a position");
  return `${messages.evidence.fragile}: without weak evidence this would read “${formatVerdict(issue, f.withoutWeak)}”, not “${formatVerdict(issue, f.relation)}”. It rests on ${list}, coded only from weak evidence.`;
}

/** One sentence saying where the two sides stand on one issue: the text alternative of a spectrum row. */
export function describeRow({ issue, relation }: { issue: SpectrumLabels & { title: string }; relation: Relation }, a: Named, b: Named): string {
  const side = (actor: Named, p: Relation["a"]) =>
    p ? `${actor.name} asks for "${formatOption(issue, p.ideal)}" and could live with ${formatRange(issue, p.acceptable)}` : `${actor.name} has no coded position`;
  const tail =
    relation.kind === "conflict"
      ? `; the gap is ${formatSteps(relation.gap)}.`
      : relation.kind === "overlap" && relation.zopa
        ? `; they overlap on ${formatRange(issue, relation.zopa)}.`
        : relation.kind === "agreement"
          ? "; they agree."
          : ".";
  return `${issue.title}: ${side(a, relation.a)}; ${side(b, relation.b)}${tail}`;
}

/** The overview chart's summary: on how many issues the two sides overlap and conflict on the snapshot's date. */
export function describeSnapshot(snapshot: Pick<Snapshot, "date" | "counts" | "relations">, a: Named, b: Named): string {
  const { counts } = snapshot;
  return (
    `On ${formatDate(snapshot.date)}, ${a.name} and ${b.name} overlap on ${counts.overlap + counts.agreement} of ${snapshot.relations.length} issues ` +
    `and conflict on ${counts.conflict}` +
    (counts.unknown ? `; ${counts.unknown} not yet coded for both.` : ".")
  );
}

/*
 * The overview's history: the gap strip and the distance chart.
 */

/** A period of the gap strip in words: its relation, and the gap in a conflict. */
export const formatSegment = (segment: Pick<Segment, "kind" | "gap">) =>
  segment.kind === "conflict" ? `${messages.relation.conflict}, gap ${segment.gap}` : messages.relation[segment.kind];

/** The gap strip's summary: how many issues have ever had a ZOPA since `start`, and which have only ever conflicted. */
export function describeGapStrip(issues: readonly { title: string }[], segments: readonly (readonly Pick<Segment, "kind">[])[], start: string): string {
  const met = issues.map((_, i) => (segments[i] ?? []).some((s) => s.kind === "overlap" || s.kind === "agreement"));
  const neverMet = issues.filter((_, i) => !met[i] && (segments[i] ?? []).some((s) => s.kind === "conflict"));
  return (
    `Since ${formatDate(start)}, ${met.filter(Boolean).length} of ${issues.length} issues have had a zone of possible agreement at some point` +
    (neverMet.length ? `; ${neverMet.map((issue) => issue.title.toLowerCase()).join(", ")} never have.` : ".")
  );
}

/** The distance chart's summary: the overall distance at its first step, at its peak and on `date`. */
export function describeDistance(series: readonly Pick<DistancePoint, "date" | "distance">[], date: string, a: Named, b: Named): string {
  const known = series.flatMap((p) => (p.distance === null ? [] : [{ date: p.date, distance: p.distance }]));
  const first = known[0];
  if (!first) return `${a.name} and ${b.name} are never coded on the same issue at the same time.`;
  const peak = known.reduce((max, p) => (p.distance > max.distance ? p : max), first);
  const now = [...series].reverse().find((p) => p.date <= date);
  return (
    `The overall distance was ${formatPercent(first.distance)} on ${formatDate(first.date)}, peaked at ${formatPercent(peak.distance)} on ${formatDate(peak.date)}` +
    (now?.distance != null ? `, and stands at ${formatPercent(now.distance)} on ${formatDate(date)}.` : ".")
  );
}

/*
 * One issue over time (the issue page's history chart and its SVG file).
 */

/** The history chart's summary: how many positions each side has on the issue, and the periods their ranges met. */
export function describeIssueHistory(rows: readonly Pick<IssueTimelineRow, "date" | "kind">[], a: Named & { positions: number }, b: Named & { positions: number }): string {
  if (rows.length === 0) return `Neither ${a.name} nor ${b.name} has a coded position on this issue.`;
  const met = rows.flatMap((row, i) => {
    const next = rows[i + 1];
    return (row.kind === "overlap" || row.kind === "agreement") && next ? [`${formatDate(row.date, "short")} to ${formatDate(next.date, "short")}`] : [];
  });
  return (
    `${a.name} has ${a.positions} coded positions on this issue and ${b.name} ${b.positions}. ` +
    (met.length ? `Their ranges met from ${met.join(", and from ")}.` : "Their ranges have never met.")
  );
}

/*
 * The texts: the placement track's words, the document chart, the lineage chart and the cross-walk.
 */

/** A placement in words: the option; the option and how far its range reaches; or the span of options when the text names none. */
export function formatPlacement(issue: SpectrumLabels, p: Placement): string {
  const [low, high] = p.acceptable;
  if (p.ideal === null) return `between ‘${formatOption(issue, low)}’ and ‘${formatOption(issue, high)}’, no single option`;
  if (low === high) return formatOption(issue, p.ideal);
  if (p.ideal === low || p.ideal === high) return `${formatOption(issue, p.ideal)} (could reach ‘${formatOption(issue, p.ideal === low ? high : low)}’)`;
  return `${formatOption(issue, p.ideal)} (range ‘${formatOption(issue, low)}’ to ‘${formatOption(issue, high)}’)`;
}

/** A comparison in words: "2 steps from Russia", "same as Ukraine's ask", "0 steps from Russia (ranges overlap)". */
export function describeComparison(comparison: Pick<PlacementComparison, "kind" | "gap">, actorName: string): string {
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

/** A comparison in a table cell, where the column already names the actor: "2 steps apart", "0 steps: ranges overlap", "same ask". */
export function formatGap(comparison: Pick<PlacementComparison, "kind" | "gap">): string {
  if (comparison.kind === "agreement") return "same ask";
  if (comparison.kind === "overlap") return "0 steps: ranges overlap";
  if (comparison.kind === "conflict") return `${formatSteps(comparison.gap)} apart`;
  return "not coded yet";
}

/** Which side a text stood closer to, in words. */
export function formatCloser(row: Placed, nameA: string, nameB: string): string {
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

/** The lineage chart's summary: how many texts take a position, where the first and last stood, and which side each was closer to. */
export function describeCrosswalk(
  view: { issue: SpectrumLabels & { title: string }; a: string; b: string; rows: readonly (Placed & { document: Pick<Document, "shortTitle"> })[] },
  nameOf: (actor: string) => string,
): string {
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

/** The document chart's summary: how many clauses and issues a text has, and which side it stood closer to on its date. */
export function describeDocument(
  document: Pick<Document, "shortTitle" | "date">,
  rows: readonly (Placed & { provisions: readonly unknown[] })[],
  a: Named,
  b: Named,
): string {
  const clauses = rows.reduce((n, row) => n + row.provisions.length, 0);
  const placed = rows.filter((row) => row.placement);
  const closer = (side: Closer) => placed.filter((row) => row.closer === side).length;
  return (
    `${document.shortTitle} has ${clauses} recorded ${clauses === 1 ? "clause" : "clauses"} on ${rows.length} ${rows.length === 1 ? "issue" : "issues"} and takes a position on ${placed.length}; ` +
    `on ${formatDate(document.date)} it stood closer to ${a.name} on ${closer("a")} and closer to ${b.name} on ${closer("b")}.`
  );
}

const kindLabels = new Map<string, string>(Object.entries(messages.documents.kind));

/** The documents timeline's summary: every text's span, or how many the filter (sponsor and kind, "" for any) leaves. */
export function describeDocumentTimeline(
  documents: readonly Pick<Document, "date">[],
  shown: number,
  filter: { sponsor: string; kind: string },
  sponsorName: (actor: string) => string,
): string {
  if (shown === documents.length) {
    const first = documents[0]?.date ?? "";
    const last = documents.at(-1)?.date ?? "";
    return `${documents.length} texts from ${formatDate(first)} to ${formatDate(last)}, ${documents.filter((d) => d.date >= "2025-01-01").length} of them from 2025 on.`;
  }
  const sponsor = filter.sponsor ? ` sponsored by ${sponsorName(filter.sponsor)}` : "";
  const kind = filter.kind ? ` of the kind “${kindLabels.get(filter.kind) ?? filter.kind}”` : "";
  return `Showing ${shown} of ${documents.length} texts${sponsor}${kind}.`;
}
