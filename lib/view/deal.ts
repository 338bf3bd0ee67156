import type { Coded } from "../analysis";
import type { DealResult, SideTally, TextPackage, TextVerdict } from "../deal";
import type { Verdict } from "../ledger";
import { deckKey, type DeckAction, type KeyPress, type KeyTarget as DeckKeyTarget } from "./deck";
import { formatSteps, LOCALE } from "./format";
import type { IssueView, TimeContext } from "./view-model";

/** Where a press happened on the projector's deal: as in the deck, and whether in a text field (where digits type). */
type KeyTarget = DeckKeyTarget & { inText?: boolean };

/*
 * "Build a deal" in words: the verdict on the class's package, the line of each pick for each side,
 * and a real text's verdict for the reveal. Pure, so the page and the tests say the same thing.
 */

type NameOf = (id: string) => string;

/** A real text as the reveal names it. */
export type TextTitle = { id: string; shortTitle: string; date: string; provisions: Record<string, string> };

/** What "Build a deal" is given by its pages: the positions, the codebook and every text as a package. */
export type DealData = { context: TimeContext; issues: IssueView[]; positions: Coded[]; texts: TextPackage[]; titles: TextTitle[] };
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

/** The package's verdict in two lines for the projector: the tallies only, since its list marks each blocker beside its issue. */
export function describeDealBrief(result: DealResult, a: string, b: string): string {
  if (result.rows.length === 0) return "No issue has a pick yet: pick an option on at least one issue.";
  const side = (name: string, t: SideTally) => (t.judged === 0 ? `${name} has no coded position on any pick` : `${name} could live with ${t.within} of ${t.judged} picks`);
  const head = result.passes ? `Both ${a} and ${b} could sign this package` : "This package would not pass both sides";
  return `${head}: ${side(a, result.a)}, ${side(b, result.b)}.`;
}

/** A real text's verdict for the reveal: passed both, or who it crossed on how many issues. */
export function describeTextVerdict(v: TextVerdict, a: string, b: string): string {
  if (v.rows.length === 0) return "Places none of these issues.";
  if (v.passes) return v.rows.length === 1 ? "Within both sides' ranges on the one issue it places." : `Within both sides' ranges on all ${v.rows.length} issues it places.`;
  if (v.a.judged === 0 && v.b.judged === 0) return `Not judged: neither side had a coded position on ${v.rows.length === 1 ? "this issue" : "these issues"} by the text's date.`;
  const parts = [
    v.a.blockers.length > 0 ? `crosses ${a} on ${v.a.blockers.length}` : "",
    v.b.blockers.length > 0 ? `crosses ${b} on ${v.b.blockers.length}` : "",
  ].filter(Boolean);
  const unknown = v.rows.length - Math.min(v.a.judged, v.b.judged);
  return `${parts.length > 0 ? `${parts.join(" and ")} of ${v.rows.length} ${v.rows.length === 1 ? "issue" : "issues"}` : `Crosses neither side`}${unknown > 0 ? ` (${unknown} not judged: no position)` : ""}.`.replace(/^./, (c) => c.toUpperCase());
}

/** The texts of the reveal in the order a class reads them: those within both ranges first, then by fewest crossings and date; a text judged on nothing (neither side coded by its date) says least, so last. */
export function rankTextVerdicts(verdicts: readonly TextVerdict[]): TextVerdict[] {
  const crossings = (v: TextVerdict) => v.a.blockers.length + v.b.blockers.length;
  const unjudged = (v: TextVerdict) => 2 * v.rows.length - v.a.judged - v.b.judged;
  return verdicts
    .filter((v) => v.rows.length > 0)
    .sort((x, y) => Number(y.passes) - Number(x.passes) || Number(x.a.judged + x.b.judged === 0) - Number(y.a.judged + y.b.judged === 0) || crossings(x) - crossings(y) || unjudged(x) - unjudged(y) || x.date.localeCompare(y.date));
}

/** The reveal in one sentence: how many of the texts that place the class's issues were within both sides' ranges, and which. */
export function describeReveal(verdicts: readonly TextVerdict[], titleOf: NameOf, onPicks: boolean): string {
  const placed = verdicts.filter((v) => v.rows.length > 0);
  if (placed.length === 0) return `No key text places ${onPicks ? "any of your issues" : "any issue"}.`;
  const passed = placed.filter((v) => v.passes);
  const one = placed.length === 1;
  const head = `${placed.length} key ${one ? "text places" : "texts place"} ${onPicks ? "your issues" : "at least one issue"}`;
  const scope = onPicks ? "on all of them" : `on every issue ${one ? "it places" : "they place"}`;
  if (passed.length === 0) return `${head}; none was within both sides' ranges ${scope}.`;
  const were = passed.length === 1 ? "1 was" : `${passed.length} were`;
  return `${head}; ${were} within both sides' ranges ${scope}: ${list.format(passed.map((v) => titleOf(v.document)))}.`;
}

/** What a key press does on the projector's deal: pick an option by its number (0 leaves the issue out), or what it does in the deck. */
export type DealAction = { type: "pick"; option: number | null } | { type: Exclude<DeckAction, "argue"> };

export function dealKey(press: KeyPress, target: KeyTarget, options: number): DealAction | undefined {
  // a digit has no meaning in a radio group: it picks there too, but never in a text field
  if (/^\d$/.test(press.key) && !press.ctrlKey && !press.metaKey && !press.altKey && !target.inText) {
    const n = Number(press.key);
    if (n === 0) return { type: "pick", option: null };
    return n <= options ? { type: "pick", option: n - 1 } : undefined;
  }
  // on a radio the arrows and Space are the group's own; Home, End, R and F mean nothing there, so they are the deal's
  const onRadio = target.inField && !target.inText;
  const action = deckKey(press, onRadio && /^(Home|End|r|R|f|F)$/.test(press.key) ? { ...target, inField: false } : target);
  return action === undefined || action === "argue" ? undefined : { type: action };
}
