import { findPosition, indexPositions, toRelation, type Coded, type IssueShape, type PositionIndex, type RelationKind } from "./analysis";

/*
 * Inter-coder agreement: how closely two independent codings of the same statements agree, and
 * where they part enough that a third reader must settle it. Pure, like lib/analysis.ts: no fs,
 * no next/*, no clock, so a script, a test or the browser can run it on any two position files.
 */

export type MeasurementLevel = "nominal" | "ordinal" | "interval";

/**
 * Krippendorff's alpha for any number of coders, missing values allowed (null), by the
 * coincidence-matrix method of Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability".
 * `units[u]` holds the values the coders gave unit u; a unit with fewer than two values is dropped,
 * as it has nothing to pair. Ordinal distances use the marginals of the values actually observed,
 * as the paper defines them, so unused options between two values add nothing to their distance.
 *
 * Null when there is no pairable unit, or when the expected disagreement is 0: with no variation at
 * all (every value the same) agreement cannot be told from chance and alpha is undefined.
 */
export function krippendorffAlpha(units: readonly (readonly (number | null)[])[], level: MeasurementLevel): number | null {
  const pairable = units.map((unit) => unit.filter((value): value is number => value !== null)).filter((unit) => unit.length >= 2);
  if (pairable.length === 0) return null;

  const values = [...new Set(pairable.flat())].sort((x, y) => x - y);
  const rank = new Map(values.map((value, i) => [value, i]));
  const size = values.length;
  const coincidences = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  for (const unit of pairable) {
    // counts per value, so a unit costs (distinct values)² rather than (coders)² pair visits
    const counts = new Map<number, number>();
    for (const value of unit) {
      const r = rank.get(value)!;
      counts.set(r, (counts.get(r) ?? 0) + 1);
    }
    const weight = 1 / (unit.length - 1);
    for (const [c, nc] of counts) {
      for (const [k, nk] of counts) coincidences[c]![k]! += (c === k ? nc * (nc - 1) : nc * nk) * weight;
    }
  }

  const marginals = coincidences.map((row) => row.reduce((sum, o) => sum + o, 0));
  const n = marginals.reduce((sum, nc) => sum + nc, 0);
  // cumulative[i] = Σ of the marginals below rank i: the ordinal metric sums marginals over a span of ranks
  const cumulative = [0];
  for (const nc of marginals) cumulative.push(cumulative[cumulative.length - 1]! + nc);

  const squaredDistance = (c: number, k: number): number => {
    if (c === k) return 0;
    if (level === "nominal") return 1;
    if (level === "interval") return (values[c]! - values[k]!) ** 2;
    const [low, high] = c < k ? [c, k] : [k, c];
    return (cumulative[high + 1]! - cumulative[low]! - (marginals[low]! + marginals[high]!) / 2) ** 2;
  };

  let observed = 0;
  let expected = 0;
  for (let c = 0; c < size; c++) {
    for (let k = 0; k < size; k++) {
      const d = squaredDistance(c, k);
      observed += coincidences[c]![k]! * d;
      expected += marginals[c]! * marginals[k]! * d;
    }
  }
  return expected === 0 ? null : 1 - ((n - 1) * observed) / expected;
}

/** A position as a disagreement shows it: enough for a third reader to find it and see both readings. */
export type CodedValues = Pick<Coded, "id" | "ideal" | "acceptable">;

/** A relation's kind for agreement purposes: "agreement" (same ideal) counts as overlap, since the ideals are compared on their own. */
export type ComparedRelationKind = Exclude<RelationKind, "agreement">;

/** One coding's relation between the pair on a date, with the two positions it rests on (in pair order). */
export type RelationReading = { kind: ComparedRelationKind; positions: [CodedValues | null, CodedValues | null] };

export type Disagreement =
  | { type: "position"; issue: string; actor: string; date: string; a: CodedValues; b: CodedValues }
  | { type: "relation"; issue: string; actor: "relation"; date: string; a: RelationReading; b: RelationReading };

export type AgreementFigures = {
  /** Units (issue, actor, date) on which both codings have a position. */
  units: number;
  /** Units on which only coding B has a position (A has none). */
  missingA: number;
  /** Units on which only coding A has a position (B has none). */
  missingB: number;
  /** Share of paired units with the same ideal; null when there are none. */
  exact: number | null;
  /** Share of paired units whose ideals are at most one option apart; null when there are none. */
  withinOne: number | null;
  /** Ordinal Krippendorff alpha on the ideals, the acceptable lows and the acceptable highs of the paired units. */
  alphaIdeal: number | null;
  alphaLow: number | null;
  alphaHigh: number | null;
  /** Share of comparison dates on which the pair's relation has the same kind in both codings; null when there are no dates. */
  sameRelation: number | null;
  /** What a third reader must settle: positions more than one option apart, and dates where the relation differs. */
  disagreements: Disagreement[];
};

export type IssueAgreement = AgreementFigures & {
  issue: string;
  /** Every date on or before `end` on which a position of one of the actors begins in either coding, oldest first. */
  dates: string[];
};

export type CodingComparison = { perIssue: IssueAgreement[]; overall: AgreementFigures };

