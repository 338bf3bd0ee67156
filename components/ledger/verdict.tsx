import type { VerdictKind } from "@/lib/ledger";
import { formatVerdict, type VerdictView } from "@/lib/view/ledger";

/*
 * A verdict of the red-line ledger as a small mark: a glyph and the word that says the same (the
 * glyph is hidden from screen readers, which read the word), on a tint that only repeats them.
 * Server-safe, shared by the ledger's table and the sections of the document and issue pages.
 */

const TINT: Record<VerdictKind, string> = {
  within: "border-emerald-700 bg-emerald-50 text-emerald-950",
  crosses: "border-rose-700 bg-rose-50 text-rose-950",
  silent: "border-transparent text-gray-700",
  "no-position": "border-dashed border-gray-500 text-gray-800",
};

export function VerdictMark({ verdict }: { verdict: VerdictView }) {
  const { glyph, word } = formatVerdict(verdict);
  return (
    <span data-verdict={verdict.kind} className={`inline-flex items-baseline gap-1 rounded border px-1 leading-snug ${TINT[verdict.kind]}`}>
      <span aria-hidden="true" className="font-bold">
        {glyph}
      </span>
      <span>{word}</span>
    </span>
  );
}
