import Link from "next/link";
import type { Strength } from "@/lib/evidence";
import type { Sourcing } from "@/lib/schema";
import { formatDate, formatNumber } from "@/lib/view/format";
import { messages } from "@/lib/view/messages";

const link = "text-blue-800 underline";

/** A verdict the weak evidence carries, as the section lists it. */
export type FragileListing = { issue: { id: string; title: string }; sentence: string };

/** How strong the evidence of each position is, and which verdicts would change without the weak ones. */
export function EvidenceSection({ strengths, sourcing, fragile, pair, date }: {
  strengths: Record<Strength, number>;
  sourcing: Record<Sourcing, number>;
  fragile: FragileListing[];
  pair: [string, string];
  date: string;
}) {
  const total = strengths.strong + strengths.moderate + strengths.weak;
  return (
    <section aria-labelledby="evidence" className="space-y-3">
      <h2 id="evidence" className="scroll-mt-4 text-2xl font-semibold">
        How strong the evidence is
      </h2>
      <div className="max-w-3xl space-y-3 text-gray-800">
        <p>
          Each statement says how its source knows what it reports: {formatNumber(sourcing["on-record"])} are {messages.evidence.sourcing["on-record"]},{" "}
          {formatNumber(sourcing.leaked)} come from leaked texts, {formatNumber(sourcing.anonymous)} from {messages.evidence.sourcing.anonymous},{" "}
          {formatNumber(sourcing.reported)} are {messages.evidence.sourcing.reported}, and for {formatNumber(sourcing.undetermined)} the record does not say.
        </p>
        <p>
          From the statements it cites, each position is <strong>strong</strong> (at least one high-confidence statement on the record),{" "}
          <strong>weak</strong> (every statement low-confidence, or every one reported, anonymous or leaked) or <strong>moderate</strong> (anything else).
          Of the {formatNumber(total)} positions, {formatNumber(strengths.strong)} are strong, {formatNumber(strengths.moderate)} moderate and{" "}
          {formatNumber(strengths.weak)} weak. A leaked text counts as weak even where its wording is well attested, such as the April 2022 draft or the
          28-point plan: a position read only from a text its author did not publish does not carry a verdict on its own.
        </p>
        <p>
          A verdict is <strong>fragile</strong> (marked <span aria-hidden="true">◇ </span>“{messages.evidence.fragile}” wherever it is shown) when it
          changes kind or gap once every weak position is set aside; the side’s previous position then holds, or none. “{messages.evidence.strongOnly}” on
          every dated view recomputes the whole view that way, and its permalink and citation say so.
        </p>
        {fragile.length === 0 ? (
          <p>
            On {formatDate(date)} no verdict between {pair[0]} and {pair[1]} is fragile.
          </p>
        ) : (
          <>
            <p>
              On {formatDate(date)}, {fragile.length === 1 ? "one verdict" : `${formatNumber(fragile.length)} verdicts`} between {pair[0]} and {pair[1]}{" "}
              {fragile.length === 1 ? "is" : "are"} fragile:
            </p>
            <ul className="list-disc space-y-1 pl-5">
              {fragile.map((f) => (
                <li key={f.issue.id}>
                  <a href={`/issues/${f.issue.id}/`} className={link}>
                    {f.issue.title}
                  </a>
                  : {f.sentence}
                </li>
              ))}
            </ul>
          </>
        )}
        <p>
          <Link href="/?evidence=strong" className={link}>
            The overview with strong evidence only
          </Link>
          . The rules are in the repository (<code>docs/coding.md</code>, section 5, and <code>docs/sourcing.md</code>).
        </p>
      </div>
    </section>
  );
}
