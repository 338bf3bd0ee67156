import { isOneSided } from "@/lib/disputes";
import type { Dispute, Document, Event, Issue, Provision, Statement } from "@/lib/schema";
import { clauseHref } from "@/lib/view/documents";
import { describeDispute } from "@/lib/view/disputes";
import { statementHref } from "@/lib/view/statement";
import { formatDate, formatSourceTitle } from "@/lib/view/format";
import { messages } from "@/lib/view/messages";
import type { ActorView } from "@/lib/view/view-model";
import { ActorKey } from "../ui/actor-mark";
import { QuoteText } from "../ui/quote-text";

/** What a dispute's card looks up by id: the records it is about and the statements it cites. */
export type DisputeLookups = {
  actors: ReadonlyMap<string, ActorView>;
  issues: ReadonlyMap<string, Pick<Issue, "id" | "title">>;
  statements: ReadonlyMap<string, Statement>;
  events: ReadonlyMap<string, Pick<Event, "id" | "date" | "title">>;
  documents: ReadonlyMap<string, Pick<Document, "id" | "shortTitle" | "date">>;
  provisions: ReadonlyMap<string, Pick<Provision, "id" | "document" | "label">>;
};

const words = messages.disputes;

/** One statement an account rests on: who, when, the words, and the source, linked to the statement's own page. */
function Cited({ statement }: { statement: Statement }) {
  const title = formatSourceTitle(statement.source.title);
  return (
    <li className="border-l-4 border-gray-300 pl-3">
      <p className="text-sm">
        <a href={statementHref(statement.id)} className="font-semibold text-blue-800 underline">
          {statement.speaker.name}
        </a>
        {statement.speaker.role ? <span className="text-gray-700">, {statement.speaker.role}</span> : null},{" "}
        <time dateTime={statement.date}>{formatDate(statement.date)}</time>
      </p>
      <p className="text-sm">{statement.summary}</p>
      {statement.quote ? <QuoteText statement={statement} className="mt-1 font-serif text-sm italic text-gray-900" /> : null}
      <p className="text-xs text-gray-700">
        <a href={statement.source.url} rel="noopener noreferrer" className="text-blue-800 underline">
          {title.isDescription ? <span className="italic">{title.text}</span> : title.text}
        </a>{" "}
        · {statement.source.publisher} · {messages.confidence[statement.confidence]}
      </p>
    </li>
  );
}

function StatusBadge({ dispute }: { dispute: Dispute }) {
  return (
    <span className="inline-flex items-center gap-1 rounded border border-gray-800 px-1.5 py-0.5 text-sm font-semibold">
      <span aria-hidden="true">{dispute.status === "open" ? "○" : "✓"}</span>
      {words.status[dispute.status]}
    </span>
  );
}

