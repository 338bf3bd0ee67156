import { describe, expect, it } from "vitest";
import { history, indexPositions } from "@/lib/analysis";
import type { Issue, Position } from "@/lib/schema";
import { fromDayNumber, toDayNumber, toDistanceSeries, toGapSegments, toIssueTimeline } from "@/lib/timeline";

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
