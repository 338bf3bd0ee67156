"use client";

import { useMemo } from "react";
import type { Coded, IssueShape } from "@/lib/analysis";
import { fragileNoteOf, toEvidenceIndexes, type WeakEvidenceView } from "@/lib/view/evidence";
import type { ActorView } from "@/lib/view/view-model";

/**
 * The positions a dated view shows and the indexes it computes with: everything, or with the weak
 * positions set aside ("strong evidence only"); and each verdict's fragile note. One hook, so the
 * overview, an issue, what changed and the deck cannot set evidence aside differently.
 */
export function useEvidenceView(
  positions: readonly Coded[],
  context: { actors: readonly ActorView[]; weak?: readonly WeakEvidenceView[] },
  view: { a: string; b: string; date: string; strong?: boolean },
) {
  const weak = useMemo(() => new Map((context.weak ?? []).map((w) => [w.position, w])), [context.weak]);
  const strong = Boolean(view.strong);
  const indexes = useMemo(() => toEvidenceIndexes(positions, weak, strong), [positions, weak, strong]);
  const { actors } = context;
  const fragileOf = useMemo(() => {
    const nameOf = (id: string) => actors.find((actor) => actor.id === id)?.name ?? id;
    const { a, b, date } = view;
    return (issue: IssueShape & { title: string }, at: string = date) => fragileNoteOf(indexes, weak, issue, { a, b, date: at, strong }, nameOf);
  }, [indexes, weak, actors, view, strong]);
  const isWeak = (position?: Pick<Coded, "id">) => position !== undefined && weak.has(position.id);
  return { ...indexes, weakCount: weak.size, fragileOf, isWeak };
}
