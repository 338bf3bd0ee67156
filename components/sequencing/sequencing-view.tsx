"use client";

import { useMemo } from "react";
import type { Coded } from "@/lib/analysis";
import type { SequencingStage } from "@/lib/schema";
import { STAGE_ORDER, sequencingView, type SideSequence } from "@/lib/sequencing";
import { viewCodec, type ViewState } from "@/lib/url/view-state";
import type { Notice } from "@/lib/url/notices";
import { statementHref } from "@/lib/view/statement";
import { formatDate, formatOption } from "@/lib/view/format";
import { messages } from "@/lib/view/messages";
import { describeCollision, describeSequencing, describeStageCounts, stageLabel, toSequencingRows } from "@/lib/view/sequencing";
import { sequencingFromDownload, type ActorView, type IssueView, type StatementView, type TimeContext } from "@/lib/view/view-model";
import { ChartFigure } from "../charts/chart-figure";
import { TimeControls } from "../controls/time-controls";
import { loader, NO_STATEMENTS, StatementsPending, useAllStatements, useDownload } from "../hooks/use-downloads";
import { useEvidenceView } from "../hooks/use-evidence-view";
import { useUrlState } from "../hooks/use-url-state";
import { ActorKey } from "../ui/actor-mark";
import { DataTable } from "../ui/data-table";

export type SequencingProps = {
  context: TimeContext;
  issues: IssueView[];
  /** Every position; those in force in the default view carry their sequencing, any other view fetches the rest. */
  positions: Coded[];
  /** The statements the default view's stages rest on; any other view fetches them all. */
  defaultStatements: StatementView[];
};

const loadSequencing = loader("/data/positions.json", sequencingFromDownload);
const words = messages.sequencing;
/** The stated stages, the columns of the chart; "not stated" is its last column. */
const COLUMNS: readonly SequencingStage[] = STAGE_ORDER;

/** The glyph that marks a collision wherever it is shown, beside the word, so it never rests on colour. */
const COLLISION = "⚡";

function IssueChip({ issue, collided }: { issue: IssueView; collided: boolean }) {
  return (
    <li
      className={`rounded border px-2 py-1 text-sm ${collided ? "border-2 border-gray-900 bg-amber-50 font-semibold" : "border-gray-300 bg-white"}`}
      data-issue={issue.id}
    >
      {collided ? (
        <span aria-hidden="true" className="mr-1">
          {COLLISION}
        </span>
      ) : null}
      {issue.title}
      {collided ? <span className="sr-only"> ({words.collision})</span> : null}
    </li>
  );
}

/** The chart: one row per side, one column per stage, each issue where the side wants it met. */
function SequenceChart({ sides, actors, issues, collided }: { sides: SideSequence[]; actors: ActorView[]; issues: Map<string, IssueView>; collided: Set<string> }) {
  return (
    <div role="region" aria-label="Each side's issues by stage" tabIndex={0} className="relative h-full overflow-x-auto">
      <div className="grid min-w-[56rem] grid-cols-[9rem_repeat(5,minmax(0,1fr))] gap-2" aria-hidden="true">
        <div />
        {COLUMNS.map((stage, i) => (
          <div key={stage} className="border-b-2 border-gray-800 pb-1 text-sm font-semibold">
            {stage === "unknown" ? words.stage.unknown : `${i + 1}. ${words.stage[stage]}`}
          </div>
        ))}
        {sides.map((side, row) => (
          <SequenceRow key={side.actor} side={side} actor={actors[row]!} issues={issues} collided={collided} />
        ))}
      </div>
    </div>
  );
}

function SequenceRow({ side, actor, issues, collided }: { side: SideSequence; actor: ActorView; issues: Map<string, IssueView>; collided: Set<string> }) {
  return (
    <>
      <div className="pt-1 font-semibold" style={{ borderLeft: `6px solid var(${actor.color})`, paddingLeft: "0.5rem" }}>
        <ActorKey actor={actor} />
      </div>
      {COLUMNS.map((stage) => (
        <ul key={stage} className="min-h-12 space-y-1 rounded bg-gray-50 p-1">
          {side.steps
            .filter((step) => step.stage === stage)
            .map((step) => (
              <IssueChip key={step.issue} issue={issues.get(step.issue)!} collided={collided.has(step.issue)} />
            ))}
        </ul>
      ))}
    </>
  );
}