/** A dispute with every account side by side, each in its own actor's sourced words and dates; what an independent source says; how it was settled. */
export function DisputeCard({ dispute, lookups }: { dispute: Dispute; lookups: DisputeLookups }) {
  const nameOf = (id: string) => lookups.actors.get(id)?.name ?? id;
  const headingId = `${dispute.id}-heading`;
  const settledBy = dispute.settled ? lookups.statements.get(dispute.settled.by) : undefined;
  const others = isOneSided(dispute) ? words.othersSaid : words.independent;
  return (
    <article id={dispute.id} aria-labelledby={headingId} className="scroll-mt-4 space-y-3 rounded-lg border border-gray-300 bg-white p-4 shadow-sm">
      <header className="space-y-1">
        <p className="flex flex-wrap items-center gap-2 text-sm text-gray-700">
          <time dateTime={dispute.date}>{formatDate(dispute.date)}</time>
          <StatusBadge dispute={dispute} />
          {isOneSided(dispute) ? (
            <span className="inline-flex items-center gap-1 rounded border border-dashed border-gray-800 px-1.5 py-0.5 text-sm font-semibold">
              <span aria-hidden="true">◐</span>
              {words.oneSided}
            </span>
          ) : null}
        </p>
        <h2 id={headingId} className="text-xl font-semibold">
          {dispute.title}
        </h2>
        <p className="text-gray-800">{dispute.question}</p>
        <p className="text-sm text-gray-700">{describeDispute(dispute, nameOf)}</p>
      </header>
      <div className={`grid gap-4 ${dispute.accounts.length > 1 ? "md:grid-cols-2" : ""}`}>
        {dispute.accounts.map((account) => {
          const actor = lookups.actors.get(account.actor);
          return (
            <section
              key={account.actor}
              aria-label={words.accountOf(nameOf(account.actor))}
              className="space-y-2 rounded border border-gray-200 p-3"
              style={actor ? { borderTop: `6px solid var(${actor.color})` } : undefined}
            >
              <h3 className="font-semibold">{actor ? <ActorKey actor={actor} /> : account.actor}</h3>
              <p>{account.summary}</p>
              <ul className="space-y-2">
                {account.statements.map((id) => {
                  const s = lookups.statements.get(id);
                  return s ? <Cited key={id} statement={s} /> : null;
                })}
              </ul>
            </section>
          );
        })}
      </div>
      {isOneSided(dispute) ? <p className="text-sm text-gray-800">{words.oneSidedNote(nameOf(dispute.accounts[0]!.actor))}</p> : null}
      <section aria-label={others} className="rounded bg-gray-50 p-3 text-sm">
        <h3 className="font-semibold">{others}</h3>
        {dispute.independent ? (
          <>
            <p>{dispute.independent.summary}</p>
            <ul className="mt-1 space-y-2">
              {dispute.independent.statements.map((id) => {
                const s = lookups.statements.get(id);
                return s ? <Cited key={id} statement={s} /> : null;
              })}
              {dispute.independent.documents.map((id) => {
                const d = lookups.documents.get(id);
                return d ? (
                  <li key={id}>
                    <a href={`/documents/${d.id}/`} className="text-blue-800 underline">
                      {d.shortTitle}
                    </a>{" "}
                    ({formatDate(d.date)}): how the text became known
                  </li>
                ) : null;
              })}
            </ul>
          </>
        ) : (
          <p>{words.noIndependent}</p>
        )}
      </section>
      {dispute.settled ? (
        <p className="text-sm">
          <span className="font-semibold">{words.settledBy}:</span> {dispute.settled.summary}{" "}
          {settledBy ? (
            <a href={statementHref(settledBy.id)} className="text-blue-800 underline">
              {settledBy.speaker.name}, {formatDate(settledBy.date)}
            </a>
          ) : null}
        </p>
      ) : null}
      <footer className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <span className="font-semibold">{words.about}:</span>
        {dispute.about.events.map((id) => {
          const e = lookups.events.get(id);
          return e ? (
            <a key={id} href={`/?date=${e.date}`} className="text-blue-800 underline">
              {e.title} ({formatDate(e.date, "short")})
            </a>
          ) : null;
        })}
        {dispute.about.documents.map((id) => {
          const d = lookups.documents.get(id);
          return d ? (
            <a key={id} href={`/documents/${d.id}/`} className="text-blue-800 underline">
              {d.shortTitle}
            </a>
          ) : null;
        })}
        {dispute.about.provisions.map((id) => {
          const p = lookups.provisions.get(id);
          return p ? (
            <a key={id} href={clauseHref(p.document, p.id)} className="text-blue-800 underline">
              {lookups.documents.get(p.document)?.shortTitle ?? p.document}, {p.label || "a clause"}
            </a>
          ) : null;
        })}
        {dispute.issues.map((id) => (
          <a key={id} href={`/issues/${id}/`} className="text-blue-800 underline">
            {lookups.issues.get(id)?.title ?? id}
          </a>
        ))}
      </footer>
    </article>
  );
}
