import { messages } from "@/lib/view/messages";
import type { ProvisionKnownFrom, TextKnownFrom } from "@/lib/schema";

const { documents: m } = messages;

// amber and a glyph for what rests on a leak or a press report, so the mark reads without colour too
const reported = "bg-amber-50 text-amber-950 ring-amber-700";
const direct = "bg-gray-50 text-gray-800 ring-gray-400";

/** What a text or a clause rests on: texts and clauses name these in their own words. */
type Basis = "leak" | "press" | "direct";
const glyph: Record<Basis, string> = { leak: "⚠", press: "◐", direct: "✓" };

function KnownBadge({ basis, label }: { basis: Basis; label: string }) {
  return (
    <span className={`inline-flex items-center gap-1 whitespace-nowrap rounded px-1.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${basis === "direct" ? direct : reported}`}>
      <span aria-hidden="true">{glyph[basis]}</span>
      {label}
    </span>
  );
}

/** How one clause is known; a leak or a press report is always marked, with its own glyph. */
export function ProvisionKnownBadge({ knownFrom }: { knownFrom: ProvisionKnownFrom }) {
  return <KnownBadge basis={knownFrom === "leak" ? "leak" : knownFrom === "press-report" ? "press" : "direct"} label={m.provisionKnownFrom[knownFrom]} />;
}

/** How a whole text is known. */
export function TextKnownBadge({ knownFrom }: { knownFrom: TextKnownFrom }) {
  return <KnownBadge basis={knownFrom === "leak" ? "leak" : knownFrom === "press" ? "press" : "direct"} label={m.textKnownFrom[knownFrom]} />;
}