// One option is the coding's resolution: neighbouring options often differ only in how a hedge is
// read, which the figures report; a wider gap is a different reading of the statement.
const TOLERANCE = 1;

type Pair = { a: Coded; b: Coded };
type Tally = { pairs: Pair[]; missingA: number; missingB: number; sameRelation: boolean[]; disagreements: Disagreement[] };

const share = (count: number, total: number) => (total > 0 ? count / total : null);
const toValues = (p: Coded): CodedValues => ({ id: p.id, ideal: p.ideal, acceptable: [p.acceptable[0], p.acceptable[1]] });
const apart = (pair: Pair) =>
  Math.abs(pair.a.ideal - pair.b.ideal) > TOLERANCE ||
  Math.abs(pair.a.acceptable[0] - pair.b.acceptable[0]) > TOLERANCE ||
  Math.abs(pair.a.acceptable[1] - pair.b.acceptable[1]) > TOLERANCE;

function toFigures(tally: Tally): AgreementFigures {
  const { pairs } = tally;
  const alpha = (value: (p: Coded) => number) => krippendorffAlpha(pairs.map(({ a, b }) => [value(a), value(b)]), "ordinal");
  return {
    units: pairs.length,
    missingA: tally.missingA,
    missingB: tally.missingB,
    exact: share(pairs.filter(({ a, b }) => a.ideal === b.ideal).length, pairs.length),
    withinOne: share(pairs.filter(({ a, b }) => Math.abs(a.ideal - b.ideal) <= TOLERANCE).length, pairs.length),
    alphaIdeal: alpha((p) => p.ideal),
    alphaLow: alpha((p) => p.acceptable[0]),
    alphaHigh: alpha((p) => p.acceptable[1]),
    sameRelation: share(tally.sameRelation.filter(Boolean).length, tally.sameRelation.length),
    disagreements: tally.disagreements,
  };
}

function readRelation(index: PositionIndex, issue: IssueShape, pair: readonly [string, string], date: string): RelationReading {
  const first = findPosition(index, pair[0], issue.id, date);
  const second = findPosition(index, pair[1], issue.id, date);
  const { kind } = toRelation(issue.id, issue.spectrum.length, first, second);
  return { kind: kind === "agreement" ? "overlap" : kind, positions: [first ? toValues(first) : null, second ? toValues(second) : null] };
}

/**
 * Two codings of the same statements compared issue by issue and overall. Each issue is compared
 * on every date on which a position of one of `actors` begins in either coding (up to `end`), with
 * the site's own rules: the position in force is the latest with validFrom ≤ date (findPosition),
 * and the relation of `pair` is toRelation's.
 */
export function compareCodings(args: {
  a: readonly Coded[];
  b: readonly Coded[];
  issues: readonly IssueShape[];
  actors: readonly string[];
  pair: readonly [string, string];
  end: string;
}): CodingComparison {
  const { issues, actors, pair, end } = args;
  const indexA = indexPositions(args.a);
  const indexB = indexPositions(args.b);
  const wanted = new Set(actors);

  const perIssue: IssueAgreement[] = [];
  const tallies: Tally[] = [];
  for (const issue of issues) {
    const dates = [
      ...new Set(
        [...args.a, ...args.b].filter((p) => p.issue === issue.id && wanted.has(p.actor) && p.validFrom <= end).map((p) => p.validFrom),
      ),
    ].sort();
    const tally: Tally = { pairs: [], missingA: 0, missingB: 0, sameRelation: [], disagreements: [] };
    for (const date of dates) {
      for (const actor of actors) {
        const a = findPosition(indexA, actor, issue.id, date);
        const b = findPosition(indexB, actor, issue.id, date);
        if (!a && !b) continue;
        if (!a) tally.missingA += 1;
        else if (!b) tally.missingB += 1;
        else {
          tally.pairs.push({ a, b });
          if (apart({ a, b })) tally.disagreements.push({ type: "position", issue: issue.id, actor, date, a: toValues(a), b: toValues(b) });
        }
      }
      const a = readRelation(indexA, issue, pair, date);
      const b = readRelation(indexB, issue, pair, date);
      tally.sameRelation.push(a.kind === b.kind);
      if (a.kind !== b.kind) tally.disagreements.push({ type: "relation", issue: issue.id, actor: "relation", date, a, b });
    }
    tallies.push(tally);
    perIssue.push({ issue: issue.id, dates, ...toFigures(tally) });
  }

  // Overall pools every issue's units into one alpha rather than averaging the issues' alphas:
  // every spectrum is coded in option steps (0 … n−1, Ukraine's pole first), so a value on one issue
  // is comparable with a value on another, and pooling keeps a small issue from weighing as much as a
  // large one. The ordinal metric then ranks values across issues, which that shared scale justifies.
  const overall = toFigures({
    pairs: tallies.flatMap((t) => t.pairs),
    missingA: tallies.reduce((sum, t) => sum + t.missingA, 0),
    missingB: tallies.reduce((sum, t) => sum + t.missingB, 0),
    sameRelation: tallies.flatMap((t) => t.sameRelation),
    disagreements: tallies.flatMap((t) => t.disagreements),
  });
  return { perIssue, overall };
}
