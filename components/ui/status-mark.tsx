import type { StatusCode } from "@/lib/status";
import { messages } from "@/lib/view/messages";
import type { StatusNote } from "@/lib/view/status";

// tints whose text keeps its contrast; the glyph and the word carry the status without them
const styles: Record<StatusCode, string> = {
  settled: "bg-green-100 text-green-900 ring-green-700",
  converging: "bg-green-50 text-green-900 ring-green-700",
  diverging: "bg-red-50 text-red-900 ring-red-700",
  stalled: "bg-gray-200 text-gray-900 ring-gray-600",
  holding: "bg-white text-gray-900 ring-gray-500",
  unknown: "bg-gray-100 text-gray-800 ring-gray-500",
};

/**
 * An issue's status beside its verdict: a badge with a glyph and the word, then the reason in small
 * visible text, so a keyboard or touch reader sees it as a mouse reader does (no tooltip to find).
 */
export function StatusMark({ note }: { note: StatusNote }) {
  return (
    <p className="text-xs leading-snug present:text-2xl" data-testid="status-mark" data-status={note.code}>
      <span className={`inline-flex items-center gap-1 whitespace-nowrap rounded px-1.5 py-0.5 font-semibold ring-1 ring-inset ${styles[note.code]}`}>
        <span aria-hidden="true">{note.glyph}</span>
        <span className="sr-only">{messages.status.status}: </span>
        {note.word}
      </span>{" "}
      <span className="text-gray-700" data-testid="status-reason">
        {note.reason}
      </span>
    </p>
  );
}
