import { formatDate } from "@/lib/view/format";
import { messages } from "@/lib/view/messages";
import type { TimeContext } from "@/lib/view/view-model";

/**
 * A note only readers without JavaScript see, saying what the page cannot do for them. Server-safe;
 * with scripts on, the browser never lays out what a <noscript> holds, so it costs no space.
 */
export function NoscriptNote({ children, className = "rounded border border-amber-600 bg-amber-50 px-3 py-2 text-sm text-amber-950" }: { children: string; className?: string }) {
  return (
    <noscript>
      <p className={className} data-testid="noscript-note">
        {children}
      </p>
    </noscript>
  );
}

/**
 * The note of a page prerendered at its default view, which reads its link's date, window or pair
 * only with scripts: without them a permalink would show the defaults without a word. `range` is
 * the default window of a page that shows one ("what changed").
 */
export function PermalinkNoscript({ context, range, className }: { context: TimeContext; range?: { from: string; to: string }; className?: string }) {
  const nameOf = (id: string) => context.actors.find((actor) => actor.id === id)?.name ?? id;
  const [a, b] = [nameOf(context.defaultA), nameOf(context.defaultB)];
  return (
    <NoscriptNote className={className}>
      {range ? messages.noscript.changes(formatDate(range.from), formatDate(range.to), a, b) : messages.noscript.permalink(formatDate(context.latest), a, b)}
    </NoscriptNote>
  );
}