function EvidenceLinks({ ids, statements }: { ids: readonly string[]; statements: ReadonlyMap<string, StatementView> }) {
  if (ids.length === 0) return null;
  return (
    <ul className="mt-1 space-y-1 text-sm">
      {ids.map((id) => {
        const s = statements.get(id);
        if (!s) return <li key={id}>{id}</li>;
        return (
          <li key={id}>
            <a href={statementHref(id)} className="text-blue-800 underline">
              {s.speaker}, {formatDate(s.date)}
            </a>
            : {s.summary}
          </li>
        );
      })}
    </ul>
  );
}

/** One side's demands in its order: stage by stage, each issue with what it asks for, why this stage, and the statements. */
function SideOrder({ side, actor, issues, statements, collided }: { side: SideSequence; actor: ActorView; issues: Map<string, IssueView>; statements: ReadonlyMap<string, StatementView>; collided: Set<string> }) {
  const headingId = `order-${actor.id}`;
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-gray-200 bg-white p-4 shadow-sm" style={{ borderTop: `6px solid var(${actor.color})` }}>
      <h3 id={headingId} className="text-lg font-semibold">
        <ActorKey actor={actor} />: in its order
      </h3>
      <p className="text-sm text-gray-700">{side.tagged ? describeStageCounts(side) : words.untagged(actor.name)}</p>
      <ol className="mt-3 space-y-3">
        {side.steps.map((step) => {
          const issue = issues.get(step.issue)!;
          return (
            <li key={step.issue} className="border-l-4 border-gray-300 pl-3">
              <p className="font-semibold">
                {collided.has(step.issue) ? <span aria-hidden="true">{COLLISION} </span> : null}
                {issue.title}: <span className="font-normal">{stageLabel(step.stage)}</span>
                {collided.has(step.issue) ? <span className="sr-only"> ({words.collision})</span> : null}
              </p>
              {step.position ? <p className="text-sm text-gray-700">Asks for: {formatOption(issue, step.position.ideal)}</p> : null}
              {step.rationale ? <p className="text-sm">{step.rationale}</p> : null}
              <EvidenceLinks ids={step.evidence} statements={statements} />
            </li>
          );
        })}
      </ol>
      {side.uncoded.length > 0 ? (
        <p className="mt-3 text-sm text-gray-700">No coded position on: {side.uncoded.map((id) => issues.get(id)?.title ?? id).join(", ")}.</p>
      ) : null}
    </section>
  );
}

