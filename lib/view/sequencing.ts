import type { SequencingStage } from "../schema";
import { countStages, STAGE_ORDER, type Collision, type SequencingView, type SideSequence } from "../sequencing";
import { formatDate, LOCALE } from "./format";
import { messages } from "./messages";

/*
 * The sequencing view in words: the summary sentence of the whole view, the line of each collision
 * and the rows of the table twin. Pure, so the page, the deck and the tests say the same thing.
 */

type NameOf = (actor: string) => string;
type TitleOf = (issue: string) => string;

const list = new Intl.ListFormat(LOCALE, { style: "long", type: "conjunction" });
const words = messages.sequencing;

/** "Ceasefire: Ukraine wants it before a ceasefire; Russia leaves it to the settlement." */
export function describeCollision(collision: Collision, nameOf: NameOf, titleOf: TitleOf): string {
  const { first, last } = collision;
  return `${titleOf(collision.issue)}: ${nameOf(first.actor)} wants it met ${words.phrase[first.stage]}; ${nameOf(last.actor)} puts it ${words.phrase[last.stage]}.`;
}

/** What a side wants first: its issues at the earliest stage it states, or that it states none. */
function firstOf(side: SideSequence, nameOf: NameOf, titleOf: TitleOf): string {
  if (!side.tagged) return words.untagged(nameOf(side.actor));
  const stated = side.steps.filter((step) => step.stage !== "unknown");
  const earliest = stated[0]?.stage;
  if (!earliest) return `${nameOf(side.actor)} has stated no order for its demands.`;
  const first = stated.filter((step) => step.stage === earliest).map((step) => titleOf(step.issue));
  return `${nameOf(side.actor)} wants ${list.format(first)} met first (${words.phrase[earliest]}).`;
}

/** The view's summary sentence: the date, what each side wants first, and the collisions. */
export function describeSequencing(view: SequencingView, nameOf: NameOf, titleOf: TitleOf): string {
  const collisions =
    view.collisions.length === 0
      ? "Their orders do not collide on any issue."
      : `Their orders collide on ${view.collisions.length === 1 ? "one issue" : `${view.collisions.length} issues`}: ${list.format(view.collisions.map((c) => titleOf(c.issue)))}.`;
  return `On ${formatDate(view.date)}: ${firstOf(view.a, nameOf, titleOf)} ${firstOf(view.b, nameOf, titleOf)} ${collisions}`;
}

/** How many of a side's coded issues sit at each stage, in words: "2 before talks, 5 in the settlement, 3 not stated". */
export function describeStageCounts(side: SideSequence): string {
  const counts = countStages(side);
  const parts = STAGE_ORDER.filter((stage) => counts[stage] > 0).map((stage) => `${counts[stage]} ${stage === "unknown" ? "not stated" : words.phrase[stage]}`);
  return parts.length > 0 ? list.format(parts) : "no coded positions";
}

/** One row of the table twin: an issue, each side's stage, and whether they collide. */
export type SequencingRow = { issue: string; a: SequencingStage | undefined; b: SequencingStage | undefined; collision: boolean };

/** The table twin's rows, in the issues' order: every issue either side has a position on. */
export function toSequencingRows(view: SequencingView, issues: readonly string[]): SequencingRow[] {
  const stageOf = (side: SideSequence) => new Map(side.steps.map((step) => [step.issue, step.stage]));
  const a = stageOf(view.a);
  const b = stageOf(view.b);
  const collided = new Set(view.collisions.map((c) => c.issue));
  return issues.filter((issue) => a.has(issue) || b.has(issue)).map((issue) => ({ issue, a: a.get(issue), b: b.get(issue), collision: collided.has(issue) }));
}

/** A stage's label, or "No position" when the side has none on the issue. */
export const stageLabel = (stage: SequencingStage | undefined) => (stage ? words.stage[stage] : "No position");
