import { describe, expect, it } from "vitest";
import { history, indexPositions } from "@/lib/analysis";
import type { Issue, Position } from "@/lib/schema";
import { fromDayNumber, yearStarts, toDayNumber, toDistanceSeries, toGapSegments, toIssueTimeline, type IssueTimelineRow } from "@/lib/timeline";
import { HISTORY_PAD, toHistoryGeometry, xPercent, yPercent } from "@/lib/view/history-geometry";

const issue = (id: string): Issue => ({ id, title: id, question: "?", description: "d", spectrum: [0, 1, 2, 3, 4].map((value) => ({ value, label: `o${value}`, description: "d" })) });
const position = (over: Partial<Position>): Position => ({
  id: "p", actor: "ukraine", issue: "ceasefire", validFrom: "2025-03-11", ideal: 0, acceptable: [0, 1], salience: 3, evidence: ["s1"], rationale: "r", confidence: "high", ...over,
});
const issues = [issue("ceasefire"), issue("territory")];
const positions = [
  position({ id: "r1", actor: "russia", validFrom: "2022-03-01", ideal: 4, acceptable: [4, 4] }),
  position({ id: "u1", actor: "ukraine", validFrom: "2022-04-01", ideal: 0, acceptable: [0, 1] }),
  position({ id: "u2", actor: "ukraine", validFrom: "2025-03-11", ideal: 2, acceptable: [2, 4] }),
  position({ id: "t1", actor: "russia", issue: "territory", validFrom: "2022-05-01", ideal: 4, acceptable: [4, 4] }),
];

describe(toDayNumber, () => {
  it("round-trips ISO dates", () => {
    expect(fromDayNumber(toDayNumber("2024-02-29"))).toBe("2024-02-29");
    expect(toDayNumber("1970-01-02")).toBe(1);
  });
});

describe(toIssueTimeline, () => {
  const rows = toIssueTimeline(indexPositions(positions), issues[0]!, "russia", "ukraine", "2026-06-21");
  it("has a row at each change of either side and one at the end", () => {
    expect(rows.map((r) => r.date)).toEqual(["2022-03-01", "2022-04-01", "2025-03-11", "2026-06-21"]);
  });
  it("carries ranges, the gap and the ZOPA", () => {
    expect(rows[0]).toMatchObject({ kind: "unknown", aRange: [4, 4], bRange: null });
    expect(rows[1]).toMatchObject({ kind: "conflict", gap: 3, zopa: null });
    expect(rows[2]).toMatchObject({ kind: "overlap", zopa: [4, 4], bIdeal: 2 });
    expect(rows[3]).toMatchObject({ kind: "overlap", zopa: [4, 4] });
  });
  it("ignores positions after the end date", () => {
    expect(toIssueTimeline(indexPositions(positions), issues[0]!, "russia", "ukraine", "2023-01-01").map((r) => r.date)).toEqual(["2022-03-01", "2022-04-01", "2023-01-01"]);
  });
  it("is empty when neither side has a position on the issue", () => {
    expect(toIssueTimeline(indexPositions(positions), issue("sanctions"), "russia", "ukraine", "2026-06-21")).toEqual([]);
  });
});

describe(toGapSegments, () => {
  const snaps = history(positions, issues, "russia", "ukraine");
  const segments = toGapSegments(snaps, issues, "2022-02-24", "2026-06-21");
  it("splits each issue's time into runs of one relation", () => {
    expect(segments[0]).toEqual([
      { from: "2022-02-24", to: "2022-04-01", kind: "unknown", gap: 0 },
      { from: "2022-04-01", to: "2025-03-11", kind: "conflict", gap: 3 },
      { from: "2025-03-11", to: "2026-06-21", kind: "overlap", gap: 0 },
    ]);
  });
  it("covers the whole span with no holes", () => {
    for (const row of segments) {
      expect(row[0]!.from).toBe("2022-02-24");
      expect(row.at(-1)!.to).toBe("2026-06-21");
      row.slice(1).forEach((segment, i) => expect(segment.from).toBe(row[i]!.to));
    }
  });
  it("keeps an issue unknown while only one side is coded", () => {
    expect(segments[1]).toEqual([{ from: "2022-02-24", to: "2026-06-21", kind: "unknown", gap: 0 }]);
  });
});

describe(toDistanceSeries, () => {
  it("has a point per step and a closing point", () => {
    const series = toDistanceSeries(history(positions, issues, "russia", "ukraine"), "2026-06-21");
    expect(series.map((p) => p.date)).toEqual(["2022-03-01", "2022-04-01", "2022-05-01", "2025-03-11", "2026-06-21"]);
    expect(series[0]!.distance).toBeNull();
    expect(series[1]!.distance).toBe(1);
    expect(series.at(-1)!.distance).toBe(0.5);
  });
});

