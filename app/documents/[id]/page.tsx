import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActorKey } from "@/components/ui/actor-mark";
import { TextKnownBadge } from "@/components/ui/document-badges";
import { DocumentChart } from "@/components/charts/document-chart";
import { EmbedControl } from "@/components/controls/embed-control";
import { ImportedDataNotice } from "@/components/import/imported-data-notice";
import { ProvisionItem, SideDistances } from "@/components/documents/provision-item";
import { DocumentLedgerSection } from "@/components/ledger/ledger-sections";
import { DEFAULT_PAIR } from "@/lib/actors";
import { getDatasetInfo } from "@/lib/server/data";
import { getActorViews, getDocument, getDocumentGaps, getDocumentIssues, getDocuments } from "@/lib/server/documents-data";
import { getDocumentLedger } from "@/lib/server/ledger-data";
import { getDocumentDisputeMarks, getProvisionDisputeMarks } from "@/lib/server/disputes-data";
import { DisputeMark } from "@/components/ui/dispute-mark";
import { toDocumentTitle } from "@/lib/view/embed";
import { formatDate } from "@/lib/view/format";
import { messages } from "@/lib/view/messages";
import { describeDocument, formatCloser, formatPlacement } from "@/lib/view/sentences";

export const dynamicParams = false; // unknown ids 404 in dev, as they do in the export

export function generateStaticParams() {
  return getDocuments().map(({ id }) => ({ id }));
}

export async function generateMetadata({ params }: PageProps<"/documents/[id]">): Promise<Metadata> {
  const { id } = await params;
  const document = getDocument(id);
  return document ? { title: document.shortTitle, description: document.title } : {};
}

export default async function DocumentPage({ params }: PageProps<"/documents/[id]">) {
  const { id } = await params;
  const document = getDocument(id) ?? notFound();
  const actors = getActorViews();
  // the texts are compared with the default pair, as getDocumentIssues compares them
  const actorOf = (actorId: string) => actors.find((a) => a.id === actorId)!;
  const actorA = actorOf(DEFAULT_PAIR[0]);
  const actorB = actorOf(DEFAULT_PAIR[1]);
  const rows = getDocumentIssues(document.id);
  const gaps = getDocumentGaps().filter((g) => g.document === document.id);
  const summary = describeDocument(document, rows, actorA, actorB);

  return (
    <div className="space-y-8">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/documents/" className="text-blue-800 underline">
          All documents
        </Link>
      </nav>
      <header className="space-y-3">
        <p className="text-sm font-semibold uppercase tracking-wide text-gray-600">
          {messages.documents.kind[document.kind]} · <time dateTime={document.date}>{formatDate(document.date)}</time>
        </p>
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{document.title}</h1>
        <div className="text-base">
          <DisputeMark disputes={getDocumentDisputeMarks(document.id)} />
        </div>
        <dl className="grid max-w-3xl grid-cols-[auto_1fr] gap-x-4 gap-y-2">
          <dt className="text-gray-700">Short name</dt>
          <dd>{document.shortTitle}</dd>
          <dt className="text-gray-700">Sponsors</dt>
          <dd>
            <span className="flex flex-wrap gap-x-4">
              {document.sponsors.map((sponsor) => {
                const actor = actors.find((a) => a.id === sponsor);
                return actor ? <ActorKey key={sponsor} actor={actor} /> : null;
              })}
            </span>
            <span className="block text-sm text-gray-700">{document.sponsorLabel}</span>
          </dd>
          <dt className="text-gray-700">How the text is known</dt>
          <dd>
            <TextKnownBadge knownFrom={document.knownFrom} />
            <span className="mt-1 block text-sm text-gray-800">{document.knownNote}</span>
          </dd>
        </dl>
      </header>
      {/* the distances to both sides are measured against Parley's positions, computed at build */}
      <ImportedDataNotice scope="not-included" />
      <section aria-labelledby="placement-heading" className="space-y-3 rounded-xl border border-gray-200 bg-white p-4 shadow-sm">
        <h2 id="placement-heading" className="sr-only">
          Where the text sits on each issue
        </h2>
        <DocumentChart rows={rows} actorA={actorA} actorB={actorB} caption={`${document.shortTitle} on each issue, against ${actorA.name} and ${actorB.name} on ${formatDate(document.date)}`} summary={summary} />
        {/* the page reads no view state, so the embed's code carries only its pin */}
        <EmbedControl path={`/documents/${document.id}/`} title={toDocumentTitle(document.shortTitle, actorA.name, actorB.name)} version={getDatasetInfo().version} layout={{ kind: "document", rows: rows.length }} />
      </section>
      <DocumentLedgerSection view={getDocumentLedger(document.id)} a={actorA} b={actorB} title={document.shortTitle} />
      {rows.map((row) => (
        <section key={row.issue.id} aria-labelledby={`issue-${row.issue.id}`} className="space-y-3">
          <h2 id={`issue-${row.issue.id}`} className="text-xl font-semibold">
            {row.issue.title}
          </h2>
          <p>
            {row.placement ? (
              <>
                <span className="font-semibold">{formatPlacement(row.issue, row.placement)}</span> ·{" "}
                <SideDistances a={row.a} b={row.b} nameA={actorA.name} nameB={actorB.name} /> · {formatCloser(row, actorA.name, actorB.name)}
              </>
            ) : (
              <span className="italic">{messages.documents.noPlacement}</span>
            )}
          </p>
          {/* the two links wrap one under the other on a phone: a row gap keeps them easy to hit (WCAG 2.5.8) */}
          <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            <Link href={`/documents/crosswalk/?issue=${row.issue.id}`} className="inline-block py-0.5 text-blue-800 underline">
              How other texts treated {row.issue.title.toLowerCase()}
            </Link>
            <Link href={`/issues/${row.issue.id}/`} className="inline-block py-0.5 text-blue-800 underline">
              The issue: both sides&apos; positions and statements
            </Link>
          </p>
          <div className="space-y-4 rounded-lg border border-gray-200 bg-white p-4 shadow-sm">
            {row.provisions.map((p) => (
              <ProvisionItem key={p.id} provision={p} issue={row.issue} context={document.shortTitle} level={3} disputes={getProvisionDisputeMarks(p.id)} />
            ))}
          </div>
        </section>
      ))}
      <section aria-labelledby="gaps-heading" className="space-y-2">
        <h2 id="gaps-heading" className="text-xl font-semibold">
          What could not be found
        </h2>
        {gaps.length === 0 ? (
          <p className="text-gray-800">No missing clause of this text is recorded.</p>
        ) : (
          <ul className="list-disc space-y-1 pl-5">
            {gaps.map((gap) => (
              <li key={gap.id}>
                <span className="font-semibold">{messages.documents.gapReason[gap.reason]}:</span> {gap.description}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
