import type { Metadata } from "next";
import Link from "next/link";
import { ImportedDataNotice } from "@/components/import/imported-data-notice";
import { LedgerFromUrl, type LedgerViewProps } from "@/components/ledger/ledger-view";
import { NoscriptNote } from "@/components/ui/noscript-note";
import { getLedgerActors, getLedgerDefaults, getLedgerView } from "@/lib/server/ledger-data";
import { pageMessages } from "@/lib/view/page-messages";
import { LedgerRules } from "@/components/ledger/ledger-rules";

export const metadata: Metadata = {
  title: pageMessages.ledger.title,
  description: "Every key text of the peace efforts against what Russia and Ukraine (or any two coded sides) said they could live with on the text's date, issue by issue: within, crossing, silent.",
};

export default function LedgerPage() {
  const props: LedgerViewProps = { view: getLedgerView(), actors: getLedgerActors(), defaults: getLedgerDefaults() };
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm font-semibold uppercase tracking-wide text-gray-600">
          <Link href="/documents/" className="text-blue-800 underline">
            Documents
          </Link>
        </p>
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Red-line ledger: which texts crossed what each side could live with</h1>
        <p className="max-w-3xl text-lg text-gray-700">
          Each key text, oldest first, set against the range each side said it could live with on the day the text appeared, issue by issue: within it,
          across it (and by how many steps), silent on the issue, or with no coded position to judge against. Each verdict links to the clause it rests on
          and to the positions it was judged against.
        </p>
        <NoscriptNote>{pageMessages.ledger.noscript}</NoscriptNote>
      </header>
      {/* the verdicts are computed at build from Parley's positions: a reader's import cannot move them */}
      <ImportedDataNotice scope="not-included" />
      <LedgerFromUrl {...props} />
      <section aria-labelledby="ledger-rules" className="space-y-3">
        <h2 id="ledger-rules" className="text-2xl font-semibold">
          How to read a verdict
        </h2>
        <LedgerRules className="grid max-w-3xl grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-gray-800" itemClassName="contents" />
        <p>
          <Link href="/methodology/#ledger" className="text-blue-800 underline">
            The ledger in the methodology
          </Link>
        </p>
      </section>
    </div>
  );
}
