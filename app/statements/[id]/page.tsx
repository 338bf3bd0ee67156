import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActorKey } from "@/components/ui/actor-mark";
import { HistoryLink } from "@/components/ui/history-link";
import { QuoteText } from "@/components/ui/quote-text";
import { getActors, getDatasetInfo, getHistoryCounts, getIssues, getPositionsCiting, getStatement, getStatementNeighbours, getStatements } from "@/lib/server/data";
import { formatDate, formatSourceTitle } from "@/lib/view/format";
import { messages } from "@/lib/view/messages";
import { pageMessages } from "@/lib/view/page-messages";
import { sourcingAnswers } from "@/lib/view/sourcing";
import { positionsCiting, statementHref } from "@/lib/view/statement";
import { toActorView } from "@/lib/view/view-model";

/*
 * One statement on a page of its own: the address to cite it by, however many statements the data
 * grows to (issue pages list only their newest). Server-rendered with no script of its own.
 */

export const dynamicParams = false; // unknown ids 404 in dev, as they do in the export

export function generateStaticParams() {
  return getStatements().map(({ id }) => ({ id }));
}

export async function generateMetadata({ params }: PageProps<"/statements/[id]">): Promise<Metadata> {
  const statement = getStatement((await params).id);
  return statement ? { title: `${statement.speaker.name}, ${formatDate(statement.date)}`, description: statement.summary } : {};
}

export default async function StatementPage({ params }: PageProps<"/statements/[id]">) {
  const statement = getStatement((await params).id) ?? notFound();
  const actors = getActors();
  const actor = actors.find((a) => a.id === statement.actor);
  const issues = getIssues();
  const titleOf = new Map(issues.map((issue) => [issue.id, issue.title]));
  const citing = positionsCiting(statement, getPositionsCiting(statement.id), issues, actors);
  const { previous, next } = getStatementNeighbours(statement.id);
  const history = getHistoryCounts().statements[statement.id] ?? 0;
  const title = formatSourceTitle(statement.source.title);
  const actorName = actor?.name ?? statement.actor;

  return (
    <article className="max-w-4xl space-y-8" aria-labelledby="statement-heading">
      <header className="space-y-3">
        <p className="text-sm font-semibold uppercase tracking-wide text-gray-600">
          Statement · {actor ? <ActorKey actor={toActorView(actor)} className="normal-case" /> : statement.actor}
        </p>
        <h1 id="statement-heading" className="text-3xl font-bold tracking-tight sm:text-4xl">
          {statement.speaker.name}, <time dateTime={statement.date}>{formatDate(statement.date)}</time>
        </h1>
        {statement.speaker.role ? <p className="text-lg text-gray-700">{statement.speaker.role}</p> : null}
        <p className="text-xl text-gray-900">{statement.summary}</p>
        <p className="text-sm text-gray-700">The summary is Parley’s own words{statement.quote ? "; the quote below is verbatim" : ""}.</p>
      </header>

      {statement.quote ? (
        <section aria-labelledby="quote-heading" className="space-y-2">
          <h2 id="quote-heading" className="text-xl font-semibold">
            In the speaker’s words
          </h2>
          <div className="border-l-4 border-gray-300 pl-4 text-lg">
            <QuoteText statement={statement} className="font-serif italic text-gray-900" />
          </div>
        </section>
      ) : null}

      <section aria-labelledby="sourcing-heading" className="space-y-2">
        <h2 id="sourcing-heading" className="text-xl font-semibold">
          Sourcing
        </h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          {sourcingAnswers(statement).map(([question, answer]) => (
            <div key={question} className="contents">
              <dt className="font-semibold">{question}</dt>
              <dd>{answer}</dd>
            </div>
          ))}
          <div className="contents">
            <dt className="font-semibold">Source</dt>
            <dd>
              <a href={statement.source.url} rel="noopener noreferrer" className="text-blue-800 underline">
                {title.isDescription ? <span className="italic">{title.text}</span> : title.text}
              </a>
              <span className="block text-gray-700">
                {statement.source.publisher} · {messages.sourceKind[statement.source.kind]}, <time dateTime={statement.source.date}>{formatDate(statement.source.date)}</time>
              </span>
            </dd>
          </div>
        </dl>
        <p className="text-sm text-gray-700">{messages.confidenceHelp[statement.confidence]}</p>
      </section>

      <section aria-labelledby="issues-heading" className="space-y-2">
        <h2 id="issues-heading" className="text-xl font-semibold">
          The {statement.issues.length === 1 ? "issue it speaks to" : "issues it speaks to"}
        </h2>
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {statement.issues.map((issue) => (
            <li key={issue}>
              <Link prefetch={false} href={`/issues/${issue}/?date=${statement.date}`} className="inline-block py-0.5 text-blue-800 underline">
                {titleOf.get(issue) ?? issue}
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="citing-heading" className="space-y-2">
        <h2 id="citing-heading" className="text-xl font-semibold">
          Coded positions that rest on it
        </h2>
        {citing.length === 0 ? (
          <p className="text-gray-700">No coded position cites this statement as its evidence: it is part of the record, not of a coding.</p>
        ) : (
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">The coded positions that cite this statement, oldest first</caption>
            <thead>
              <tr className="border-b-2 border-gray-400">
                <th scope="col" className="py-2 pr-3">Actor</th>
                <th scope="col" className="py-2 pr-3">Issue</th>
                <th scope="col" className="py-2 pr-3">From</th>
                <th scope="col" className="py-2 pr-3">Asks for</th>
                <th scope="col" className="py-2">Could accept</th>
              </tr>
            </thead>
            <tbody>
              {citing.map((p) => (
                <tr key={p.id} className="border-b border-gray-200 align-top">
                  <td className="py-2 pr-3">{p.actorName}</td>
                  <td className="py-2 pr-3">
                    <Link prefetch={false} href={p.href} className="inline-block py-0.5 text-blue-800 underline">
                      {p.issueTitle}
                    </Link>
                  </td>
                  <td className="whitespace-nowrap py-2 pr-3">
                    <time dateTime={p.validFrom}>{formatDate(p.validFrom, "short")}</time>
                  </td>
                  <td className="py-2 pr-3">{p.ideal}</td>
                  <td className="py-2">{p.acceptable}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <nav aria-label={`${actorName}’s statements`} className="flex flex-wrap gap-x-6 gap-y-2 border-t border-gray-200 pt-4 text-sm">
        {previous ? (
          <Link prefetch={false} href={statementHref(previous.id)} className="inline-block py-0.5 text-blue-800 underline">
            ← Earlier: {previous.speaker.name}, {formatDate(previous.date, "short")}
          </Link>
        ) : null}
        {next ? (
          <Link prefetch={false} href={statementHref(next.id)} className="inline-block py-0.5 text-blue-800 underline">
            Later: {next.speaker.name}, {formatDate(next.date, "short")} →
          </Link>
        ) : null}
        <Link prefetch={false} href={`/statements/?actor=${statement.actor}`} className="inline-block py-0.5 text-blue-800 underline">
          All of {actorName}’s statements
        </Link>
        {history > 0 ? <HistoryLink record={statement.id} count={history} what={pageMessages.changelog.recordKind.statements} /> : null}
      </nav>
      <p className="text-sm text-gray-700">
        Dataset version {getDatasetInfo().version}. Cite this statement by its address; its record is in the{" "}
        <a href="/data/statements.json" className="text-blue-800 underline">
          statements download
        </a>{" "}
        under the id <code className="font-mono">{statement.id}</code>.
      </p>
    </article>
  );
}
