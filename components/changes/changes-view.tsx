"use client";

import { useMemo } from "react";
import { diff, type Direction, type IssueChange, type Move, type Coded } from "@/lib/analysis";
import { formatDate, formatOption, formatRange } from "@/lib/view/format";
import { messages } from "@/lib/view/messages";
import type { Notice } from "@/lib/url/notices";
import { changesCodec, defaultRange, toQuery, type ChangesState } from "@/lib/url/view-state";
import type { FragileNote } from "@/lib/view/evidence";
import type { ActorView, IssueView, StatementView, TimeContext } from "@/lib/view/view-model";
import { ActorKey } from "../ui/actor-mark";
import { ActorPicker } from "../controls/actor-picker";
import { ImportedDataBanner } from "../import/imported-data-banner";
import { Notices } from "../ui/notices";
import { RelationBadge } from "../ui/relation-badge";
import { FragileMark } from "../ui/fragile-mark";
import { EvidenceToggle } from "../controls/evidence-toggle";
import { useEvidenceView } from "../hooks/use-evidence-view";
import { NO_STATEMENTS, StatementsPending, useAllStatements, usePositionEvidence } from "../hooks/use-downloads";
import { useImportedData, useStoredImport } from "../hooks/use-imported-data";
import { useIsPrerendered } from "../hooks/use-url-search";
import { useUrlState } from "../hooks/use-url-state";

export type ChangesProps = {
  context: TimeContext;
  issues: IssueView[];
  /** Positions without evidence, except those that moved in the default window; any other window fetches the evidence. */
  positions: Coded[];
  /** The statements the default window's moves cite (citedBy); any other window fetches them all. */
  defaultStatements: StatementView[];
};

const arrows: Record<Direction, string> = { toward: "→←", away: "←→", neither: "↔" };

