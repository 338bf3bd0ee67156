"use client";

import { useMemo, useSyncExternalStore } from "react";
import { relation as relationAt, type Coded, type Relation } from "@/lib/analysis";
import { formatDate, formatOption, formatRange, formatSourceTitle } from "@/lib/view/format";
import { issueStatus } from "@/lib/status";
import { toStatusNote, type StatusNote } from "@/lib/view/status";
import { messages } from "@/lib/view/messages";
import { describeRow } from "@/lib/view/sentences";
import type { EvidenceView } from "@/lib/present";
import type { Position } from "@/lib/schema";
import { toQuery, viewCodec, type ViewState } from "@/lib/url/view-state";
import type { ActorView, IssueView, TimeContext } from "@/lib/view/view-model";
import { sourcingLead, sourcingTrail } from "@/lib/view/sourcing";
import { ActorKey } from "../ui/actor-mark";
import { QuoteText } from "../ui/quote-text";
import { SpectrumLegend, SpectrumTable, SpectrumVisual } from "../charts/spectrum-chart";
import { StatementsPending } from "../hooks/use-downloads";
import { useViewEvidence } from "../hooks/use-evidence-download";
import { useImportedData } from "../hooks/use-imported-data";
import { useUrlState } from "../hooks/use-url-state";
import { useEvidenceView } from "../hooks/use-evidence-view";

/*
 * The printed handout of one issue: one sheet with both sides, the statements they rest on with their
 * quotes and sources, the spectrum, and a footer that says which day, which data and where online.
 * Hidden on screen; the print rules in app/globals.css give each handout a page of its own.
 */

const noSubscribe = () => () => undefined;
/** The site's origin in the browser; empty in the prerendered HTML, where no host is known. */
const useOrigin = () => useSyncExternalStore(noSubscribe, () => window.location.origin, () => "");

/** The permalink of an issue at a view state: the address a handout prints in its footer. */
export function useIssuePermalink(issueId: string, state: ViewState, context: TimeContext) {
  return `${useOrigin()}/issues/${issueId}/${toQuery(state, context)}`;
}

type HandoutProps = {
  issue: IssueView;
  relation: Relation;
  a: ActorView;
  b: ActorView;
  evidence: ReadonlyMap<string, EvidenceView>;
  date: string;
  version: string;
  url: string;
  /** Why the statements it quotes could not be fetched, printed so a sheet without quotes says so. */
  evidenceError?: string;
  /** Whether the reader's import is in what it shows: a printed sheet carries no banner, so it says so itself. */
  imported?: boolean;
  /** The issue's status with the move that decided it: printed whole, as the slide has no room for the reason. */
  status?: StatusNote;
};

