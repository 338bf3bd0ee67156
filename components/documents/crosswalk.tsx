import Link from "next/link";
import type { CrosswalkView } from "@/lib/view/documents";
import { formatDate } from "@/lib/view/format";
import { messages } from "@/lib/view/messages";
import { describeCrosswalk, formatCloser, formatPlacement } from "@/lib/view/sentences";
import type { ActorView } from "@/lib/view/view-model";
import { TextKnownBadge } from "../ui/document-badges";
import { LineageChart } from "../charts/lineage-chart";
import { ProvisionItem, SideDistances } from "./provision-item";

/**
 * One issue's cross-walk: every key text with a clause on it in date order, its place on the
 * spectrum and its distance to both sides, how each text rewrote the one before it, the texts that
 * say nothing on it and the clauses that could not be found. Server-safe: no hooks, no data access,
 * so the issue page renders it on the server and the cross-walk page in the browser. `expanded`
 * adds every clause with its quote (the cross-walk page); the issue page links there instead, which
 * keeps its already long page lighter. `note` goes under the introduction (the issue page's word
 * that this section, unlike the rest of it, leaves out the reader's import).
 */
export function Crosswalk({ view, actors, expanded = false, note }: { view: CrosswalkView; actors: readonly ActorView[]; expanded?: boolean; note?: React.ReactNode }) {
  const actorA = actors.find((actor) => actor.id === view.a)!;
  const actorB = actors.find((actor) => actor.id === view.b)!;
  const nameOf = (id: string) => actors.find((actor) => actor.id === id)?.name ?? id;
  const { issue } = view;
  const headingId = `crosswalk-${issue.id}`;
  const clauses = view.rows.reduce((n, row) => n + row.provisions.length, 0);
  const titleOf = new Map([...view.rows.map((r) => r.document), ...view.silent].map((d) => [d.id, d.shortTitle]));
  return (
    <section id="crosswalk" aria-labelledby={headingId} className="space-y-4">
      <h2 id={headingId} className="text-xl font-semibold">
        Cross-walk: what the key texts say on {issue.title.toLowerCase()}
      </h2>
      <p className="max-w-3xl text-gray-700">
        Every text of the peace efforts with a clause on this issue, oldest first: where it sits on the spectrum, how far it stood from {actorA.name} and{" "}
        {actorB.name} on the day it appeared, and what changed from the text before it. Clauses known only from a leak or a press report are marked.
      </p>
      {note}
      {view.rows.length > 0 ? (
        <div className="rounded-xl border border-gray-200 bg-white p-4 shadow-sm">
          <LineageChart
            view={view}
            actorA={actorA}
            actorB={actorB}
            caption={`${issue.title}: the texts on the spectrum, ${view.rows[0]!.document.date.slice(0, 4)}–${view.rows.at(-1)!.document.date.slice(0, 4)}`}
            summary={describeCrosswalk(view, nameOf)}
          />
        </div>
      ) : (
        <p>{describeCrosswalk(view, nameOf)}</p>
      )}
      {view.rows.length > 1 ? (
        <>
          <h3 className="text-lg font-semibold">What changed from one text to the next</h3>
          <ol className="list-decimal space-y-1 pl-6 text-gray-900">
            {view.rows.slice(1).map((row) => (
              <li key={row.document.id}>
                <time dateTime={row.document.date} className="text-sm text-gray-700">
                  {formatDate(row.document.date, "short")}
                </time>
                {" · "}
                {row.change}
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {view.rows.length > 0 && !expanded ? (
        <p>
          <Link href={`/documents/crosswalk/?issue=${issue.id}`} className="font-medium text-blue-800 underline">
            Every clause with its verbatim quote: {clauses} {clauses === 1 ? "clause" : "clauses"} from {view.rows.length} {view.rows.length === 1 ? "text" : "texts"}
          </Link>
        </p>
      ) : null}
      {view.rows.length > 0 && expanded ? (
        <>
          <h3 className="text-lg font-semibold">
            Clause by clause: {clauses} {clauses === 1 ? "clause" : "clauses"} from {view.rows.length} {view.rows.length === 1 ? "text" : "texts"}, with quotes and sources
          </h3>
          <ol className="space-y-4">
            {view.rows.map((row) => (
              <li key={row.document.id}>
                <article aria-labelledby={`cw-${issue.id}-${row.document.id}`} className="space-y-3 rounded-lg border border-gray-200 bg-white p-4 shadow-sm">
                  <header className="space-y-1">
                    <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-gray-700">
                      <time dateTime={row.document.date}>{formatDate(row.document.date)}</time>
                      <span>{messages.documents.kind[row.document.kind]}</span>
                      <span>{row.document.sponsorLabel}</span>
                      <TextKnownBadge knownFrom={row.document.knownFrom} />
                    </p>
                    <h4 id={`cw-${issue.id}-${row.document.id}`} className="text-lg font-semibold">
                      <Link href={`/documents/${row.document.id}/`} className="underline decoration-gray-400 hover:decoration-gray-900">
                        {row.document.shortTitle}
                      </Link>
                    </h4>
                    <p className="text-sm">
                      {row.placement ? (
                        <>
                          <span className="font-semibold">{formatPlacement(issue, row.placement)}</span> ·{" "}
                          <SideDistances a={row.a} b={row.b} nameA={actorA.name} nameB={actorB.name} /> · {formatCloser(row, actorA.name, actorB.name)}
                        </>
                      ) : (
                        <span className="italic">{messages.documents.noPlacement}</span>
                      )}
                    </p>
                  </header>
                  <div className="space-y-3">
                    {row.provisions.map((p) => (
                      <ProvisionItem key={p.id} provision={p} issue={issue} context={row.document.shortTitle} level={5} linkToText />
                    ))}
                  </div>
                </article>
              </li>
            ))}
          </ol>
        </>
      ) : null}
      <h3 className="text-lg font-semibold">Texts with no recorded clause on this issue</h3>
      <p className="text-sm text-gray-800">
        {view.silent.length === 0
          ? "Every text in the data has a clause on this issue."
          : view.silent.map((d, i) => (
              <span key={d.id}>
                {i > 0 ? ", " : ""}
                <Link href={`/documents/${d.id}/`} className="text-blue-800 underline">
                  {d.shortTitle}
                </Link>
              </span>
            ))}
      </p>
      <h3 className="text-lg font-semibold">Clauses that could not be found</h3>
      {view.gaps.length === 0 ? (
        <p className="text-sm text-gray-800">No missing clause on this issue is recorded; the full list is on the documents page.</p>
      ) : (
        <ul className="list-disc space-y-1 pl-5 text-sm text-gray-800">
          {view.gaps.map((gap) => (
            <li key={gap.id}>
              <span className="font-semibold">
                {gap.document ? `${titleOf.get(gap.document) ?? gap.document}, ` : ""}
                {messages.documents.gapReason[gap.reason].toLowerCase()}:
              </span>{" "}
              {gap.description}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
