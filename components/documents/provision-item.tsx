import type { ProvisionView, SideView } from "@/lib/view/documents";
import { messages } from "@/lib/view/messages";
import { describeComparison, formatPlacement } from "@/lib/view/sentences";
import type { SpectrumLabels } from "@/lib/schema";
import { ProvisionKnownBadge } from "../ui/document-badges";

/** One clause: its label, what it says in Parley's words, its figures and verbatim quote, its place on the spectrum and why, and its source. */
export function ProvisionItem({ provision, issue, context, level }: { provision: ProvisionView; issue: SpectrumLabels; context: string; level: 3 | 4 | 5 }) {
  const label = provision.label || "Unnumbered clause";
  const Heading = `h${level}` as const;
  return (
    <article data-provision={provision.id} className="space-y-1.5 border-l-4 border-gray-300 pl-3">
      <header className="flex flex-wrap items-center gap-2">
        <Heading className="font-semibold">{label}</Heading>
        <ProvisionKnownBadge knownFrom={provision.knownFrom} />
      </header>
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
