import type { RelationKind } from "../analysis";
import { hasReveal, REVEAL_STEPS, type Slide } from "../present";
import { messages } from "./messages";
import type { IssueView } from "./view-model";

/*
 * The classroom deck's moves as plain functions: where a key press goes, where a move leaves the
 * slide and its reveal step, and what a screen reader hears after it. Pure, so they are unit-tested;
 * components/present/deck.tsx keeps only the DOM (listeners, history, full screen, rendering).
 */

/** What the deck can do on a key press. */
export type DeckAction = "next" | "previous" | "first" | "last" | "reveal" | "argue" | "fullscreen";

/** The parts of a key press the key map reads: a KeyboardEvent has them all. */
export type KeyPress = { key: string; shiftKey?: boolean; ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean };

/** Where the press happened: in a text field or slider (it keeps its own keys), on a button or link (Space presses it). */
export type KeyTarget = { inField?: boolean; onButton?: boolean };

/** Where a key press should go: the deck (which action), or the control that has focus (undefined). */
export function deckKey(press: KeyPress, { inField = false, onButton = false }: KeyTarget = {}): DeckAction | undefined {
  if (press.ctrlKey || press.metaKey || press.altKey) return undefined; // Ctrl+P, browser shortcuts
  switch (press.key) {
    // what presentation clickers send: always the deck's, even when a control has focus, so a
    // teacher who touched the date control with the mouse can still drive the deck by clicker
    case "PageDown":
      return "next";
    case "PageUp":
      return "previous";
    case "ArrowRight":
    case "ArrowDown":
      return inField ? undefined : "next";
    case "ArrowLeft":
    case "ArrowUp":
      return inField ? undefined : "previous";
    case " ":
      return inField || onButton ? undefined : press.shiftKey ? "previous" : "next";
    case "Backspace":
      return inField ? undefined : "previous";
    case "Home":
      return inField ? undefined : "first";
    case "End":
      return inField ? undefined : "last";
    case "r":
    case "R":
      return inField ? undefined : "reveal";
    case "f":
    case "F":
      return inField ? undefined : "fullscreen";
    case "a":
    case "A":
      return inField ? undefined : "argue";
    default:
      return undefined;
  }
}

/** Where the deck stands: the slide, how far its reveal has gone (REVEAL_STEPS: whole), and whether the reveal step is on. */
export type DeckPosition = { index: number; step: number; reveal: boolean };

/** The deck's own moves, by a key or a button. */
export type DeckPress = "next" | "previous" | "first" | "last" | "toggle-reveal";

/** A move of the deck: its own, or the address changing by itself (Back, Forward, a link: the slide, or the ?reveal= of the query). */
export type DeckMove = { type: DeckPress } | { type: "address-changed"; index: number } | { type: "reveal-changed"; reveal: boolean };

/** Where a deck opened on slide `index` stands: at step 0, so a ?reveal=1 link opens on the question alone. */
export const openDeck = (index: number, reveal: boolean): DeckPosition => ({ index, step: 0, reveal });

/**
 * Where a move leaves the deck. With the reveal on, next and previous step through an issue slide's
 * reveal before leaving it; a move past either end leaves the deck as it was (the same object). The
 * slide changed, so the address must follow, when the result's index differs from the position's.
 */
export function stepDeck(deck: readonly Slide[], at: DeckPosition, move: DeckMove): DeckPosition {
  const revealing = at.reveal && hasReveal(deck[at.index]);
  switch (move.type) {
    case "next":
      if (revealing && at.step < REVEAL_STEPS) return { ...at, step: at.step + 1 };
      return at.index < deck.length - 1 ? { ...at, index: at.index + 1, step: 0 } : at;
    case "previous":
      if (revealing && at.step > 0) return { ...at, step: at.step - 1 };
      // back to the previous slide, shown whole
      return at.index > 0 ? { ...at, index: at.index - 1, step: REVEAL_STEPS } : at;
    case "first":
      return { ...at, index: 0, step: 0 };
    case "last":
      return { ...at, index: deck.length - 1, step: REVEAL_STEPS };
    case "toggle-reveal": {
      const reveal = !at.reveal;
      return { ...at, reveal, step: reveal ? 0 : REVEAL_STEPS };
    }
    case "address-changed":
      // the address changed by itself (Back, Forward, a link): that slide shows whole
      return move.index === at.index ? at : { ...at, index: move.index, step: REVEAL_STEPS };
    case "reveal-changed":
      return move.reveal === at.reveal ? at : { ...at, reveal: move.reveal };
  }
}

