import { messages } from "@/lib/messages";
import type { ProvisionKnownFrom, TextKnownFrom } from "@/lib/schema";

const { documents: m } = messages;

// amber and a glyph for what rests on a leak or a press report, so the mark reads without colour too
const reported = "bg-amber-50 text-amber-950 ring-amber-700";
const direct = "bg-gray-50 text-gray-800 ring-gray-400";

/** How one clause is known; a leak or a press report is always marked, with its own glyph. */
export function ProvisionKnownBadge({ knownFrom }: { knownFrom: ProvisionKnownFrom }) {
  const isReported = knownFrom === "leak" || knownFrom === "press-report";
  return (
    <span className={`inline-flex items-center gap-1 whitespace-nowrap rounded px-1.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${isReported ? reported : direct}`}>
      <span aria-hidden="true">{knownFrom === "leak" ? "⚠" : knownFrom === "press-report" ? "◐" : "✓"}</span>
      {m.provisionKnownFrom[knownFrom]}
    </span>
  );
}

/** How a whole text is known. */
export function TextKnownBadge({ knownFrom }: { knownFrom: TextKnownFrom }) {
  const isReported = knownFrom === "leak" || knownFrom === "press";
  return (
    <span className={`inline-flex items-center gap-1 whitespace-nowrap rounded px-1.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${isReported ? reported : direct}`}>
      <span aria-hidden="true">{knownFrom === "leak" ? "⚠" : knownFrom === "press" ? "◐" : "✓"}</span>
      {m.textKnownFrom[knownFrom]}
    </span>
  );
}
