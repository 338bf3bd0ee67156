import type { Metadata } from "next";
import { DealFromUrl } from "@/components/deal/deal-view";
import { ImportedDataNotice } from "@/components/import/imported-data-notice";
import { PermalinkNoscript } from "@/components/ui/noscript-note";
import { getDealProps } from "@/lib/server/deal-data";

export const metadata: Metadata = {
  title: "Build a deal",
  description: "A classroom task: pick one option on each issue, see whether each side could live with it and which picks block the deal, then reveal what the real texts chose.",
};

export default function DealPage() {
  const props = getDealProps();
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm font-semibold uppercase tracking-wide text-gray-600">Classroom task</p>
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Build a deal, and see who could sign it</h1>
        <p className="max-w-3xl text-lg text-gray-700">
          Pick one option on each issue you want in the deal. Parley judges every pick against what each side said it could live with on the chosen date:
          how many picks each side could accept, and which single picks block the deal for whom. Then reveal what the real texts chose on the same issues,
          judged the same way. The package lives in the address, so a class can share and compare packages.
        </p>
        <PermalinkNoscript context={props.context} />
      </header>
      {/* the picks are judged against Parley's positions: a reader's import is not used here */}
      <ImportedDataNotice scope="not-included" />
      <DealFromUrl {...props} />
    </div>
  );
}
