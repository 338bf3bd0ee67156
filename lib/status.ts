import { diff, findPosition, positionsOf, relation, type Coded, type Direction, type IssueShape, type Move, type PositionIndex, type Relation } from "./analysis";
import { addDays, daysBetween } from "./dates";

/*
 * An issue's status between two actors on a date, read from their positions by written rules (the
 * methodology prints them from the constants below, so the page and the code cannot differ):
 * whether the two sides have settled on common ground, are coming closer, drifting apart, or not
 * moving at all. Pure, like lib/analysis.ts: the same rules at build, in tests and in the browser.
 */

/** The window, in days before the date, over which closer or further is judged. */
export const STATUS_WINDOW_DAYS = 90;
/** Days without a change by either side after which an issue still in conflict is stalled. */
export const STALL_DAYS = 180;

export type StatusCode = "unknown" | "settled" | "converging" | "diverging" | "stalled" | "holding";

/**
 * The rules in the order they are tried: the first that holds is the status. Converging, diverging
 * and stalled cannot hold together (the first two need a change inside the window, the third none
 * in twice its length), so among them the order only fixes how the rules are read; settled comes
 * before all three, so common ground that has held is settled even when nobody has moved for long.
 */
export const STATUS_PRECEDENCE: readonly StatusCode[] = ["unknown", "settled", "converging", "diverging", "stalled", "holding"];

/** How a move changed what the actor asks for, measured against the other side's ask on the day: nearer it ("less"), further ("more"), neither ("other"), or the actor's first position. */
export type AskChange = "first" | "less" | "more" | "other";
/** How a move changed what the actor could live with, when its ask stayed: a range that holds the old one, one held by it, or neither. */
export type RangeChange = "wider" | "narrower" | "shifted";

/** One side's change of place, with what kind of change it was. */
export type StatusMove = Move & { ask?: AskChange; range?: RangeChange };

/**
 * A day on which one side or both changed place on the issue: a new position that repeats the place
 * of the one before it (a restatement) is no change. `direction` is the pair's, from the day before to the day.
 */
export type ChangeDay = { date: string; direction: Direction; moves: StatusMove[] };

/** Why the status is what it is: the day that decided it, and how it decided it. */
export type StatusReason =
  /** unknown: the sides with no position in force. */
  | { kind: "missing"; actors: string[] }
  /** settled: the day the ranges began to meet, unbroken since. */
  | { kind: "met-since"; day: ChangeDay }
  /** converging or diverging: the last day in the window that moved the pair that way. */
  | { kind: "moved"; day: ChangeDay }
  /** stalled: the last change, at least STALL_DAYS before the date. */
  | { kind: "still-since"; day: ChangeDay }
  /** holding: the last change inside the window, which left the pair no nearer and no further over it. */
  | { kind: "sideways"; day: ChangeDay }
  /** holding: both sides coded only since a day inside the window, with nothing to compare since. */
  | { kind: "new"; day: ChangeDay }
  /** holding: no change inside the window; the last, fewer than STALL_DAYS before the date. */
  | { kind: "quiet-since"; day: ChangeDay };

export type IssueStatus = {
  issue: string;
  date: string;
  a: string;
  b: string;
  code: StatusCode;
  reason: StatusReason;
};

const meet = (r: Relation) => r.kind === "agreement" || r.kind === "overlap";

function classifyAsk(move: Move, other: Coded | undefined): AskChange | undefined {
  if (!move.before) return "first";
  if (move.before.ideal === move.after.ideal) return undefined;
  if (!other) return "other";
  const was = Math.abs(move.before.ideal - other.ideal);
  const is = Math.abs(move.after.ideal - other.ideal);
  return is < was ? "less" : is > was ? "more" : "other";
}

function classifyRange(move: Move): RangeChange | undefined {
  if (!move.before) return undefined;
  const [wasLow, wasHigh] = move.before.acceptable;
  const [low, high] = move.after.acceptable;
  if (wasLow === low && wasHigh === high) return undefined;
  if (low <= wasLow && high >= wasHigh) return "wider";
  if (low >= wasLow && high <= wasHigh) return "narrower";
  return "shifted";
}

/** Every day up to `end` on which `a` or `b` changed place on the issue, oldest first. */
export function changeDays(index: PositionIndex, issue: IssueShape, a: string, b: string, end: string): ChangeDay[] {
  const dates = new Set<string>();
  for (const actor of [a, b]) for (const p of positionsOf(index, actor, issue.id)) if (p.validFrom <= end) dates.add(p.validFrom);
  return [...dates].sort().flatMap((date) => {
    // the day before holds the positions in force until this day's took effect
    const change = diff(index, [issue], addDays(date, -1), date, a, b).changes[0];
    if (!change || change.moves.length === 0) return [];
    const moves = change.moves.map((move): StatusMove => {
      const other = findPosition(index, move.actor === a ? b : a, issue.id, date);
      return { ...move, ask: classifyAsk(move, other), range: classifyRange(move) };
    });
    return [{ date, direction: change.direction, moves }];
  });
}

