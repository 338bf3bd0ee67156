import type { DealResult, SideTally, TextVerdict } from "../deal";
import type { Verdict } from "../ledger";
import { formatSteps, LOCALE } from "./format";

/*
 * "Build a deal" in words: the verdict on the class's package, the line of each pick for each side,
 * and a real text's verdict for the reveal. Pure, so the page and the tests say the same thing.
 */

type NameOf = (id: string) => string;
const list = new Intl.ListFormat(LOCALE, { style: "long", type: "conjunction" });

/** One side's verdict on one pick: its glyph and words (never colour alone). */
export function formatPickVerdict(v: Verdict): { glyph: string; word: string } {
  if (v.kind === "within") return { glyph: "✓", word: "could live with it" };
  if (v.kind === "crosses") return { glyph: "✗", word: `${formatSteps(v.steps)} outside its range` };
  return { glyph: "?", word: "no coded position" };
}

function sideLine(name: string, t: SideTally, titleOf: NameOf): string {
  if (t.judged === 0) return `${name} has no coded position on any of the picks.`;
  const blocked = t.blockers.length === 0 ? "" : `; blocked by ${list.format(t.blockers.map(titleOf))}`;
  return `${name} could live with ${t.within} of ${t.judged} picks${blocked}.`;
}

/** The package's verdict: whether both sides could sign it, what each could accept and which picks block whom. */
export function describeDeal(result: DealResult, a: string, b: string, titleOf: NameOf): string {
  if (result.rows.length === 0) return "No issue has a pick yet: pick an option on at least one issue.";
  const head = result.passes ? `Both ${a} and ${b} could sign this package.` : `This package would not pass both sides.`;
  return `${head} ${sideLine(a, result.a, titleOf)} ${sideLine(b, result.b, titleOf)}`;
}

/** A real text's verdict for the reveal: passed both, or who it crossed on how many issues. */
export function describeTextVerdict(v: TextVerdict, a: string, b: string): string {
  if (v.rows.length === 0) return "Places none of these issues.";
  if (v.passes) return `Within both sides' ranges on all ${v.rows.length} issues it places.`;
  if (v.a.judged === 0 && v.b.judged === 0) return `Not judged: neither side had a coded position on ${v.rows.length === 1 ? "this issue" : "these issues"} by the text's date.`;
  const parts = [
    v.a.blockers.length > 0 ? `crosses ${a} on ${v.a.blockers.length}` : "",
    v.b.blockers.length > 0 ? `crosses ${b} on ${v.b.blockers.length}` : "",
  ].filter(Boolean);
  const unknown = v.rows.length - Math.min(v.a.judged, v.b.judged);
  return `${parts.length > 0 ? `${parts.join(" and ")} of ${v.rows.length} issues` : `Crosses neither side`}${unknown > 0 ? ` (${unknown} not judged: no position)` : ""}.`.replace(/^./, (c) => c.toUpperCase());
}
