import type { IssueShape, PositionIndex } from "./analysis";
import type { Stance } from "./documents";
import { judgeStance, type Verdict } from "./ledger";

/*
 * "Build a deal" (the classroom task): a package is one option picked on each of some issues. Each
 * pick is judged against each side's acceptable range on the date, by the ledger's own rule for a
 * text (lib/ledger.ts), so a class's package and a real text are measured alike. Pure.
 */

/** A package: the option picked on each issue that has a pick, by issue id. */
export type Package = ReadonlyMap<string, number>;

export type PickVerdict = { issue: string; option: number; a: Verdict; b: Verdict };

export type DealResult = {
  date: string;
  rows: PickVerdict[];
  /** Per side: picks within its range, picks judged (where it has a position), and the picks that block it (outside its range), in the issues' order. */
  a: SideTally;
  b: SideTally;
  /** Every pick judged by both sides and within both ranges, and at least one pick. */
  passes: boolean;
};

export type SideTally = { within: number; judged: number; blockers: string[] };

const judgePick = (index: PositionIndex, issue: IssueShape, option: number, side: string, date: string): Verdict =>
  judgeStance(index, issue, { placement: { ideal: option, acceptable: [option, option] }, conflicting: false, date }, side);

function tally(rows: readonly PickVerdict[], side: "a" | "b"): SideTally {
  const judged = rows.filter((row) => row[side].kind === "within" || row[side].kind === "crosses");
  return { within: judged.filter((row) => row[side].kind === "within").length, judged: judged.length, blockers: judged.filter((row) => row[side].kind === "crosses").map((row) => row.issue) };
}

/** Every pick of the package judged against both sides' ranges on `date`, issues in the order given. */
export function judgeDeal(index: PositionIndex, issues: readonly IssueShape[], pkg: Package, a: string, b: string, date: string): DealResult {
  const rows = issues.flatMap((issue) => {
    const option = pkg.get(issue.id);
    return option === undefined ? [] : [{ issue: issue.id, option, a: judgePick(index, issue, option, a, date), b: judgePick(index, issue, option, b, date) }];
  });
  const ta = tally(rows, "a");
  const tb = tally(rows, "b");
  return { date, rows, a: ta, b: tb, passes: rows.length > 0 && ta.blockers.length === 0 && tb.blockers.length === 0 && ta.judged === rows.length && tb.judged === rows.length };
}

/** A real text as a package: the options it names (its judged range when its clauses leave several open), judged on its own date. */
export type TextPackage = { document: string; date: string; picks: { issue: string; stance: Pick<Stance, "placement" | "conflicting"> }[] };

export function toTextPackages(stances: readonly Stance[]): TextPackage[] {
  const byDocument = new Map<string, TextPackage>();
  for (const s of stances) {
    const entry = byDocument.get(s.document) ?? { document: s.document, date: s.date, picks: [] };
    entry.picks.push({ issue: s.issue, stance: { placement: s.placement, conflicting: s.conflicting } });
    byDocument.set(s.document, entry);
  }
  return [...byDocument.values()];
}

/** A text judged as a package against both sides on its own date, on the issues given (the class's, or all it places). */
export type TextVerdict = { document: string; date: string; rows: { issue: string; a: Verdict; b: Verdict }[]; a: SideTally; b: SideTally; passes: boolean };

export function judgeText(index: PositionIndex, issues: readonly IssueShape[], text: TextPackage, a: string, b: string, only?: ReadonlySet<string>): TextVerdict {
  const byId = new Map(issues.map((issue) => [issue.id, issue]));
  const rows = text.picks
    .filter((pick) => byId.has(pick.issue) && (!only || only.has(pick.issue)))
    .map((pick) => {
      const issue = byId.get(pick.issue)!;
      const stance = { ...pick.stance, date: text.date };
      return { issue: pick.issue, option: -1, a: judgeStance(index, issue, stance, a), b: judgeStance(index, issue, stance, b) };
    });
  const ta = tally(rows, "a");
  const tb = tally(rows, "b");
  return {
    document: text.document,
    date: text.date,
    rows: rows.map(({ issue, a: va, b: vb }) => ({ issue, a: va, b: vb })),
    a: ta,
    b: tb,
    passes: rows.length > 0 && ta.blockers.length === 0 && tb.blockers.length === 0 && ta.judged === rows.length && tb.judged === rows.length,
  };
}
