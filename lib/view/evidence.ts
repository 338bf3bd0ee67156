import { indexPositions, type Coded, type IssueShape, type PositionIndex } from "../analysis";
import { fragility, positionStrength, withoutWeak, type Fragility, type WeakIds } from "../evidence";
import type { Confidence, Position, Statement } from "../schema";
import { formatDate } from "./format";
import { SOURCING_WORDS } from "./sourcing";
import { statementHref } from "./statement";
import { describeFragility } from "./sentences";

/*
 * The weak positions as the views need them: which they are, and the statements each rests on, so a
 * fragile verdict can name its evidence and link to it. Built once at build time from the whole
 * dataset; small (only weak positions), so every dated view carries it in its time context.
 */

export type WeakStatementView = Pick<Statement, "id" | "date" | "confidence" | "sourcing"> & { speaker: string };
export type WeakEvidenceView = Pick<Position, "actor" | "issue" | "validFrom"> & { position: string; statements: WeakStatementView[] };

/** Every weak position with the statements it cites, in the order of `positions`. */
export function toWeakEvidence(positions: readonly Position[], statements: readonly Statement[]): WeakEvidenceView[] {
  const byId = new Map(statements.map((s) => [s.id, s]));
  return positions
    .filter((p) => positionStrength(p, byId) === "weak")
    .map((p) => ({
      position: p.id,
      actor: p.actor,
      issue: p.issue,
      validFrom: p.validFrom,
      statements: p.evidence.flatMap((id) => {
        const s = byId.get(id);
        return s ? [{ id: s.id, date: s.date, confidence: s.confidence, sourcing: s.sourcing, speaker: s.speaker.name }] : [];
      }),
    }));
}

/** A fragile verdict in words, with the statements it rests on to link to. */
export type FragileNote = { sentence: string; statements: (WeakStatementView & { href: string; label: string })[] };

const CONFIDENCE_WORDS: Record<Confidence, string> = { high: "high confidence", medium: "medium confidence", low: "low confidence" };


export function toFragileNote(f: Fragility, weak: ReadonlyMap<string, WeakEvidenceView>, issue: IssueShape & { title: string }, nameOf: (actor: string) => string): FragileNote | undefined {
  if (!f.fragile) return undefined;
  const rests = f.weakPositions.flatMap((p) => weak.get(p.id) ?? []);
  return {
    sentence: describeFragility(f, issue, rests, nameOf),
    statements: rests.flatMap((w) =>
      w.statements.map((s) => ({ ...s, href: statementHref(s.id), label: `${s.speaker}, ${formatDate(s.date)} (${CONFIDENCE_WORDS[s.confidence]}, ${SOURCING_WORDS[s.sourcing]})` })),
    ),
  };
}

/** The indexes a dated view needs: the one it shows (strong evidence only, or everything) and the one without weak positions that fragility compares with. */
export function toEvidenceIndexes<P extends Coded>(positions: readonly P[], weakIds: WeakIds, strong: boolean): { shown: P[]; index: PositionIndex; strongIndex: PositionIndex } {
  const strongPositions = withoutWeak(positions, weakIds);
  const strongIndex = indexPositions(strongPositions);
  return { shown: strong ? strongPositions : [...positions], index: strong ? strongIndex : indexPositions(positions), strongIndex };
}

/** A verdict's fragile note, or undefined; never in the strong-evidence-only view, where nothing weak is left to rest on. */
export function fragileNoteOf(
  { index, strongIndex }: { index: PositionIndex; strongIndex: PositionIndex },
  weak: ReadonlyMap<string, WeakEvidenceView>,
  issue: IssueShape & { title: string },
  view: { a: string; b: string; date: string; strong?: boolean },
  nameOf: (actor: string) => string,
): FragileNote | undefined {
  if (view.strong || weak.size === 0) return undefined;
  return toFragileNote(fragility(index, strongIndex, weak, issue, view.a, view.b, view.date), weak, issue, nameOf);
}