function DateField({ label, value, context, onChange }: { label: string; value: string; context: TimeContext; onChange: (date: string) => void }) {
  const event = context.events.find((e) => e.date === value);
  // a date picked before the page hydrates would show here but never reach the list of changes
  const prerendered = useIsPrerendered();
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <label className="flex items-center gap-2">
        <span className="w-10 font-semibold">{label}</span>
        <input
          type="date"
          disabled={prerendered}
          className="rounded border border-gray-400 px-2 py-1"
          min={context.earliest}
          max={context.latest}
          value={value}
          onChange={(e) => {
            const typed = e.currentTarget.value;
            if (typed >= context.earliest && typed <= context.latest) onChange(typed);
          }}
        />
      </label>
      <label className="flex items-center gap-2">
        <span className="sr-only">{label}: key event</span>
        <select
          disabled={prerendered}
          className="max-w-[18rem] rounded border border-gray-400 px-2 py-1"
          value={event?.id ?? ""}
          onChange={(e) => {
            const chosen = context.events.find((x) => x.id === e.currentTarget.value);
            if (chosen) onChange(chosen.date);
          }}
        >
          <option value="">— a key event —</option>
          {context.events.map((e) => (
            <option key={e.id} value={e.id}>
              {formatDate(e.date, "short")}: {e.title}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

function MoveLine({ move, issue, actor, statements, from }: { move: Move; issue: IssueView; actor: ActorView; statements: Map<string, StatementView>; from: string }) {
  const cited = [...new Set(move.steps.flatMap((p) => p.evidence ?? []))].map((id) => statements.get(id)).filter((s): s is StatementView => s !== undefined);
  // a coding may also cite older context; the statements made inside the window are the ones that show the move
  const inWindow = cited.filter((s) => s.date > from);
  const evidence = inWindow.length > 0 ? inWindow : cited;
  return (
    <li className="space-y-2 border-t border-gray-200 pt-3">
      <p>
        <ActorKey actor={actor} className="font-semibold" />{" "}
        {move.before ? (
          <>
            moved from <strong>{formatOption(issue, move.before.ideal)}</strong>
            {move.before.acceptable[0] !== move.before.acceptable[1] ? ` (could live with ${formatRange(issue, move.before.acceptable)})` : ""} to{" "}
          </>
        ) : (
          <>took a first coded position: </>
        )}
        <strong>{formatOption(issue, move.after.ideal)}</strong>
        {move.after.acceptable[0] !== move.after.acceptable[1] ? ` (could live with ${formatRange(issue, move.after.acceptable)})` : ""}
        {move.before ? (
          <span className={`ml-2 whitespace-nowrap rounded px-1.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${move.direction === "toward" ? "bg-green-50 text-green-900 ring-green-700" : move.direction === "away" ? "bg-red-50 text-red-900 ring-red-700" : "bg-gray-100 text-gray-800 ring-gray-500"}`}>
            <span aria-hidden="true">{arrows[move.direction]} </span>
            {messages.direction[move.direction]}
          </span>
        ) : null}
      </p>
      {evidence.length > 0 ? (
        <ul className="space-y-1 pl-4 text-sm">
          {evidence.map((s) => (
            <li key={s.id} className="list-disc">
              <time dateTime={s.date} className="font-medium">{formatDate(s.date)}</time>, {s.speaker}: {s.summary}{" "}
              <a href={s.url} rel="noopener noreferrer" className="text-blue-800 underline">
                Source<span className="sr-only"> of the statement by {s.speaker} on {formatDate(s.date)}</span>
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

function ChangeCard({ change, issue, actors, statements, from, to, query, fragile }: {
  change: IssueChange;
  issue: IssueView;
  actors: ActorView[];
  statements: Map<string, StatementView>;
  from: string;
  to: string;
  query: string;
  /** The verdict at the end of the window rests on weak evidence. */
  fragile?: FragileNote;
}) {
  const detail = (r: IssueChange["before"]) => (r.kind === "conflict" ? `gap ${r.gap}` : r.zopa ? `ZOPA ${formatRange(issue, r.zopa)}` : undefined);
  return (
    <li className="rounded-lg border border-gray-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-lg font-semibold">
          <a href={`/issues/${issue.id}/${query}`} className="underline decoration-gray-400 hover:decoration-gray-900">
            {issue.title}
          </a>
        </h2>
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <RelationBadge kind={change.before.kind} detail={detail(change.before)} />
          <span aria-label="became">→</span>
          <RelationBadge kind={change.after.kind} detail={detail(change.after)} />
          <span className="font-semibold">
            {change.direction === "neither" ? "" : `· ${messages.direction[change.direction]}`}
          </span>
        </p>
      </div>
      {fragile ? <FragileMark note={fragile} /> : null}
      <ul className="mt-3 space-y-3">
        {change.moves.map((move) => (
          <MoveLine key={move.actor} move={move} issue={issue} actor={actors.find((a) => a.id === move.actor)!} statements={statements} from={from} />
        ))}
      </ul>
      {change.moves.length === 0 ? <p className="mt-2 text-sm text-gray-700">Neither side moved; the relation changed because a side was first coded by {formatDate(to)}.</p> : null}
    </li>
  );
}

export function ChangesBody({ context, issues, positions: builtInPositions, defaultStatements, state, notices, onChange }: ChangesProps & { state: ChangesState; notices: readonly Notice[]; onChange: (next: Partial<ChangesState>) => void }) {
  const defaults = defaultRange(context);
  const isDefaultView = state.from === defaults.from && state.to === defaults.to && state.a === context.defaultA && state.b === context.defaultB && !state.strong;
  const { stored: storedImport } = useStoredImport();
  // the page carries the evidence of its default window only; any other window, or an import (whose
  // positions may cite any statement), fetches the rest
  const needAll = !isDefaultView || storedImport !== undefined;
  const all = useAllStatements(needAll);
  const evidence = usePositionEvidence(needAll);
  const builtInStatements = needAll ? (all.data ?? NO_STATEMENTS) : defaultStatements;
  const cited = useMemo(
    () => (!needAll || !evidence.data ? builtInPositions : builtInPositions.map((p) => ({ ...p, evidence: evidence.data?.get(p.id) ?? p.evidence }))),
    [needAll, evidence.data, builtInPositions],
  );
  // the same merge as the overview's, so the two never disagree on who moved
  const { stored, positions, statements } = useImportedData(cited, builtInStatements);
  const pending = needAll && (!all.data || !evidence.data);
  const evidenceView = useEvidenceView(positions, context, { a: state.a, b: state.b, date: state.to, strong: state.strong });
  const { index } = evidenceView;
  const result = useMemo(() => diff(index, issues, state.from, state.to, state.a, state.b), [index, issues, state]);
  const byId = useMemo(() => new Map(statements.map((s) => [s.id, s])), [statements]);
  const a = context.actors.find((x) => x.id === state.a)!;
  const b = context.actors.find((x) => x.id === state.b)!;
  const n = (count: number) => `${count} issue${count === 1 ? "" : "s"}`;
  const headline =
    result.changes.length === 0
      ? `Between ${formatDate(result.from)} and ${formatDate(result.to)}, neither ${a.name} nor ${b.name} changed position on any issue.`
      : `Between ${formatDate(result.from)} and ${formatDate(result.to)}: ${n(result.counts.toward)} moved toward agreement, ${result.counts.away} away` +
        (result.counts.neither ? `, ${result.counts.neither} changed without coming closer or moving apart.` : ".");
  const issueQuery = toQuery({ date: result.to, a: state.a, b: state.b, strong: state.strong }, context);
  return (
    <div className="space-y-6">
      <ImportedDataBanner stored={stored} />
      <div className="no-print space-y-3 rounded-lg border border-gray-300 bg-white p-3">
        <Notices notices={notices} />
        <ActorPicker actors={context.actors} a={state.a} b={state.b} onChange={onChange} />
        <DateField label="From" value={state.from} context={context} onChange={(from) => onChange({ from })} />
        <DateField label="To" value={state.to} context={context} onChange={(to) => onChange({ to })} />
        <EvidenceToggle strong={Boolean(state.strong)} weakCount={evidenceView.weakCount} onChange={(strong) => onChange({ strong: strong || undefined })} />
      </div>
      <p className="text-xl font-semibold" role="status" data-testid="changes-summary">
        {headline}
      </p>
      {pending && result.changes.length > 0 ? (
        <StatementsPending
          error={all.error ?? evidence.error}
          retry={() => {
            if (all.error) all.retry();
            if (evidence.error) evidence.retry();
          }}
        />
      ) : null}
      <ul className="space-y-4">
        {result.changes.map((change) => (
          <ChangeCard
            key={change.issue}
            change={change}
            issue={issues.find((i) => i.id === change.issue)!}
            actors={context.actors}
            statements={byId}
            from={result.from}
            to={result.to}
            query={issueQuery}
            fragile={evidenceView.fragileOf(issues.find((i) => i.id === change.issue)!, result.to)}
          />
        ))}
      </ul>
    </div>
  );
}

/** The changes between two dates held in the URL (?from=&to=&a=&b=); prerendered at the defaults. */
export function ChangesFromUrl(props: ChangesProps) {
  const { state, notices, setState } = useUrlState(changesCodec, props.context);
  return <ChangesBody {...props} state={state} notices={notices} onChange={setState} />;
}
