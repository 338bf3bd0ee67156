import type { Metadata } from "next";
import Link from "next/link";
import { DocumentListFromUrl, type DocumentListProps } from "@/components/documents/document-list";
import { ImportedDataNotice } from "@/components/import/imported-data-notice";
import { getIssues } from "@/lib/server/data";
import { getActorViews, getDocumentGaps, getDocuments, getDocumentViews, getProvisions } from "@/lib/server/documents-data";
import { messages } from "@/lib/view/messages";

export const metadata: Metadata = {
  title: "Documents",
  description: "Every key text of the Russia–Ukraine peace efforts since December 2021, what it says on each issue, and how each clause was rewritten from one text to the next.",
};

export default function DocumentsPage() {
  const issues = getIssues();
  const provisions = getProvisions();
  const props: DocumentListProps = {
    documents: getDocumentViews().map((d) => {
      const mine = provisions.filter((p) => p.document === d.id);
      return { ...d, provisions: mine.length, issues: issues.filter((i) => mine.some((p) => p.issue === i.id)).map(({ id, title }) => ({ id, title })) };
    }),
    actors: getActorViews(),
  };
  const titleOf = new Map(getDocuments().map((d) => [d.id, d.shortTitle]));
  const gaps = getDocumentGaps();
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Documents: the key texts of the peace efforts</h1>
        <p className="max-w-3xl text-lg text-gray-700">
          Draft treaties, memoranda, plans, communiqués, declarations and letters from December 2021 to June 2026, clause by clause. Each clause is placed on its
          issue&apos;s spectrum, so a text can be compared with Russia, Ukraine or any other actor like a position. Most texts were never published officially:
          each is marked with how it is known, and clauses known only from a leak or a press report are marked wherever they appear.
        </p>
        <p className="flex flex-wrap gap-x-6 gap-y-1">
          <Link href="/documents/crosswalk/?issue=military-limits" className="inline-block py-0.5 font-medium text-blue-800 underline">
            Open the cross-walk: how each clause was rewritten from one text to the next
          </Link>
          <Link href="/ledger/" className="inline-block py-0.5 font-medium text-blue-800 underline">
            Open the red-line ledger: which texts crossed what each side could live with
          </Link>
          <a href="/disputes/" className="inline-block py-0.5 font-medium text-blue-800 underline">
            Disputed accounts: who says what was agreed
          </a>
        </p>
      </header>
      {/* each text is measured against Parley's positions, computed at build: a reader's import cannot move them */}
      <ImportedDataNotice scope="not-included" />
      <DocumentListFromUrl {...props} />
      <section aria-labelledby="gaps-heading" className="space-y-3">
        <h2 id="gaps-heading" className="text-xl font-semibold">
          What could not be found ({gaps.length})
        </h2>
        <p className="max-w-3xl text-gray-700">
          Clauses and texts that were unpublished, seen only on unreliable sites, not read, or left uncoded. They are listed here rather than silently left out.
        </p>
        <ul className="list-disc space-y-1.5 pl-5">
          {gaps.map((gap) => (
            <li key={gap.id}>
              <span className="font-semibold">
                {gap.document ? (
                  <Link href={`/documents/${gap.document}/`} className="text-blue-800 underline">
                    {titleOf.get(gap.document)}
                  </Link>
                ) : (
                  "No text"
                )}
                {" · "}
                {messages.documents.gapReason[gap.reason]}:
              </span>{" "}
              {gap.description}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