/** The status of `issue` between `a` and `b` on `date`, from the change days of the pair (changeDays, any `end` ≥ date). */
function statusFrom(index: PositionIndex, issue: IssueShape, a: string, b: string, date: string, allDays: readonly ChangeDay[]): IssueStatus {
  const base = { issue: issue.id, date, a, b };
  const now = relation(index, issue, a, b, date);
  if (now.kind === "unknown") {
    const actors = [a, b].filter((actor) => !findPosition(index, actor, issue.id, date));
    return { ...base, code: "unknown", reason: { kind: "missing", actors } };
  }
  const days = allDays.filter((d) => d.date <= date);
  const windowStart = addDays(date, -STATUS_WINDOW_DAYS);
  const inWindow = days.filter((d) => d.date > windowStart);
  const at = (day: string) => relation(index, issue, a, b, day);

  // settled: the ranges met on the window's first day and on every change day since
  if (meet(at(windowStart)) && inWindow.every((d) => meet(at(d.date)))) {
    // the run began on the latest change day before which they did not meet; the pair's first day at the latest
    const began = [...days].reverse().find((d) => !meet(at(addDays(d.date, -1)))) ?? days[0]!;
    return { ...base, code: "settled", reason: { kind: "met-since", day: began } };
  }

  // compared with the window's first day, or the first day in it both sides were coded
  const start = at(windowStart).kind === "unknown" ? inWindow.find((d) => at(d.date).kind !== "unknown")!.date : windowStart;
  const since = inWindow.filter((d) => d.date > start);
  const direction = since.length === 0 ? "neither" : (diff(index, [issue], start, date, a, b).changes[0]?.direction ?? "neither");
  if (direction !== "neither") {
    const day = [...since].reverse().find((d) => d.direction === direction) ?? since.at(-1)!;
    return { ...base, code: direction === "toward" ? "converging" : "diverging", reason: { kind: "moved", day } };
  }

  const last = days.at(-1)!;
  if (daysBetween(last.date, date) >= STALL_DAYS) return { ...base, code: "stalled", reason: { kind: "still-since", day: last } };
  if (since.length > 0) return { ...base, code: "holding", reason: { kind: "sideways", day: since.at(-1)! } };
  if (start !== windowStart) return { ...base, code: "holding", reason: { kind: "new", day: inWindow.find((d) => d.date === start)! } };
  return { ...base, code: "holding", reason: { kind: "quiet-since", day: last } };
}

/**
 * The status of `issue` between `a` and `b` on `date`, by the first of these rules that holds
 * (STATUS_PRECEDENCE), with W = STATUS_WINDOW_DAYS and S = STALL_DAYS:
 * - unknown: a side has no position in force on the date;
 * - settled: the acceptable ranges meet (agreement or overlap) on every day of the last W days;
 * - converging: against W days before (or the first day since on which both were coded), the gap
 *   between the ranges is smaller, or, at the same gap, the distance between the ideals is;
 * - diverging: the same comparison, larger;
 * - stalled: neither side has changed place in the last S days (the last change is S or more days back);
 * - holding: anything else: a side moved in the last S days, but over the last W no nearer and no further.
 */
export function issueStatus(index: PositionIndex, issue: IssueShape, a: string, b: string, date: string): IssueStatus {
  return statusFrom(index, issue, a, b, date, changeDays(index, issue, a, b, date));
}

/** The last day of a month (YYYY-MM). */
function monthEnd(month: string): string {
  const [year, m] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(year, m, 0)).toISOString().slice(0, 10);
}

const nextMonth = (month: string) => addDays(monthEnd(month), 1).slice(0, 7);

/** One month of the status strip: the status on its last day, or on `end` in the month `end` falls in. */
export type MonthStatus = { month: string; date: string; status: IssueStatus };

/** The status at every month's end from `start`'s month to `end`'s (the last on `end` itself): the month-by-month strip. */
export function statusByMonth(index: PositionIndex, issue: IssueShape, a: string, b: string, start: string, end: string): MonthStatus[] {
  if (start > end) return [];
  const days = changeDays(index, issue, a, b, end);
  const months: MonthStatus[] = [];
  for (let month = start.slice(0, 7); month <= end.slice(0, 7); month = nextMonth(month)) {
    const last = monthEnd(month);
    const date = last < end ? last : end;
    months.push({ month, date, status: statusFrom(index, issue, a, b, date, days) });
  }
  return months;
}
