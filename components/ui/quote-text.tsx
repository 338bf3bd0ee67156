import { formatLanguage } from "@/lib/view/format";
import { messages } from "@/lib/view/messages";
import { isEnglish } from "@/lib/language";
import type { Statement } from "@/lib/schema";

export type QuoteFields = Pick<Statement, "quote"> & Partial<Pick<Statement, "quoteLanguage" | "quoteTranslation" | "quoteNote">>;

/**
 * A verbatim quote in the language of its source, with `lang` set so screen readers and fonts read
 * it as that language, and, where it is not English, Parley's English rendering beneath it, marked
 * as the project's translation so it is never taken for the speaker's words. Server-safe: no hooks.
 */
export function QuoteText({ statement, text, translation, className, inline = false, withNote = true, translationClassName = "text-[0.9em]" }: {
  statement: QuoteFields;
  /** The quote and its translation as shown, when a view shortens them; the statement's whole ones otherwise. */
  text?: string;
  translation?: string;
  className?: string;
  /** A run of text inside a line (handouts, slides) rather than a block quote of its own. */
  inline?: boolean;
  /** Whether to show whose words they are (quoteNote); a slide leaves it to the handout, where there is room. */
  withNote?: boolean;
  /** The translation's type size: a slide keeps its type floor. */
  translationClassName?: string;
}) {
  const language = statement.quoteLanguage ?? "en";
  const translated = !isEnglish(language) && statement.quoteTranslation ? (translation ?? statement.quoteTranslation) : "";
  const Quote = inline ? "q" : "blockquote";
  const words = text ?? statement.quote;
  return (
    <>
      <Quote lang={language} className={className}>
        {inline ? words : `“${words}”`}
      </Quote>
      {translated ? (
        <span className={`${inline ? "" : "mt-0.5 "}block ${translationClassName} not-italic text-gray-800`} data-testid="quote-translation">
          <span className="font-semibold">
            {messages.quote.translation} {formatLanguage(language)}:
          </span>{" "}
          <span lang="en">“{translated}”</span>
        </span>
      ) : null}
      {withNote && statement.quoteNote ? (
        <span className="block text-[0.9em] not-italic text-gray-800" data-testid="quote-note">
          {statement.quoteNote}
        </span>
      ) : null}
    </>
  );
}
