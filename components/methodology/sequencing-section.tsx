import type { SequencingStage } from "@/lib/schema";
import { STAGE_ORDER } from "@/lib/sequencing";
import { formatNumber, formatPercent } from "@/lib/view/format";
import { messages } from "@/lib/view/messages";
import { DataTable } from "../ui/data-table";

const link = "text-blue-800 underline";
const words = messages.sequencing;

/** One actor's positions counted by stage, as the section's table shows them. */
export type StageCounts = { actor: string; name: string; counts: Record<SequencingStage, number>; total: number };

/** When each demand must be met: the stages and their rules, the collision rule, and how many positions carry each stage. */
/** How far a second, independent reading of the stages agreed with Parley's: positions read, agreeing, Cohen's κ; and where they differed. */
export type StageAgreementView = { n: number; agree: number; observed: number; kappa: number | null; differences: { a: SequencingStage; b: SequencingStage; count: number }[] };

export function SequencingSection({ counts, agreement }: { counts: readonly StageCounts[]; agreement?: StageAgreementView }) {
  return (
    <section aria-labelledby="sequencing" className="space-y-3">
      <h2 id="sequencing" className="scroll-mt-4 text-2xl font-semibold">
        When a demand must be met: sequencing
      </h2>
      <div className="max-w-3xl space-y-3 text-gray-800">
        <p>
          Every position of Russia and of Ukraine also says <strong>when</strong> the side wants its demand met, in the order the talks would run. The
          stage is read from the side&apos;s own statements, the ones the position rests on or later ones that hold the same line until its next
          position; the statements that fix it and the words that do are kept with the position (<code>sequencing</code> in the downloads). The stages:
        </p>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          {STAGE_ORDER.map((stage) => (
            <div key={stage} className="contents">
              <dt className="font-semibold">{words.stage[stage]}</dt>
              <dd>{words.rule[stage]}</dd>
            </div>
          ))}
        </dl>
        <p>
          Only explicit words of order (&ldquo;before&rdquo;, &ldquo;first&rdquo;, &ldquo;only after&rdquo;, &ldquo;as a condition of a ceasefire&rdquo;)
          make a precondition; a term set out in a memorandum or a draft treaty is a term of the settlement. {words.collisionRule} The{" "}
          <a href="/sequencing/" className={link}>
            sequencing view
          </a>{" "}
          follows the date, the two actors and &ldquo;{messages.evidence.strongOnly}&rdquo; like every other view. The mediators&apos; positions carry no
          stage: they set out plans rather than preconditions of their own.
        </p>
      </div>
      {agreement ? (
        <div className="max-w-3xl space-y-2 text-gray-800" data-testid="sequencing-agreement">
          <p>
            <strong>How reliable the stages are.</strong> A second coder (a separate agent given only the codebook, the positions without their stages
            and the statements) read every stage again, and was not shown Parley&apos;s. The two readings agree on {formatNumber(agreement.agree)} of{" "}
            {formatNumber(agreement.n)} positions ({formatPercent(agreement.observed)}; Cohen&apos;s κ{" "}
            {agreement.kappa === null ? "not defined" : agreement.kappa.toFixed(2)}). The second reading is published as measured, unedited, at{" "}
            <a href="/data/sequencing-b.json" className={link}>
              /data/sequencing-b.json
            </a>
            ; the stages shown are Parley&apos;s first reading, not settled against it. Where they differ:
          </p>
          <ul className="list-disc pl-6">
            {agreement.differences.map((d) => (
              <li key={`${d.a}-${d.b}`}>
                Parley {words.phrase[d.a]}, second reading {words.phrase[d.b]}: {formatNumber(d.count)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div role="region" aria-label="Positions by sequencing stage" tabIndex={0} className="relative max-w-3xl overflow-x-auto">
        <DataTable
          caption="How many of each party's coded positions carry each stage"
          rows={counts}
          rowKey={(row) => row.actor}
          rowHeader={{ head: "Actor", cell: (row) => row.name }}
          columns={[
            ...STAGE_ORDER.map((stage) => ({ head: words.stage[stage], cell: (row: StageCounts) => formatNumber(row.counts[stage]) })),
            { head: "Positions", cell: (row: StageCounts) => formatNumber(row.total) },
          ]}
        />
      </div>
    </section>
  );
}
