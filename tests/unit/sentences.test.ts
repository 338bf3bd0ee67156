import { describe, expect, it } from "vitest";
import { history, indexPositions, snapshot, toRelation, type Coded } from "@/lib/analysis";
import { sortByDate } from "@/lib/documents";
import { validateDataset, type Dataset, type Placement, type Position } from "@/lib/schema";
import { toDistanceSeries, toGapSegments, toIssueTimeline, type Segment } from "@/lib/timeline";
import { toCrosswalk, toDocumentIssues, toDocumentView, type CrosswalkView } from "@/lib/view/documents";
import {
  describeChange,
  describeComparison,
  describeCrosswalk,
  describeDistance,
  describeDocument,
  describeDocumentTimeline,
  describeGapStrip,
  describeIssueHistory,
  describeRow,
  describeSnapshot,
  formatCloser,
  formatGap,
  formatPlacement,
  formatRelationDetail,
  formatSegment,
} from "@/lib/view/sentences";
import { toSpectrumRows } from "@/lib/view/spectrum";
import { toActorView, toIssueView } from "@/lib/view/view-model";
import { loadBase } from "./load-fixture";

/*
 * Every sentence is checked word for word on the fixture dataset (tests/fixtures/base): one issue,
 * the ceasefire, where Russia could live with options 4–5 (asking for 5) and Ukraine with 0–1
 * (asking for 0) from 19 December 2024, and both sides' memoranda of 2 June 2025. The other cases
 * move Ukraine's range so the two sides meet, agree, or stand one step apart.
 */

const TODAY = "2026-11-27";
const DATE = "2025-06-02";
const END = "2025-12-31";

function load(): Dataset {
  const { dataset, problems } = validateDataset(loadBase(), TODAY);
  if (!dataset) throw new Error(`the fixture is invalid: ${problems.length} problems`);
  return dataset;
}
const dataset = load();
const russia = toActorView(dataset.actors.find((a) => a.id === "russia")!);
const ukraine = toActorView(dataset.actors.find((a) => a.id === "ukraine")!);
const issues = dataset.issues.map(toIssueView);
const issue = issues[0]!;
const options = issue.spectrum.length;
const ru = dataset.positions.find((p) => p.actor === "russia")!;
const ua = dataset.positions.find((p) => p.actor === "ukraine")!;
/** Ukraine's fixture position moved: the rest of the fixture as it is. */
const uaAt = (over: Partial<Position>): Position => ({ ...ua, ...over });
/** The relation of Russia's fixture position with Ukraine's, moved. */
const against = (over: Partial<Position> | undefined) => toRelation(issue.id, options, ru, over ? uaAt(over) : undefined);

const CONFLICT = {}; // as in the fixture: 0–1 against 4–5, three steps apart
const ONE_STEP = { acceptable: [0, 3] } satisfies Partial<Position>;
const OVERLAP = { acceptable: [0, 4] } satisfies Partial<Position>;
const AGREEMENT = { ideal: 5, acceptable: [3, 5] } satisfies Partial<Position>;

describe(formatRelationDetail, () => {
  const detail = (over: Partial<Position> | undefined) => formatRelationDetail({ issue, relation: against(over) });
  it("gives a conflict's gap in steps, one step in the singular", () => {
    expect(detail(CONFLICT)).toBe("gap 3 steps");
    expect(detail(ONE_STEP)).toBe("gap 1 step");
  });
  it("names an overlap's zone of possible agreement", () => {
    expect(detail(OVERLAP)).toBe("ZOPA: Ceasefire once Ukraine makes concessions");
  });
  it("adds nothing to an agreement or an unknown relation", () => {
    expect(detail(AGREEMENT)).toBeUndefined();
    expect(detail(undefined)).toBeUndefined();
  });
});

