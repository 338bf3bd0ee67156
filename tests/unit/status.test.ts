import { describe, expect, it } from "vitest";
import issues from "@/data/issues.json";
import positions from "@/data/positions.json";
import { indexPositions, type Coded } from "@/lib/analysis";
import { addDays } from "@/lib/dates";
import type { Position } from "@/lib/schema";
import { changeDays, issueStatus, STALL_DAYS, STATUS_PRECEDENCE, STATUS_WINDOW_DAYS, statusByMonth, type IssueStatus } from "@/lib/status";
import { describeStatusReason, describeStatusStrip, formatMoves, STATUS_RULES, toStatusExample, toStatusNote, toStatusStripRow } from "@/lib/view/status";

/*
 * The status rules on hand-made histories: Ukraine's pole is option 0, Russia's option 6, and each
 * history is written so that exactly one rule decides it (or two, to check which one wins).
 */

const issue = { id: "ceasefire", title: "Ceasefire", spectrum: [0, 1, 2, 3, 4, 5, 6].map((value) => ({ value, label: `o${value}` })) };
const coded = (actor: "russia" | "ukraine", validFrom: string, ideal: number, acceptable: [number, number]): Coded => ({
  id: `${actor}-${validFrom}`, actor, issue: "ceasefire", validFrom, ideal, acceptable, salience: 3,
});
const ru = (validFrom: string, ideal: number, acceptable: [number, number]) => coded("russia", validFrom, ideal, acceptable);
const ua = (validFrom: string, ideal: number, acceptable: [number, number]) => coded("ukraine", validFrom, ideal, acceptable);
const statusOn = (history: Coded[], date: string) => issueStatus(indexPositions(history), issue, "russia", "ukraine", date);
const names: Record<string, string> = { russia: "Russia", ukraine: "Ukraine" };
const nameOf = (id: string) => names[id] ?? id;
const reasonOf = (status: IssueStatus) => describeStatusReason(status, nameOf);

// both coded on 1 January 2024, three steps apart (Russia could live with 5–6, Ukraine with 0–1)
const apart = [ua("2024-01-01", 0, [0, 1]), ru("2024-01-01", 6, [5, 6])];

