"use client";

import { useMemo } from "react";
import { snapshot, type Coded } from "@/lib/analysis";
import { issueStatus } from "@/lib/status";
import { formatDate, formatLanguage, formatPercent } from "@/lib/view/format";
import { isEnglish } from "@/lib/language";
import { messages } from "@/lib/view/messages";
import { describeSnapshot } from "@/lib/view/sentences";
import { toSpectrumRows } from "@/lib/view/spectrum";
import { toStatusNote } from "@/lib/view/status";
import type { Notice } from "@/lib/url/notices";
import { isDefaultView, viewCodec, type ViewState } from "@/lib/url/view-state";
import { latestStatements, type IssueView, type StatementView, type TimeContext } from "@/lib/view/view-model";
import { ActorKey } from "../ui/actor-mark";
import { OverviewHistory } from "../charts/history-sections";
import { CiteView } from "../controls/cite-view";
import { EmbedControl } from "../controls/embed-control";
import { ImportedDataBanner } from "../import/imported-data-banner";
import { SpectrumChart } from "../charts/spectrum-chart";
import { TimeControls } from "../controls/time-controls";
import { NO_STATEMENTS, StatementsPending, useAllStatements } from "../hooks/use-downloads";
import { useImportedData, useStoredImport } from "../hooks/use-imported-data";
import { useUrlState } from "../hooks/use-url-state";
import { useEvidenceView } from "../hooks/use-evidence-view";

export type OverviewProps = {
  context: TimeContext;
  issues: IssueView[];
  positions: Coded[];
  /** The latest statements of the default view (latestStatements); any other view fetches them all. */
  defaultStatements: StatementView[];
};

function Stat({ value, label, tone }: { value: string; label: string; tone: string }) {
  return (
    <div className={`rounded-lg border-l-4 bg-white px-4 py-3 shadow-sm ${tone}`}>
      <div className="text-3xl font-bold tabular-nums">{value}</div>
      <div className="text-sm text-gray-700">{label}</div>
    </div>
  );
}


