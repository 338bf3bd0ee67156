import { disputeHref, type DisputeMarkView } from "@/lib/view/disputes";
import { messages } from "@/lib/view/messages";

/**
 * The mark on an event, a text, a clause or a verdict that a dispute touches: a badge with a glyph
 * and the word (not colour alone), the line that says who disputes it, and a link to both accounts.
 * Server-safe: the marks are computed at build.
 */
export function DisputeMark({ disputes, compact = false }: { disputes: readonly DisputeMarkView[]; compact?: boolean }) {
  if (disputes.length === 0) return null;
  return (
    <div className="space-y-1 text-xs present:text-2xl" data-testid="dispute-mark">
      {disputes.map((d) => (
        <p key={d.id} className="text-gray-800">
          <span className="mr-1 inline-flex items-center gap-1 rounded border border-gray-800 bg-white px-1.5 py-0.5 font-semibold text-gray-950">
            <span aria-hidden="true">⚑</span>
            {messages.disputes.mark}
          </span>
          {compact ? null : <span>{d.line} </span>}
          <a href={disputeHref(d.id)} className="text-blue-800 underline">
            {compact ? d.title : `${messages.disputes.markLink}: ${d.title}`}
          </a>
        </p>
      ))}
    </div>
  );
}
