"use client";

import Link from "next/link";
import { useMemo, useRef, type KeyboardEvent } from "react";
import { judgeDeal, judgeText } from "@/lib/deal";
import type { Verdict } from "@/lib/ledger";
import { dealCodec, toDealContext, toDealQuery, type DealContext, type DealState } from "@/lib/url/deal";
import type { Notice } from "@/lib/url/notices";
import { describeDeal, describeTextVerdict, formatPickVerdict, type DealData } from "@/lib/view/deal";
import { clauseHref } from "@/lib/view/documents";
import { formatDate, formatOption } from "@/lib/view/format";
import type { ActorView } from "@/lib/view/view-model";
import { TimeControls } from "../controls/time-controls";
import { useEvidenceView } from "../hooks/use-evidence-view";
import { useIsPrerendered } from "../hooks/use-url-search";
import { useUrlState } from "../hooks/use-url-state";
import { ActorKey } from "../ui/actor-mark";

export type DealProps = DealData;

function VerdictCell({ verdict, actor }: { verdict?: Verdict; actor: ActorView }) {
  if (!verdict) return <td className="px-2 py-1 text-gray-700">—</td>;
  const { glyph, word } = formatPickVerdict(verdict);
  return (
    <td className={`px-2 py-1 ${verdict.kind === "crosses" ? "font-semibold text-red-900" : ""}`} data-verdict={verdict.kind} data-actor={actor.id}>
      <span aria-hidden="true">{glyph} </span>
      {word}
    </td>
  );
}