/** The overview at one state of the view; the same markup is prerendered with the defaults. */
export function OverviewBody({ context, issues, state, notices, onChange, positions: builtInPositions, defaultStatements }: OverviewProps & { state: ViewState; notices: readonly Notice[]; onChange: (next: Partial<ViewState>) => void }) {
  const { stored: storedImport } = useStoredImport();
  const needAll = !isDefaultView(state, context) || storedImport !== undefined;
  const all = useAllStatements(needAll);
  const builtInStatements = needAll ? (all.data ?? NO_STATEMENTS) : defaultStatements;
  const { stored, positions, statements } = useImportedData(builtInPositions, builtInStatements);
  const statementsPending = needAll && all.data === undefined;
  const evidence = useEvidenceView(positions, context, state);
  const { index } = evidence;
  const snap = useMemo(() => snapshot(index, issues, state.date, state.a, state.b), [index, issues, state]);
  const actorA = context.actors.find((actor) => actor.id === state.a)!;
  const actorB = context.actors.find((actor) => actor.id === state.b)!;
  const nameOf = (id: string) => context.actors.find((actor) => actor.id === id)?.name ?? id;
  // the status follows the same index as the verdict: the date, the pair and "strong evidence only"
  const rows = toSpectrumRows(snap, issues).map((row) => ({
    ...row,
    fragile: evidence.fragileOf(row.issue),
    status: toStatusNote(issueStatus(index, row.issue, state.a, state.b, state.date), nameOf),
  }));
  const overlapping = snap.counts.overlap + snap.counts.agreement;
  const latest = latestStatements(statements, state.date, state.a, state.b);
  const titleOf = new Map(issues.map((issue) => [issue.id, issue.title]));
  const summary = describeSnapshot(snap, actorA, actorB);

  return (
    <div className="space-y-6">
      <ImportedDataBanner stored={stored} />
      <TimeControls context={context} state={state} notices={notices} onChange={onChange} weakCount={evidence.weakCount} />
      <section aria-labelledby="counts-heading" className="space-y-3">
        <h2 id="counts-heading" className="text-xl font-semibold">
          Where they stand on {formatDate(state.date)}
        </h2>
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          <Stat value={String(overlapping)} label={`${messages.relation.overlap} or agreement`} tone="border-green-700" />
          <Stat value={String(snap.counts.conflict)} label={messages.relation.conflict} tone="border-red-700" />
          <Stat value={String(snap.counts.unknown)} label={messages.relation.unknown} tone="border-gray-500" />
          <Stat
            value={snap.overallDistance === null ? "–" : formatPercent(snap.overallDistance)}
            label="Overall distance (salience-weighted)"
            tone="border-gray-900"
          />
        </div>
      </section>
      <section aria-labelledby="chart-heading" className="rounded-xl border border-gray-200 bg-white p-4 shadow-sm">
        <h2 id="chart-heading" className="sr-only">
          Every issue on its spectrum
        </h2>
        <SpectrumChart
          rows={rows}
          a={actorA}
          b={actorB}
          caption={`${actorA.name} and ${actorB.name} on every issue, ${formatDate(state.date)}`}
          summary={summary}
          linkIssues
          exportAs={{ date: state.date, version: context.datasetVersion ?? "", path: "/", imported: Boolean(stored), strong: state.strong }}
        />
      </section>
      <OverviewHistory context={context} issues={issues} positions={evidence.shown} index={index} a={actorA} b={actorB} date={state.date} embed={{ state, version: context.datasetVersion ?? "" }} />
      <CiteView title={`${actorA.name} and ${actorB.name} on every issue`} date={state.date} version={context.datasetVersion ?? ""} path="/" state={state} actors={[actorA.name, actorB.name]} />
      <EmbedControl title={`${actorA.name} and ${actorB.name} on every issue`} version={context.datasetVersion ?? ""} path="/" state={state} layout={{ kind: "overview", rows: rows.length, fragile: rows.filter((row) => row.fragile).length }} />
      <section aria-labelledby="latest-heading" className="space-y-3">
        <h2 id="latest-heading" className="text-xl font-semibold">
          Latest statements up to {formatDate(state.date)}
        </h2>
        {statementsPending ? (
          <StatementsPending error={all.error} retry={all.retry} />
        ) : latest.length === 0 ? (
          <p className="text-gray-700">No statement of either side up to this date.</p>
        ) : (
          <ul className="grid gap-3 md:grid-cols-2">
            {latest.map((s) => {
              const actor = context.actors.find((x) => x.id === s.actor)!;
              return (
                <li key={s.id} className="rounded-lg border border-gray-200 bg-white p-3 shadow-sm">
                  <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
                    <ActorKey actor={actor} className="font-semibold" />
                    <time dateTime={s.date} className="text-gray-700">
                      {formatDate(s.date)}
                    </time>
                  </div>
                  <p className="mt-1 text-sm font-medium">{s.speaker}</p>
                  <p className="mt-1">{s.summary}</p>
                  <p className="mt-1 text-sm text-gray-700">
                    <span className={s.confidence === "low" ? "font-semibold text-amber-900" : undefined}>{messages.confidence[s.confidence]}</span>
                    {isEnglish(s.quoteLanguage) ? null : <> · {messages.quote.quotedIn} {formatLanguage(s.quoteLanguage)}, with Parley’s translation</>}
                  </p>
                  <p className="mt-2 flex flex-wrap gap-x-4 gap-y-2 text-sm">
                    {s.issues.map((issue) => (
                      <a key={issue} href={`/issues/${issue}/`} className="text-blue-800 underline">
                        {titleOf.get(issue) ?? issue}
                      </a>
                    ))}
                    <a href={s.url} rel="noopener noreferrer" className="text-blue-800 underline">
                      Source<span className="sr-only"> of the statement by {s.speaker} on {formatDate(s.date)}</span>
                    </a>
                  </p>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}

/** The overview driven by the URL (?date=&a=&b=); prerendered at the defaults. */
export function OverviewFromUrl(props: OverviewProps) {
  const context = useMemo(() => props.context, [props.context]);
  const { state, notices, setState } = useUrlState(viewCodec, context);
  return <OverviewBody {...props} state={state} notices={notices} onChange={setState} />;
}