describe(describeRow, () => {
  const row = (over: Partial<Position> | undefined) => describeRow({ issue, relation: against(over) }, russia, ukraine);
  const russiaSide = `Russia asks for "Full settlement before any ceasefire" and could live with Ceasefire once Ukraine makes concessions to Full settlement before any ceasefire`;
  it("says what each side asks for and could live with, and the gap between them", () => {
    expect(row(CONFLICT)).toBe(
      `Ceasefire: ${russiaSide}; Ukraine asks for "Russian withdrawal before fighting ends" and could live with Russian withdrawal before fighting ends to Ceasefire tied to pullback or guarantees; the gap is 3 steps.`,
    );
    expect(row(ONE_STEP)).toMatch(/; the gap is 1 step\.$/);
  });
  it("names the options both could live with when the ranges overlap", () => {
    expect(row(OVERLAP)).toMatch(/; they overlap on Ceasefire once Ukraine makes concessions\.$/);
  });
  it("says when the two sides agree", () => {
    expect(row(AGREEMENT)).toBe(
      `Ceasefire: ${russiaSide}; Ukraine asks for "Full settlement before any ceasefire" and could live with Ceasefire with limits on the pause to Full settlement before any ceasefire; they agree.`,
    );
  });
  it("says which side has no coded position", () => {
    expect(row(undefined)).toBe(`Ceasefire: ${russiaSide}; Ukraine has no coded position.`);
    expect(describeRow({ issue, relation: toRelation(issue.id, options, undefined, undefined) }, russia, ukraine)).toBe(
      "Ceasefire: Russia has no coded position; Ukraine has no coded position.",
    );
  });
});

describe(describeSnapshot, () => {
  const at = (positions: readonly Coded[], date: string) => snapshot(indexPositions(positions), issues, date, "russia", "ukraine");
  it("counts the issues the two sides overlap and conflict on", () => {
    expect(describeSnapshot(at(dataset.positions, DATE), russia, ukraine)).toBe("On 2 June 2025, Russia and Ukraine overlap on 0 of 1 issues and conflict on 1.");
  });
  it("counts an agreement as an overlap", () => {
    expect(describeSnapshot(at([ru, uaAt(AGREEMENT)], DATE), russia, ukraine)).toBe("On 2 June 2025, Russia and Ukraine overlap on 1 of 1 issues and conflict on 0.");
  });
  it("says how many issues are not yet coded for both", () => {
    expect(describeSnapshot(at(dataset.positions, "2024-01-01"), russia, ukraine)).toBe(
      "On 1 January 2024, Russia and Ukraine overlap on 0 of 1 issues and conflict on 0; 1 not yet coded for both.",
    );
  });
  it("reads the rows the chart draws", () => {
    expect(toSpectrumRows(at(dataset.positions, DATE), issues)).toEqual([{ issue, relation: against(CONFLICT) }]);
  });
});

describe(formatSegment, () => {
  it("names the relation of a period, with the gap of a conflict", () => {
    const segment = (kind: Segment["kind"], gap = 0): Segment => ({ from: "2025-01-01", to: "2025-02-01", kind, gap });
    expect(formatSegment(segment("conflict", 3))).toBe("Conflict, gap 3");
    expect(formatSegment(segment("overlap"))).toBe("Overlap");
    expect(formatSegment(segment("agreement"))).toBe("Agreement");
    expect(formatSegment(segment("unknown"))).toBe("Not yet known");
  });
});

describe(describeGapStrip, () => {
  const strip = (positions: readonly Coded[]) => describeGapStrip(issues, toGapSegments(history(positions, issues, "russia", "ukraine"), issues, ru.validFrom, END), ru.validFrom);
  it("names the issues that have only ever conflicted", () => {
    expect(strip(dataset.positions)).toBe("Since 19 December 2024, 0 of 1 issues have had a zone of possible agreement at some point; ceasefire never have.");
  });
  it("counts the issues that have had a zone of possible agreement", () => {
    expect(strip([ru, uaAt(OVERLAP)])).toBe("Since 19 December 2024, 1 of 1 issues have had a zone of possible agreement at some point.");
    expect(strip([ru, uaAt({ validFrom: "2025-03-01", ...AGREEMENT }), ua])).toBe("Since 19 December 2024, 1 of 1 issues have had a zone of possible agreement at some point.");
  });
  it("names no issue that has never been coded for both", () => {
    expect(strip([ru])).toBe("Since 19 December 2024, 0 of 1 issues have had a zone of possible agreement at some point.");
  });
});

