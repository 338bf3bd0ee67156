import { toHistoryHref } from "@/lib/view/changelog";
import { pageMessages } from "@/lib/view/page-messages";

/** "History (n)": the change log filtered to one record; its accessible name says whose history it is. */
export function HistoryLink({ record, count, what }: { record: string; count: number; what: string }) {
  const visible = pageMessages.changelog.history(count);
  return (
    // 24 px tall, like the footer's links: a small target beside the card's text (WCAG 2.5.8); the
    // label starts with the visible words, so speech input can say what it sees (WCAG 2.5.3)
    <a href={toHistoryHref(record)} aria-label={`${visible}${pageMessages.changelog.historyFor(what)}`} className="no-print inline-block py-0.5 text-blue-800 underline">
      {visible}
    </a>
  );
}
