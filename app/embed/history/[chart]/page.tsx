import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HistoryEmbed, type HistoryEmbedProps } from "@/components/embed/history-embed";
import { PermalinkNoscript } from "@/components/ui/noscript-note";
import { getDatasetInfo, getIssues, getPositions } from "@/lib/server/data";
import { getDocumentPositions, getTimeContextWithDocuments } from "@/lib/server/documents-data";
import { HISTORY_CHARTS, isHistoryChart, type HistoryChart } from "@/lib/view/embed";
import { toIssueView, toPlottedView } from "@/lib/view/view-model";

export const dynamicParams = false; // unknown charts 404 in dev, as they do in the export

export function generateStaticParams() {
  return HISTORY_CHARTS.map((chart) => ({ chart }));
}

const about: Record<HistoryChart, { title: string; description: string }> = {
  gaps: { title: "Every issue over time (embed)", description: "Every issue's relation between the two sides over time, for other sites to embed." },
  status: { title: "Status, month by month (embed)", description: "Every issue's status at each month's end, for other sites to embed." },
  distance: { title: "Overall distance over time (embed)", description: "The salience-weighted distance between the two sides' asks over time, for other sites to embed." },
};

export async function generateMetadata({ params }: PageProps<"/embed/history/[chart]">): Promise<Metadata> {
  const { chart } = await params;
  return isHistoryChart(chart)
    ? {
        ...about[chart],
        // a chart without the site around it: search engines should send readers to the full view
        robots: { index: false, follow: true },
        alternates: { canonical: "/" },
      }
    : {};
}

/** One of the overview's charts over time (the gap strip, the status strip, the distance chart), chrome-less, for an iframe on another site (components/embed/). */
export default async function HistoryEmbedPage({ params }: PageProps<"/embed/history/[chart]">) {
  const { chart } = await params;
  if (!isHistoryChart(chart)) notFound();
  const props: HistoryEmbedProps = {
    chart,
    // the same context as the overview, so a pair with a text in it reads as it does there
    context: getTimeContextWithDocuments(),
    issues: getIssues().map(toIssueView),
    positions: [...getPositions(), ...getDocumentPositions()].map(toPlottedView),
    version: getDatasetInfo().version,
  };
  return (
    <>
      <HistoryEmbed {...props} />
      {/* prerendered at the defaults: without scripts an embed's ?date= would show them without a word */}
      <PermalinkNoscript context={props.context} />
    </>
  );
}
