import Link from "next/link";
import type { ViewDefaults } from "@/lib/url/view-state";
import { clauseHref } from "@/lib/view/documents";
import { formatDate } from "@/lib/view/format";
import { formatVerdict, isJudgedFor, judgedHref, verdictIn, type LedgerCellView, type LedgerRowView, type LedgerView } from "@/lib/view/ledger";
import { messages } from "@/lib/view/messages";
import type { ActorView } from "@/lib/view/view-model";
import { VerdictMark } from "./verdict";
import { pageMessages } from "@/lib/view/page-messages";
import { DisputeMark } from "../ui/dispute-mark";

/*
 * The ledger's table: texts by issues, each cell the two sides' verdicts, a link to the clause they
 * rest on and one to the positions they were judged against. The table is the view: a phone scrolls
 * it sideways inside a labelled region, with the texts' column held in place. Server-safe: the
 * ledger page renders it from the browser's filters, with nothing of its own to hydrate.
 */

const m = pageMessages.ledger;
// 24 px high, so each small link meets WCAG 2.5.8's target size
const small = "inline-block py-1 text-xs text-blue-800 underline";

function Cell({ row, issue, cell, a, b, defaults }: { row: LedgerRowView; issue: LedgerView["issues"][number]; cell?: LedgerCellView; a: ActorView; b: ActorView; defaults: ViewDefaults }) {
  const va = verdictIn(cell, a.id);
  const vb = verdictIn(cell, b.id);
  const silent = va.kind === "silent" && vb.kind === "silent";
  const judged = isJudgedFor(cell, a.id, b.id);
  const { glyph, word } = formatVerdict(va);
  // most cells are silent: a plain line keeps the table's markup light
  if (silent && !cell?.provision)
    return (
      <td className="border border-gray-200 p-1.5 align-top text-gray-700" data-issue={issue.id} data-verdict="silent">
        <span aria-hidden="true">{glyph} </span>
        {word}
      </td>
    );
  return (
    <td className="border border-gray-200 p-1.5 align-top" data-issue={issue.id}>
      {silent ? (
        <VerdictMark verdict={va} />
      ) : (
        <ul className="space-y-1">
          {[
            { side: a, verdict: va },
            { side: b, verdict: vb },
          ].map(({ side, verdict }) => (
            <li key={side.id} className="flex flex-wrap items-baseline gap-x-1">
              <span className="text-xs font-semibold text-gray-800">{side.shortName}</span>
              <VerdictMark verdict={verdict} />
            </li>
          ))}
        </ul>
      )}
      {cell?.disputes ? <DisputeMark disputes={cell.disputes} compact /> : null}
      {cell?.provision || judged ? (
        <p className="flex flex-wrap gap-x-3">
          {cell?.provision ? (
            <Link href={clauseHref(row.document.id, cell.provision)} className={small}>
              {cell.clauses > 1 ? m.clauses(cell.clauses) : m.clause}
              <span className="sr-only">
                {" "}
                of {row.document.shortTitle} ({issue.title})
              </span>
            </Link>
          ) : null}
          {judged ? (
            <Link href={judgedHref(issue.id, row.document.date, a.id, b.id, defaults)} className={small}>
              {m.positions}
              <span className="sr-only">
                {" "}
                ({issue.title}, {formatDate(row.document.date)})
              </span>
            </Link>
          ) : null}
        </p>
      ) : null}
    </td>
  );
}

export function LedgerTable({ view, rows, a, b, defaults, labelId }: { view: Pick<LedgerView, "issues">; rows: readonly LedgerRowView[]; a: ActorView; b: ActorView; defaults: ViewDefaults; labelId: string }) {
  const sticky = "sticky left-0 z-10 border border-gray-200 bg-white p-2 text-left align-top";
  return (
    // the scroll padding keeps a cell's link that takes focus clear of the held column (WCAG 2.4.11)
    <div role="region" aria-label="Red-line ledger, texts by issues (scrolls sideways)" tabIndex={0} className="relative scroll-pl-48 overflow-x-auto rounded-lg border border-gray-200 bg-white">
      <table aria-labelledby={labelId} className="border-collapse text-left text-sm">
        <thead>
          <tr className="align-bottom">
            <th scope="col" className={sticky}>
              <span className="block w-40">Text</span>
            </th>
            {view.issues.map((issue) => (
              <th key={issue.id} scope="col" className="min-w-32 border border-gray-200 p-2 font-semibold">
                <Link href={`/issues/${issue.id}/`} className="text-blue-800 underline">
                  {issue.title}
                </Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const cells = new Map(row.cells.map((c) => [c.issue, c]));
            return (
              <tr key={row.document.id} data-document={row.document.id}>
                <th scope="row" className={`${sticky} font-medium`}>
                  {/* a fixed width, so the held column is as wide as the scroll padding expects */}
                  <span className="block w-40">
                    <Link href={`/documents/${row.document.id}/`} className="text-blue-800 underline">
                      {row.document.shortTitle}
                    </Link>
                    <span className="block text-xs font-normal text-gray-700">
                      <time dateTime={row.document.date}>{formatDate(row.document.date, "short")}</time> · {messages.documents.kind[row.document.kind]}
                    </span>
                  </span>
                </th>
                {view.issues.map((issue) => (
                  <Cell key={issue.id} row={row} issue={issue} cell={cells.get(issue.id)} a={a} b={b} defaults={defaults} />
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
