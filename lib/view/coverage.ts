import type { Coverage, CoverageCell } from "../coverage";
import { formatDate, formatNumber, formatPercent, LOCALE } from "./format";

/*
 * The words and the shading of the coverage matrix on /methodology/: one sentence for the whole
 * matrix, the lines of each cell, and the steps of the compact grid. Pure, so the page and the
 * tests say the same thing.
 */

const list = new Intl.ListFormat(LOCALE, { style: "long", type: "conjunction" });
const plural = (n: number, one: string, many: string) => `${formatNumber(n)} ${n === 1 ? one : many}`;

/** What the finding "no stated position" means, in the words of the cell and of the summary. */
export const NO_POSITION = "No stated position";

/**
 * The matrix in one sentence: the actors grouped by how many issues they are coded on, most first,
 * then how many cells have no stated position. The names go as the data writes them, in a list, so
 * that no article has to be guessed ("United States: 12"), and the order within a group is the data's.
 */
export function coverageSentence(matrix: Pick<Coverage, "rows" | "cells" | "noPosition">, issueCount: number, names: ReadonlyMap<string, string>): string {
  const groups = new Map<number, string[]>();
  for (const row of matrix.rows) groups.set(row.issuesCoded, [...(groups.get(row.issuesCoded) ?? []), names.get(row.actor) ?? row.actor]);
  const counts = [...groups.keys()].sort((x, y) => y - x);
  const howMany = (n: number, first: boolean) => {
    if (n === 0) return "none";
    if (n === issueCount && n > 1) return first ? `coded on all ${plural(n, "issue", "issues")}` : `all ${formatNumber(n)}`;
    return first ? `coded on ${plural(n, "issue", "issues")}` : formatNumber(n);
  };
  const parts = counts.map((n, i) => `${list.format(groups.get(n)!)}: ${howMany(n, i === 0)}`);
  const empty =
    matrix.noPosition === 0
      ? `every one of the ${plural(matrix.cells, "cell", "cells")} has a coded position`
      : `${formatNumber(matrix.noPosition)} of the ${plural(matrix.cells, "cell", "cells")} ${matrix.noPosition === 1 ? "has" : "have"} no stated position`;
  return parts.length === 0 ? `No actors: ${empty}.` : `${parts.join("; ")}. ${empty.charAt(0).toUpperCase()}${empty.slice(1)}.`;
}

/** The lines of one cell: what is coded, or the finding and why. */
export type CellLines = { kind: "coded"; from: string; positions: string; statements: string; weak: string } | { kind: "no-position"; finding: string; why: string };

export function cellLines(cell: CoverageCell): CellLines {
  const statements = plural(cell.statements, "statement", "statements");
  if (cell.kind === "no-position")
    return { kind: "no-position", finding: NO_POSITION, why: cell.statements === 0 ? "no statement in the data" : `${statements}, not coded` };
  return {
    kind: "coded",
    from: `from ${formatDate(cell.firstCoded, "short")}`,
    positions: plural(cell.positions, "position", "positions"),
    statements,
    weak: `${formatPercent(cell.weakShare)} weak`,
  };
}

/** The steps of the compact grid's shading, by positions in a cell: step 0 is "no stated position". */
export const COVERAGE_STEPS = [
  { min: 0, max: 0, label: NO_POSITION },
  { min: 1, max: 1, label: "1 position" },
  { min: 2, max: 3, label: "2–3" },
  { min: 4, max: 6, label: "4–6" },
  { min: 7, max: Infinity, label: "7 or more" },
] as const;

export type CoverageStep = 0 | 1 | 2 | 3 | 4;

/** The shading step of a cell. */
export function coverageStep(cell: CoverageCell): CoverageStep {
  const positions = cell.kind === "coded" ? cell.positions : 0;
  const step = COVERAGE_STEPS.findIndex((s) => positions >= s.min && positions <= s.max);
  return (step < 0 ? 0 : step) as CoverageStep;
}
