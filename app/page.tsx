import { ChartPatterns } from "@/components/charts/chart-patterns";
import { PermalinkNoscript } from "@/components/ui/noscript-note";
import { OverviewFromUrl, type OverviewProps } from "@/components/overview/overview";
import { getIssues, getPositions, getStatements } from "@/lib/server/data";
import { messages } from "@/lib/view/messages";
import { getDocumentActorViews, getDocumentPositions, getTimeContextWithDocuments } from "@/lib/server/documents-data";
import { latestStatements, toIssueView, toPlottedView, toStatementView } from "@/lib/view/view-model";

export default function OverviewPage() {
  // texts are comparable like actors: they sit in the compare controls with their stances as positions
  const context = getTimeContextWithDocuments();
  const props: OverviewProps = {
    context,
    issues: getIssues().map(toIssueView),
    positions: [...getPositions(), ...getDocumentPositions()].map(toPlottedView),
    defaultStatements: latestStatements(getStatements(), context.latest, context.defaultA, context.defaultB).map(toStatementView),
  };
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{messages.site.tagline}</h1>
        <p className="max-w-3xl text-lg text-gray-700">
          Each row is one question of the talks. The bars show what each side has said it could live with, the marks what it asks for.
          Where the bars meet lies a zone of possible agreement; where they do not, the hatched gap shows how far apart they are.
          Move the date to see any day since 2022.
        </p>
        {/* prerendered at the defaults: without scripts a ?date= link would show them without a word */}
        <PermalinkNoscript context={context} />
      </header>
      <ChartPatterns actors={getDocumentActorViews()} />
      <OverviewFromUrl {...props} />
    </div>
  );
}
