import type { Strength } from "./evidence";
import type { Actor, Issue, Position, Statement } from "./schema";

/*
 * The coverage matrix: for every actor and issue, what the data knows — from which day the actor is
 * coded on the issue, how many of its statements bear on it, how many positions, and how many of
 * those rest on weak evidence. A cell with no position is a finding of its own ("no stated
 * position"), not a gap in the table: it says where every comparison with that actor is "not yet
 * known". Pure, so the page and the tests read the same figures.
 */

/**
 * How strong each position's evidence is, supplied by the caller so that the matrix does not fix the
 * rule: a function of the position id, or a map from it. A map without an id counts that position as
 * moderate, as lib/evidence.ts does for a position whose statements it cannot see.
 */
export type StrengthOf = ((positionId: string) => Strength) | ReadonlyMap<string, Strength>;

export type CoverageInput = {
  actors: readonly Pick<Actor, "id">[];
  issues: readonly Pick<Issue, "id">[];
  positions: readonly Pick<Position, "id" | "actor" | "issue" | "validFrom">[];
  statements: readonly Pick<Statement, "actor" | "issues">[];
  strengthOf: StrengthOf;
};

type CellBase = {
  actor: string;
  issue: string;
  /** The actor's statements whose issues include this one. */
  statements: number;
};

/** An actor coded on an issue. */
export type CodedCell = CellBase & {
  kind: "coded";
  /** The validFrom of the actor's first position on the issue. */
  firstCoded: string;
  positions: number;
  /** Positions whose evidence is weak. */
  weak: number;
  /** weak ÷ positions, 0..1. */
  weakShare: number;
};

/** No position of the actor on the issue: every comparison with it there is "not yet known". */
export type NoPositionCell = CellBase & { kind: "no-position" };

export type CoverageCell = CodedCell | NoPositionCell;

/** One actor across the issues, in the order of the issues given. */
export type CoverageRow = {
  actor: string;
  cells: CoverageCell[];
  /** Issues with at least one position of the actor. */
  issuesCoded: number;
  positions: number;
  statements: number;
};

/** One issue across the actors. */
export type CoverageColumn = {
  issue: string;
  /** Actors with at least one position on the issue. */
  actorsCoded: number;
  positions: number;
};

export type Coverage = {
  rows: CoverageRow[];
  columns: CoverageColumn[];
  /** Actors × issues. */
  cells: number;
  /** Cells with no stated position. */
  noPosition: number;
  /** Of those, the cells where the actor has statements on the issue that were not coded as a position. */
  noPositionWithStatements: number;
  /** The most positions in any one cell (0 when nothing is coded), for a shading scale. */
  maxPositions: number;
};

const strengthReader = (strengthOf: StrengthOf) =>
  typeof strengthOf === "function" ? strengthOf : (id: string): Strength => strengthOf.get(id) ?? "moderate";

const key = (actor: string, issue: string) => `${actor}\u0000${issue}`;

/** The matrix, rows in the order of `actors` and columns in the order of `issues`; records of other actors or issues are left out. */
export function coverage({ actors, issues, positions, statements, strengthOf }: CoverageInput): Coverage {
  const strength = strengthReader(strengthOf);
  const coded = new Map<string, { first: string; positions: number; weak: number }>();
  for (const p of positions) {
    const k = key(p.actor, p.issue);
    const cell = coded.get(k) ?? { first: p.validFrom, positions: 0, weak: 0 };
    cell.first = p.validFrom < cell.first ? p.validFrom : cell.first;
    cell.positions += 1;
    if (strength(p.id) === "weak") cell.weak += 1;
    coded.set(k, cell);
  }
  const said = new Map<string, number>();
  for (const s of statements) for (const issue of new Set(s.issues)) said.set(key(s.actor, issue), (said.get(key(s.actor, issue)) ?? 0) + 1);

  const rows = actors.map(({ id: actor }): CoverageRow => {
    const cells = issues.map(({ id: issue }): CoverageCell => {
      const statementCount = said.get(key(actor, issue)) ?? 0;
      const found = coded.get(key(actor, issue));
      return found
        ? { kind: "coded", actor, issue, statements: statementCount, firstCoded: found.first, positions: found.positions, weak: found.weak, weakShare: found.weak / found.positions }
        : { kind: "no-position", actor, issue, statements: statementCount };
    });
    return {
      actor,
      cells,
      issuesCoded: cells.filter((c) => c.kind === "coded").length,
      positions: sum(cells.map(positionsIn)),
      statements: sum(cells.map((c) => c.statements)),
    };
  });
  const columns = issues.map(({ id: issue }, i): CoverageColumn => {
    const cells = rows.map((row) => row.cells[i]!);
    return { issue, actorsCoded: cells.filter((c) => c.kind === "coded").length, positions: sum(cells.map(positionsIn)) };
  });
  const all = rows.flatMap((row) => row.cells);
  const empty = all.filter((c) => c.kind === "no-position");
  return {
    rows,
    columns,
    cells: all.length,
    noPosition: empty.length,
    noPositionWithStatements: empty.filter((c) => c.statements > 0).length,
    maxPositions: Math.max(0, ...all.map(positionsIn)),
  };
}

const sum = (xs: readonly number[]) => xs.reduce((total, x) => total + x, 0);
const positionsIn = (cell: CoverageCell) => (cell.kind === "coded" ? cell.positions : 0);

/** The cells with no stated position, row by row. */
export const noPositionCells = (matrix: Pick<Coverage, "rows">): NoPositionCell[] =>
  matrix.rows.flatMap((row) => row.cells.filter((c): c is NoPositionCell => c.kind === "no-position"));
