import { DEFAULT_PAIR } from "./actors";
import type { Coded, IssueShape, PositionIndex } from "./analysis";
import { placeAgainst, sortByDate, toStances, type Stance } from "./documents";
import type { Document, Placement, Provision, Range } from "./schema";

/*
 * The red-line ledger: every key text against every side's acceptable range on each issue the text
 * places, on the text's own date. A text's place on an issue is the combination of its clauses
 * (lib/documents.ts, toStances); the side's range is its position in force that day (placeAgainst).
 * Pure, like lib/documents.ts: no React, no data loading, no clock.
 *
 * The rules, also printed on /methodology/#ledger (lib/view/ledger.ts says them in words):
 * - the options judged are the one option the text names, when its clauses agree on one; otherwise
 *   (no single option, or clauses that disagree) every option its placement leaves open;
 * - within: every option judged lies inside the side's acceptable range;
 * - crosses n: some option judged lies outside it, n steps beyond its nearest edge at the farthest;
 *   when the text also leaves open an option the side accepts, it crosses only in part (`least` 0);
 * - silent: the text places no clause on the issue (it may mention it without taking a position);
 * - no position: the text places the issue but the side had no coded position on that date.
 */

export type VerdictKind = "within" | "crosses" | "silent" | "no-position";

export type Verdict =
  | { kind: "within"; position: Coded }
  /** `steps`: how far the farthest option judged lies beyond the range; `least`: the nearest (0 when the text also allows an option inside it). */
  | { kind: "crosses"; steps: number; least: number; position: Coded }
  | { kind: "silent" }
  | { kind: "no-position" };

/** The options a placement is judged by: the one it names when its clauses agree, else all it leaves open. */
export function judgedOptions(placement: Placement, conflicting: boolean): Range {
  return placement.ideal !== null && !conflicting ? [placement.ideal, placement.ideal] : placement.acceptable;
}

/** Options judged against a side's acceptable range: within, or how many steps they cross it by. */
export function judgeOptions(options: Range, acceptable: Range): { steps: number; least: number } {
  const [low, high] = acceptable;
  const steps = Math.max(low - options[0], options[1] - high, 0);
  // the nearest judged option's distance: 0 when the options and the range meet
  const least = Math.max(low - options[1], options[0] - high, 0);
  return { steps, least };
}

/** A text's stance on an issue judged against one side's position in force on the text's date. */
export function judgeStance(index: PositionIndex, issue: IssueShape, stance: Pick<Stance, "placement" | "conflicting" | "date">, side: string): Verdict {
  const options = judgedOptions(stance.placement, stance.conflicting);
  const { position } = placeAgainst(index, issue, { ideal: options[0] === options[1] ? options[0] : null, acceptable: options }, side, stance.date);
  if (!position) return { kind: "no-position" };
  const { steps, least } = judgeOptions(options, position.acceptable);
  return steps === 0 ? { kind: "within", position } : { kind: "crosses", steps, least, position };
}

/** One text on one issue: its place, the options judged, the clauses they rest on, and one verdict per side. */
export type LedgerCell = {
  issue: string;
  /** The text's place on the issue; absent when it places no clause there. */
  stance?: Stance;
  judged?: Range;
  /** The placed clauses the verdicts rest on; for a silent text, its clauses on the issue that take no position (often none). */
  provisions: string[];
  /** In the order of the ledger's sides. */
  verdicts: Verdict[];
};

export type LedgerRow = { document: string; date: string; cells: LedgerCell[] };

/** Texts in date order, each with one cell per issue in the order given. */
export type Ledger = { sides: string[]; issues: string[]; rows: LedgerRow[] };

/** Every text against every side on every issue, on the text's own date. */
export function toLedger(
  documents: readonly Document[],
  provisions: readonly Provision[],
  issues: readonly IssueShape[],
  index: PositionIndex,
  sides: readonly string[] = DEFAULT_PAIR,
): Ledger {
  const stances = new Map(toStances(documents, provisions).map((s) => [`${s.document} ${s.issue}`, s]));
  const rows = sortByDate(documents).map((document): LedgerRow => {
    const mine = provisions.filter((p) => p.document === document.id);
    const cells = issues.map((issue): LedgerCell => {
      const stance = stances.get(`${document.id} ${issue.id}`);
      if (!stance) {
        const mentions = mine.filter((p) => p.issue === issue.id).map((p) => p.id);
        return { issue: issue.id, provisions: mentions, verdicts: sides.map(() => ({ kind: "silent" })) };
      }
      return {
        issue: issue.id,
        stance,
        judged: judgedOptions(stance.placement, stance.conflicting),
        provisions: stance.provisions,
        verdicts: sides.map((side) => judgeStance(index, issue, stance, side)),
      };
    });
    return { document: document.id, date: document.date, cells };
  });
  return { sides: [...sides], issues: issues.map((i) => i.id), rows };
}

