"use client";

import Link from "next/link";
import { useId, useMemo } from "react";
import { bestOf, closestTexts } from "@/lib/ledger";
import type { DocumentKind } from "@/lib/schema";
import { ledgerCodec, type LedgerContext, type LedgerState } from "@/lib/url/ledger";
import type { Notice } from "@/lib/url/notices";
import type { ViewDefaults } from "@/lib/url/view-state";
import { formatDate } from "@/lib/view/format";
import { describeLedger, formatCloseness, toPairLedger, type LedgerView } from "@/lib/view/ledger";
import { messages } from "@/lib/view/messages";
import type { ActorView } from "@/lib/view/view-model";
import { ActorPicker } from "../controls/actor-picker";
import { HydratedFieldset } from "../controls/hydrated-fieldset";
import { useUrlState } from "../hooks/use-url-state";
import { Notices } from "../ui/notices";
import { LedgerTable } from "./ledger-table";
import { pageMessages } from "@/lib/view/page-messages";

export type LedgerViewProps = {
  view: LedgerView;
  /** The sides a reader may pair: the actors with coded positions, the default pair first. */
  actors: ActorView[];
  defaults: ViewDefaults;
};

const ALL = "";
const KINDS = Object.keys(messages.documents.kind) as DocumentKind[];
/** How many texts the overall ranking lists. */
const TOP = 5;
const link = "text-blue-800 underline";

export function LedgerBody({ view, actors, defaults, state, notices, onChange }: LedgerViewProps & { state: LedgerState; notices: readonly Notice[]; onChange: (next: Partial<LedgerState>) => void }) {
  const labelId = useId();
  const a = actors.find((actor) => actor.id === state.a) ?? actors[0]!;
  const b = actors.find((actor) => actor.id === state.b) ?? actors[1]!;
  const rows = useMemo(() => view.rows.filter((row) => state.kind === ALL || row.document.kind === state.kind), [view.rows, state.kind]);
  const closest = useMemo(() => closestTexts(toPairLedger(view.issues, rows, a.id, b.id)), [view.issues, rows, a.id, b.id]);
  const titleOf = new Map(view.rows.map((row) => [row.document.id, row.document]));
  const summary = describeLedger(rows, closest, a.name, b.name, state.kind);
  const kinds = KINDS.filter((kind) => view.rows.some((row) => row.document.kind === kind));
  const textLink = (id: string) => (
    <Link href={`/documents/${id}/`} className={link}>
      {titleOf.get(id)?.shortTitle ?? id}
    </Link>
  );

  return (
    <div className="space-y-6">
      <Notices notices={notices} />
      <form className="no-print flex flex-wrap items-end gap-x-6 gap-y-3 text-sm" onSubmit={(event) => event.preventDefault()} aria-label="Filter the ledger">
        <ActorPicker actors={actors} a={a.id} b={b.id} onChange={(pair) => onChange(pair)} />
        <HydratedFieldset>
          <label className="flex flex-col gap-1">
            <span className="font-semibold">Kind of text</span>
            <select className="rounded border border-gray-400 px-2 py-1" value={state.kind} onChange={(event) => onChange({ kind: event.currentTarget.value })}>
              <option value={ALL}>All kinds</option>
              {kinds.map((kind) => (
                <option key={kind} value={kind}>
                  {messages.documents.kind[kind]}
                </option>
              ))}
            </select>
          </label>
        </HydratedFieldset>
      </form>
      <p role="status" className="max-w-3xl text-lg">
        {summary}
      </p>

      <div className="space-y-2">
        {/* the table's name sits outside the scrolling box, where a phone shows all of it */}
        <p id={labelId} className="text-sm font-semibold">
          {rows.length === view.rows.length ? `Every text, oldest first` : `${rows.length} of ${view.rows.length} texts, oldest first`}: each against {a.name} and {b.name} as they stood on
          the text&apos;s date, issue by issue
        </p>
        <LedgerTable view={view} rows={rows} a={a} b={b} defaults={defaults} labelId={labelId} />
      </div>

      <section aria-labelledby="closest-heading" className="space-y-3">
        <h2 id="closest-heading" className="text-2xl font-semibold">
          The texts closest to what both sides could live with
        </h2>
        <p className="max-w-3xl text-gray-800">
          Among the texts shown, ranked for {a.name} and {b.name}. {pageMessages.ledger.rules.closest}
        </p>
        <h3 id={`${labelId}-overall`} className="text-lg font-semibold">
          Overall
        </h3>
        {closest.overall.length === 0 ? (
          <p>No text shown was judged for both sides on any issue.</p>
        ) : (
          <ol aria-labelledby={`${labelId}-overall`} className="list-decimal space-y-1 pl-6">
            {closest.overall.slice(0, TOP).map((c) => (
              <li key={c.document}>
                {textLink(c.document)} <span className="text-sm text-gray-700">({formatDate(c.date, "short")})</span>: {formatCloseness(c, true)}
              </li>
            ))}
          </ol>
        )}
        <h3 className="text-lg font-semibold">Issue by issue</h3>
        <div role="region" aria-label="Closest texts per issue (scrolls sideways)" tabIndex={0} className="relative overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">The texts closest to both sides on each issue</caption>
            <thead>
              <tr className="border-b border-gray-400 align-bottom">
                <th scope="col" className="py-1 pr-3">
                  Issue
                </th>
                <th scope="col" className="py-1 pr-3">
                  Closest
                </th>
                <th scope="col" className="py-1 pr-3">
                  How close
                </th>
                <th scope="col" className="py-1 pr-3">
                  Texts judged for both
                </th>
              </tr>
            </thead>
            <tbody>
              {closest.byIssue.map(({ issue, ranked }) => {
                const best = bestOf(ranked);
                const title = view.issues.find((i) => i.id === issue)?.title ?? issue;
                return (
                  <tr key={issue} className="border-b border-gray-200 align-top">
                    <th scope="row" className="py-1.5 pr-3 font-medium">
                      {title}
                    </th>
                    <td className="py-1.5 pr-3">
                      {best.length === 0
                        ? "No text judged for both sides"
                        : best.map((c, i) => (
                            <span key={c.document}>
                              {i > 0 ? ", " : ""}
                              {textLink(c.document)}
                            </span>
                          ))}
                    </td>
                    <td className="py-1.5 pr-3">{best[0] ? formatCloseness(best[0], false) : "–"}</td>
                    <td className="py-1.5 pr-3 tabular-nums">{ranked.length}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}

/** The ledger for the pair and kind in the URL; prerendered with the default pair and every kind. */
export function LedgerFromUrl(props: LedgerViewProps) {
  const context = useMemo<LedgerContext>(
    () => ({
      actors: props.actors.map((actor) => actor.id),
      kinds: KINDS.filter((kind) => props.view.rows.some((row) => row.document.kind === kind)),
      defaultA: props.defaults.defaultA,
      defaultB: props.defaults.defaultB,
    }),
    [props.actors, props.view.rows, props.defaults],
  );
  const { state, notices, setState } = useUrlState(ledgerCodec, context);
  return <LedgerBody {...props} state={state} notices={notices} onChange={setState} />;
}