describe(issueStatus, () => {
  it("is unknown while a side has no position, naming it", () => {
    const onlyRussia = statusOn([ru("2024-01-01", 6, [5, 6])], "2024-03-01");
    expect(onlyRussia).toMatchObject({ code: "unknown", reason: { kind: "missing", actors: ["ukraine"] } });
    expect(reasonOf(onlyRussia)).toBe("Ukraine has no coded position");
    expect(reasonOf(statusOn([], "2024-03-01"))).toBe("Neither side has a coded position");
    // a position that takes effect after the date does not count yet
    expect(statusOn([...apart, ua("2024-05-01", 0, [0, 1])], "2023-12-31").code).toBe("unknown");
  });

  describe("settled", () => {
    // Ukraine's widening on 1 June 2024 makes the ranges meet on option 3
    const meeting = [ua("2024-01-01", 0, [0, 2]), ru("2024-01-01", 6, [3, 6]), ua("2024-06-01", 0, [0, 3])];
    it(`is settled once the ranges have met on every day of the last ${STATUS_WINDOW_DAYS} days, naming the move that made them meet`, () => {
      const status = statusOn(meeting, addDays("2024-06-01", STATUS_WINDOW_DAYS));
      expect(status.code).toBe("settled");
      expect(status.reason).toMatchObject({ kind: "met-since", day: { date: "2024-06-01" } });
      expect(reasonOf(status)).toBe("Ranges have met since Ukraine widened its range on 1 Jun 2024");
    });
    it(`is not settled a day short of ${STATUS_WINDOW_DAYS} days: then the ranges coming together is converging`, () => {
      const status = statusOn(meeting, addDays("2024-06-01", STATUS_WINDOW_DAYS - 1));
      expect(status.code).toBe("converging");
      expect(reasonOf(status)).toBe("Ukraine widened its range on 1 Jun 2024");
    });
    it(`takes precedence over stalled: common ground nobody has touched in ${STALL_DAYS} days is settled`, () => {
      expect(statusOn(meeting, addDays("2024-06-01", STALL_DAYS * 3)).code).toBe("settled");
    });
    it("takes precedence over converging: moves inside common ground that has held stay settled", () => {
      const closer = [...meeting, ru("2024-10-01", 5, [3, 5])];
      expect(statusOn(closer, "2024-10-15")).toMatchObject({ code: "settled", reason: { day: { date: "2024-06-01" } } });
    });
    it("counts agreement (the same ask) as met, and dates the run from the pair's first day when they always met", () => {
      const agreed = [ua("2024-01-01", 3, [3, 3]), ru("2024-02-01", 3, [3, 4])];
      const status = statusOn(agreed, "2024-06-01");
      expect(status.code).toBe("settled");
      expect(reasonOf(status)).toBe("Ranges have met since Russia took its first position on 1 Feb 2024");
    });
    it("breaks when the ranges part inside the window, even if they meet again", () => {
      const parted = [...meeting, ua("2024-10-01", 0, [0, 2]), ua("2024-10-10", 0, [0, 3])];
      expect(statusOn(parted, "2024-10-20").code).not.toBe("settled");
    });
  });

  describe("converging", () => {
    it("is converging when the gap shrank over the window, naming the move", () => {
      const status = statusOn([...apart, ru("2024-10-01", 6, [4, 6])], "2024-11-01");
      expect(status).toMatchObject({ code: "converging", reason: { kind: "moved", day: { date: "2024-10-01" } } });
      expect(reasonOf(status)).toBe("Russia widened its range on 1 Oct 2024");
    });
    it("is converging when, at the same gap, the ideals came closer", () => {
      // Russia asks for 5 instead of 6, and can live with 5 only: the gap stays 4 steps
      const history = [ua("2024-01-01", 0, [0, 1]), ru("2024-01-01", 6, [5, 6]), ru("2024-10-01", 5, [5, 5])];
      const status = statusOn(history, "2024-11-01");
      expect(status.code).toBe("converging");
      expect(reasonOf(status)).toBe("Russia asked for less on 1 Oct 2024");
    });
    it("names the last move that brought them closer, not a later one that did not", () => {
      // Russia closes the gap from 3 steps to 1; Ukraine then opens it to 2: still closer than 90 days before
      const history = [...apart, ru("2024-10-01", 6, [3, 6]), ua("2024-10-20", 0, [0, 0])];
      const status = statusOn(history, "2024-11-01");
      expect(status.code).toBe("converging");
      expect(status.reason).toMatchObject({ day: { date: "2024-10-01" } });
    });
    it(`compares with ${STATUS_WINDOW_DAYS} days before: an older move is outside the window`, () => {
      const history = [...apart, ru("2024-03-01", 6, [4, 6])];
      expect(statusOn(history, addDays("2024-03-01", STATUS_WINDOW_DAYS - 1)).code).toBe("converging");
      expect(statusOn(history, addDays("2024-03-01", STATUS_WINDOW_DAYS)).code).toBe("holding");
    });
    it("compares with the first day both were coded when that falls inside the window", () => {
      const history = [ua("2024-01-01", 0, [0, 1]), ru("2024-02-01", 6, [5, 6]), ru("2024-03-01", 6, [3, 6])];
      expect(statusOn(history, "2024-03-15").code).toBe("converging");
    });
  });

  describe("diverging", () => {
    it("is diverging when the gap grew", () => {
      const history = [ua("2024-01-01", 0, [0, 2]), ru("2024-01-01", 6, [5, 6]), ua("2024-10-01", 0, [0, 1])];
      const status = statusOn(history, "2024-11-01");
      expect(status.code).toBe("diverging");
      expect(reasonOf(status)).toBe("Ukraine narrowed its range on 1 Oct 2024");
    });
    it("is diverging when, at the same gap, the ideals moved apart", () => {
      const history = [ua("2024-01-01", 1, [1, 1]), ru("2024-01-01", 5, [5, 5]), ua("2024-10-01", 0, [0, 1])];
      const status = statusOn(history, "2024-11-01");
      expect(status.code).toBe("diverging");
      expect(reasonOf(status)).toBe("Ukraine asked for more on 1 Oct 2024");
    });
    it("goes by the gap first: a smaller gap with ideals further apart is converging", () => {
      const history = [ua("2024-01-01", 1, [1, 1]), ru("2024-01-01", 5, [5, 5]), ua("2024-10-01", 0, [0, 3])];
      expect(statusOn(history, "2024-11-01").code).toBe("converging");
    });
    it("names both sides when both moved on the deciding day", () => {
      const history = [...apart, ru("2024-10-01", 6, [6, 6]), ua("2024-10-01", 0, [0, 0])];
      const status = statusOn(history, "2024-11-01");
      expect(status.code).toBe("diverging");
      expect(reasonOf(status)).toBe("Russia and Ukraine narrowed their ranges on 1 Oct 2024");
    });
  });

  describe("stalled", () => {
    // Ukraine first, Russia a month later: Russia's first position is the last change
    const still = [ua("2023-12-01", 0, [0, 1]), ru("2024-01-01", 6, [5, 6])];
    it(`is stalled when the last change is exactly ${STALL_DAYS} days back`, () => {
      const status = statusOn(still, addDays("2024-01-01", STALL_DAYS));
      expect(status).toMatchObject({ code: "stalled", reason: { kind: "still-since", day: { date: "2024-01-01" } } });
      expect(reasonOf(status)).toBe("No change by either side since 1 Jan 2024");
    });
    it(`is holding, not stalled, at ${STALL_DAYS - 1} days`, () => {
      const status = statusOn(still, addDays("2024-01-01", STALL_DAYS - 1));
      expect(status).toMatchObject({ code: "holding", reason: { kind: "quiet-since" } });
      expect(reasonOf(status)).toBe(`No change in the last ${STATUS_WINDOW_DAYS} days; the last: Russia took its first position on 1 Jan 2024`);
    });
    it("does not count a position that restates the one before it as a change", () => {
      const restated = [...still, ru("2024-05-01", 6, [5, 6])];
      expect(statusOn(restated, addDays("2024-01-01", STALL_DAYS)).code).toBe("stalled");
      expect(changeDays(indexPositions(restated), issue, "russia", "ukraine", "2024-12-31").map((d) => d.date)).toEqual(["2023-12-01", "2024-01-01"]);
    });
  });

  describe("holding", () => {
    it("is holding when a move in the window left the pair no nearer and no further", () => {
      // Russia gives up option 6, which Ukraine's range never reached: the gap and its ask stay
      const history = [ua("2024-01-01", 0, [0, 1]), ru("2024-01-01", 5, [4, 6]), ru("2024-10-01", 5, [4, 5])];
      const status = statusOn(history, "2024-11-01");
      expect(status).toMatchObject({ code: "holding", reason: { kind: "sideways" } });
      expect(reasonOf(status)).toBe(`Russia narrowed its range on 1 Oct 2024; no nearer, no further over ${STATUS_WINDOW_DAYS} days`);
    });
    it("is holding when moves toward and away cancel out over the window", () => {
      const history = [...apart, ru("2024-10-01", 6, [4, 6]), ru("2024-10-15", 6, [5, 6])];
      expect(statusOn(history, "2024-11-01").code).toBe("holding");
    });
    it("is holding, with nothing to compare, when both sides are coded only since a day inside the window", () => {
      const status = statusOn([ua("2024-01-01", 0, [0, 1]), ru("2024-02-01", 6, [5, 6])], "2024-03-01");
      expect(status).toMatchObject({ code: "holding", reason: { kind: "new", day: { date: "2024-02-01" } } });
      expect(reasonOf(status)).toBe("Coded for both only since 1 Feb 2024, when Russia took its first position");
    });
  });

  it("tries the rules in the published order", () => {
    expect(STATUS_PRECEDENCE).toEqual(["unknown", "settled", "converging", "diverging", "stalled", "holding"]);
  });
});

