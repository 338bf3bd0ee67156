import type { Metadata } from "next";
import { ImportedDataNotice } from "@/components/import/imported-data-notice";
import Link from "next/link";
import { SourceList, SourcesPager } from "@/components/sources/source-list";
import { getActors, getIssues, getStatements } from "@/lib/server/data";
import { formatCount, formatNumber } from "@/lib/view/format";
import { messages } from "@/lib/view/messages";
import type { Confidence, SourceKind } from "@/lib/schema";
import { pageCount, SOURCES_PAGE, sourcesOnPage, toSources } from "@/lib/view/sources";
import { toActorView } from "@/lib/view/view-model";

export const metadata: Metadata = {
  title: "Sources",
  description: "Every source Parley's statements cite, with its publisher, kind and date, the statements that cite it, and what the confidence grades mean.",
};

/** What each kind of source is, in a line. */
const KIND_HELP: Record<SourceKind, string> = {
  official: "A government's, ministry's or organisation's own release or transcript, or its text as republished.",
  wire: "A news agency report (TASS, Interfax-Ukraine, Reuters, AFP, …), often read on a partner site: the publisher field then names both.",
  press: "A newspaper, broadcaster or news site reporting what an official said.",
  academic: "A research institute or university publication.",
  encyclopedia: "A reference work.",
  other: "Anything else, named in the publisher field.",
};

export default function SourcesPage() {
  const statements = getStatements();
  const sources = toSources(statements);
  const actors = new Map(getActors().map((actor) => [actor.id, toActorView(actor)]));
  const titleOf = new Map(getIssues().map((issue) => [issue.id, issue.title]));
  const kinds = Object.keys(messages.sourceKind) as SourceKind[];
  const grades = Object.keys(messages.confidence) as Confidence[];
  const publishers = new Set(sources.map((source) => source.publisher));
  const pages = pageCount(sources.length);

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Sources</h1>
        <p className="max-w-3xl text-lg text-gray-700">
          The {formatNumber(statements.length)} statements cite {formatNumber(sources.length)} sources from {formatNumber(publishers.size)} publishers. Each
          statement was checked against its source; its summary is Parley’s own words and its quote, where there is one, is verbatim. Official transcripts
          were seldom available in full, so most sources are news agencies and the press quoting officials.
        </p>
      </header>

      <ImportedDataNotice scope="not-included" />

      <section aria-labelledby="grades-heading" className="space-y-3">
        <h2 id="grades-heading" className="text-xl font-semibold">
          What the confidence grades mean
        </h2>
        <p className="max-w-3xl text-gray-700">
          Every statement and every coded position carries a grade. Parley shows it next to the claim rather than hiding weak material: a low grade says
          how much weight the claim can bear.
        </p>
        <dl className="grid gap-3 md:grid-cols-3">
          {grades.map((grade) => (
            <div key={grade} className="rounded-lg border border-gray-200 bg-white p-3 shadow-sm">
              <dt className="font-semibold">
                {messages.confidence[grade]} <span className="font-normal text-gray-700">· {formatCount(statements.filter((s) => s.confidence === grade).length, "statement")}</span>
              </dt>
              <dd className="mt-1 text-sm">{messages.confidenceHelp[grade]}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="kinds-heading" className="space-y-3">
        <h2 id="kinds-heading" className="text-xl font-semibold">
          Kinds of source
        </h2>
        <dl className="grid gap-x-6 gap-y-2 text-sm md:grid-cols-2">
          {kinds.map((kind) => (
            <div key={kind}>
              <dt className="font-semibold">
                {messages.sourceKind[kind]} <span className="font-normal text-gray-700">· {formatCount(sources.filter((source) => source.kind === kind).length, "source")}</span>
              </dt>
              <dd className="text-gray-800">{KIND_HELP[kind]}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="list-heading" className="space-y-3">
        <h2 id="list-heading" className="text-xl font-semibold">
          Every source, newest first
        </h2>
        <p className="text-gray-700">
          {pages > 1 ? `${SOURCES_PAGE} sources to a page, ${formatNumber(pages)} pages; this is the first, with the newest.` : null} Each statement links to its own page.
        </p>
        <p className="text-gray-700">
          To search the statements themselves, or list those from one kind of source, use the <Link href="/statements/" className="text-blue-800 underline">statements explorer</Link>.
        </p>
        <SourcesPager page={1} count={pages} />
        <SourceList sources={sourcesOnPage(sources, 1)} first={1} actors={actors} titleOf={titleOf} />
        <SourcesPager page={1} count={pages} />
      </section>
    </div>
  );
}
