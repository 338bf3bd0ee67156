import type { RelationKind } from "@/lib/analysis";
import { messages } from "@/lib/view/messages";

// the ring is the relation's token, as in every chart; the fill and text are tints that keep the text's contrast
const styles: Record<RelationKind, string> = {
  agreement: "bg-green-100 text-green-900 ring-overlap",
  overlap: "bg-green-50 text-green-900 ring-overlap",
  conflict: "bg-red-50 text-red-900 ring-conflict",
  unknown: "bg-gray-100 text-gray-800 ring-gray-500",
};
// a glyph as well as a colour, so the status reads in greyscale and for colour-blind readers
const glyphs: Record<RelationKind, string> = { agreement: "=", overlap: "∩", conflict: "≠", unknown: "?" };

export function RelationBadge({ kind, detail }: { kind: RelationKind; detail?: string }) {
  return (
    <span className={`inline-flex items-center gap-1 whitespace-nowrap rounded px-1.5 py-0.5 text-xs font-semibold ring-1 ring-inset present:text-2xl ${styles[kind]}`}>
      <span aria-hidden="true">{glyphs[kind]}</span>
      {messages.relation[kind]}
      {detail ? <span className="font-normal">· {detail}</span> : null}
    </span>
  );
}
