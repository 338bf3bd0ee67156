import { compareCodings, type AgreementFigures } from "../agreement";
import type { IssueShape } from "../analysis";
import type { Issue, ReliabilityData } from "../schema";

/*
 * The reliability table of /methodology/: agreement of the two independent codings before any
 * settlement, per issue and overall, and the same figures within each actor. The pooled figures
 * run high partly because Russia and Ukraine sit at opposite ends of every spectrum, which any two
 * coders see; the within-actor rows take that spread away and are the stricter test. Pure.
 */

export type ReliabilityRow = AgreementFigures & { issue?: Pick<Issue, "id" | "title">; label: string; positionsA: number; positionsB: number };

export type ReliabilityTable = {
  rows: ReliabilityRow[];
  overall: ReliabilityRow;
  /** The same figures within one actor at a time: how well the coders agree on where that side stood. */
  withinActor: ReliabilityRow[];
  /** The issues with the lowest exact agreement of ideals, worst first. */
  lowest: ReliabilityRow[];
};

export function toReliabilityTable(
  data: Pick<ReliabilityData, "codingA" | "codingB" | "reliability">,
  issues: readonly (IssueShape & Pick<Issue, "title">)[],
  actorNames: ReadonlyMap<string, string>,
  end: string,
): ReliabilityTable {
  const actors = data.reliability.actors;
  const pair: [string, string] = [actors[0]!, actors[1] ?? actors[0]!];
  const count = (coding: readonly { actor: string; issue: string }[], issue?: string, actor?: string) =>
    coding.filter((p) => actors.includes(p.actor) && (!issue || p.issue === issue) && (!actor || p.actor === actor)).length;
  const pooled = compareCodings({ a: data.codingA, b: data.codingB, issues, actors, pair, end });
  const rows = pooled.perIssue.map((figures, i): ReliabilityRow => {
    const issue = issues[i]!;
    return { ...figures, issue: { id: issue.id, title: issue.title }, label: issue.title, positionsA: count(data.codingA, issue.id), positionsB: count(data.codingB, issue.id) };
  });
  const overall: ReliabilityRow = { ...pooled.overall, label: "All issues", positionsA: count(data.codingA), positionsB: count(data.codingB) };
  const withinActor = actors.map((actor): ReliabilityRow => {
    const { overall: figures } = compareCodings({ a: data.codingA, b: data.codingB, issues, actors: [actor], pair, end });
    return { ...figures, label: `${actorNames.get(actor) ?? actor} only`, positionsA: count(data.codingA, undefined, actor), positionsB: count(data.codingB, undefined, actor) };
  });
  const lowest = rows
    .filter((row) => row.exact !== null)
    .sort((x, y) => x.exact! - y.exact! || (x.alphaIdeal ?? 1) - (y.alphaIdeal ?? 1))
    .slice(0, 3);
  return { rows, overall, withinActor, lowest };
}
