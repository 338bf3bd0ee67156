import type { Metadata } from "next";
import Link from "next/link";
import { ImportedDataNotice } from "@/components/import/imported-data-notice";
import { SequencingFromUrl, type SequencingProps } from "@/components/sequencing/sequencing-view";
import { PermalinkNoscript } from "@/components/ui/noscript-note";
import { findPosition, indexPositions } from "@/lib/analysis";
import { getIssues, getPositions, getStatements } from "@/lib/server/data";
import { getTimeContext } from "@/lib/server/time-context";
import { STAGE_ORDER } from "@/lib/sequencing";
import { messages } from "@/lib/view/messages";
import { toIssueView, toPlottedView, toStatementView } from "@/lib/view/view-model";

export const metadata: Metadata = {
  title: "What each side wants first",
  description: "When Russia and Ukraine (or any two coded sides) want each demand met: before talks, before a ceasefire, in the settlement or after it, and where the two orders collide.",
};

export default function SequencingPage() {
  const context = getTimeContext();
  const issues = getIssues().map(toIssueView);
  const all = getPositions();
  // the page carries the stages and statements of its default view only; any other view fetches them
  const index = indexPositions(all);
  const inForce = new Set(
    issues.flatMap((issue) => [context.defaultA, context.defaultB].map((actor) => findPosition(index, actor, issue.id, context.latest)?.id).filter((id) => id !== undefined)),
  );
  const positions = all.map((p) => (inForce.has(p.id) && p.sequencing ? { ...toPlottedView(p), sequencing: p.sequencing } : toPlottedView(p)));
  const cited = new Set(all.filter((p) => inForce.has(p.id)).flatMap((p) => p.sequencing?.evidence ?? []));
  const props: SequencingProps = { context, issues, positions, defaultStatements: getStatements().filter((s) => cited.has(s.id)).map(toStatementView) };
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">What each side wants first</h1>
        <p className="max-w-3xl text-lg text-gray-700">
          For every issue, when each side says its demand must be met: before talks, before a ceasefire, as a term of the settlement, or after it. Where
          one side&apos;s precondition is the other&apos;s final term, the two orders collide. Each stage is read from the side&apos;s own statements;
          where they do not say when, it stays unknown.
        </p>
        <PermalinkNoscript context={context} />
      </header>
      {/* the stages are Parley's coding: a reader's import carries none */}
      <ImportedDataNotice scope="not-included" />
      <SequencingFromUrl {...props} />
      <section aria-labelledby="sequencing-rules" className="space-y-3">
        <h2 id="sequencing-rules" className="text-2xl font-semibold">
          How a stage is read
        </h2>
        <dl className="grid max-w-3xl grid-cols-[auto_1fr] gap-x-4 gap-y-2">
          {STAGE_ORDER.map((stage) => (
            <div key={stage} className="contents">
              <dt className="font-semibold">{messages.sequencing.stage[stage]}</dt>
              <dd>{messages.sequencing.rule[stage]}</dd>
            </div>
          ))}
          <dt className="font-semibold">{messages.sequencing.collision}</dt>
          <dd>{messages.sequencing.collisionRule}</dd>
        </dl>
        <p>
          <Link href="/methodology/#sequencing" className="text-blue-800 underline">
            Sequencing in the methodology
          </Link>
        </p>
      </section>
    </div>
  );
}
