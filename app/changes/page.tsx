import type { Metadata } from "next";
import { ChangesFromUrl, type ChangesProps } from "@/components/changes/changes-view";
import { PermalinkNoscript } from "@/components/ui/noscript-note";
import { getIssues, getPositions, getStatements } from "@/lib/server/data";
import { citedBy, diff, indexPositions } from "@/lib/analysis";
import { getTimeContext } from "@/lib/server/time-context";
import { defaultRange } from "@/lib/url/view-state";
import { toCodedView, toIssueView, toPlottedView, toStatementView } from "@/lib/view/view-model";

export const metadata: Metadata = {
  title: "What changed",
  description: "Who moved between two dates, on which issue, toward or away from the other side, and the statements that show it.",
};

export default function ChangesPage() {
  const context = getTimeContext();
  const issues = getIssues().map(toIssueView);
  const positions = getPositions().map(toCodedView);
  // the page carries only the statements its prerendered window cites; another window fetches the rest
  const { from, to } = defaultRange(context);
  const { changes } = diff(indexPositions(positions), issues, from, to, context.defaultA, context.defaultB);
  const cited = citedBy(changes);
  const moved = new Set(changes.flatMap((change) => change.moves.flatMap((move) => move.steps.map((step) => step.id))));
  const props: ChangesProps = {
    context,
    issues,
    positions: positions.map((p) => (moved.has(p.id) ? p : toPlottedView(p))),
    defaultStatements: getStatements().filter((s) => cited.has(s.id)).map(toStatementView),
  };
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">What changed between two dates</h1>
        <p className="max-w-3xl text-gray-700">
          Pick two dates — or two key events — to see, issue by issue, which side moved, from which option to which, whether the move went toward or away
          from the other side (holding the other side where it stood on the later date), and the statements that show it.
        </p>
        {/* prerendered at the default window: without scripts a ?from= link would show it without a word */}
        <PermalinkNoscript context={context} range={{ from, to }} />
      </header>
      <ChangesFromUrl {...props} />
    </div>
  );
}