function Side({ actor, position, issue, evidence, date }: { actor: ActorView; position?: Coded; issue: IssueView; evidence: ReadonlyMap<string, EvidenceView>; date: string }) {
  const cited = (position?.evidence ?? []).map((id) => evidence.get(id)).filter((s): s is EvidenceView => s !== undefined);
  return (
    <section className="mb-3 space-y-1" style={{ borderTop: `4px solid var(${actor.color})` }}>
      <h3 className="break-after-avoid pt-1 text-[12pt] font-bold">
        <ActorKey actor={actor} />
      </h3>
      {position ? (
        <>
          <p>
            <span className="font-semibold">Asks for:</span> {formatOption(issue, position.ideal)}
          </p>
          <p>
            <span className="font-semibold">Could live with:</span> {formatRange(issue, position.acceptable)}
          </p>
          {position.rationale ? (
            <p className="text-gray-800">
              <span className="font-semibold">Why Parley codes it so</span> (from {formatDate(position.validFrom)}): {position.rationale}
            </p>
          ) : null}
          <h4 className="break-after-avoid pt-1 font-semibold">Statements cited</h4>
          <ul className="space-y-1">
            {cited.map((s) => {
              const title = formatSourceTitle(s.source.title);
              return (
                <li key={s.id} className="break-inside-avoid border-l-2 border-gray-400 pl-2">
                  {/* sourcing first: the class reads who, when, to whom and how the source knows before the words */}
                  <span className="text-gray-800" data-testid="handout-sourcing">
                    {sourcingLead(s)}:{" "}
                  </span>
                  {s.quote ? <QuoteText statement={s} inline className="font-serif italic" /> : <span>{s.summary} <span className="text-gray-700">(Parley’s summary)</span></span>}
                  <span className="block text-[8pt] text-gray-800">
                    Source: <a href={s.source.url} rel="noopener noreferrer" className="underline">{title.isDescription ? <i>{title.text}</i> : title.text}</a>, {s.source.publisher}, {formatDate(s.source.date, "short")}; {sourcingTrail(s)}
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <p>No coded position on this issue by {formatDate(date)}: no statement on it by then.</p>
      )}
    </section>
  );
}

/** One issue's handout at one state of the view. */
export function IssueHandout({ issue, relation, a, b, evidence, date, version, url, evidenceError, imported = false, status }: HandoutProps) {
  const row = { issue, relation };
  return (
    <article data-handout className="hidden text-[9pt] leading-[1.3] text-gray-900 print:block">
      <header className="border-b-2 border-gray-900 pb-1.5">
        <p className="text-[8.5pt] font-semibold uppercase tracking-wide text-gray-700">
          {messages.present.handout} · {issue.title}
        </p>
        <h2 className="text-[16pt] font-bold leading-tight">{issue.question}</h2>
      </header>
      <figure className="mt-2.5 space-y-1.5">
        <figcaption>
          <span className="block font-semibold">
            {a.name} and {b.name} on the spectrum, {formatDate(date)}
          </span>
          <span className="block">{describeRow(row, a, b)}</span>
          {status ? (
            <span className="block" data-testid="handout-status">
              <span className="font-semibold">
                <span aria-hidden="true">{status.glyph} </span>
                {messages.status.slideLabel}: {status.word}
              </span>{" "}
              · {status.reason}
            </span>
          ) : null}
        </figcaption>
        <SpectrumLegend a={a} b={b} className="gap-x-4 text-[8.5pt]" />
        <SpectrumVisual row={row} a={a} b={b} showAllOptions />
        {/* the sheet already says each side's place in words; the table gives screen readers the same numbers as every chart */}
        <div className="sr-only">
          <SpectrumTable rows={[row]} a={a} b={b} caption={`${a.name} and ${b.name} on the spectrum, ${formatDate(date)}`} />
        </div>
      </figure>
      {evidenceError ? <p className="mt-2 border-l-4 border-gray-900 pl-2 font-semibold">{messages.download.printFailed}</p> : null}
      {/* columns, not a grid: the side that cites more flows on into the second column, so the sheet stays one page */}
      <div className="mt-3 columns-2 gap-5">
        <Side actor={a} position={relation.a} issue={issue} evidence={evidence} date={date} />
        <Side actor={b} position={relation.b} issue={issue} evidence={evidence} date={date} />
      </div>
      <footer className="mt-3 border-t border-gray-500 pt-1.5 text-[8.5pt] text-gray-800">
        As of {formatDate(date)} · {messages.footer.version} {version}
        {imported ? ` · ${messages.imported.short}` : ""} · <span className="break-all">{url}</span>
      </footer>
    </article>
  );
}

export type IssueHandoutProps = {
  context: TimeContext;
  issue: IssueView;
  positions: Position[];
  /** The statements the default view's positions cite (evidenceOfView); another view fetches them all. */
  evidence: EvidenceView[];
  version: string;
};

function IssueHandoutAt({ context, issue, positions: builtIn, evidence, version, state }: IssueHandoutProps & { state: ViewState }) {
  // the import as the issue page above it uses it, so the printed sheet matches the screen
  const { stored, positions } = useImportedData(builtIn);
  const onIssue = useMemo(() => positions.filter((p) => p.issue === issue.id), [positions, issue.id]);
  const { index } = useEvidenceView(onIssue, context, state);
  const { byId, error, retry } = useViewEvidence(evidence, state, context);
  const url = useIssuePermalink(issue.id, state, context);
  const a = context.actors.find((actor) => actor.id === state.a)!;
  const b = context.actors.find((actor) => actor.id === state.b)!;
  return (
    <>
      <IssueHandout
        issue={issue}
        relation={relationAt(index, issue, state.a, state.b, state.date)}
        a={a}
        b={b}
        evidence={byId}
        date={state.date}
        version={version}
        url={url}
        evidenceError={error}
        imported={Boolean(stored)}
        status={toStatusNote(issueStatus(index, issue, state.a, state.b, state.date), (id) => context.actors.find((actor) => actor.id === id)?.name ?? id)}
      />
      {/* the handout only prints: on screen, this is where the reader learns it would print without its quotes */}
      {error ? (
        <div className="no-print">
          <StatementsPending error={error} retry={retry} failed={messages.download.handoutFailed} />
        </div>
      ) : null}
    </>
  );
}

/** The handout of the issue page at the view its URL holds; prerendered at the defaults. */
export function IssueHandoutFromUrl(props: IssueHandoutProps) {
  const { state } = useUrlState(viewCodec, props.context);
  return <IssueHandoutAt {...props} state={state} />;
}
