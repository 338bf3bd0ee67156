import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DocumentChart } from "@/components/charts/document-chart";
import { DocumentEmbed } from "@/components/embed/document-embed";
import { DEFAULT_PAIR } from "@/lib/actors";
import { getDatasetInfo } from "@/lib/server/data";
import { getActorViews, getDocument, getDocumentIssues, getDocuments } from "@/lib/server/documents-data";
import { toDocumentTitle } from "@/lib/view/embed";
import { formatDate } from "@/lib/view/format";
import { describeDocument } from "@/lib/view/sentences";

export const dynamicParams = false; // unknown ids 404 in dev, as they do in the export

export function generateStaticParams() {
  return getDocuments().map(({ id }) => ({ id }));
}

export async function generateMetadata({ params }: PageProps<"/embed/documents/[id]">): Promise<Metadata> {
  const { id } = await params;
  const document = getDocument(id);
  return document
    ? {
        title: `${document.shortTitle} (embed)`,
        description: document.title,
        // a chart without the site around it: search engines should send readers to the full view
        robots: { index: false, follow: true },
        alternates: { canonical: `/documents/${document.id}/` },
      }
    : {};
}

/**
 * A text's chart, chrome-less, for an iframe on another site (components/embed/): drawn as the
 * text's page draws it, against the default pair on the text's date. That page reads no date or
 * pair from its link, so neither does the embed, and it needs no note for readers without scripts
 * about a view it could not show (PermalinkNoscript): only the pin is read in the browser.
 */
export default async function DocumentEmbedPage({ params }: PageProps<"/embed/documents/[id]">) {
  const { id } = await params;
  const document = getDocument(id) ?? notFound();
  const actors = getActorViews();
  const actorA = actors.find((a) => a.id === DEFAULT_PAIR[0])!;
  const actorB = actors.find((a) => a.id === DEFAULT_PAIR[1])!;
  const rows = getDocumentIssues(document.id);
  return (
    <DocumentEmbed document={document.id} title={toDocumentTitle(document.shortTitle, actorA.name, actorB.name)} date={document.date} version={getDatasetInfo().version}>
      <DocumentChart rows={rows} actorA={actorA} actorB={actorB} caption={`${document.shortTitle} on each issue, against ${actorA.name} and ${actorB.name} on ${formatDate(document.date)}`} summary={describeDocument(document, rows, actorA, actorB)} />
    </DocumentEmbed>
  );
}