describe(describeDistance, () => {
  const series = (positions: readonly Coded[]) => toDistanceSeries(history(positions, issues, "russia", "ukraine"), END);
  it("gives the distance at the first step, at its peak and on the date", () => {
    expect(describeDistance(series(dataset.positions), DATE, russia, ukraine)).toBe(
      "The overall distance was 100% on 19 December 2024, peaked at 100% on 19 December 2024, and stands at 100% on 2 June 2025.",
    );
    // Ukraine first asks for option 3, then for option 0: the peak comes later than the first step
    const moved = [ru, uaAt({ ideal: 3, acceptable: [0, 3] }), uaAt({ id: "ua-later", validFrom: "2025-03-01" })];
    expect(describeDistance(series(moved), DATE, russia, ukraine)).toBe(
      "The overall distance was 40% on 19 December 2024, peaked at 100% on 1 March 2025, and stands at 100% on 2 June 2025.",
    );
  });
  it("stops at the peak on a date before the first step", () => {
    expect(describeDistance(series(dataset.positions), "2024-01-01", russia, ukraine)).toBe(
      "The overall distance was 100% on 19 December 2024, peaked at 100% on 19 December 2024.",
    );
  });
  it("says when the two sides are never coded together", () => {
    expect(describeDistance(series([ru]), DATE, russia, ukraine)).toBe("Russia and Ukraine are never coded on the same issue at the same time.");
  });
});

describe(describeIssueHistory, () => {
  const rows = (positions: readonly Coded[]) => toIssueTimeline(indexPositions(positions), issue, "russia", "ukraine", END);
  const sides = (a: number, b: number) => [{ name: russia.name, positions: a }, { name: ukraine.name, positions: b }] as const;
  it("counts each side's positions and says when the ranges never met", () => {
    expect(describeIssueHistory(rows(dataset.positions), ...sides(1, 1))).toBe("Russia has 1 coded positions on this issue and Ukraine 1. Their ranges have never met.");
  });
  it("lists every period the ranges met, agreement included", () => {
    expect(describeIssueHistory(rows([ru, uaAt(OVERLAP)]), ...sides(1, 1))).toBe(
      "Russia has 1 coded positions on this issue and Ukraine 1. Their ranges met from 19 Dec 2024 to 31 Dec 2025.",
    );
    const twice = [ru, uaAt(AGREEMENT), uaAt({ id: "ua-apart", validFrom: "2025-03-01" }), uaAt({ id: "ua-again", validFrom: "2025-06-02", ...OVERLAP })];
    expect(describeIssueHistory(rows(twice), ...sides(1, 3))).toBe(
      "Russia has 1 coded positions on this issue and Ukraine 3. Their ranges met from 19 Dec 2024 to 1 Mar 2025, and from 2 Jun 2025 to 31 Dec 2025.",
    );
  });
  it("says when neither side has a position", () => {
    expect(describeIssueHistory(rows([]), ...sides(0, 0))).toBe("Neither Russia nor Ukraine has a coded position on this issue.");
  });
});

describe(formatPlacement, () => {
  it("names the option, how far the range reaches, or the span when the text names no option", () => {
    expect(formatPlacement(issue, { ideal: 2, acceptable: [2, 2] })).toBe("Unconditional ceasefire at current line");
    expect(formatPlacement(issue, { ideal: 4, acceptable: [3, 4] })).toBe("Ceasefire once Ukraine makes concessions (could reach ‘Ceasefire with limits on the pause’)");
    expect(formatPlacement(issue, { ideal: 3, acceptable: [2, 4] })).toBe(
      "Ceasefire with limits on the pause (range ‘Unconditional ceasefire at current line’ to ‘Ceasefire once Ukraine makes concessions’)",
    );
    expect(formatPlacement(issue, { ideal: null, acceptable: [1, 2] })).toBe(
      "between ‘Ceasefire tied to pullback or guarantees’ and ‘Unconditional ceasefire at current line’, no single option",
    );
  });
});

describe(describeComparison, () => {
  it("says how far a text stood from a side, for every kind of relation", () => {
    expect(describeComparison({ kind: "conflict", gap: 3 }, "Russia")).toBe("3 steps from Russia");
    expect(describeComparison({ kind: "conflict", gap: 1 }, "Russia")).toBe("1 step from Russia");
    expect(describeComparison({ kind: "overlap", gap: 0 }, "Russia")).toBe("0 steps from Russia (ranges overlap)");
    expect(describeComparison({ kind: "agreement", gap: 0 }, "Ukraine")).toBe("same as Ukraine's ask");
    expect(describeComparison({ kind: "unknown", gap: 0 }, "Ukraine")).toBe("Ukraine: no coded position yet");
  });
});

