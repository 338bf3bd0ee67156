import { formatDate, formatOption, formatRange } from "@/lib/view/format";
import { messages } from "@/lib/view/messages";
import type { Position, SpectrumLabels } from "@/lib/schema";
import type { ActorView } from "@/lib/view/view-model";
import { ActorKey } from "./actor-mark";
import { HistoryLink } from "./history-link";
import { pageMessages } from "@/lib/view/page-messages";

/**
 * One actor's coded position on one issue: what it asks for, what it could live with, and why we code
 * it so; and, when the change log has entries for it (`history`, counted by the page), a link to them.
 */
export function PositionCard({ actor, issue, position, date, history = 0, weak = false }: {
  actor: ActorView;
  issue: SpectrumLabels;
  position?: Position;
  date: string;
  history?: number;
  /** The coding rests only on weak evidence (lib/evidence.ts): said on the card, so the reader weighs it. */
  weak?: boolean;
}) {
  return (
    <article className="rounded-lg border border-gray-200 bg-white p-4 shadow-sm present:p-6" style={{ borderTop: `6px solid var(${actor.color})` }}>
      <h3 className="text-lg font-semibold present:text-4xl">
        <ActorKey actor={actor} />
      </h3>
      {position ? (
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm present:text-2xl">
          <dt className="text-gray-700">Asks for</dt>
          <dd className="font-semibold">{formatOption(issue, position.ideal)}</dd>
          <dt className="text-gray-700">Could live with</dt>
          <dd>{formatRange(issue, position.acceptable)}</dd>
          {actor.kind === "document" ? null : (
            <>
              <dt className="text-gray-700">Salience</dt>
              <dd>
                {position.salience} of 5 <span className="text-gray-700">({position.salience >= 4 ? "central" : position.salience >= 3 ? "important" : "secondary"})</span>
              </dd>
            </>
          )}
          <dt className="text-gray-700">{actor.kind === "document" ? "Text dated" : "Coded from"}</dt>
          <dd>
            <time dateTime={position.validFrom}>{formatDate(position.validFrom)}</time> · {messages.confidence[position.confidence]}
          </dd>
          {weak ? (
            <>
              <dt className="text-gray-700">Evidence</dt>
              <dd className="font-semibold text-amber-950">
                <span aria-hidden="true">◇ </span>
                {messages.evidence.strength.weak}: every statement it rests on is low-confidence, reported, anonymous or leaked
              </dd>
            </>
          ) : null}
          {position.sequencing ? (
            <>
              <dt className="text-gray-700">Wants it met</dt>
              <dd>
                {messages.sequencing.phrase[position.sequencing.stage]}
                <span className="present:hidden">
                  {" · "}
                  <a href="/sequencing/" className="text-blue-800 underline">
                    each side&apos;s order
                  </a>
                </span>
              </dd>
            </>
          ) : null}
          <dt className="sr-only">Why</dt>
          <dd className="col-span-2 mt-1 text-gray-800">{position.rationale}</dd>
          {history > 0 ? (
            <dd className="col-span-2 present:hidden">
              <HistoryLink record={position.id} count={history} what={pageMessages.changelog.recordKind.positions} />
            </dd>
          ) : null}
          {actor.kind === "document" ? (
            <dd className="col-span-2">
              <a href={`/documents/${actor.id}/`} className="text-blue-800 underline">
                The text, clause by clause, with its sources
              </a>
            </dd>
          ) : null}
        </dl>
      ) : (
        <p className="mt-2 text-sm text-gray-700 present:text-2xl">
          {actor.kind === "document"
            ? `No placed position on ${formatDate(date)}: the text is later, or takes no single position on this issue.`
            : `No coded position on ${formatDate(date)}: no statement on this issue by then.`}
        </p>
      )}
    </article>
  );
}
