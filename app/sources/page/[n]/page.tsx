import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SourceList, SourcesPager } from "@/components/sources/source-list";
import { getActors, getIssues, getStatements } from "@/lib/server/data";
import { formatDate, formatNumber } from "@/lib/view/format";
import { pageCount, sourcesOnPage, SOURCES_PAGE, toSources } from "@/lib/view/sources";
import { toActorView } from "@/lib/view/view-model";

/*
 * The sources list after its first page (/sources/ is the first): a page of SOURCES_PAGE sources
 * each, so the list can grow without any one page growing with it.
 */

export const dynamicParams = false;

export function generateStaticParams() {
  return Array.from({ length: pageCount(toSources(getStatements()).length) - 1 }, (_, i) => ({ n: String(i + 2) }));
}

const pageNumber = (n: string) => (/^[1-9]\d*$/.test(n) ? Number(n) : NaN);

export async function generateMetadata({ params }: PageProps<"/sources/page/[n]">): Promise<Metadata> {
  const n = pageNumber((await params).n);
  return { title: `Sources, page ${n}`, description: `Page ${n} of the sources Parley's statements cite, newest first, with the statements that cite each.` };
}

export default async function SourcesListPage({ params }: PageProps<"/sources/page/[n]">) {
  const n = pageNumber((await params).n);
  const sources = toSources(getStatements());
  const pages = pageCount(sources.length);
  if (!(n >= 2 && n <= pages)) notFound();
  const shown = sourcesOnPage(sources, n);
  const actors = new Map(getActors().map((actor) => [actor.id, toActorView(actor)]));
  const titleOf = new Map(getIssues().map((issue) => [issue.id, issue.title]));
  const first = (n - 1) * SOURCES_PAGE + 1;
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Sources, page {n} of {pages}</h1>
        <p className="max-w-3xl text-lg text-gray-700">
          Sources {formatNumber(first)} to {formatNumber(first + shown.length - 1)} of {formatNumber(sources.length)}, newest first: from{" "}
          {formatDate(shown[0]!.date)} back to {formatDate(shown[shown.length - 1]!.date)}. What the grades and kinds mean is on the{" "}
          <Link prefetch={false} href="/sources/" className="text-blue-800 underline">
            first page
          </Link>
          .
        </p>
      </header>
      <section aria-labelledby="list-heading" className="space-y-3">
        <h2 id="list-heading" className="text-xl font-semibold">
          Sources {formatNumber(first)}–{formatNumber(first + shown.length - 1)}
        </h2>
        <SourcesPager page={n} count={pages} />
        <SourceList sources={shown} first={first} actors={actors} titleOf={titleOf} />
        <SourcesPager page={n} count={pages} />
      </section>
    </div>
  );
}
