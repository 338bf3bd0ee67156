import { findPosition, type Coded, type PositionIndex } from "./analysis";
import type { SequencingStage } from "./schema";

/*
 * What each side wants first (docs/coding.md §6): the stage by which each actor wants its demand on
 * every issue met, in the order talks would run, and the issues where the two orders collide: one
 * side's precondition is, for the other, a term of the settlement or of what follows it. Pure, like
 * lib/analysis.ts, so the page, the deck and the tests read the same answer.
 */

/** The stages in the order talks would run; unknown last, outside the order. */
export const STAGE_ORDER: readonly SequencingStage[] = ["before-talks", "before-ceasefire", "in-settlement", "after-settlement", "unknown"];

/** A stage that must be met before the settlement is negotiated to its end. */
export const isPrecondition = (stage: SequencingStage) => stage === "before-talks" || stage === "before-ceasefire";
/** A stage that leaves the demand to the settlement or to what comes after it. */
export const isFinalStatus = (stage: SequencingStage) => stage === "in-settlement" || stage === "after-settlement";

/** One side's demand on one issue, with when it must be met. */
export type SequenceStep = {
  issue: string;
  /** The position in force on the date; absent when the actor has none on the issue. */
  position?: Coded;
  stage: SequencingStage;
  /** The statements that state the order (none when the stage is unknown). */
  evidence: readonly string[];
  rationale?: string;
};

/** One issue where one side's first step is the other's final term. */
export type Collision = {
  issue: string;
  /** The actor for whom the issue is a precondition, and its stage. */
  first: { actor: string; stage: SequencingStage };
  /** The actor for whom the issue belongs to the settlement or after it, and its stage. */
  last: { actor: string; stage: SequencingStage };
};

export type SideSequence = {
  actor: string;
  /** Every issue the actor has a position on at the date, stated stages in order, then unknown ones; within a stage the more salient first. */
  steps: SequenceStep[];
  /** Issues the actor has no position on at the date. */
  uncoded: string[];
  /** Whether any of the actor's positions carries a stage at all (Parley tags only the parties'). */
  tagged: boolean;
};

export type SequencingView = { date: string; a: SideSequence; b: SideSequence; collisions: Collision[] };

const rank = (stage: SequencingStage) => STAGE_ORDER.indexOf(stage);

function sideSequence(index: PositionIndex, issues: readonly string[], actor: string, date: string): SideSequence {
  const steps: SequenceStep[] = [];
  const uncoded: string[] = [];
  const byIssue = index.get(actor);
  const tagged = [...(byIssue?.values() ?? [])].some((group) => group.some((p) => p.sequencing));
  issues.forEach((issue) => {
    const position = findPosition(index, actor, issue, date);
    if (!position) uncoded.push(issue);
    else
      steps.push({
        issue,
        position,
        stage: position.sequencing?.stage ?? "unknown",
        evidence: position.sequencing?.evidence ?? [],
        rationale: position.sequencing?.rationale,
      });
  });
  const order = new Map(issues.map((issue, i) => [issue, i]));
  steps.sort((x, y) => rank(x.stage) - rank(y.stage) || (y.position?.salience ?? 0) - (x.position?.salience ?? 0) || order.get(x.issue)! - order.get(y.issue)!);
  return { actor, steps, uncoded, tagged };
}

/** The collision on an issue between two sides' stages, if one side's precondition is the other's final term. */
export function collide(issue: string, a: { actor: string; stage: SequencingStage }, b: { actor: string; stage: SequencingStage }): Collision | undefined {
  if (isPrecondition(a.stage) && isFinalStatus(b.stage)) return { issue, first: a, last: b };
  if (isPrecondition(b.stage) && isFinalStatus(a.stage)) return { issue, first: b, last: a };
  return undefined;
}

/** Both sides' orders at `date` on `issues` (in the order given), and where they collide, in that order too. */
export function sequencingView(index: PositionIndex, issues: readonly string[], a: string, b: string, date: string): SequencingView {
  const sideA = sideSequence(index, issues, a, date);
  const sideB = sideSequence(index, issues, b, date);
  const stageOf = (side: SideSequence) => new Map(side.steps.map((step) => [step.issue, step.stage]));
  const stagesA = stageOf(sideA);
  const stagesB = stageOf(sideB);
  const collisions: Collision[] = [];
  for (const issue of issues) {
    const x = stagesA.get(issue);
    const y = stagesB.get(issue);
    if (!x || !y) continue;
    const hit = collide(issue, { actor: a, stage: x }, { actor: b, stage: y });
    if (hit) collisions.push(hit);
  }
  return { date, a: sideA, b: sideB, collisions };
}

/** How many of a side's steps sit at each stage (every stage present, zero included). */
export function countStages(side: SideSequence): Record<SequencingStage, number> {
  const counts = Object.fromEntries(STAGE_ORDER.map((stage) => [stage, 0])) as Record<SequencingStage, number>;
  for (const step of side.steps) counts[step.stage] += 1;
  return counts;
}

/** Agreement between two readings of the stages (nominal): how many positions, how many agree, Cohen's κ. */
export function stageAgreement(pairs: readonly [SequencingStage, SequencingStage][]) {
  const n = pairs.length;
  const agree = pairs.filter(([x, y]) => x === y).length;
  const share = (side: 0 | 1, stage: SequencingStage) => pairs.filter((pair) => pair[side] === stage).length / n;
  const chance = STAGE_ORDER.reduce((sum, stage) => sum + share(0, stage) * share(1, stage), 0);
  const observed = n > 0 ? agree / n : 0;
  return { n, agree, observed, kappa: n > 0 && chance < 1 ? (observed - chance) / (1 - chance) : null };
}
