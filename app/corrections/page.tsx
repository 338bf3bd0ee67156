import type { Metadata } from "next";
import Link from "next/link";
import { ChangelogFromUrl, type ChangelogListProps } from "@/components/changelog/changelog-list";
import { NoscriptNote } from "@/components/ui/noscript-note";
import { getChangelogItems } from "@/lib/server/changelog";
import { getIssues } from "@/lib/server/data";
import { ATOM_FEED_PATH, JSON_FEED_PATH } from "@/lib/view/changelog";
import { pageMessages } from "@/lib/view/page-messages";

const m = pageMessages.changelog;

export const metadata: Metadata = {
  title: m.title,
  description: "Every change to Parley's data since the coding review: new statements and positions, corrections, re-codings and removals, each with the dataset version it came in and why.",
  alternates: {
    types: {
      "application/atom+xml": [{ url: ATOM_FEED_PATH, title: `${m.feedTitle} (Atom)` }],
      "application/feed+json": [{ url: JSON_FEED_PATH, title: `${m.feedTitle} (JSON Feed)` }],
    },
  },
};

const link = "text-blue-800 underline";

export default function CorrectionsPage() {
  const props: ChangelogListProps = {
    items: getChangelogItems(),
    issues: getIssues().map(({ id, title }) => ({ id, title })),
  };
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{m.title}</h1>
        <p className="max-w-3xl text-lg text-gray-700">
          Every change to Parley&apos;s data since the coding review is recorded here: each new statement and position, each correction of a field, each
          re-coding of a position and each record taken out, with the dataset version it came in and the reason for it. Each entry links to the record it
          concerns; a statement&apos;s or a position&apos;s card links back here to its own history.
        </p>
        <p className="max-w-3xl text-gray-700">
          The log is <code>data/changelog.json</code>; what the changes follow is set out in the{" "}
          <Link href="/methodology/#changes" className={link}>
            methodology
          </Link>
          . Follow it in a feed reader:{" "}
          <a href={ATOM_FEED_PATH} className={link} type="application/atom+xml">
            Atom feed
          </a>{" "}
          or{" "}
          <a href={JSON_FEED_PATH} className={link} type="application/feed+json">
            JSON Feed
          </a>
          .
        </p>
        {/* prerendered with every change: without scripts a ?kind= link would list them all without a word */}
        <NoscriptNote>{m.noscript}</NoscriptNote>
      </header>
      <ChangelogFromUrl {...props} />
    </div>
  );
}
