import Link from "next/link";
import { clauseHref } from "@/lib/view/documents";
import { formatDate, formatRange } from "@/lib/view/format";
import { type DocumentLedgerView, type IssueLedgerView, type LedgerLine, type SideVerdict } from "@/lib/view/ledger";
import { messages } from "@/lib/view/messages";
import type { ActorView } from "@/lib/view/view-model";
import { VerdictMark } from "./verdict";
import { pageMessages } from "@/lib/view/page-messages";
import { DisputeMark } from "../ui/dispute-mark";

/*
 * The ledger on the pages it draws from: a text's row on its document page (issues by sides) and
 * an issue's column on its issue page (texts by sides), for the default pair. Server-rendered and
 * small: the verdicts, the range each side was judged against, and the links to the clause and
 * to the positions; the whole table, with any pair, is /ledger/.
 */

const link = "text-blue-800 underline";
// 24 px high, so each small link meets WCAG 2.5.8's target size
const small = "inline-block py-1 text-sm text-blue-800 underline";

function SideCell({ verdict, line }: { verdict: SideVerdict; line: LedgerLine }) {
  return (
    <td className="border border-gray-200 p-2 align-top">
      <VerdictMark verdict={verdict} />
      {verdict.range && verdict.since ? (
        <span className="mt-0.5 block text-xs text-gray-700">
          could live with {formatRange(line.issue, verdict.range)} (position of {formatDate(verdict.since, "short")})
        </span>
      ) : null}
    </td>
  );
}

function LinksCell({ line, context }: { line: LedgerLine; context: string }) {
  return (
    <td className="border border-gray-200 p-2 align-top">
      <span className="flex flex-wrap gap-x-3">
        {line.clauses.map((clause) => (
          <Link key={clause.id} href={clauseHref(line.document.id, clause.id)} className={small}>
            {clause.label || pageMessages.ledger.clause}
            <span className="sr-only"> of {context}</span>
          </Link>
        ))}
        {line.judgedHref ? (
          <Link href={line.judgedHref} className={small}>
            {pageMessages.ledger.positions}
            <span className="sr-only">
              {" "}
              ({line.issue.title}, {formatDate(line.document.date)})
            </span>
          </Link>
        ) : null}
      </span>
      {line.disputes ? <DisputeMark disputes={line.disputes} compact /> : null}
    </td>
  );
}

function LinesTable({ lines, a, b, first, caption }: { lines: readonly LedgerLine[]; a: ActorView; b: ActorView; first: "issue" | "text"; caption: string }) {
  const th = "border border-gray-200 p-2 text-left align-bottom font-semibold";
  return (
    <div role="region" aria-label={`${caption} (scrolls sideways)`} tabIndex={0} className="relative overflow-x-auto rounded-lg border border-gray-200 bg-white">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={`${th} min-w-36`}>
              {first === "issue" ? "Issue" : "Text"}
            </th>
            <th scope="col" className={`${th} min-w-40`}>
              Where the text sits
            </th>
            <th scope="col" className={`${th} min-w-32`}>
              {a.name}
            </th>
            <th scope="col" className={`${th} min-w-32`}>
              {b.name}
            </th>
            <th scope="col" className={`${th} min-w-28`}>
              Clause and positions
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => {
            const context = first === "issue" ? `${line.document.shortTitle} (${line.issue.title})` : line.document.shortTitle;
            return (
              <tr key={first === "issue" ? line.issue.id : line.document.id} data-ledger-line={first === "issue" ? line.issue.id : line.document.id}>
                <th scope="row" className="border border-gray-200 p-2 align-top font-medium">
                  {first === "issue" ? (
                    <Link href={`/issues/${line.issue.id}/`} className={link}>
                      {line.issue.title}
                    </Link>
                  ) : (
                    <>
                      <Link href={`/documents/${line.document.id}/`} className={link}>
                        {line.document.shortTitle}
                      </Link>
                      <time dateTime={line.document.date} className="block text-xs font-normal text-gray-700">
                        {formatDate(line.document.date, "short")}
                      </time>
                    </>
                  )}
                </th>
                <td className="border border-gray-200 p-2 align-top">{line.placed ?? <span className="italic">{messages.documents.noPlacement}</span>}</td>
                <SideCell verdict={line.a} line={line} />
                <SideCell verdict={line.b} line={line} />
                <LinksCell line={line} context={context} />
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

const footer = (
  <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
    <Link href="/ledger/" className={small}>
      The whole red-line ledger: every text, any pair of sides
    </Link>
    <Link href="/methodology/#ledger" className={small}>
      How the verdicts are decided
    </Link>
  </p>
);

/** A text's row of the ledger, on its document page. */
export function DocumentLedgerSection({ view, a, b, title }: { view: DocumentLedgerView; a: ActorView; b: ActorView; title: string }) {
  return (
    <section id="red-lines" aria-labelledby="red-lines-heading" className="scroll-mt-4 space-y-3">
      <h2 id="red-lines-heading" className="text-xl font-semibold">
        Red lines: did the text cross what each side could live with?
      </h2>
      <p className="max-w-3xl">{view.summary}</p>
      {view.lines.length > 0 ? <LinesTable lines={view.lines} a={a} b={b} first="issue" caption={`${title} against ${a.name}'s and ${b.name}'s ranges, issue by issue`} /> : null}
      <p className="text-sm text-gray-800">
        {view.silent.length === 0 ? "The text has a clause on every issue." : `Silent (no clause) on: ${view.silent.map((i) => i.title).join(", ")}.`}
      </p>
      {footer}
    </section>
  );
}

/** An issue's column of the ledger, on its issue page. */
export function IssueLedgerSection({ view, a, b, title }: { view: IssueLedgerView; a: ActorView; b: ActorView; title: string }) {
  return (
    <section id="red-lines" aria-labelledby="red-lines-heading" className="scroll-mt-4 space-y-3">
      <h2 id="red-lines-heading" className="text-xl font-semibold">
        Red lines: which texts crossed what each side could live with
      </h2>
      <p className="max-w-3xl">{view.summary}</p>
      {view.lines.length > 0 ? <LinesTable lines={view.lines} a={a} b={b} first="text" caption={`${title}: the key texts against ${a.name}'s and ${b.name}'s ranges, oldest first`} /> : null}
      <p className="text-sm text-gray-800">
        {view.silent.length === 0
          ? "Every key text has a clause on this issue."
          : `${view.silent.length} ${view.silent.length === 1 ? "text has" : "texts have"} no clause on it: ${view.silent.map((d) => d.shortTitle).join(", ")}.`}
      </p>
      {footer}
    </section>
  );
}
