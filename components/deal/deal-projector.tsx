"use client";

import Link from "next/link";
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { judgeDeal, judgeText } from "@/lib/deal";
import { dealScreenCodec, PACKAGE_SCREEN, toDealContext, toDealQuery, type DealContext, type DealScreenState } from "@/lib/url/deal";
import type { Notice } from "@/lib/url/notices";
import { dealKey, describeDeal, describeDealBrief, describeReveal, describeTextVerdict, formatPickVerdict, rankTextVerdicts } from "@/lib/view/deal";
import { toggleTheme } from "@/lib/view/deck";
import { formatDate } from "@/lib/view/format";
import { messages } from "@/lib/view/messages";
import type { ActorView } from "@/lib/view/view-model";
import { DeckControls, deckButton } from "../present/deck-controls";
import { SlideStatus } from "../present/slide-status";
import { useEvidenceView } from "../hooks/use-evidence-view";
import { useFullscreen } from "../hooks/use-fullscreen";
import { usePresentTheme } from "../hooks/use-theme";
import { useIsPrerendered } from "../hooks/use-url-search";
import { useUrlState } from "../hooks/use-url-state";
import { ActorKey } from "../ui/actor-mark";
import type { DealProps } from "./deal-view";

/*
 * "Build a deal" on a projector (/deal/present/): one issue to a screen at the deck's sizes (1rem is
 * 20px at 1280×720, so text is 28px and headings 48px), picked with the keyboard (arrows in the
 * options, or the option's number), moved through with a clicker's Page Down and Page Up, and a last
 * screen with the package's verdict whose reveal (R) shows what the real texts chose. The same
 * package and judgement as /deal/, in the same URL parameters, so a class can move between the two.
 */

/** How many texts the reveal names on the screen: more would not fit 1280×720 at the deck's type size. */
const REVEAL_ROWS = 4;

function PickLine({ actor, verdict }: { actor: ActorView; verdict?: Parameters<typeof formatPickVerdict>[0] }) {
  if (!verdict) return null;
  const { glyph, word } = formatPickVerdict(verdict);
  return (
    <span className="inline-flex items-baseline gap-[0.4rem]" data-actor={actor.id} data-verdict={verdict.kind}>
      <ActorKey actor={actor} />
      <span className={verdict.kind === "crosses" ? "font-semibold" : undefined}>
        <span aria-hidden="true">{glyph} </span>
        {word}
      </span>
    </span>
  );
}

type PickRow = ReturnType<typeof judgeDeal>["rows"][number];

