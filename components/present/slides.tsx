import Link from "next/link";
import type { Coded, Relation, Snapshot } from "@/lib/analysis";
import { formatDate, formatOption, formatRange, formatSteps } from "@/lib/view/format";
import { messages } from "@/lib/view/messages";
import { describeRow } from "@/lib/view/sentences";
import { toSpectrumRows, type SpectrumRow } from "@/lib/view/spectrum";
import { arguePrompt } from "@/lib/view/deck";
import { pickQuote, SHORT_TRANSLATED_QUOTE_CHARS, toRevealedRelation, toShortQuote, type EvidenceView } from "@/lib/present";
import type { Notice } from "@/lib/url/notices";
import type { ViewState } from "@/lib/url/view-state";
import type { FragileNote } from "@/lib/view/evidence";
import { sourcingLine } from "@/lib/view/sourcing";
import type { StatusNote } from "@/lib/view/status";
import type { ActorView, IssueView, TimeContext } from "@/lib/view/view-model";
import { MarkShape } from "../ui/actor-mark";
import { ActorPicker } from "../controls/actor-picker";
import { AsOfControl } from "../controls/as-of-control";
import { EvidenceToggle } from "../controls/evidence-toggle";
import { GAP_PATTERN, patternId, ZOPA_PATTERN } from "../charts/chart-patterns";
import { SlideStatus } from "./slide-status";
import { SpectrumVisual } from "../charts/spectrum-chart";
import { QuoteText } from "../ui/quote-text";

/*
 * The three kinds of slide. Sizes are in rem, which the deck scales with the screen (app/globals.css):
 * at 1280×720, 1rem is 20px, so body text is never under 1.4rem (28px) and headings never under
 * 2.4rem (48px). Parts not yet revealed keep their place (visibility: hidden), so nothing moves.
 */

const kicker = "flex flex-wrap justify-between gap-x-6 text-[1.4rem] font-semibold leading-tight text-gray-700";

function Mark({ actor }: { actor: ActorView }) {
  return (
    <svg viewBox="0 0 24 24" className="h-[1.3rem] w-[1.3rem] shrink-0 self-center" aria-hidden="true" focusable="false">
      <MarkShape actor={actor} x={12} y={12} size={18} />
    </svg>
  );
}

export function TitleSlide({ context, issueCount, state, notices, imported, onChange, headingId }: {
  context: TimeContext;
  issueCount: number;
  state: ViewState;
  notices: readonly Notice[];
  /** Whether the reader's import is in what the deck shows. */
  imported: boolean;
  onChange: (next: Partial<ViewState>) => void;
  headingId: string;
}) {
  const a = context.actors.find((actor) => actor.id === state.a)!;
  const b = context.actors.find((actor) => actor.id === state.b)!;
  return (
    <div className="flex h-full flex-col justify-center-safe gap-[0.6rem] [&_select]:max-w-[19rem]">
      <h1 id={headingId} className="text-[2.6rem] font-bold leading-[1.1] tracking-tight">
        {messages.present.title}
      </h1>
      <p className="text-[1.5rem] leading-snug">
        {messages.site.name} compares what <strong>{a.name}</strong> and <strong>{b.name}</strong> have said on {issueCount} questions of the talks: where
        they overlap and where they conflict, as of <strong>{formatDate(state.date)}</strong>.
      </p>
      {/* with an import the mark and what was ignored share one line: the slide has room for no more */}
      <SlideStatus notices={notices} imported={imported} compact={imported} />
      {/* the evidence rule shares the pair's line: the title slide has no line to spare at 1280×720; on a phone they wrap, or the selects would be squeezed to nothing */}
      <div className="flex flex-wrap items-center gap-x-[1.4rem] gap-y-[0.4rem] sm:flex-nowrap sm:[&>fieldset]:flex-nowrap">
        <ActorPicker actors={context.actors} a={state.a} b={state.b} onChange={onChange} />
        <div className="shrink-0">
          <EvidenceToggle strong={Boolean(state.strong)} weakCount={context.weak?.length ?? 0} onChange={(strong) => onChange({ strong: strong || undefined })} compact />
        </div>
      </div>
      <AsOfControl value={state.date} earliest={context.earliest} latest={context.latest} events={context.events} onChange={(date) => onChange({ date })} />
      <HowToRead actor={a} />
      {/* the status, or a disputed event's mark in the date control, takes the keys' line: the title slide has no room for both at 1280×720 */}
      {notices.length === 0 && !imported && !context.events.some((e) => e.date === state.date && e.disputes) ? <p className="text-[1.4rem] leading-snug text-gray-700">{messages.present.keys}</p> : null}
    </div>
  );
}

const swatch = "inline-block h-[1.1rem] w-[2rem] align-[-0.1rem]";