describe(statusByMonth, () => {
  const history = [...apart, ru("2024-02-01", 6, [4, 6])];
  const index = indexPositions(history);
  it("gives the status at each month's end, the last on the end date itself", () => {
    const months = statusByMonth(index, issue, "russia", "ukraine", "2024-01-15", "2024-03-10");
    expect(months.map((m) => [m.month, m.date])).toEqual([
      ["2024-01", "2024-01-31"],
      ["2024-02", "2024-02-29"],
      ["2024-03", "2024-03-10"],
    ]);
    for (const m of months) expect(m.status).toEqual(issueStatus(index, issue, "russia", "ukraine", m.date));
  });
  it("sees a change on the first of a month only from that month's cell on", () => {
    const [january, february] = statusByMonth(index, issue, "russia", "ukraine", "2024-01-01", "2024-02-29");
    expect(january!.status.code).toBe("holding");
    expect(february!.status).toMatchObject({ code: "converging", reason: { day: { date: "2024-02-01" } } });
  });
  it("runs across a year's end, and is empty when the start is after the end", () => {
    expect(statusByMonth(index, issue, "russia", "ukraine", "2023-11-30", "2024-01-01").map((m) => m.date)).toEqual(["2023-11-30", "2023-12-31", "2024-01-01"]);
    expect(statusByMonth(index, issue, "russia", "ukraine", "2024-03-01", "2024-02-01")).toEqual([]);
  });
});

