import type { Metadata } from "next";
import { StatementsFromUrl, type StatementsExplorerProps } from "@/components/statements/statements-explorer";
import { getActors, getDatasetInfo, getIssues, getStatements } from "@/lib/server/data";
import { sortStatements, STATEMENTS_PAGE } from "@/lib/statement-filters";
import { toActorView } from "@/lib/view/view-model";

export const metadata: Metadata = {
  title: "Statements",
  description: "Every sourced statement in Parley: search by speaker, summary, quote or occasion, and filter by actor, issue, date, source kind and confidence.",
};

export default function StatementsPage() {
  const statements = getStatements();
  const props: StatementsExplorerProps = {
    initial: sortStatements(statements, "date", "desc").slice(0, STATEMENTS_PAGE),
    total: statements.length,
    actors: getActors().map(toActorView),
    issues: getIssues().map(({ id, title }) => ({ id, title })),
    earliest: statements.reduce((first, s) => (s.date < first ? s.date : first), getDatasetInfo().currentTo),
    latest: getDatasetInfo().currentTo,
  };
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Statements</h1>
        <p className="max-w-3xl text-lg text-gray-700">
          Every statement Parley rests on, each with its speaker, date, occasion and source. Search the words, narrow by actor, issue, dates, kind of
          source and confidence; the address of the page keeps your filters, so a link shows the same list. Each row links to its source, to its issue pages,
          and by its date to the statement’s own page.
        </p>
      </header>
      <StatementsFromUrl {...props} />
    </div>
  );
}