describe(formatGap, () => {
  it("says the same in a table cell, where the column names the side", () => {
    expect(formatGap({ kind: "conflict", gap: 3 })).toBe("3 steps apart");
    expect(formatGap({ kind: "conflict", gap: 1 })).toBe("1 step apart");
    expect(formatGap({ kind: "overlap", gap: 0 })).toBe("0 steps: ranges overlap");
    expect(formatGap({ kind: "agreement", gap: 0 })).toBe("same ask");
    expect(formatGap({ kind: "unknown", gap: 0 })).toBe("not coded yet");
  });
});

describe(formatCloser, () => {
  const placement: Placement = { ideal: 2, acceptable: [2, 2] };
  it("names the side a text stood closer to", () => {
    expect(formatCloser({ placement, closer: "a" }, "Russia", "Ukraine")).toBe("closer to Russia");
    expect(formatCloser({ placement, closer: "b" }, "Russia", "Ukraine")).toBe("closer to Ukraine");
    expect(formatCloser({ placement, closer: "equal" }, "Russia", "Ukraine")).toBe("as close to Russia as to Ukraine");
  });
  it("says when a side was not yet coded, or the text takes no position", () => {
    expect(formatCloser({ placement, closer: "unknown" }, "Russia", "Ukraine")).toBe("not comparable: a side had no coded position yet");
    expect(formatCloser({ closer: "unknown" }, "Russia", "Ukraine")).toBe("no position on this spectrum");
  });
});

describe(describeChange, () => {
  const places: Record<string, Placement> = {
    first: { ideal: 4, acceptable: [3, 4] },
    second: { ideal: 2, acceptable: [2, 2] },
    wide: { ideal: 4, acceptable: [2, 4] },
    span: { ideal: null, acceptable: [1, 2] },
  };
  const titleOf = (id: string) => `the ${id} text`;
  const placementOf = (id: string) => places[id];
  const change = (kind: "same" | "placed" | "unplaced" | "neither", from: string, to: string) => describeChange(issue, { kind, from, to }, titleOf, placementOf);
  const moved = (from: string, to: string, steps: number | undefined, toward: "first" | "last") =>
    describeChange(issue, { kind: "moved", from, to, steps, toward }, titleOf, placementOf);
  it("says how far a text moved from the one before, and toward which end", () => {
    expect(moved("first", "second", 2, "first")).toBe(
      "From the first text to the second text: “Ceasefire once Ukraine makes concessions (could reach ‘Ceasefire with limits on the pause’)” became “Unconditional ceasefire at current line”, 2 steps toward the “Russian withdrawal before fighting ends” end.",
    );
    expect(moved("second", "first", 1, "last")).toMatch(/, 1 step toward the “Full settlement before any ceasefire” end\.$/);
    expect(moved("first", "wide", 0, "first")).toMatch(/, the range shifted toward the “Russian withdrawal before fighting ends” end\.$/);
    expect(moved("first", "span", undefined, "first")).toMatch(/” became “between ‘Ceasefire tied to pullback or guarantees’ and ‘Unconditional ceasefire at current line’, no single option”, toward the/);
  });
  it("says when a text keeps the place of the one before", () => {
    expect(change("same", "first", "first")).toBe("the first text keeps the place of the first text: Ceasefire once Ukraine makes concessions (could reach ‘Ceasefire with limits on the pause’).");
  });
  it("says when a text takes a position the one before did not, or drops one", () => {
    expect(change("placed", "span", "second")).toBe("the span text took no position on this spectrum; the second text does: Unconditional ceasefire at current line.");
    expect(change("unplaced", "second", "span")).toBe("the span text takes no position on this spectrum, where the second text stood at Unconditional ceasefire at current line.");
    expect(change("neither", "first", "second")).toBe("Neither the first text nor the second text takes a position on this spectrum.");
  });
});

