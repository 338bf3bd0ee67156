import { relation, type IssueShape, type PositionIndex, type Relation } from "../analysis";
import { addDays } from "../dates";
import { STALL_DAYS, STATUS_PRECEDENCE, STATUS_WINDOW_DAYS, statusByMonth, type ChangeDay, type IssueStatus, type MonthStatus, type StatusCode, type StatusMove } from "../status";
import { formatDate } from "./format";
import { messages } from "./messages";

/*
 * An issue's status in words: its mark (a glyph and a word, so it never rests on colour), the reason
 * naming the move that decided it, the rules as the methodology prints them, and the month-by-month
 * strip's summary. Pure, so the page, the slides and the tests say the same thing.
 */

type NameOf = (actor: string) => string;

/** The glyph of each status, beside its word wherever it is shown. */
export const STATUS_GLYPHS: Record<StatusCode, string> = { unknown: "?", settled: "✓", converging: "↘", diverging: "↗", stalled: "‖", holding: "→" };

/** A status as the views show it: its mark and the sentence that says why. */
export type StatusNote = { code: StatusCode; glyph: string; word: string; reason: string };

// a move always changes the ask or the range; the last fallback only closes the type
const kindOf = (move: Pick<StatusMove, "ask" | "range">) => move.ask ?? move.range ?? "shifted";

/** What one side's move did, after its name: its first position, a change of ask, or else of range. */
export const formatMove = (move: Pick<StatusMove, "actor" | "ask" | "range">, nameOf: NameOf) => `${nameOf(move.actor)} ${messages.status.move[kindOf(move)]}`;

/** Who did what on a change day: "Russia asked for more and Ukraine widened its range", or "Russia and Ukraine took their first positions". */
export function formatMoves(day: Pick<ChangeDay, "moves">, nameOf: NameOf): string {
  const [first, ...rest] = day.moves;
  if (first && rest.length > 0 && rest.every((move) => kindOf(move) === kindOf(first))) {
    return `${day.moves.map((move) => nameOf(move.actor)).join(" and ")} ${messages.status.moveBoth[kindOf(first)]}`;
  }
  return day.moves.map((move) => formatMove(move, nameOf)).join(" and ");
}

/** The one-line reason of a status, naming the day and the move that decided it. */
export function describeStatusReason(status: Pick<IssueStatus, "reason">, nameOf: NameOf): string {
  const { reason } = status;
  const { reason: say } = messages.status;
  if (reason.kind === "missing") return reason.actors.length > 1 ? say.neither : say.missing(reason.actors.map(nameOf).join(" and "));
  const moves = formatMoves(reason.day, nameOf);
  const date = formatDate(reason.day.date, "short");
  switch (reason.kind) {
    case "met-since":
      return say.metSince(moves, date);
    case "moved":
      return say.moved(moves, date);
    case "still-since":
      return say.stillSince(date);
    case "sideways":
      return say.sideways(moves, date, STATUS_WINDOW_DAYS);
    case "new":
      return say.new(moves, date);
    default:
      return say.quietSince(moves, date, STATUS_WINDOW_DAYS);
  }
}

export const toStatusNote = (status: Pick<IssueStatus, "code" | "reason">, nameOf: NameOf): StatusNote => ({
  code: status.code,
  glyph: STATUS_GLYPHS[status.code],
  word: messages.status.word[status.code],
  reason: describeStatusReason(status, nameOf),
});

/** The rules in their order of precedence, written from the constants the code uses. */
export const STATUS_RULES: readonly { code: StatusCode; glyph: string; word: string; rule: string }[] = STATUS_PRECEDENCE.map((code) => {
  const { rule } = messages.status;
  const text: Record<StatusCode, string> = {
    unknown: rule.unknown,
    settled: rule.settled(STATUS_WINDOW_DAYS),
    converging: rule.converging(STATUS_WINDOW_DAYS),
    diverging: rule.diverging,
    stalled: rule.stalled(STALL_DAYS),
    holding: rule.holding(STATUS_WINDOW_DAYS, STALL_DAYS),
  };
  return { code, glyph: STATUS_GLYPHS[code], word: messages.status.word[code], rule: text[code] };
});

