import type { Statement } from "@/lib/schema";
import { SOURCING_WORDS } from "@/lib/view/evidence";
import { formatDate } from "@/lib/view/format";
import { messages } from "@/lib/view/messages";

/**
 * Sourcing first (Reading Like a Historian): before a statement's words, who said it, in what
 * role, when, on what occasion (to whom), how the source knows and how sure the record is, each answered from the record's
 * own fields. Server-safe, for the classroom's printed sheets.
 */
export function SourcingQuestions({ statement }: { statement: Pick<Statement, "speaker" | "date" | "event" | "sourcing" | "source" | "confidence"> }) {
  const rows: [string, string][] = [
    ["Who said it?", statement.speaker.name],
    ["In what role?", statement.speaker.role || "not stated in the record"],
    ["When?", formatDate(statement.date)],
    ["On what occasion, to whom?", statement.event],
    ["How does the source know?", `${SOURCING_WORDS[statement.sourcing]}; published by ${statement.source.publisher}`],
    ["How sure is the record?", messages.confidence[statement.confidence]],
  ];
  return (
    <dl className="grid grid-cols-[minmax(0,7rem)_1fr] gap-x-2 text-[9.5pt] leading-snug" data-testid="sourcing-questions">
      {rows.map(([question, answer]) => (
        <div key={question} className="contents">
          <dt className="font-semibold">{question}</dt>
          <dd>{answer}</dd>
        </div>
      ))}
    </dl>
  );
}
