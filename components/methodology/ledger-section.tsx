import Link from "next/link";
import { LedgerRules } from "../ledger/ledger-rules";

/*
 * The red-line ledger's rules on /methodology/#ledger: how a text is judged against a side's range
 * (within, crosses, silent, no position) and how "closest" ranks the texts, with the ledger's
 * headline on the data as the example. Server-rendered, no script.
 */

/** `summary`: the ledger's sentence for the default pair over every text (lib/view/ledger.ts, describeLedger). */
export function LedgerSection({ summary }: { summary: string }) {
  return (
    <section aria-labelledby="ledger" className="space-y-3">
      <h2 id="ledger" className="scroll-mt-4 text-2xl font-semibold">
        The red-line ledger
      </h2>
      <div className="max-w-3xl space-y-3 text-gray-800">
        <p>
          The <Link href="/ledger/" className="text-blue-800 underline">red-line ledger</Link> sets every key text against the range each side said it could
          live with, on each issue the text places, as the side stood on the text’s date (its position in force that day). It uses the texts’ placements of
          the documents pages and the same positions as every other view; it does not use a reader’s import.
        </p>
        <LedgerRules className="space-y-2" />
        <p>
          On the data, for Russia and Ukraine: {summary}
        </p>
      </div>
    </section>
  );
}