export function DealBody({ context, dealContext, issues, positions, texts, titles, state, notices, onChange }: DealProps & {
  /** The context the codec reads the package with, for the projector's link. */
  dealContext: DealContext;
  state: DealState;
  notices: readonly Notice[];
  onChange: (next: Partial<DealState>) => void;
}) {
  const prerendered = useIsPrerendered();
  const evidence = useEvidenceView(positions, context, state.view);
  const a = context.actors.find((x) => x.id === state.view.a)!;
  const b = context.actors.find((x) => x.id === state.view.b)!;
  const pkg = useMemo(() => new Map(Object.entries(state.picks)), [state.picks]);
  const result = useMemo(() => judgeDeal(evidence.index, issues, pkg, a.id, b.id, state.view.date), [evidence.index, issues, pkg, a.id, b.id, state.view.date]);
  const byIssue = new Map(result.rows.map((row) => [row.issue, row]));
  const titleOf = (id: string) => issues.find((issue) => issue.id === id)?.title ?? id;
  const picked = useMemo(() => new Set(Object.keys(state.picks)), [state.picks]);
  const reveal = useMemo(
    () => (state.reveal ? texts.map((text) => judgeText(evidence.index, issues, text, a.id, b.id, picked.size > 0 ? picked : undefined)) : []),
    [state.reveal, texts, evidence.index, issues, a.id, b.id, picked],
  );
  const table = useRef<HTMLTableElement>(null);

  const setPick = (issue: string, value: string) => {
    const picks = { ...state.picks };
    if (value === "") delete picks[issue];
    else picks[issue] = Number(value);
    onChange({ picks });
  };

  // a clicker sends Page Down and Page Up: they move between the issues' pickers, as the deck moves between slides
  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    if (event.key !== "PageDown" && event.key !== "PageUp") return;
    const selects = [...(table.current?.querySelectorAll("select") ?? [])];
    const at = selects.indexOf(document.activeElement as HTMLSelectElement);
    const next = selects[Math.min(selects.length - 1, Math.max(0, at + (event.key === "PageDown" ? 1 : -1)))];
    if (!next) return;
    event.preventDefault();
    next.focus();
  };

  return (
    <div className="space-y-6">
      <div className="no-print space-y-3 rounded-lg border border-gray-300 bg-white p-3">
        <TimeControls context={context} state={state.view} notices={notices} onChange={(view) => onChange({ view: { ...state.view, ...view } })} weakCount={evidence.weakCount} />
      </div>
      <p className="text-xl font-semibold" role="status" data-testid="deal-summary">
        {describeDeal(result, a.name, b.name, titleOf)}
      </p>
      <div role="region" aria-label="Your package" tabIndex={0} className="relative overflow-x-auto rounded-lg border border-gray-200 bg-white p-2 shadow-sm">
        <table ref={table} className="w-full border-collapse text-left text-base" onKeyDown={onKeyDown}>
          <caption className="px-2 pb-2 text-left text-sm text-gray-700">
            Pick one option on each issue you want in the deal (Tab or Page Down moves to the next issue). Each pick is judged against what each side
            said it could live with on {formatDate(state.view.date)}.
          </caption>
          <thead>
            <tr className="border-b border-gray-400">
              <th scope="col" className="px-2 py-1">
                Issue
              </th>
              <th scope="col" className="px-2 py-1">
                Your pick
              </th>
              <th scope="col" className="px-2 py-1">
                <ActorKey actor={a} />
              </th>
              <th scope="col" className="px-2 py-1">
                <ActorKey actor={b} />
              </th>
            </tr>
          </thead>
          <tbody>
            {issues.map((issue) => {
              const row = byIssue.get(issue.id);
              const id = `pick-${issue.id}`;
              return (
                <tr key={issue.id} className="border-b border-gray-200" data-issue={issue.id}>
                  <th scope="row" className="px-2 py-1 font-medium">
                    <label htmlFor={id}>{issue.title}</label>
                  </th>
                  <td className="px-2 py-1">
                    <select
                      id={id}
                      disabled={prerendered}
                      className="w-full max-w-[18rem] rounded border border-gray-400 px-2 py-1"
                      value={state.picks[issue.id] ?? ""}
                      onChange={(event) => setPick(issue.id, event.currentTarget.value)}
                    >
                      <option value="">— no pick —</option>
                      {issue.spectrum.map((option) => (
                        <option key={option.value} value={option.value}>
                          {option.label}
                        </option>
                      ))}
                    </select>
                  </td>
                  <VerdictCell verdict={row?.a} actor={a} />
                  <VerdictCell verdict={row?.b} actor={b} />
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="no-print flex flex-wrap gap-3">
        <button
          type="button"
          disabled={prerendered}
          aria-pressed={state.reveal}
          onClick={() => onChange({ reveal: !state.reveal })}
          className="rounded border-2 border-gray-900 px-3 py-1 font-semibold hover:bg-gray-100 aria-pressed:bg-gray-900 aria-pressed:text-white"
        >
          Reveal what the real texts chose
        </button>
        <button type="button" disabled={prerendered} onClick={() => onChange({ picks: {} })} className="rounded border border-gray-500 px-3 py-1 hover:bg-gray-100">
          Clear the picks
        </button>
        {/* the same package and view, one issue to a screen at the deck's sizes */}
        <Link
          href={`/deal/present/${toDealQuery(state, dealContext)}`}
          className="rounded border border-gray-500 px-3 py-1 text-blue-800 underline hover:bg-gray-100"
        >
          Show it on a projector
        </Link>
      </div>
      {state.reveal ? (
        <section aria-labelledby="reveal-heading" className="space-y-3" data-testid="deal-reveal">
          <h2 id="reveal-heading" className="text-2xl font-semibold">
            What the real texts chose{picked.size > 0 ? " on your issues" : ""}
          </h2>
          <p className="max-w-3xl text-gray-800">
            Each key text judged the same way as your package, against what {a.name} and {b.name} could live with on the text&apos;s own date.{" "}
            {reveal.filter((v) => v.passes).length > 0
              ? `Within both sides' ranges on every issue it places${picked.size > 0 ? " among yours" : ""}: ${reveal
                  .filter((v) => v.passes)
                  .map((v) => titles.find((t) => t.id === v.document)?.shortTitle ?? v.document)
                  .join(", ")}.`
              : `No text was within both sides' ranges on every issue it places${picked.size > 0 ? " among yours" : ""}.`}
          </p>
          <ul className="grid gap-3 md:grid-cols-2">
            {reveal
              .filter((v) => v.rows.length > 0)
              .map((v) => {
                const title = titles.find((t) => t.id === v.document);
                const text = texts.find((t) => t.document === v.document)!;
                return (
                  <li key={v.document} className="rounded-lg border border-gray-200 bg-white p-3 shadow-sm" data-document={v.document} data-passes={v.passes}>
                    <p className="font-semibold">
                      <a href={`/documents/${v.document}/`} className="text-blue-800 underline">
                        {title?.shortTitle ?? v.document}
                      </a>{" "}
                      <span className="font-normal text-gray-700">({formatDate(v.date, "short")})</span>
                    </p>
                    <p className="text-sm">
                      <span aria-hidden="true">{v.passes ? "✓ " : "✗ "}</span>
                      {describeTextVerdict(v, a.name, b.name)}
                    </p>
                    <ul className="mt-1 space-y-0.5 text-sm">
                      {v.rows.map((row) => {
                        const issue = issues.find((i) => i.id === row.issue)!;
                        const placement = text.picks.find((p) => p.issue === row.issue)!.stance.placement;
                        const chose = placement.ideal !== null ? formatOption(issue, placement.ideal) : `${formatOption(issue, placement.acceptable[0])} to ${formatOption(issue, placement.acceptable[1])}`;
                        const mine = state.picks[row.issue];
                        const clause = title?.provisions[row.issue];
                        return (
                          <li key={row.issue}>
                            {clause ? (
                              <a href={clauseHref(v.document, clause)} className="text-blue-800 underline">
                                {issue.title}
                              </a>
                            ) : (
                              issue.title
                            )}
                            : {chose}
                            {mine !== undefined ? <span className="text-gray-700"> · yours: {formatOption(issue, mine)}{placement.ideal === mine ? " (the same)" : ""}</span> : null}
                            <span className="text-gray-700">
                              {" "}
                              · {a.shortName} {formatPickVerdict(row.a).glyph}, {b.shortName} {formatPickVerdict(row.b).glyph}
                            </span>
                          </li>
                        );
                      })}
                    </ul>
                  </li>
                );
              })}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

/** The deal held in the URL (?deal=&reveal=1 with the view), prerendered with no picks. */
export function DealFromUrl(props: DealProps) {
  const context = useMemo(() => toDealContext(props.context, props.issues), [props.context, props.issues]);
  const { state, notices, setState } = useUrlState(dealCodec, context);
  return <DealBody {...props} dealContext={context} state={state} notices={notices} onChange={setState} />;
}