/**
 * The reveal step slide `index` is drawn at, from the position the deck's own moves last left
 * (`shown`): whole unless the reveal is on and it is an issue slide, and whole when the address
 * reached it by itself, so shown is of another slide.
 */
export function visibleStep(deck: readonly Slide[], shown: Pick<DeckPosition, "index" | "step">, index: number, reveal: boolean): number {
  if (!reveal || !hasReveal(deck[index])) return REVEAL_STEPS;
  return shown.index === index ? shown.step : REVEAL_STEPS;
}

/** What an announcement names: the issues' and disputes' titles, the two sides, the verdict on an issue (its relation's kind), and a dispute's accounts in the order its slide shows them. */
export type DeckWords = {
  issues: readonly Pick<IssueView, "id" | "title">[];
  disputes?: readonly { id: string; title: string; accounts: readonly string[] }[];
  a: string;
  b: string;
  verdict: (issue: string) => RelationKind;
};

function slideTitle(slide: Slide, words: DeckWords) {
  if (slide.kind === "issue") return words.issues.find((issue) => issue.id === slide.issue)?.title ?? slide.issue;
  if (slide.kind === "dispute") return `${messages.present.disputeKicker}: ${words.disputes?.find((d) => d.id === slide.dispute)?.title ?? slide.dispute}`;
  return slide.kind === "title" ? "Title" : messages.present.summaryKicker;
}

/** The prompt of "argue the other side" at a reveal step of an issue slide: restate one side, then the other, then switch. */
export function arguePrompt(step: number, a: string, b: string): string {
  if (step <= 0) return messages.present.argue.question;
  if (step === 1) return messages.present.argue.restate(a);
  if (step === 2) return messages.present.argue.restate(b);
  return messages.present.argue.switch;
}

/**
 * What a screen reader hears after a move from `before` to `after`: the new slide, the part of an
 * issue slide the reveal has just shown, or the reveal turned on or off. Undefined when the move
 * says nothing new: a press past either end, a step back within a slide, a change of the address
 * the deck did not make.
 */
export function announce(deck: readonly Slide[], move: DeckMove, before: DeckPosition, after: DeckPosition, words: DeckWords): string | undefined {
  if (move.type === "toggle-reveal") return after.reveal ? messages.present.revealOn : messages.present.revealOff;
  if (move.type === "address-changed" || move.type === "reveal-changed") return undefined;
  const slide = deck[after.index]!;
  if (after.index !== before.index) return `Slide ${after.index + 1} of ${deck.length}: ${slideTitle(slide, words)}`;
  if (move.type !== "next" || !hasReveal(slide) || after.step !== before.step + 1) return undefined;
  if (slide.kind === "dispute") {
    const accounts = words.disputes?.find((d) => d.id === slide.dispute)?.accounts ?? [];
    if (after.step === 1) return `${messages.disputes.accountOf(accounts[0] ?? "")}: shown.`;
    if (after.step === 2) return accounts.length > 1 ? `${accounts.slice(1).map(messages.disputes.accountOf).join(", ")}: shown.` : `${messages.disputes.oneSided}.`;
    return `${messages.present.disputeOpen}: shown.`;
  }
  if (slide.kind !== "issue") return undefined;
  if (after.step === 1) return `${words.a}: shown.`;
  if (after.step === 2) return `${words.b}: shown.`;
  return `${messages.relation[words.verdict(slide.issue)]}: shown.`;
}

export type Theme = "light" | "dark";

/** The projector theme the Dark button switches to. */
export const toggleTheme = (theme: Theme): Theme => (theme === "dark" ? "light" : "dark");
