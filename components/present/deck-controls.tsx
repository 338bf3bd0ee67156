import type { ReactNode } from "react";
import { messages } from "@/lib/view/messages";

/** A projector button: the deck's size, with its pressed and unavailable states drawn, not only coloured. */
export const deckButton =
  "rounded-[0.4rem] border-2 border-gray-900 px-[0.45rem] py-[0.1rem] font-semibold leading-tight hover:bg-gray-200 aria-disabled:cursor-not-allowed aria-disabled:border-dashed aria-disabled:border-gray-500 aria-disabled:text-gray-700 aria-pressed:bg-gray-900 aria-pressed:text-white";

type Props = {
  /** Before hydration the buttons would do nothing when pressed, so they wait. */
  prerendered: boolean;
  index: number;
  count: number;
  /** What a screen reader calls one step: "Slide", "Screen". */
  unit: string;
  onPrevious: () => void;
  onNext: () => void;
  revealed: boolean;
  onToggleReveal: () => void;
  revealLabel: string;
  dark: boolean;
  onToggleTheme: () => void;
  isFullscreen: boolean;
  onToggleFullscreen: () => void;
  /** The screen's own controls after the reveal (argue), and after full screen (print, exit). */
  children?: ReactNode;
  after: ReactNode;
  /** What a move or a reveal said, for a screen reader. */
  announcement: string;
};

/* The bar under every projector screen, in the deck and in "Build a deal": Back, Next, where you are, then the screen's own controls. */
export function DeckControls({ prerendered, index, count, unit, onPrevious, onNext, revealed, onToggleReveal, revealLabel, dark, onToggleTheme, isFullscreen, onToggleFullscreen, children, after, announcement }: Props) {
  return (
    <>
      <div role="group" aria-label={messages.present.controls} className="flex shrink-0 flex-wrap items-center gap-x-[0.5rem] gap-y-[0.3rem] border-t-2 border-gray-300 px-[2rem] py-[0.5rem] text-[1.4rem]">
        <button type="button" disabled={prerendered} className={deckButton} onClick={onPrevious} aria-disabled={index === 0}>
          <span aria-hidden="true">← </span>
          {messages.present.back}
        </button>
        <button type="button" disabled={prerendered} className={deckButton} onClick={onNext} aria-disabled={index === count - 1}>
          {messages.present.next}
          <span aria-hidden="true"> →</span>
        </button>
        <p className="font-semibold tabular-nums" data-testid="progress">
          <span className="sr-only">{unit} </span>
          {index + 1}
          <span aria-hidden="true"> / </span>
          <span className="sr-only"> of </span>
          {count}
        </p>
        <span className="flex-1" />
        <button type="button" disabled={prerendered} className={deckButton} aria-pressed={revealed} onClick={onToggleReveal} aria-keyshortcuts="R" aria-label={revealLabel}>
          {messages.present.revealShort}
        </button>
        {children}
        <button type="button" disabled={prerendered} className={deckButton} aria-pressed={dark} onClick={onToggleTheme} aria-label={messages.present.dark}>
          {messages.present.darkShort}
        </button>
        <button type="button" disabled={prerendered} className={deckButton} aria-pressed={isFullscreen} onClick={onToggleFullscreen} aria-keyshortcuts="F">
          {messages.present.fullScreen}
        </button>
        {after}
      </div>
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}
