import type { Metadata } from "next";
import { ChartPatterns } from "@/components/charts/chart-patterns";
import { OverviewEmbed, type OverviewEmbedProps } from "@/components/embed/overview-embed";
import { PermalinkNoscript } from "@/components/ui/noscript-note";
import { getDatasetInfo, getIssues, getPositions } from "@/lib/server/data";
import { getDocumentActorViews, getDocumentPositions, getTimeContextWithDocuments } from "@/lib/server/documents-data";
import { toIssueView, toPlottedView } from "@/lib/view/view-model";

export const metadata: Metadata = {
  title: "Every issue (embed)",
  description: "The spectrum chart of every issue, for other sites to embed.",
  // a chart without the site around it: search engines should send readers to the full view
  robots: { index: false, follow: true },
  alternates: { canonical: "/" },
};

/** The overview's spectrum chart, chrome-less, for an iframe on another site (components/embed/). */
export default function OverviewEmbedPage() {
  const props: OverviewEmbedProps = {
    // the same context as the overview, so a pair with a text in it reads as it does there
    context: getTimeContextWithDocuments(),
    issues: getIssues().map(toIssueView),
    positions: [...getPositions(), ...getDocumentPositions()].map(toPlottedView),
    version: getDatasetInfo().version,
  };
  return (
    <>
      <ChartPatterns actors={getDocumentActorViews()} />
      <OverviewEmbed {...props} />
      {/* prerendered at the defaults: without scripts an embed's ?date= would show them without a word */}
      <PermalinkNoscript context={props.context} />
    </>
  );
}