describe(describeCrosswalk, () => {
  const index = indexPositions(dataset.positions);
  const view = toCrosswalk(dataset.issues[0]!, dataset.documents, dataset.provisions, dataset.documentGaps, index, "russia", "ukraine");
  const nameOf = (id: string) => (id === "russia" ? russia.name : id === "ukraine" ? ukraine.name : id);
  it("says where the first and last texts stood and which side each was closer to", () => {
    expect(describeCrosswalk(view, nameOf)).toBe(
      "2 of 2 texts take a position, from Russia's memorandum (June 2025) (Ceasefire once Ukraine makes concessions (could reach ‘Ceasefire with limits on the pause’)) " +
        "to Ukraine's memorandum (June 2025) (Unconditional ceasefire at current line); on their own dates 1 stood closer to Russia, 1 closer to Ukraine and 0 equally far.",
    );
  });
  it("counts the texts that predate either side's position", () => {
    const early = toCrosswalk(dataset.issues[0]!, dataset.documents, dataset.provisions, dataset.documentGaps, indexPositions([]), "russia", "ukraine");
    expect(describeCrosswalk(early, nameOf)).toMatch(/; on their own dates 0 stood closer to Russia, 0 closer to Ukraine and 0 equally far, and 2 predate a coded position of either side\.$/);
  });
  it("names the one text that takes a position", () => {
    const one: CrosswalkView = { ...view, rows: [view.rows[0]!, { ...view.rows[1]!, placement: undefined, closer: "unknown" }] };
    expect(describeCrosswalk(one, nameOf)).toBe(
      "1 of 2 texts take a position, Russia's memorandum (June 2025) stands at Ceasefire once Ukraine makes concessions (could reach ‘Ceasefire with limits on the pause’); on their own dates 1 stood closer to Russia, 0 closer to Ukraine and 0 equally far.",
    );
  });
  it("says when no text takes a position, or none has a clause", () => {
    expect(describeCrosswalk({ ...view, rows: view.rows.map((r) => ({ ...r, placement: undefined })) }, nameOf)).toBe("2 texts mention this issue, but none takes a position on its spectrum.");
    expect(describeCrosswalk({ ...view, rows: [] }, nameOf)).toBe("No text in the data has a recorded clause on ceasefire.");
  });
});

describe(describeDocument, () => {
  const index = indexPositions(dataset.positions);
  const [first, second] = sortByDate(dataset.documents);
  it("counts a text's clauses and issues and says which side it stood closer to on its date", () => {
    expect(describeDocument(first!, toDocumentIssues(first!, dataset.issues, dataset.provisions, index, "russia", "ukraine"), russia, ukraine)).toBe(
      "Russia's memorandum (June 2025) has 2 recorded clauses on 1 issue and takes a position on 1; on 2 June 2025 it stood closer to Russia on 1 and closer to Ukraine on 0.",
    );
    expect(describeDocument(second!, toDocumentIssues(second!, dataset.issues, dataset.provisions, index, "russia", "ukraine"), russia, ukraine)).toMatch(
      /on 2 June 2025 it stood closer to Russia on 0 and closer to Ukraine on 1\.$/,
    );
  });
  it("puts one clause and no position in words", () => {
    const rows = [{ provisions: [{}], placement: undefined, closer: "unknown" as const }];
    expect(describeDocument(first!, rows, russia, ukraine)).toBe(
      "Russia's memorandum (June 2025) has 1 recorded clause on 1 issue and takes a position on 0; on 2 June 2025 it stood closer to Russia on 0 and closer to Ukraine on 0.",
    );
  });
});

describe(describeDocumentTimeline, () => {
  const documents = sortByDate(dataset.documents).map(toDocumentView);
  const sponsorName = (id: string) => (id === "russia" ? russia.name : id);
  it("spans every text when none is filtered out", () => {
    expect(describeDocumentTimeline(documents, 2, { sponsor: "", kind: "" }, sponsorName)).toBe("2 texts from 2 June 2025 to 2 June 2025, 2 of them from 2025 on.");
  });
  it("says what the filter leaves, by sponsor and by kind", () => {
    expect(describeDocumentTimeline(documents, 1, { sponsor: "russia", kind: "" }, sponsorName)).toBe("Showing 1 of 2 texts sponsored by Russia.");
    expect(describeDocumentTimeline(documents, 1, { sponsor: "russia", kind: "memorandum" }, sponsorName)).toBe("Showing 1 of 2 texts sponsored by Russia of the kind “Memorandum”.");
    expect(describeDocumentTimeline(documents, 0, { sponsor: "", kind: "plan" }, sponsorName)).toBe("Showing 0 of 2 texts of the kind “Plan”.");
  });
});