export function SequencingBody({ context, issues, positions: builtIn, defaultStatements, state, notices, onChange }: SequencingProps & {
  state: ViewState;
  notices: readonly Notice[];
  onChange: (next: Partial<ViewState>) => void;
}) {
  const isDefaultView = state.date === context.latest && state.a === context.defaultA && state.b === context.defaultB && !state.strong;
  const all = useAllStatements(!isDefaultView);
  const sequencing = useDownload(loadSequencing, !isDefaultView);
  const positions = useMemo(
    () => (isDefaultView || !sequencing.data ? builtIn : builtIn.map((p) => ({ ...p, sequencing: sequencing.data?.get(p.id) ?? p.sequencing }))),
    [isDefaultView, sequencing.data, builtIn],
  );
  const statements = isDefaultView ? defaultStatements : (all.data ?? NO_STATEMENTS);
  const byId = useMemo(() => new Map(statements.map((s) => [s.id, s])), [statements]);
  const evidence = useEvidenceView(positions, context, state);
  const issueIds = useMemo(() => issues.map((issue) => issue.id), [issues]);
  const view = useMemo(() => sequencingView(evidence.index, issueIds, state.a, state.b, state.date), [evidence.index, issueIds, state.a, state.b, state.date]);
  const byIssue = useMemo(() => new Map(issues.map((issue) => [issue.id, issue])), [issues]);
  const a = context.actors.find((x) => x.id === state.a)!;
  const b = context.actors.find((x) => x.id === state.b)!;
  const nameOf = (id: string) => context.actors.find((x) => x.id === id)?.name ?? id;
  const titleOf = (id: string) => byIssue.get(id)?.title ?? id;
  const collided = new Set(view.collisions.map((c) => c.issue));
  const pending = !isDefaultView && (!all.data || !sequencing.data);
  const summary = describeSequencing(view, nameOf, titleOf);
  const rows = toSequencingRows(view, issueIds);
  const stepOf = (side: SideSequence, issue: string) => side.steps.find((step) => step.issue === issue);

  return (
    <div className="space-y-6">
      <div className="no-print space-y-3 rounded-lg border border-gray-300 bg-white p-3">
        <TimeControls context={context} state={state} notices={notices} onChange={onChange} weakCount={evidence.weakCount} />
      </div>
      {pending ? (
        <StatementsPending
          error={all.error ?? sequencing.error}
          retry={() => {
            if (all.error) all.retry();
            if (sequencing.error) sequencing.retry();
          }}
        />
      ) : null}
      <ChartFigure
        testId="sequencing-chart"
        caption={`What each side wants first: ${a.name} and ${b.name}, ${formatDate(state.date)}`}
        summary={summary}
        height="h-auto"
        legend={
          <span>
            {COLLISION} {words.collision}: one side&apos;s precondition is the other&apos;s settlement term
          </span>
        }
        chart={<SequenceChart sides={[view.a, view.b]} actors={[a, b]} issues={byIssue} collided={collided} />}
        table={
          <DataTable
            caption={`When each side wants its demand met, issue by issue, ${formatDate(state.date)}`}
            rows={rows}
            rowKey={(row) => row.issue}
            rowHeader={{ head: "Issue", cell: (row) => titleOf(row.issue) }}
            columns={[
              { head: a.name, cell: (row) => stageLabel(row.a) },
              { head: b.name, cell: (row) => stageLabel(row.b) },
              { head: words.collision, cell: (row) => (row.collision ? `${COLLISION} yes` : "no") },
            ]}
          />
        }
      />
      <section aria-labelledby="collisions-heading" className="space-y-3">
        <h2 id="collisions-heading" className="text-2xl font-semibold">
          Where the orders collide
        </h2>
        {view.collisions.length === 0 ? (
          <p>On {formatDate(state.date)}, no issue is a precondition for one side and a settlement term for the other.</p>
        ) : (
          <ul className="space-y-4" data-testid="collisions">
            {view.collisions.map((collision) => {
              const issue = byIssue.get(collision.issue)!;
              const sides = [collision.first, collision.last].map((end) => ({ end, step: stepOf(end.actor === view.a.actor ? view.a : view.b, collision.issue) }));
              return (
                <li key={collision.issue} className="rounded-lg border-2 border-gray-900 bg-white p-4">
                  <h3 className="text-lg font-semibold">
                    <span aria-hidden="true">{COLLISION} </span>
                    {describeCollision(collision, nameOf, titleOf)}
                  </h3>
                  <div className="mt-2 grid gap-4 md:grid-cols-2">
                    {sides.map(({ end, step }) => (
                      <div key={end.actor}>
                        <p className="font-semibold">
                          {nameOf(end.actor)}: {stageLabel(end.stage)}
                        </p>
                        {step?.position ? <p className="text-sm text-gray-700">Asks for: {formatOption(issue, step.position.ideal)}</p> : null}
                        {step?.rationale ? <p className="text-sm">{step.rationale}</p> : null}
                        <EvidenceLinks ids={step?.evidence ?? []} statements={byId} />
                      </div>
                    ))}
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <div className="grid gap-4 lg:grid-cols-2">
        <SideOrder side={view.a} actor={a} issues={byIssue} statements={byId} collided={collided} />
        <SideOrder side={view.b} actor={b} issues={byIssue} statements={byId} collided={collided} />
      </div>
    </div>
  );
}

/** The sequencing view held in the URL (?date=&a=&b=&evidence=), prerendered at the defaults. */
export function SequencingFromUrl(props: SequencingProps) {
  const { state, notices, setState } = useUrlState(viewCodec, props.context);
  return <SequencingBody {...props} state={state} notices={notices} onChange={setState} />;
}