/** The chart's legend in words, each with the shape it explains. */
function HowToRead({ actor }: { actor: ActorView }) {
  return (
    <p className="text-[1.4rem] leading-snug">
      <svg viewBox="0 0 40 20" className={swatch} aria-hidden="true"><rect x="1" y="3" width="38" height="14" rx="3" fill={`url(#${patternId(actor.id)})`} stroke={`var(${actor.color})`} strokeWidth="2" /></svg>{" "}
      {messages.present.legend.bar}{" "}
      <svg viewBox="0 0 24 24" className="inline-block h-[1.1rem] w-[1.1rem] align-[-0.1rem]" aria-hidden="true"><MarkShape actor={actor} x={12} y={12} size={18} /></svg>{" "}
      {messages.present.legend.mark}{" "}
      <svg viewBox="0 0 40 20" className={swatch} aria-hidden="true"><rect x="1" y="1" width="38" height="18" fill={`url(#${ZOPA_PATTERN})`} stroke="var(--color-overlap)" strokeWidth="3" /></svg>{" "}
      {messages.present.legend.zopa}{" "}
      <svg viewBox="0 0 40 20" className={swatch} aria-hidden="true"><rect x="1" y="1" width="38" height="18" fill={`url(#${GAP_PATTERN})`} /></svg>{" "}
      {messages.present.legend.gap}
    </p>
  );
}

function SideLine({ actor, issue, position, quote, cited, date, shown }: {
  actor: ActorView;
  issue: IssueView;
  position?: Coded;
  quote?: EvidenceView;
  /** The statement the coding rests on, named when none of its evidence has a verbatim quote. */
  cited?: EvidenceView;
  date: string;
  shown: boolean;
}) {
  return (
    <section aria-label={actor.name} className={shown ? undefined : "invisible"} data-testid={`side-${actor.id}`} data-reveal-part>
      <p className="flex gap-[0.5rem] text-[1.4rem] leading-tight">
        <Mark actor={actor} />
        <span>
          <span className="font-bold">{actor.name}</span>{" "}
          {position ? (
            <>
              asks for: <strong>{formatOption(issue, position.ideal)}</strong>
            </>
          ) : (
            <>has no coded position by {formatDate(date)}</>
          )}
        </span>
      </p>
      {quote ? (
        <figure className="mt-[0.1rem] pl-[1.8rem] text-[1.4rem] leading-[1.2]">
          {/* sourcing first: who, in what role, when, on what occasion and how the source knows, before the words */}
          <figcaption className="inline text-gray-700" data-testid="slide-sourcing">
            {sourcingLine(quote)}:{" "}
          </figcaption>
          <QuoteText
            statement={quote}
            text={toShortQuote(quote.quote, quote.quoteTranslation ? SHORT_TRANSLATED_QUOTE_CHARS : undefined)}
            translation={quote.quoteTranslation ? toShortQuote(quote.quoteTranslation, SHORT_TRANSLATED_QUOTE_CHARS) : undefined}
            inline
            withNote={false}
            translationClassName=""
            className="font-serif italic"
          />
        </figure>
      ) : cited ? (
        <p className="mt-[0.1rem] pl-[1.8rem] text-[1.4rem] leading-[1.2] text-gray-700">
          {messages.present.noQuote} {cited.speaker.name}, {formatDate(cited.date)}.
        </p>
      ) : null}
    </section>
  );
}

function Verdict({ row, shown }: { row: SpectrumRow; shown: boolean }) {
  const { relation, issue } = row;
  const tones: Record<Relation["kind"], string> = {
    conflict: "border-red-700",
    overlap: "border-green-700",
    agreement: "border-green-700",
    unknown: "border-gray-500",
  };
  let text: React.ReactNode;
  if (relation.kind === "conflict") text = <>≠ {messages.relation.conflict}: a gap of {formatSteps(relation.gap)} between what each side could live with</>;
  else if (relation.kind === "overlap" && relation.zopa) text = <>∩ {messages.relation.overlap}: both could live with <strong>{formatRange(issue, relation.zopa)}</strong></>;
  else if (relation.kind === "agreement" && relation.a) text = <>= {messages.relation.agreement}: both ask for <strong>{formatOption(issue, relation.a.ideal)}</strong></>;
  else text = <>? {messages.relation.unknown}: {messages.relationHelp.unknown.toLowerCase()}</>;
  return (
    <p className={`border-l-[0.4rem] pl-[0.7rem] text-[1.5rem] font-semibold leading-tight ${tones[relation.kind]} ${shown ? "" : "invisible"}`} data-testid="verdict" data-reveal-part>
      {text}
      {row.fragile ? (
        // the slide has room for the mark only; the sentence naming the weak evidence is read out and is on the issue page
        <span className="ml-[0.6rem] inline-block rounded border-2 border-dashed border-amber-800 px-[0.4rem] text-[1.4rem] text-amber-950" data-testid="fragile-mark">
          <span aria-hidden="true">◇ </span>
          {messages.evidence.fragile}
          <span className="sr-only">. {row.fragile.sentence}</span>
        </span>
      ) : null}
    </p>
  );
}

