import { gapEdges, type Relation, type Snapshot } from "../analysis";
import type { FragileNote } from "./evidence";
import type { StatusNote } from "./status";
import type { IssueView } from "./view-model";

/*
 * The spectrum chart's rows and the geometry they share between the page (components/charts/
 * spectrum-chart.tsx), the slides and the SVG file (lib/view/chart-svg.ts): one module, so no
 * component has to import another for a type, and the gap is drawn by one rule everywhere.
 */

/** One row of the spectrum chart: an issue and the two sides' relation on it. */
export type SpectrumRow = { issue: IssueView; relation: Relation; fragile?: FragileNote; status?: StatusNote };

/** The rows of a snapshot: one per issue, in the order of `issues` (the order the snapshot was taken in). */
export const toSpectrumRows = (snapshot: Pick<Snapshot, "relations">, issues: readonly IssueView[]): SpectrumRow[] =>
  issues.map((issue, i) => ({ issue, relation: snapshot.relations[i]! }));

/**
 * Where a conflict's gap is drawn, in options from the spectrum's left edge: from the centre of the
 * last option one side could live with to the centre of the first the other could. Centre to
 * centre, so adjacent ranges (a gap of 1) still show a hatch. Undefined unless the sides conflict.
 */
export function toGapSpan(relation: Pick<Relation, "kind" | "a" | "b">): { from: number; to: number } | undefined {
  if (relation.kind !== "conflict" || !relation.a || !relation.b) return undefined;
  const edges = gapEdges(relation.a.acceptable, relation.b.acceptable);
  return edges ? { from: edges[0] + 0.5, to: edges[1] + 0.5 } : undefined;
}
