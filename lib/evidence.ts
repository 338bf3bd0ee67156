import { relation, type Coded, type IssueShape, type PositionIndex, type Relation } from "./analysis";
import type { Position, Sourcing, Statement } from "./schema";

/*
 * How much a coding rests on: each position's evidence strength, from the statements it cites, and
 * whether a verdict between two actors would survive without the weak ones (docs/coding.md,
 * "Evidence strength"). Pure: the same rules at build, in tests and in the browser.
 */

export type Strength = "strong" | "moderate" | "weak";

/** What the strength rule reads of a statement. */
export type EvidenceFacts = Pick<Statement, "id" | "confidence" | "sourcing">;

/** Sourcing that, on its own, cannot carry a coding: one outlet's account, unnamed sources, a leak. */
export const WEAK_SOURCING: ReadonlySet<Sourcing> = new Set(["reported", "anonymous", "leaked"]);

/**
 * A position's strength: strong when at least one of its statements is high-confidence and on the
 * record; weak when every one is low-confidence, or every one is reported, anonymous or leaked;
 * moderate otherwise. A position whose statements are not known here (an import citing its own) is
 * moderate: nothing says it is weak, and nothing that it is strong.
 */
export function positionStrength(position: Pick<Position, "evidence">, statementsById: ReadonlyMap<string, EvidenceFacts>): Strength {
  const evidence = position.evidence.flatMap((id) => statementsById.get(id) ?? []);
  if (evidence.length === 0) return "moderate";
  if (evidence.some((s) => s.confidence === "high" && s.sourcing === "on-record")) return "strong";
  if (evidence.every((s) => s.confidence === "low") || evidence.every((s) => WEAK_SOURCING.has(s.sourcing))) return "weak";
  return "moderate";
}

/** The ids of the weak positions: a Set, or a Map keyed by them (the views' weak evidence). */
export type WeakIds = { has(id: string): boolean };

/** The positions a "strong evidence only" view keeps: every one but the weak, so an actor's previous position holds where a weak one is set aside. */
export const withoutWeak = <P extends Pick<Coded, "id">>(positions: readonly P[], weak: WeakIds): P[] => positions.filter((p) => !weak.has(p.id));

/** A verdict and whether it would survive without the weak positions. */
export type Fragility = {
  relation: Relation;
  /** The same two actors on the same issue and day with every weak position set aside. */
  withoutWeak: Relation;
  /** The verdict changes kind, or its gap changes, once the weak positions are set aside. */
  fragile: boolean;
  /** The weak positions in force in the verdict (one per side at most): what it rests on. */
  weakPositions: Coded[];
};

/** Whether the relation of `a` and `b` on `issue` at `date` would change kind or gap without the weak positions (`strongIndex` is the index of withoutWeak). */
export function fragility(index: PositionIndex, strongIndex: PositionIndex, weak: WeakIds, issue: IssueShape, a: string, b: string, date: string): Fragility {
  const shown = relation(index, issue, a, b, date);
  const strong = relation(strongIndex, issue, a, b, date);
  const weakPositions = [shown.a, shown.b].filter((p): p is Coded => p !== undefined && weak.has(p.id));
  const fragile = weakPositions.length > 0 && (strong.kind !== shown.kind || strong.gap !== shown.gap);
  return { relation: shown, withoutWeak: strong, fragile, weakPositions };
}