/**
 * Where the issue is heading, under the slide's date: the status's glyph and word (not colour alone).
 * The move that decided it is read out and shown on hover; the slide has no line to spare for it at
 * 1280×720 (the energy slide overflowed with it), and the issue page and the handout print it.
 */
function StatusLine({ status, shown }: { status: StatusNote; shown: boolean }) {
  return (
    <p className={shown ? undefined : "invisible"} title={status.reason} data-testid="status-mark" data-status={status.code} data-reveal-part>
      <span aria-hidden="true">{status.glyph} </span>
      {messages.status.slideLabel}: {status.word}
      <span className="sr-only">. {status.reason}.</span>
    </p>
  );
}

/** The chart's numbers for screen readers, only as far as the reveal has gone. */
function SlideTable({ row, a, b, caption }: { row: SpectrumRow; a: ActorView; b: ActorView; caption: string }) {
  const { issue, relation } = row;
  const sides = [
    { actor: a, position: relation.a },
    { actor: b, position: relation.b },
  ];
  // the wrapper, not the table, is visually hidden: a table's own box does not clip its caption
  return (
    <div className="sr-only">
    <table>
      <caption>{caption}: the data</caption>
      <thead>
        <tr>
          <th scope="col">Side</th>
          <th scope="col">Asks for</th>
          <th scope="col">Could live with</th>
        </tr>
      </thead>
      <tbody>
        {sides.map(({ actor, position }) => (
          <tr key={actor.id}>
            <th scope="row">{actor.name}</th>
            <td>{position ? `${formatOption(issue, position.ideal)} (option ${position.ideal})` : "not shown"}</td>
            <td>{position ? `${formatRange(issue, position.acceptable)} (options ${position.acceptable.join("–")})` : "not shown"}</td>
          </tr>
        ))}
      </tbody>
    </table>
    </div>
  );
}

/** Where a slide's quotes would be when they could not be fetched: the reason, and a way to try again. */
function QuotesFailed({ error, retry }: { error: string; retry: () => void }) {
  return (
    <div role="status" className="flex shrink-0 flex-wrap items-center gap-x-[0.8rem] border-l-[0.4rem] border-red-700 pl-[0.7rem] text-[1.4rem] leading-[1.2]" data-testid="quotes-failed">
      <p>
        {messages.download.slideFailed} {error}
      </p>
      <button type="button" onClick={retry} className="rounded-[0.4rem] border-2 border-gray-900 px-[0.6rem] py-[0.1rem] font-semibold hover:bg-gray-200">
        {messages.download.retry}
      </button>
    </div>
  );
}

