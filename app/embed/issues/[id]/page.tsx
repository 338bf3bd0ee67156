import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChartPatterns } from "@/components/charts/chart-patterns";
import { IssueEmbed, type IssueEmbedProps } from "@/components/embed/issue-embed";
import { PermalinkNoscript } from "@/components/ui/noscript-note";
import { getDatasetInfo, getIssue, getIssues, getPositions } from "@/lib/server/data";
import { getDocumentActorViews, getDocumentPositions, getTimeContextWithDocuments } from "@/lib/server/documents-data";
import { toIssueView, toPlottedView } from "@/lib/view/view-model";

export const dynamicParams = false; // unknown ids 404 in dev, as they do in the export

export function generateStaticParams() {
  return getIssues().map(({ id }) => ({ id }));
}

export async function generateMetadata({ params }: PageProps<"/embed/issues/[id]">): Promise<Metadata> {
  const { id } = await params;
  const issue = getIssue(id);
  return issue
    ? {
        title: `${issue.title} (embed)`,
        description: issue.question,
        // a chart without the site around it: search engines should send readers to the full view
        robots: { index: false, follow: true },
        alternates: { canonical: `/issues/${issue.id}/` },
      }
    : {};
}

/** One issue's spectrum row and chart over time, chrome-less, for an iframe on another site (components/embed/). */
export default async function IssueEmbedPage({ params }: PageProps<"/embed/issues/[id]">) {
  const { id } = await params;
  const issue = getIssue(id) ?? notFound();
  const props: IssueEmbedProps = {
    context: getTimeContextWithDocuments(),
    issue: toIssueView(issue),
    positions: [...getPositions(), ...getDocumentPositions()].filter((p) => p.issue === issue.id).map(toPlottedView),
    version: getDatasetInfo().version,
  };
  return (
    <>
      <ChartPatterns actors={getDocumentActorViews()} />
      <IssueEmbed {...props} />
      {/* prerendered at the defaults: without scripts an embed's ?date= would show them without a word */}
      <PermalinkNoscript context={props.context} />
    </>
  );
}
