"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { indexPositions, relation, snapshot, type Coded } from "@/lib/analysis";
import { issueStatus } from "@/lib/status";
import type { DatasetInfo } from "@/lib/dataset-info";
import { messages } from "@/lib/view/messages";
import { toStatusNote } from "@/lib/view/status";
import { findSlideIndex, slidePath, toDeck, type EvidenceView } from "@/lib/present";
import { deckCodec, type DeckUrlState } from "@/lib/url/deck";
import type { Notice } from "@/lib/url/notices";
import { toQuery, type ViewState } from "@/lib/url/view-state";
import { announce, deckKey, openDeck, stepDeck, toggleTheme, visibleStep, type DeckPress } from "@/lib/view/deck";
import type { IssueView, TimeContext } from "@/lib/view/view-model";
import { disputeHref, slideAccounts, type DisputeSlideView } from "@/lib/view/disputes";
import { DeckControls, deckButton } from "./deck-controls";
import { IssueHandout, useIssuePermalink } from "./issue-handout";
import { PermalinkNoscript } from "../ui/noscript-note";
import { IssueSlide, SummarySlide, TitleSlide } from "./slides";
import { DisputeSlide } from "./dispute-slide";
import { useFullscreen } from "../hooks/use-fullscreen";
import { usePresentTheme } from "../hooks/use-theme";
import { useViewEvidence } from "../hooks/use-evidence-download";
import { useImportedData } from "../hooks/use-imported-data";
import { pushUrlPath, useIsPrerendered } from "../hooks/use-url-search";
import { useUrlState } from "../hooks/use-url-state";
import { useEvidenceView } from "../hooks/use-evidence-view";

export type DeckProps = {
  context: TimeContext;
  issues: IssueView[];
  /** Coded positions without their rationales, which no slide shows. */
  positions: Coded[];
  /** The statements the default view's positions cite (evidenceOfView): the quotes and sources of its slides and handouts. */
  evidence: EvidenceView[];
  info: DatasetInfo;
  /** The open disputes, a slide each after the issues'. */
  disputes: DisputeSlideView[];
};

type DeckState = { view: ViewState; notices: readonly Notice[]; reveal: boolean; argue?: boolean; prerendered?: boolean; setUrl: (next: Partial<DeckUrlState>) => void };

