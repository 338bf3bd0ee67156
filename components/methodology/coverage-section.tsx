import Link from "next/link";
import { ActorKey } from "@/components/ui/actor-mark";
import type { Coverage, CoverageCell } from "@/lib/coverage";
import type { Issue } from "@/lib/schema";
import { cellLines, COVERAGE_STEPS, coverageStep, NO_POSITION, type CoverageStep } from "@/lib/view/coverage";
import { formatNumber } from "@/lib/view/format";
import { messages } from "@/lib/view/messages";
import type { ActorView } from "@/lib/view/view-model";

/*
 * The coverage matrix on /methodology/: actors by issues, what the data knows in each cell. The
 * table is the matrix and carries every figure; the small grid above it is only a picture of the
 * same counts, hidden from screen readers, so that the shape (who is coded where) reads at a glance
 * without scrolling the wide table. Server-rendered, no script.
 */

const link = "text-blue-800 underline";

/** Lighter is fewer positions; a cell with none is white, dashed and marked with a dash, so it never rests on shade alone. */
const STEP_CLASS: Record<CoverageStep, string> = {
  0: "border border-dashed border-gray-500 bg-white text-gray-700",
  1: "bg-gray-200",
  2: "bg-gray-400",
  3: "bg-gray-600",
  4: "bg-gray-900",
};

function Swatch({ step }: { step: CoverageStep }) {
  return (
    <span className={`flex size-4 shrink-0 items-center justify-center text-[10px] leading-none ${STEP_CLASS[step]}`}>{step === 0 ? "–" : null}</span>
  );
}

function Glance({ matrix, actors }: { matrix: Coverage; actors: readonly ActorView[] }) {
  const issues = matrix.columns.length;
  return (
    <figure aria-hidden="true" className="w-fit max-w-full space-y-2 rounded-lg border border-gray-200 bg-white p-3">
      <figcaption className="text-sm font-semibold">At a glance: positions per cell (columns numbered as in the table)</figcaption>
      <div className="grid w-fit gap-0.5 text-xs text-gray-700" style={{ gridTemplateColumns: `max-content repeat(${issues}, minmax(0.75rem, 1rem))` }}>
        <span />
        {matrix.columns.map((column, i) => (
          <span key={column.issue} className="text-center text-[10px] tabular-nums">
            {i + 1}
          </span>
        ))}
        {matrix.rows.map((row, r) => (
          <div key={row.actor} className="contents">
            <span className="pr-2">{actors[r]?.shortName ?? row.actor}</span>
            {row.cells.map((cell) => (
              <span key={cell.issue} className={`flex aspect-square items-center justify-center text-[10px] leading-none ${STEP_CLASS[coverageStep(cell)]}`}>
                {cell.kind === "no-position" ? "–" : null}
              </span>
            ))}
          </div>
        ))}
      </div>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-gray-700">
        {COVERAGE_STEPS.map((step, i) => (
          <li key={step.label} className="flex items-center gap-1.5">
            <Swatch step={i as CoverageStep} />
            {step.label}
          </li>
        ))}
      </ul>
    </figure>
  );
}

function Cell({ cell }: { cell: CoverageCell }) {
  const lines = cellLines(cell);
  if (lines.kind === "no-position")
    return (
      <td className="border border-dashed border-gray-500 bg-gray-50 p-2 align-top text-gray-700" data-cell="no-position">
        <span className="block font-semibold text-gray-900">
          <span aria-hidden="true">– </span>
          {lines.finding}
        </span>
        <span className="block italic">{lines.why}</span>
      </td>
    );
  return (
    <td className="border border-gray-200 p-2 align-top tabular-nums" data-cell="coded">
      <span className="block font-semibold">{lines.from}</span>
      <span className="block">{lines.positions}</span>
      <span className="block">{lines.statements}</span>
      <span className="block">{lines.weak}</span>
    </td>
  );
}