/** "9 stalled, 2 settled and 3 holding" (with `unit`, "stalled in 9 months, …"), in the order of precedence, leaving out the zeros. */
function formatCounts(codes: readonly StatusCode[], unit?: (n: number) => string): string {
  const parts = STATUS_PRECEDENCE.flatMap((code) => {
    const n = codes.filter((c) => c === code).length;
    if (n === 0) return [];
    return [unit ? `${messages.status.word[code]} in ${unit(n)}` : `${n} ${messages.status.word[code]}`];
  });
  return parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}` : (parts[0] ?? "");
}

/** What the summary reads of a cell. */
type SummarisedCell = Pick<StatusCell, "month" | "date"> & { note: Pick<StatusNote, "code"> };

const months = (n: number) => `${n} ${n === 1 ? "month" : "months"}`;

/** The month-by-month strip's summary: for one issue, how many months each status held; for several, where each stands at the last month's end and which converged longest. */
export function describeStatusStrip(rows: readonly { issue: { title: string }; cells: readonly SummarisedCell[] }[]): string {
  const first = rows[0]?.cells[0];
  const last = rows[0]?.cells.at(-1);
  if (!first || !last) return "No month to show.";
  const span = `month by month from ${formatDate(first.month)} to ${formatDate(last.month)}`;
  if (rows.length === 1) {
    const only = rows[0]!;
    return `${only.issue.title}, ${span}: ${formatCounts(only.cells.map((c) => c.note.code), months)}; on ${formatDate(last.date)} it is ${messages.status.word[last.note.code]}.`;
  }
  const now = formatCounts(rows.map((row) => row.cells.at(-1)!.note.code));
  const converging = rows.map((row) => ({ title: row.issue.title, n: row.cells.filter((c) => c.note.code === "converging").length }));
  const longest = converging.reduce((max, row) => (row.n > max.n ? row : max), converging[0]!);
  return (
    `${rows.length} issues, ${span}. On ${formatDate(last.date)}: ${now}.` +
    (longest.n > 0 ? ` Converging longest: ${longest.title}, ${months(longest.n)}.` : " None converged in any month.")
  );
}

/** One month of the status strip as drawn: the month, the day its status is taken on, and the status in words. */
export type StatusCell = { month: string; date: string; note: StatusNote };
/** One issue's row of the status strip. */
export type StatusStripRow = { issue: { id: string; title: string }; cells: StatusCell[] };

export const toStatusStripRow = (issue: { id: string; title: string }, months: readonly MonthStatus[], nameOf: NameOf): StatusStripRow => ({
  issue: { id: issue.id, title: issue.title },
  cells: months.map((m) => ({ month: m.month, date: m.date, note: toStatusNote(m.status, nameOf) })),
});

/** A status worked through from the data, as the methodology prints it: the pair's relation at the window's start and on the date, and what the rules made of it. */
export type StatusExample = {
  issue: { id: string; title: string };
  date: string;
  windowStart: string;
  before: Pick<Relation, "kind" | "gap" | "distance">;
  after: Pick<Relation, "kind" | "gap" | "distance">;
  note: StatusNote;
  pair: [string, string];
};

/**
 * The methodology's example: the latest month's end from `start` to `end` on which an issue was
 * converging against a pair coded on both ends of the window, the first such issue in the order of
 * `issues`; undefined if none ever was.
 */
export function toStatusExample(
  index: PositionIndex,
  issues: readonly (IssueShape & { title: string })[],
  a: string,
  b: string,
  start: string,
  end: string,
  nameOf: NameOf,
): StatusExample | undefined {
  const windowOf = (date: string) => addDays(date, -STATUS_WINDOW_DAYS);
  const candidates = issues.flatMap((issue) =>
    statusByMonth(index, issue, a, b, start, end)
      .filter((m) => m.status.code === "converging" && relation(index, issue, a, b, windowOf(m.date)).kind !== "unknown")
      .map((m) => ({ issue, ...m })),
  );
  const latest = candidates.reduce((last, m) => (m.date > last ? m.date : last), "");
  const found = candidates.find((m) => m.date === latest);
  if (!found) return undefined;
  return {
    issue: { id: found.issue.id, title: found.issue.title },
    date: found.date,
    windowStart: windowOf(found.date),
    before: relation(index, found.issue, a, b, windowOf(found.date)),
    after: relation(index, found.issue, a, b, found.date),
    note: toStatusNote(found.status, nameOf),
    pair: [nameOf(a), nameOf(b)],
  };
}
