import { formatDate, formatSourceTitle } from "@/lib/view/format";
import { messages } from "@/lib/view/messages";
import type { Statement } from "@/lib/schema";
import { HistoryLink } from "./history-link";
import { QuoteText } from "./quote-text";
import { pageMessages } from "@/lib/view/page-messages";

const kindLabels: Record<Statement["source"]["kind"], string> = {
  official: "official source",
  wire: "news agency",
  press: "press",
  academic: "academic",
  encyclopedia: "encyclopedia",
  other: "other source",
};

/**
 * One sourced statement: who said it, when, where, the verbatim quote and the source link; and, when
 * the change log has entries for it (`history`, counted by the page), a link to them.
 */
export function StatementCard({ statement, history = 0 }: { statement: Statement; history?: number }) {
  const title = formatSourceTitle(statement.source.title);
  return (
    <article id={statement.id} className="rounded-lg border border-gray-200 bg-white p-3 shadow-sm">
      <header className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm">
        <p>
          <span className="font-semibold">{statement.speaker.name}</span>
          {statement.speaker.role ? <span className="text-gray-700">, {statement.speaker.role}</span> : null}
        </p>
        <time dateTime={statement.date} className="text-gray-700">
          {formatDate(statement.date)}
        </time>
      </header>
      <p className="mt-1 text-sm text-gray-700">{statement.event}</p>
      <p className="mt-2">{statement.summary}</p>
      {statement.quote ? (
        <div className="mt-2 border-l-4 border-gray-300 pl-3">
          <QuoteText statement={statement} className="font-serif italic text-gray-900" />
        </div>
      ) : null}
      <footer className="mt-2 text-sm text-gray-700">
        <a href={statement.source.url} rel="noopener noreferrer" className="text-blue-800 underline">
          {title.isDescription ? <span className="italic">{title.text}</span> : title.text}
        </a>
        {" · "}
        {statement.source.publisher} · {kindLabels[statement.source.kind]}, {formatDate(statement.source.date, "short")} ·{" "}
        <span className={statement.confidence === "low" ? "font-semibold text-amber-900" : undefined}>{messages.confidence[statement.confidence]}</span>
        {history > 0 ? (
          <>
            {" · "}
            <HistoryLink record={statement.id} count={history} what={pageMessages.changelog.recordKind.statements} />
          </>
        ) : null}
      </footer>
    </article>
  );
}
