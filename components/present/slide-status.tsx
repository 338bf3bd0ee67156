import { ignoresSome, type Notice } from "@/lib/url/notices";
import { messages } from "@/lib/view/messages";
import { formatIgnoredPart, formatNotice } from "@/lib/view/notices";

// apart from ../ui/notices so that the pages with the small-print notices do not load the slides' own

/**
 * What a link ignored (as ../notices says it on a page), on a slide at the slide's type size, with
 * the mark of the reader's import: a slide has
 * no room to spare at 1280×720, and a notice in the page's small print would be unreadable on a
 * projector. `compact` (the issue and summary slides, and the title slide with an import) gives it
 * one line: the mark, then only what was ignored; screen readers get every notice whole.
 */
export function SlideStatus({ notices, imported, compact = false }: { notices: readonly Notice[]; imported: boolean; compact?: boolean }) {
  if (notices.length === 0 && !imported) return null;
  const whole = notices.map(formatNotice).join(" ");
  const box = "shrink-0 border-l-[0.4rem] border-amber-600 pl-[0.7rem] text-[1.4rem] leading-[1.2]";
  if (!compact && !imported)
    return (
      <p role="status" className={box} data-testid="slide-status">
        <span className="font-semibold">{ignoresSome(notices) ? messages.notices.slide : messages.notices.corrected}</span> {whole}
      </p>
    );
  return (
    // a line too long for the slide is cut: the tooltip and screen readers still have every notice whole
    <p role="status" className={`${box} truncate`} data-testid="slide-status" title={notices.length > 0 ? whole : undefined}>
      {imported ? (
        <a href="/import/" className="font-semibold underline underline-offset-4">
          {messages.imported.slide}
        </a>
      ) : null}
      {imported && notices.length > 0 ? <span aria-hidden="true"> · </span> : null}
      {notices.length > 0 ? (
        <>
          <span aria-hidden="true">
            <span className="font-semibold">{imported ? messages.notices.slideCompactShort : messages.notices.slideCompact}</span> {notices.map(formatIgnoredPart).join(" · ")}
          </span>
          <span className="sr-only">
            {messages.notices.slide} {whole}
          </span>
        </>
      ) : null}
    </p>
  );
}
