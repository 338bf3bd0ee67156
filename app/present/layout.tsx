import { DeckFromUrl, type DeckProps } from "@/components/present/deck";
import { getDatasetInfo, getIssues, getOpenDisputes, getPositions, getStatements } from "@/lib/server/data";
import { toDisputeSlideView } from "@/lib/view/disputes";
import { evidenceOfView, toEvidenceView } from "@/lib/present";
import { getTimeContext } from "@/lib/server/time-context";
import { toCodedView, toIssueView } from "@/lib/view/view-model";

/*
 * Classroom mode. The deck lives in this layout, not in the pages, so it stays mounted while the
 * slides change: moving is instant, and the reveal step and keyboard focus survive. The pages under
 * it only give each address its title and canonical URL.
 */
export default function PresentLayout({ children }: LayoutProps<"/present">) {
  const positions = getPositions().map(toCodedView);
  const statements = new Map(getStatements().map((s) => [s.id, s]));
  const context = getTimeContext();
  const issues = getIssues().map(toIssueView);
  const cited = evidenceOfView(positions, issues.map((issue) => issue.id), context.defaultA, context.defaultB, context.latest);
  const props: DeckProps = {
    context,
    issues,
    positions,
    evidence: getStatements().filter((s) => cited.has(s.id)).map(toEvidenceView),
    info: getDatasetInfo(),
    disputes: getOpenDisputes().map((d) => toDisputeSlideView(d, (id) => statements.get(id))),
  };
  return (
    <div data-present>
      {/* eslint-disable-next-line @next/next/no-sync-scripts -- blocking on purpose: it sets the remembered theme before the deck paints, so a dark theme never flashes light */}
      <script src="/present-theme.js" />
      <DeckFromUrl {...props} />
      {children}
    </div>
  );
}