describe("the status in words", () => {
  it("prints the rules from the constants the code uses, in their order", () => {
    expect(STATUS_RULES.map((r) => r.code)).toEqual([...STATUS_PRECEDENCE]);
    expect(STATUS_RULES.find((r) => r.code === "settled")!.rule).toContain(`${STATUS_WINDOW_DAYS} days`);
    expect(STATUS_RULES.find((r) => r.code === "stalled")!.rule).toContain(`${STALL_DAYS} days`);
  });
  it("gives every status a glyph and a word, so none rests on colour", () => {
    const notes = STATUS_RULES.map((r) => [r.glyph, r.word]);
    expect(new Set(notes.map(([glyph]) => glyph)).size).toBe(STATUS_PRECEDENCE.length);
    for (const [glyph, word] of notes) expect(glyph && word).toBeTruthy();
  });
  it("says what each kind of move did", () => {
    const status = statusOn([...apart, ru("2024-10-01", 5, [4, 5]), ua("2024-10-01", 0, [0, 2])], "2024-11-01");
    expect(status.reason.kind).toBe("moved");
    if (status.reason.kind === "moved") expect(formatMoves(status.reason.day, nameOf)).toBe("Russia asked for less and Ukraine widened its range");
    expect(toStatusNote(status, nameOf)).toEqual({ code: "converging", glyph: "↘", word: "converging", reason: "Russia asked for less and Ukraine widened its range on 1 Oct 2024" });
  });
  it("sums up one issue's strip month by month, and several issues' by where they stand at its end", () => {
    const index = indexPositions([...apart, ru("2024-02-01", 6, [4, 6])]);
    const row = toStatusStripRow(issue, statusByMonth(index, issue, "russia", "ukraine", "2024-01-01", "2024-03-31"), nameOf);
    expect(describeStatusStrip([row])).toBe("Ceasefire, month by month from Jan 2024 to Mar 2024: converging in 2 months and holding in 1 month; on 31 March 2024 it is converging.");
    const other = { ...row, issue: { id: "other", title: "Other" }, cells: row.cells.map((c) => ({ ...c, note: { ...c.note, code: "stalled" as const } })) };
    expect(describeStatusStrip([row, other])).toBe("2 issues, month by month from Jan 2024 to Mar 2024. On 31 March 2024: 1 converging and 1 stalled. Converging longest: Ceasefire, 2 months.");
  });
});

describe("the status on Parley's data", () => {
  const index = indexPositions(positions as Position[]);
  it("has a status and a reason for every Russia–Ukraine issue on every month's end", () => {
    for (const i of issues) {
      for (const m of statusByMonth(index, i, "russia", "ukraine", "2022-02-01", "2026-10-10")) {
        expect(STATUS_PRECEDENCE).toContain(m.status.code);
        expect(describeStatusReason(m.status, nameOf)).toMatch(/\S/);
      }
    }
  });
  it("finds a converging example for the methodology whose window opens with both sides coded", () => {
    const example = toStatusExample(index, issues, "russia", "ukraine", "2022-02-01", "2026-10-10", nameOf);
    expect(example?.note.code).toBe("converging");
    expect(example?.before.kind).not.toBe("unknown");
    expect(example?.windowStart).toBe(addDays(example!.date, -STATUS_WINDOW_DAYS));
  });
});