/** How close a text came to what two sides could live with, on one issue or over all it places. */
export type Closeness = {
  document: string;
  date: string;
  /** Issues on which both sides were judged (within or crosses). */
  judged: number;
  /** Of those, the issues on which the text lay within both sides' ranges. */
  within: number;
  /** Steps crossed, both sides added, over the issues judged. */
  steps: number;
};

/**
 * The score alone: fewer steps per issue judged first (on one issue, 0 steps is within both), then
 * more issues within both, then more issues judged; 0 when two texts tie.
 */
export function compareScore(x: Closeness, y: Closeness): number {
  // steps per issue compared by cross-multiplying, so no rounding decides a tie
  return x.steps * y.judged - y.steps * x.judged || y.within - x.within || y.judged - x.judged;
}

/** The ranking: the score, then the earlier text (texts of one day keep the ledger's order). */
export const compareCloseness = (x: Closeness, y: Closeness): number => compareScore(x, y) || (x.date < y.date ? -1 : x.date > y.date ? 1 : 0);

/** What the ranking reads of a verdict, so a view model's trimmed verdicts rank the same as the ledger's own. */
export type VerdictShape = { kind: VerdictKind; steps?: number };
/** What the ranking reads of a ledger: a Ledger is one, and so is a view's pair of sides over the rows it shows. */
export type LedgerShape = {
  sides: readonly string[];
  issues: readonly string[];
  rows: readonly { document: string; date: string; cells: readonly { verdicts: readonly VerdictShape[] }[] }[];
};

const isJudged = (v: VerdictShape | undefined): v is VerdictShape => v?.kind === "within" || v?.kind === "crosses";
const stepsOf = (v: VerdictShape) => (v.kind === "crosses" ? (v.steps ?? 0) : 0);

export type Closest = {
  a: string;
  b: string;
  /** Every issue in the ledger's order, with the texts judged on it for both sides, closest first. */
  byIssue: { issue: string; ranked: Closeness[] }[];
  /** Every text judged for both sides on at least one issue, closest first. */
  overall: Closeness[];
};

/** The texts that came closest to both sides' ranges, per issue and overall; a text is ranked only where both sides were judged. */
export function closestTexts(ledger: LedgerShape, a: string = ledger.sides[0]!, b: string = ledger.sides[1]!): Closest {
  const ia = ledger.sides.indexOf(a);
  const ib = ledger.sides.indexOf(b);
  if (ia < 0 || ib < 0) throw new Error(`the ledger does not judge ${ia < 0 ? a : b}`);
  // Array.prototype.sort is stable, so texts that tie on score and date keep the ledger's order
  const rank = (list: Closeness[]) => list.sort(compareCloseness);
  const byIssue = ledger.issues.map((issue, k) => {
    const judged = ledger.rows.flatMap((row): Closeness[] => {
      const va = row.cells[k]?.verdicts[ia];
      const vb = row.cells[k]?.verdicts[ib];
      if (!isJudged(va) || !isJudged(vb)) return [];
      const steps = stepsOf(va) + stepsOf(vb);
      return [{ document: row.document, date: row.date, judged: 1, within: steps === 0 ? 1 : 0, steps }];
    });
    return { issue, ranked: rank(judged) };
  });
  const overall = ledger.rows.flatMap((row): Closeness[] => {
    const perIssue = byIssue.flatMap(({ ranked }) => ranked.filter((c) => c.document === row.document));
    if (perIssue.length === 0) return [];
    const within = perIssue.reduce((n, c) => n + c.within, 0);
    const steps = perIssue.reduce((n, c) => n + c.steps, 0);
    return [{ document: row.document, date: row.date, judged: perIssue.length, within, steps }];
  });
  return { a, b, byIssue, overall: rank(overall) };
}

/** The leading texts of a ranking: all those tied with the first. */
export function bestOf(ranked: readonly Closeness[]): Closeness[] {
  const first = ranked[0];
  return first ? ranked.filter((c) => compareScore(c, first) === 0) : [];
}
