import type { Metadata } from "next";
import { CrosswalkFromUrl, type CrosswalkSwitcherProps } from "@/components/documents/crosswalk-switcher";
import { ImportedDataNotice } from "@/components/import/imported-data-notice";
import { DEFAULT_PAIR } from "@/lib/actors";
import { getIssues } from "@/lib/server/data";
import { getActorViews, getCrosswalk } from "@/lib/server/documents-data";

export const metadata: Metadata = {
  title: "Cross-walk of the texts",
  description: "How each clause of the peace texts was rewritten from one text to the next, issue by issue, with every clause's source.",
};

export default function CrosswalkPage() {
  const props: CrosswalkSwitcherProps = {
    views: getIssues().map((issue) => getCrosswalk(issue.id)),
    actors: getActorViews().filter((a) => DEFAULT_PAIR.some((id) => id === a.id)),
  };
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm font-semibold uppercase tracking-wide text-gray-600">Documents</p>
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Cross-walk: how each clause was rewritten from one text to the next</h1>
        <p className="max-w-3xl text-gray-700">
          Pick an issue to see every key text with a clause on it, oldest first, placed on the issue&apos;s spectrum next to Russia and Ukraine as they stood on
          the day, with what changed from one text to the next and the source of every clause.
        </p>
      </header>
      {/* Russia's and Ukraine's places beside each text are Parley's positions, computed at build */}
      <ImportedDataNotice scope="not-included" />
      <CrosswalkFromUrl {...props} />
    </div>
  );
}