describe(yearStarts, () => {
  it("ticks the 1 January of each year after the start's, up to the end's", () => {
    expect(yearStarts("2022-02-24", "2026-06-21")).toEqual(["2023-01-01", "2024-01-01", "2025-01-01", "2026-01-01"]);
    expect(yearStarts("2022-01-01", "2022-12-31")).toEqual([]);
  });
});

describe(toHistoryGeometry, () => {
  const row = (date: string, over: Partial<IssueTimelineRow> = {}): IssueTimelineRow => ({
    date, day: toDayNumber(date), kind: "unknown", gap: 0, aIdeal: null, aRange: null, bIdeal: null, bRange: null, zopa: null, ...over,
  });
  // five options; the axis runs over 100 days so x is in days
  const start = "2024-01-01";
  const end = "2024-04-10";
  const rows = [
    row("2024-01-01", { kind: "conflict", gap: 2, aIdeal: 0, aRange: [0, 0], bIdeal: 4, bRange: [3, 4] }),
    row("2024-02-20", { kind: "overlap", aIdeal: 1, aRange: [0, 2], bIdeal: 3, bRange: [2, 4], zopa: [2, 2] }),
    row(end, { kind: "overlap", aIdeal: 1, aRange: [0, 2], bIdeal: 3, bRange: [2, 4], zopa: [2, 2] }),
  ];
  const g = toHistoryGeometry(rows, 5, start, end);

  it("places dates as percent of the axis and options as equal rows, option 0 at the bottom", () => {
    expect(xPercent(start, start, end)).toBe(0);
    expect(xPercent("2024-02-20", start, end)).toBe(50);
    expect(xPercent("2025-01-01", start, end)).toBe(100);
    expect(yPercent(0, 5)).toBeCloseTo(90);
    expect(yPercent(4, 5)).toBeCloseTo(10);
  });

  it("draws one band per side and run, from one row's date to the next, padded around the options", () => {
    expect(g.aBands.map((b) => [b.from, b.to, b.x, b.width])).toEqual([["2024-01-01", "2024-02-20", 0, 50], ["2024-02-20", end, 50, 50]]);
    const first = g.aBands[0]!;
    // option 0 ± pad, shifted a hair down for the first side
    expect(first.y).toBeCloseTo(yPercent(HISTORY_PAD - 0.06, 5));
    expect(first.y + first.height).toBeCloseTo(yPercent(-HISTORY_PAD - 0.06, 5));
    expect(g.bBands).toHaveLength(2);
  });

  it("shades the gap between the ranges only where they conflict, and the ZOPA where they meet", () => {
    expect(g.gaps).toHaveLength(1);
    expect(g.gaps[0]!.range).toEqual([0, 3]);
    expect(g.gaps[0]!.y).toBeCloseTo(yPercent(3 - HISTORY_PAD, 5));
    expect(g.zopas.map((z) => [z.from, z.range])).toEqual([["2024-02-20", [2, 2]]]);
    expect(g.zopas[0]!.height).toBeCloseTo(20); // one option's row
  });

  it("steps each ideal from its previous run, and leaves out what is not coded", () => {
    expect(g.aIdeals.map((s) => [s.ideal, s.stepFromY])).toEqual([[0, undefined], [1, yPercent(0, 5)]]);
    expect(toHistoryGeometry([row(start, { aIdeal: 2, aRange: [2, 2] }), row(end)], 5, start, end).bIdeals).toEqual([]);
  });

  it("runs an unchanged range or ideal on as one box or step when only the other side moved", () => {
    const moved = toHistoryGeometry(
      [row(start, { aIdeal: 1, aRange: [0, 2], bIdeal: 4, bRange: [4, 4] }), row("2024-02-20", { aIdeal: 1, aRange: [0, 2], bIdeal: 3, bRange: [3, 4] }), row(end, { aIdeal: 1, aRange: [0, 2], bIdeal: 3, bRange: [3, 4] })],
      5, start, end,
    );
    expect(moved.aBands.map((b) => [b.from, b.to, b.x, b.width])).toEqual([[start, end, 0, 100]]);
    expect(moved.aIdeals.map((s) => [s.from, s.to, s.x1, s.x2])).toEqual([[start, end, 0, 100]]);
    expect(moved.bBands).toHaveLength(2);
  });

  it("draws nothing for an issue neither side is coded on, or a single row", () => {
    expect(toHistoryGeometry([row(start), row(end)], 5, start, end)).toEqual({ aBands: [], bBands: [], zopas: [], gaps: [], aIdeals: [], bIdeals: [] });
    expect(toHistoryGeometry([row(end)], 5, start, end).aBands).toEqual([]);
  });
});