/* Each pick with one mark per side under the sides' names, in two columns so fourteen picks fit one screen; a screen reader hears each mark's words. */
function PicksList({ rows, a, b, titleOf }: { rows: readonly PickRow[]; a: ActorView; b: ActorView; titleOf: (id: string) => string }) {
  if (rows.length === 0) return null;
  const line = "grid grid-cols-[1fr_5.6rem_5.6rem] items-baseline gap-x-[0.4rem]";
  const header = (
    <div className={`${line} font-semibold text-gray-700`}>
      <span />
      <span className="text-center">{a.shortName}</span>
      <span className="text-center">{b.shortName}</span>
    </div>
  );
  return (
    <div>
      {/* one column on a phone, where two would run off its edge */}
      <div className="grid grid-cols-1 gap-x-[1.6rem] sm:grid-cols-2" aria-hidden="true">
        {header}
        {rows.length > 1 ? <div className="hidden sm:block">{header}</div> : null}
      </div>
      <ul className="grid grid-cols-1 gap-x-[1.6rem] gap-y-[0.1rem] sm:grid-cols-2" aria-label="Your picks">
        {rows.map((r) => (
          <li key={r.issue} data-issue={r.issue} className={`${line} leading-[1.15]`}>
            <span>{titleOf(r.issue)}</span>
            {([[a, r.a], [b, r.b]] as const).map(([actor, verdict]) => {
              const { glyph, word } = formatPickVerdict(verdict);
              return (
                <span key={actor.id} className="text-center" data-actor={actor.id} data-verdict={verdict.kind}>
                  <span aria-hidden="true">{glyph}</span>
                  <span className="sr-only">
                    , {actor.shortName}: {word}
                  </span>
                </span>
              );
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}

type ScreenProps = DealProps & { dealContext: DealContext; state: DealScreenState; notices: readonly Notice[]; onChange: (next: Partial<DealScreenState>) => void };

function DealProjector({ context, dealContext, issues, positions, texts, titles, state, notices, onChange }: ScreenProps) {
  const prerendered = useIsPrerendered();
  const evidence = useEvidenceView(positions, context, state.view);
  const a = context.actors.find((x) => x.id === state.view.a)!;
  const b = context.actors.find((x) => x.id === state.view.b)!;
  const screens = useMemo(() => [...issues.map((issue) => issue.id), PACKAGE_SCREEN], [issues]);
  const index = Math.max(0, screens.indexOf(state.at));
  const issue = issues.find((x) => x.id === state.at);
  const pkg = useMemo(() => new Map(Object.entries(state.picks)), [state.picks]);
  const result = useMemo(() => judgeDeal(evidence.index, issues, pkg, a.id, b.id, state.view.date), [evidence.index, issues, pkg, a.id, b.id, state.view.date]);
  const titleOf = useCallback((id: string) => issues.find((x) => x.id === id)?.title ?? id, [issues]);
  const textTitle = (id: string) => titles.find((t) => t.id === id)?.shortTitle ?? id;
  const picked = useMemo(() => new Set(Object.keys(state.picks)), [state.picks]);
  const verdicts = useMemo(
    () => (state.reveal ? texts.map((text) => judgeText(evidence.index, issues, text, a.id, b.id, picked.size > 0 ? picked : undefined)) : []),
    [state.reveal, texts, evidence.index, issues, a.id, b.id, picked],
  );
  const [theme, setTheme] = usePresentTheme();
  const [isFullscreen, toggleFullscreen] = useFullscreen();
  const [announcement, setAnnouncement] = useState("");
  const frame = useRef<HTMLDivElement>(null);
  // set when a move leaves the keyboard's focus on a picker the move takes away: the next screen's picker takes it
  const refocus = useRef(false);

  const moveTo = useCallback(
    (to: number) => {
      const next = Math.min(screens.length - 1, Math.max(0, to));
      if (next === index) return;
      refocus.current = document.activeElement instanceof HTMLInputElement || document.activeElement === document.body;
      onChange({ at: screens[next] });
      const id = screens[next]!;
      setAnnouncement(id === PACKAGE_SCREEN ? `Your package. ${describeDeal(result, a.name, b.name, titleOf)}` : `Issue ${next + 1} of ${issues.length}: ${titleOf(id)}`);
    },
    [screens, index, onChange, result, a.name, b.name, titleOf, issues.length],
  );
  useEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    frame.current?.querySelector<HTMLInputElement>("input[type='radio']:checked")?.focus();
  }, [state.at]);

  const pick = useCallback(
    (option: number | null) => {
      if (!issue) return;
      const picks = { ...state.picks };
      if (option === null) delete picks[issue.id];
      else picks[issue.id] = option;
      onChange({ picks });
    },
    [issue, state.picks, onChange],
  );
  const toggleReveal = useCallback(() => {
    // the reveal belongs to the package: from an issue's screen, R goes there and reveals
    onChange(state.at === PACKAGE_SCREEN ? { reveal: !state.reveal } : { reveal: true, at: PACKAGE_SCREEN });
    setAnnouncement(state.reveal && state.at === PACKAGE_SCREEN ? "The real texts are hidden." : "What the real texts chose on your issues.");
  }, [onChange, state.at, state.reveal]);

  const onKey = useRef<(event: KeyboardEvent) => void>(() => undefined);
  useLayoutEffect(() => {
    onKey.current = (event) => {
      const target = event.target instanceof Element ? event.target : null;
      const action = dealKey(
        event,
        {
          inField: Boolean(target?.closest("input, select, textarea, [contenteditable='true']")),
          inText: Boolean(target?.closest("input:not([type='radio']), select, textarea, [contenteditable='true']")),
          onButton: Boolean(target?.closest("button, a")),
        },
        issue ? issue.spectrum.length : 0,
      );
      if (!action || prerendered) return;
      if (action.type === "pick" && !issue) return;
      event.preventDefault();
      event.stopPropagation();
      if (action.type === "pick") pick(action.option);
      else if (action.type === "next") moveTo(index + 1);
      else if (action.type === "previous") moveTo(index - 1);
      else if (action.type === "first") moveTo(0);
      else if (action.type === "last") moveTo(screens.length - 1);
      else if (action.type === "reveal") toggleReveal();
      else toggleFullscreen();
    };
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey.current(event);
    // capture: a clicker's Page Down must reach the deal before the focused radio's own key handling
    window.addEventListener("keydown", listener, { capture: true });
    return () => window.removeEventListener("keydown", listener, { capture: true });
  }, []);

  const where = `${a.name} and ${b.name}, ${formatDate(state.view.date)}`;
  const headingId = "deal-screen-heading";
  const row = issue ? result.rows.find((r) => r.issue === issue.id) : undefined;
  const ranked = rankTextVerdicts(verdicts);

  return (
    <div ref={frame} className="fixed inset-0 flex flex-col bg-gray-50 text-gray-900 print:hidden" data-testid="deck" data-slide={state.at} data-deck-prerendered={prerendered || undefined}>
      <div className="h-[0.4rem] shrink-0 bg-gray-300" aria-hidden="true">
        <div className="h-full bg-gray-900" style={{ width: `${((index + 1) / screens.length) * 100}%` }} />
      </div>
      <section aria-roledescription="slide" aria-labelledby={headingId} className="flex min-h-0 flex-1 flex-col gap-[0.5rem] overflow-auto px-[2rem] pb-[0.6rem] pt-[0.8rem] text-[1.4rem] leading-[1.25]" data-testid="slide">
        <p className="font-semibold text-gray-700">
          Build a deal · {issue ? `issue ${index + 1} of ${issues.length}` : "your package"} · {where}
        </p>
        <SlideStatus notices={notices} imported={false} compact />
        {issue ? (
          <>
            <h1 id={headingId} className="text-[2.4rem] font-bold leading-tight">
              {issue.title}
            </h1>
            <p>{issue.question}</p>
            <fieldset className="min-w-0">
              <legend className="sr-only">Your pick on {issue.title}</legend>
              <div className="grid grid-cols-2 gap-x-[1rem] gap-y-[0.35rem]">
                {[{ value: null, label: "Leave it out of the deal" }, ...issue.spectrum].map((option, i) => {
                  const checked = option.value === null ? state.picks[issue.id] === undefined : state.picks[issue.id] === option.value;
                  return (
                    <label
                      key={option.value ?? "none"}
                      className="flex cursor-pointer items-center gap-[0.5rem] rounded-[0.4rem] border-2 border-gray-500 px-[0.5rem] py-[0.15rem] leading-tight has-[:checked]:border-[0.2rem] has-[:checked]:border-gray-900 has-[:checked]:font-semibold has-[:focus-visible]:outline has-[:focus-visible]:outline-[0.2rem] has-[:focus-visible]:outline-blue-700"
                    >
                      <input
                        type="radio"
                        name={`pick-${issue.id}`}
                        className="size-[1.1rem] shrink-0 accent-gray-900 focus-visible:outline focus-visible:outline-[0.15rem] focus-visible:outline-offset-[0.15rem] focus-visible:outline-blue-700"
                        checked={checked}
                        disabled={prerendered}
                        aria-keyshortcuts={String(i)}
                        onChange={() => pick(option.value)}
                      />
                      <span className="tabular-nums" aria-hidden="true">
                        {i}
                      </span>
                      <span>{option.label}</span>
                    </label>
                  );
                })}
              </div>
            </fieldset>
            <p className="mt-auto flex flex-wrap gap-x-[1.2rem]" data-testid="pick-verdict">
              {row ? (
                <>
                  <PickLine actor={a} verdict={row.a} />
                  <PickLine actor={b} verdict={row.b} />
                </>
              ) : (
                "No pick: this issue stays out of the deal."
              )}
            </p>
          </>
        ) : (
          <>
            <div className="flex flex-wrap items-baseline justify-between gap-x-[1rem]">
              <h1 id={headingId} className="text-[2.4rem] font-bold leading-tight">
                {state.reveal ? "What the real texts chose" : "Your package"}
              </h1>
              {!state.reveal ? <p className="text-gray-700">R: what the real texts chose</p> : null}
            </div>
            <p className="font-semibold" data-testid="deal-summary">
              {describeDealBrief(result, a.name, b.name)}
            </p>
            {state.reveal ? (
              <div data-testid="deal-reveal" className="space-y-[0.35rem]">
                <p>{describeReveal(verdicts, textTitle, picked.size > 0)}</p>
                <ol className="space-y-[0.2rem]">
                  {ranked.slice(0, REVEAL_ROWS).map((v) => (
                    <li key={v.document} data-document={v.document} data-passes={v.passes}>
                      <span aria-hidden="true">{v.passes ? "✓ " : "✗ "}</span>
                      <span className="font-semibold">{textTitle(v.document)}</span> ({formatDate(v.date, "short")}): {describeTextVerdict(v, a.shortName, b.shortName)}
                    </li>
                  ))}
                </ol>
                {ranked.length > REVEAL_ROWS ? <p className="text-gray-700">{ranked.length - REVEAL_ROWS} more, each issue by issue, on the laptop page (Exit).</p> : null}
              </div>
            ) : (
              <PicksList rows={result.rows} a={a} b={b} titleOf={titleOf} />
            )}
          </>
        )}
      </section>
      <DeckControls
        prerendered={prerendered}
        index={index}
        count={screens.length}
        unit="Screen"
        revealed={state.reveal}
        onToggleReveal={toggleReveal}
        revealLabel="Reveal what the real texts chose"
        onPrevious={() => moveTo(index - 1)}
        onNext={() => moveTo(index + 1)}
        dark={theme === "dark"}
        onToggleTheme={() => setTheme(toggleTheme(theme))}
        isFullscreen={isFullscreen}
        onToggleFullscreen={toggleFullscreen}
        after={
          <Link href={`/deal/${toDealQuery(state, dealContext)}`} className={`${deckButton} no-underline`} aria-label="Exit to the deal on the laptop page">
            {messages.present.exit}
          </Link>
        }
        announcement={announcement}
      />
    </div>
  );
}

/** The projector's deal held in the URL (?deal=&reveal=1&at= with the view), prerendered on its first issue with no picks. */
export function DealProjectorFromUrl(props: DealProps) {
  const context = useMemo(() => toDealContext(props.context, props.issues), [props.context, props.issues]);
  const { state, notices, setState } = useUrlState(dealScreenCodec, context);
  return <DealProjector {...props} dealContext={context} state={state} notices={notices} onChange={setState} />;
}