export function CoverageSection({ matrix, actors, issues, sentence, sourcing }: {
  matrix: Coverage;
  /** The actors in the order of the matrix's rows. */
  actors: readonly ActorView[];
  /** The issues in the order of the matrix's columns. */
  issues: readonly Pick<Issue, "id" | "title">[];
  /** The matrix in one sentence (lib/view/coverage.ts). */
  sentence: string;
  /** How many statements there are, and how many do not yet say how their source knows. */
  sourcing: { statements: number; undetermined: number };
}) {
  const sticky = "sticky left-0 z-10 border border-gray-200 bg-white p-2 text-left align-top";
  return (
    <section aria-labelledby="coverage" className="space-y-4">
      <h2 id="coverage" className="scroll-mt-4 text-2xl font-semibold">
        Coverage: what is known, actor by actor
      </h2>
      <div className="max-w-3xl space-y-3 text-gray-800">
        <p>{sentence}</p>
        <p>
          Each cell of the matrix is one actor on one issue: the day from which the actor is first coded there, how many positions it has there, how many
          of its statements bear on the issue, and the share of those positions whose evidence is <em>weak</em>: every statement it rests on is graded low
          confidence, or every one is known only second-hand (reported, from anonymous officials, or leaked). A strong position rests on at least one
          high-confidence statement on the record; any other is moderate.{" "}
          {sourcing.undetermined * 2 > sourcing.statements ? (
            <>
              {formatNumber(sourcing.undetermined)} of the {formatNumber(sourcing.statements)} statements do not yet say how their source knows, so for now
              weakness rests mostly on the confidence grades.
            </>
          ) : sourcing.undetermined > 0 ? (
            <>
              {formatNumber(sourcing.undetermined)} of the {formatNumber(sourcing.statements)} statements do not say how their source knows; for them only the
              confidence grade counts.
            </>
          ) : null}
        </p>
        <p>
          <strong>{NO_POSITION}</strong> is a finding, not a blank: Parley has no coding of that actor on that issue, so every comparison with it there reads
          “{messages.relation.unknown}”. In {formatNumber(matrix.noPositionWithStatements)} of the {formatNumber(matrix.noPosition)} such cells the actor has statements on
          the issue that Parley has not coded as a position (they are on the <Link href="/statements/" className={link}>Statements</Link> page); in the
          others none of its statements on the issue is in the data, which says what the research found, not that the actor never spoke.
        </p>
      </div>

      <Glance matrix={matrix} actors={actors} />

      {/* the table's name sits outside the scrolling box, where a phone shows all of it; a caption would run as wide as the table */}
      <div className="space-y-2">
        <p id="coverage-table" className="text-sm font-semibold">
          What is coded, actor by issue: first day coded, positions, statements and the share of weak positions
        </p>
        <div role="region" aria-label="Coverage matrix, actors by issues (scrolls sideways)" tabIndex={0} className="relative overflow-x-auto rounded-lg border border-gray-200 bg-white">
          <table aria-labelledby="coverage-table" className="border-collapse text-left text-xs">
            <thead>
              <tr className="align-bottom">
                <th scope="col" className={sticky}>
                  Actor
                </th>
                {issues.map((issue, i) => (
                  <th key={issue.id} scope="col" className="min-w-28 border border-gray-200 p-2 font-semibold">
                    <span aria-hidden="true" className="block font-normal text-gray-700 tabular-nums">
                      {i + 1}
                    </span>
                    <Link href={`/issues/${issue.id}/`} className={link}>
                      {issue.title}
                    </Link>
                  </th>
                ))}
                <th scope="col" className="min-w-24 border border-gray-200 p-2 font-semibold">
                  Issues coded
                </th>
              </tr>
            </thead>
            <tbody>
              {matrix.rows.map((row, r) => (
                <tr key={row.actor}>
                  <th scope="row" className={`${sticky} min-w-32 font-medium`}>
                    {actors[r] ? <ActorKey actor={actors[r]} /> : row.actor}
                  </th>
                  {row.cells.map((cell) => (
                    <Cell key={cell.issue} cell={cell} />
                  ))}
                  <td className="border border-gray-200 p-2 align-top font-semibold tabular-nums">
                    {formatNumber(row.issuesCoded)} of {formatNumber(issues.length)}
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" className={sticky}>
                  Actors coded
                </th>
                {matrix.columns.map((column) => (
                  <td key={column.issue} className="border border-gray-200 p-2 align-top font-semibold tabular-nums">
                    {formatNumber(column.actorsCoded)} of {formatNumber(matrix.rows.length)}
                  </td>
                ))}
                <td className="border border-gray-200 p-2 align-top font-semibold tabular-nums">
                  {formatNumber(matrix.cells - matrix.noPosition)} of {formatNumber(matrix.cells)} cells
                </td>
              </tr>
            </tfoot>
          </table>
        </div>
      </div>
    </section>
  );
}
