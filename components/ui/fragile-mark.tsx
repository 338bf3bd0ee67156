import type { FragileNote } from "@/lib/view/evidence";
import { messages } from "@/lib/view/messages";

/**
 * The mark of a verdict that weak evidence carries: a dashed badge with a glyph and the word (not
 * colour alone), the sentence that says what the verdict would be without it, and links to the
 * statements it rests on.
 */
export function FragileMark({ note, compact = false }: { note: FragileNote; compact?: boolean }) {
  return (
    <div className="space-y-1 text-xs present:text-2xl" data-testid="fragile-mark">
      <span className="inline-flex items-center gap-1 rounded border border-dashed border-amber-800 bg-amber-50 px-1.5 py-0.5 font-semibold text-amber-950" title={messages.evidence.fragileHelp}>
        <span aria-hidden="true">◇</span>
        {messages.evidence.fragile}
      </span>
      {compact ? null : (
        <p className="text-gray-800">
          {note.sentence}{" "}
          {note.statements.map((s, i) => (
            <span key={s.id}>
              {i > 0 ? "; " : ""}
              <a href={s.href} className="text-blue-800 underline">
                {s.label}
              </a>
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
