import Link from "next/link";
import { clauseHref, type ProvisionView, type SideView } from "@/lib/view/documents";
import { messages } from "@/lib/view/messages";
import { describeComparison, formatPlacement } from "@/lib/view/sentences";
import type { SpectrumLabels } from "@/lib/schema";
import { ProvisionKnownBadge } from "../ui/document-badges";
import { CopyLink } from "../controls/copy-link";
import type { DisputeMarkView } from "@/lib/view/disputes";
import { DisputeMark } from "../ui/dispute-mark";

/**
 * One clause: its label, what it says in Parley's words, its figures and verbatim quote, its place
 * on the spectrum and why, and its source. Its id is the clause's id, so /documents/<text>/#<clause>
 * (the permalink the ledger and "Copy link" use) lands on it; `linkToText` adds a link to that
 * permalink where the clause is shown away from its text's page (the cross-walk).
 */
export function ProvisionItem({ provision, issue, context, level, linkToText = false, disputes = [] }: {
  provision: ProvisionView;
  issue: SpectrumLabels;
  context: string;
  level: 3 | 4 | 5;
  linkToText?: boolean;
  /** The disputes about this clause (lib/server/disputes-data.ts). */
  disputes?: readonly DisputeMarkView[];
}) {
  const label = provision.label || "Unnumbered clause";
  const Heading = `h${level}` as const;
  const permalink = clauseHref(provision.document, provision.id);
  return (
    <article id={provision.id} data-provision={provision.id} className="scroll-mt-4 space-y-1.5 border-l-4 border-gray-300 pl-3 target:border-blue-700 target:bg-blue-50">
      <header className="flex flex-wrap items-center gap-2">
        <Heading className="font-semibold">{label}</Heading>
        <ProvisionKnownBadge knownFrom={provision.knownFrom} />
        {linkToText ? (
          <Link href={permalink} className="inline-block py-0.5 text-sm text-blue-800 underline">
            On its text&apos;s page<span className="sr-only">: {label} of {context}</span>
          </Link>
        ) : null}
        <CopyLink path={permalink} label={`${label} of ${context}`} />
      </header>
      <DisputeMark disputes={disputes} />
      <p>{provision.summary}</p>
      {provision.numbers ? (
        <p className="text-sm">
          <span className="font-semibold">Figures:</span> {provision.numbers}
        </p>
      ) : null}
      {provision.quote ? <blockquote className="border-l-2 border-gray-300 pl-3 font-serif italic text-gray-900">“{provision.quote}”</blockquote> : null}
      <p className="text-sm text-gray-800">
        <span className="font-semibold">{provision.placement ? `Placed at: ${formatPlacement(issue, provision.placement)}.` : `${messages.documents.noPlacement}.`}</span>{" "}
        {provision.rationale}
      </p>
      <p className="text-sm text-gray-700">
        <a href={provision.source.url} rel="noopener noreferrer" className="text-blue-800 underline">
          <span className="sr-only">Source of {label} of {context}: </span>
          {provision.source.publisher}
        </a>
        {" · "}
        <span className={provision.confidence === "low" ? "font-semibold text-amber-900" : undefined}>{messages.confidence[provision.confidence]}</span>
      </p>
    </article>
  );
}

/** Where a text stood against two sides on its date, in words. */
export function SideDistances({ a, b, nameA, nameB }: { a: SideView; b: SideView; nameA: string; nameB: string }) {
  return (
    <>
      {describeComparison(a, nameA)} · {describeComparison(b, nameB)}
    </>
  );
}