function Deck({ context, issues, positions, evidence, info, disputes, view, notices, reveal, argue = false, prerendered = false, setUrl }: DeckProps & DeckState) {
  const pathname = usePathname();
  const deck = useMemo(() => toDeck(issues.map((issue) => issue.id), disputes.map((d) => d.id)), [issues, disputes]);
  const index = findSlideIndex(deck, pathname) ?? 0;
  const slide = deck[index]!;
  // the reader's import is laid over Parley's data here as on the overview, so the two never disagree
  const { stored, positions: merged } = useImportedData(positions);
  const evidenceView = useEvidenceView(merged, context, view);
  const positionIndex = evidenceView.index;
  const { byId, error: evidenceError, retry: retryEvidence } = useViewEvidence(evidence, view, context);
  const a = context.actors.find((actor) => actor.id === view.a)!;
  const b = context.actors.find((actor) => actor.id === view.b)!;
  const [theme, setTheme] = usePresentTheme();
  const [isFullscreen, toggleFullscreen] = useFullscreen();
  // The slide and reveal step as the deck's own moves leave them, updated at once: presses faster
  // than React renders (a clicker held down) then step one at a time instead of repeating a move.
  const [shown, setShown] = useState(() => openDeck(index, reveal));
  const position = useRef(openDeck(index, reveal));
  useEffect(() => {
    position.current = stepDeck(deck, position.current, { type: "address-changed", index });
  }, [deck, index]);
  useEffect(() => {
    position.current = stepDeck(deck, position.current, { type: "reveal-changed", reveal });
  }, [deck, reveal]);
  const step = visibleStep(deck, shown, index, reveal);
  const [announcement, setAnnouncement] = useState("");

  const go = useCallback(
    (press: DeckPress) => {
      const move = { type: press };
      const before = position.current;
      const after = stepDeck(deck, before, move);
      if (after === before) return after; // past either end: nothing moves, nothing is said
      if (after.index !== before.index) pushUrlPath(slidePath(deck[after.index]!));
      position.current = after;
      setShown(after);
      const verdict = (id: string) => relation(positionIndex, issues.find((issue) => issue.id === id)!, view.a, view.b, view.date).kind;
      const nameOf = (id: string) => context.actors.find((actor) => actor.id === id)?.name ?? id;
      const disputeWords = disputes.map((d) => ({ id: d.id, title: d.title, accounts: slideAccounts(d, [view.a, view.b]).shown.map((account) => nameOf(account.actor)) }));
      const said = announce(deck, move, before, after, { issues, disputes: disputeWords, a: a.name, b: b.name, verdict });
      if (said !== undefined) setAnnouncement(said);
      return after;
    },
    [deck, positionIndex, issues, disputes, context.actors, view, a, b],
  );
  const next = useCallback(() => go("next"), [go]);
  const previous = useCallback(() => go("previous"), [go]);
  const toggleReveal = useCallback(() => {
    const on = go("toggle-reveal").reveal;
    // argue the other side is a kind of reveal: turning the reveal off ends it too
    setUrl(on ? { reveal: on } : { reveal: on, argue: false });
  }, [go, setUrl]);
  const toggleArgue = useCallback(() => {
    if (argue) {
      setUrl({ argue: false });
      setAnnouncement(messages.present.argue.off);
      return;
    }
    // it steps through the reveal: turned on, the slide starts again from its question
    if (!position.current.reveal) go("toggle-reveal");
    setUrl({ argue: true, reveal: true });
    setAnnouncement(messages.present.argue.on);
  }, [argue, go, setUrl]);
  const setView = useCallback((next: Partial<ViewState>) => setUrl({ view: { ...view, ...next } }), [view, setUrl]);

  const onKey = useRef<(event: KeyboardEvent) => void>(() => undefined);
  useLayoutEffect(() => {
    onKey.current = (event) => {
      const target = event.target instanceof Element ? event.target : null;
      const action = deckKey(event, {
        inField: Boolean(target?.closest("input, select, textarea, [role='slider'], [contenteditable='true']")),
        onButton: Boolean(target?.closest("button, a, summary")),
      });
      if (!action) return;
      event.preventDefault();
      event.stopPropagation();
      if (action === "reveal") toggleReveal();
      else if (action === "argue") toggleArgue();
      else if (action === "fullscreen") toggleFullscreen();
      else go(action);
    };
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey.current(event);
    // capture: a clicker's Page Down must reach the deck before a focused control's own key handling
    window.addEventListener("keydown", listener, { capture: true });
    return () => window.removeEventListener("keydown", listener, { capture: true });
  }, []);

  const headingId = "slide-heading";
  let body: React.ReactNode;
  if (slide.kind === "title") {
    body = <TitleSlide context={context} issueCount={issues.length} state={view} notices={notices} imported={Boolean(stored)} onChange={setView} headingId={headingId} />;
  } else if (slide.kind === "issue") {
    const issue = issues.find((x) => x.id === slide.issue)!;
    body = (
      <IssueSlide
        issue={issue}
        relation={relation(positionIndex, issue, view.a, view.b, view.date)}
        fragile={evidenceView.fragileOf(issue)}
        status={toStatusNote(issueStatus(positionIndex, issue, view.a, view.b, view.date), (id) => context.actors.find((actor) => actor.id === id)?.name ?? id)}
        a={a}
        b={b}
        evidence={byId}
        date={view.date}
        step={step}
        argue={argue}
        headingId={headingId}
        notices={notices}
        imported={Boolean(stored)}
        evidenceError={evidenceError}
        retryEvidence={retryEvidence}
      />
    );
  } else if (slide.kind === "dispute") {
    body = <DisputeSlide dispute={disputes.find((d) => d.id === slide.dispute)!} actors={context.actors} pair={[view.a, view.b]} step={step} headingId={headingId} notices={notices} imported={Boolean(stored)} />;
  } else {
    body = (
      <SummarySlide
        snapshot={snapshot(positionIndex, issues, view.date, view.a, view.b)}
        issues={issues}
        a={a}
        b={b}
        headingId={headingId}
        notices={notices}
        imported={Boolean(stored)}
        slideHref={(id) => `/present/${id}/${deckCodec.toQuery({ view, reveal, argue }, context)}`}
      />
    );
  }

  return (
    <>
      <div className="fixed inset-0 flex flex-col bg-gray-50 text-gray-900 print:hidden" data-testid="deck" data-slide={slide.slug || "title"} data-step={step} data-deck-prerendered={prerendered || undefined}>
        <div className="h-[0.4rem] shrink-0 bg-gray-300" aria-hidden="true">
          <div className="h-full bg-gray-900" style={{ width: `${((index + 1) / deck.length) * 100}%` }} />
        </div>
        <section aria-roledescription="slide" aria-labelledby={headingId} className="min-h-0 flex-1 overflow-auto px-[2rem] pb-[0.6rem] pt-[0.8rem]" data-testid="slide">
          {/* the deck is prerendered at the default view: without scripts a ?date= link would show it without a word */}
          <PermalinkNoscript context={context} className="mb-[0.4rem] border-l-[0.4rem] border-amber-600 pl-[0.7rem] text-[1.4rem] leading-[1.2]" />
          {body}
        </section>
        {/* the buttons wait for hydration: pressed before it, they would do nothing */}
        <DeckControls
          prerendered={prerendered}
          index={index}
          count={deck.length}
          unit="Slide"
          revealed={reveal}
          onToggleReveal={toggleReveal}
          revealLabel={messages.present.reveal}
          onPrevious={previous}
          onNext={next}
          dark={theme === "dark"}
          onToggleTheme={() => setTheme(toggleTheme(theme))}
          isFullscreen={isFullscreen}
          onToggleFullscreen={toggleFullscreen}
          after={
            <>
              <button type="button" disabled={prerendered} className={deckButton} onClick={() => window.print()} aria-label={messages.present.print}>
                {messages.present.printShort}
              </button>
              <Link
                href={slide.kind === "dispute" ? disputeHref(slide.dispute) : `${slide.kind === "issue" ? `/issues/${slide.issue}/` : "/"}${toQuery(view, context)}`}
                className={`${deckButton} no-underline`}
                aria-label={slide.kind === "issue" ? messages.present.exitToIssue : slide.kind === "dispute" ? messages.present.exitToDispute : messages.present.exitToOverview}
              >
                {messages.present.exit}
              </Link>
            </>
          }
          announcement={announcement}
        >
          <button type="button" disabled={prerendered} className={deckButton} aria-pressed={argue} onClick={toggleArgue} aria-keyshortcuts="A" aria-label={messages.present.argue.control}>
            {messages.present.argue.short}
          </button>
        </DeckControls>
      </div>
      <Handouts context={context} issues={issues} positionIndex={positionIndex} evidence={byId} evidenceError={evidenceError} imported={Boolean(stored)} info={info} view={view} />
    </>
  );
}