export function IssueSlide({ issue, relation, fragile, status, a, b, evidence, date, step, argue = false, headingId, notices, imported, evidenceError, retryEvidence }: {
  issue: IssueView;
  relation: Relation;
  /** The verdict rests on weak evidence. */
  fragile?: FragileNote;
  /** The issue's status (lib/status.ts), shown under the verdict at the last reveal step. */
  status?: StatusNote;
  a: ActorView;
  b: ActorView;
  evidence: ReadonlyMap<string, EvidenceView>;
  date: string;
  step: number;
  /** "Argue the other side": the verdict's line gives each step's prompt instead (restate one side, the other, then switch). */
  argue?: boolean;
  headingId: string;
  notices: readonly Notice[];
  imported: boolean;
  evidenceError?: string;
  retryEvidence: () => void;
}) {
  const revealed = { issue, relation: toRevealedRelation(relation, step) };
  const full = { issue, relation, fragile, status };
  const quoteOf = (position?: Coded) => (position ? pickQuote(position, evidence) : undefined);
  const citedBy = (position?: Coded) => (position?.evidence?.[0] ? evidence.get(position.evidence[0]) : undefined);
  const caption = `${issue.title}: ${a.name} and ${b.name} on the spectrum, ${formatDate(date)}`;
  return (
    <div className="flex h-full flex-col gap-[0.45rem]">
      <div className="flex items-baseline justify-between gap-x-6">
        <h1 id={headingId} className="text-[2.4rem] font-bold leading-[1.15] tracking-tight">
          {issue.title}
        </h1>
        {/* the status shares the date's line where the title leaves room, and goes under it where not */}
        <div className="flex min-w-0 flex-1 flex-wrap justify-end gap-x-[0.8rem] whitespace-nowrap text-[1.4rem] font-semibold leading-[1.2] text-gray-700">
          {/* before the date, so the status's reserved room (hidden until the last step) leaves the date flush right */}
          {status ? <StatusLine status={status} shown={step >= 3} /> : null}
          <p>{formatDate(date)}</p>
        </div>
      </div>
      <p className="text-[1.6rem] font-medium leading-[1.2]">{issue.question}</p>
      <SlideStatus notices={notices} imported={imported} compact />
      {evidenceError ? <QuotesFailed error={evidenceError} retry={retryEvidence} /> : null}
      <div className="mt-[0.2rem] space-y-[0.4rem]">
        <SideLine actor={a} issue={issue} position={relation.a} quote={quoteOf(relation.a)} cited={citedBy(relation.a)} date={date} shown={step >= 1} />
        <SideLine actor={b} issue={issue} position={relation.b} quote={quoteOf(relation.b)} cited={citedBy(relation.b)} date={date} shown={step >= 2} />
      </div>
      {/* a notice's line comes out of the chart's height, which can give it up more easily than the quotes */}
      <figure className={`mt-auto flex max-h-[8.5rem] flex-1 flex-col ${notices.length > 0 || imported || evidenceError ? "min-h-[4.5rem]" : "min-h-[5rem]"}`} data-testid="slide-spectrum">
        <figcaption className="sr-only">
          {caption}. {describeRow(revealed, a, b)}
        </figcaption>
        <div className="min-h-0 flex-1" data-reveal-part>
          <SpectrumVisual row={revealed} a={a} b={b} large fill />
        </div>
        <SlideTable row={revealed} a={a} b={b} caption={caption} />
      </figure>
      {argue ? (
        <p className="border-l-[0.4rem] border-gray-900 pl-[0.7rem] text-[1.5rem] font-semibold leading-tight" data-testid="argue-prompt" aria-live="polite">
          {arguePrompt(step, a.name, b.name)}
        </p>
      ) : (
        <Verdict row={full} shown={step >= 3} />
      )}
    </div>
  );
}

export function SummarySlide({ snapshot, issues, a, b, headingId, notices, imported, slideHref }: {
  snapshot: Snapshot;
  issues: readonly IssueView[];
  a: ActorView;
  b: ActorView;
  headingId: string;
  notices: readonly Notice[];
  imported: boolean;
  slideHref: (issueId: string) => string;
}) {
  const rows = toSpectrumRows(snapshot, issues);
  const overlap = rows.filter((row) => row.relation.kind === "overlap" || row.relation.kind === "agreement");
  const conflict = rows.filter((row) => row.relation.kind === "conflict");
  const unknown = rows.filter((row) => row.relation.kind === "unknown");
  const group = (id: string, glyph: string, title: string, list: SpectrumRow[], detail: (row: SpectrumRow) => string) => (
    <section aria-labelledby={id}>
      <h2 id={id} className="text-[2.4rem] font-bold leading-tight">
        <span aria-hidden="true">{glyph}</span> {title} ({list.length})
      </h2>
      {list.length === 0 ? (
        <p className="text-[1.4rem] text-gray-700">{messages.present.none}</p>
      ) : (
        <ul className="grid grid-cols-2 gap-x-[2rem] text-[1.4rem] leading-[1.3]">
          {list.map((row) => (
            <li key={row.issue.id} className="flex justify-between gap-[0.6rem] border-b border-gray-300">
              <Link href={slideHref(row.issue.id)} className="underline decoration-gray-500 underline-offset-4">
                {row.issue.title}
              </Link>
              <span className="whitespace-nowrap text-gray-700">{detail(row)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
  return (
    <div className="flex h-full flex-col gap-[0.7rem]">
      <p className={kicker}>
        <span>{messages.present.summaryKicker}</span>
        <span>{formatDate(snapshot.date)}</span>
      </p>
      <h1 id={headingId} className="text-[2.4rem] font-bold leading-[1.12] tracking-tight">
        Where {a.name} and {b.name} stand
      </h1>
      <SlideStatus notices={notices} imported={imported} compact />
      {group("summary-overlap", "∩", messages.present.overlap, overlap, (row) => (row.relation.kind === "agreement" ? "agree" : "overlap"))}
      {group("summary-conflict", "≠", messages.present.conflict, conflict, (row) => `gap ${row.relation.gap}`)}
      {unknown.length > 0 ? (
        <p className="text-[1.4rem] leading-snug">
          <span className="font-semibold">? {messages.present.unknown}:</span> {unknown.map((row) => row.issue.title).join(", ")}.
        </p>
      ) : null}
    </div>
  );
}
