import { sourcingAnswers, type SourcedStatement } from "@/lib/view/sourcing";

/**
 * Sourcing first (Reading Like a Historian): before a statement's words, who said it, in what
 * role, when, on what occasion (to whom), how the source knows and how sure the record is, each
 * answered from the record's own fields. Server-safe, for the classroom's printed sheets.
 */
export function SourcingQuestions({ statement }: { statement: SourcedStatement }) {
  return (
    <dl className="grid grid-cols-[minmax(0,7rem)_1fr] gap-x-2 text-[9.5pt] leading-snug" data-testid="sourcing-questions">
      {sourcingAnswers(statement).map(([question, answer]) => (
        <div key={question} className="contents">
          <dt className="font-semibold">{question}</dt>
          <dd>{answer}</dd>
        </div>
      ))}
    </dl>
  );
}