function Handout({ issue, view, context, ...rest }: { issue: IssueView; view: ViewState; context: TimeContext } & Omit<Parameters<typeof IssueHandout>[0], "issue" | "url" | "date" | "a" | "b">) {
  const url = useIssuePermalink(issue.id, view, context);
  const a = context.actors.find((actor) => actor.id === view.a)!;
  const b = context.actors.find((actor) => actor.id === view.b)!;
  return <IssueHandout issue={issue} a={a} b={b} date={view.date} url={url} {...rest} />;
}

/** Every issue's handout, for printing the deck: hidden on screen. */
function Handouts({ context, issues, positionIndex, evidence, evidenceError, imported, info, view }: {
  context: TimeContext;
  issues: readonly IssueView[];
  positionIndex: ReturnType<typeof indexPositions>;
  evidence: ReadonlyMap<string, EvidenceView>;
  evidenceError?: string;
  imported: boolean;
  info: DatasetInfo;
  view: ViewState;
}) {
  return (
    <div className="hidden print:block" data-testid="handouts">
      {issues.map((issue) => (
        <Handout
          key={issue.id}
          issue={issue}
          view={view}
          context={context}
          relation={relation(positionIndex, issue, view.a, view.b, view.date)}
          status={toStatusNote(issueStatus(positionIndex, issue, view.a, view.b, view.date), (id) => context.actors.find((actor) => actor.id === id)?.name ?? id)}
          evidence={evidence}
          evidenceError={evidenceError}
          imported={imported}
          version={info.version}
        />
      ))}
    </div>
  );
}

/** The deck driven by the URL (?date=&a=&b=&reveal=1); prerendered at the defaults. */
export function DeckFromUrl(props: DeckProps) {
  const prerendered = useIsPrerendered();
  const { state, notices, setState } = useUrlState(deckCodec, props.context);
  return <Deck {...props} view={state.view} notices={notices} reveal={state.reveal} argue={state.argue} prerendered={prerendered} setUrl={setState} />;
}
