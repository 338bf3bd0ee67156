import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { createElement, Fragment, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ChartPatterns } from "@/components/charts/chart-patterns";
import DistanceChart from "@/components/charts/distance-chart";
import { DocumentChart } from "@/components/charts/document-chart";
import { GapStrip } from "@/components/charts/gap-strip";
import { IssueHistoryPlot } from "@/components/charts/issue-history-plot";
import { LineageChart } from "@/components/charts/lineage-chart";
import { PlacementTrack } from "@/components/charts/placement-track";
import { SpectrumChart } from "@/components/charts/spectrum-chart";
import { StatusStrip, StatusStripTable } from "@/components/charts/status-strip";
import { toPermalink } from "@/components/controls/cite-view";
import { history, indexPositions, snapshot } from "@/lib/analysis";
import { toDatasetInfo } from "@/lib/dataset-info";
import { placementCentre, sortByDate, toDocumentPositions, toLineage, toStances } from "@/lib/documents";
import { toCrosswalk, toDocumentIssues } from "@/lib/view/documents";
import { describeCrosswalk } from "@/lib/view/sentences";
import { formatProblem, validateDataset, type Dataset, type RawDataset } from "@/lib/schema";
import { issueStatus, statusByMonth } from "@/lib/status";
import { toDistanceSeries, toGapSegments, toIssueTimeline } from "@/lib/timeline";
import { toIssueHistorySvg, toSpectrumSvg } from "@/lib/view/chart-svg";
import { formatDate } from "@/lib/view/format";
import { toStatusNote, toStatusStripRow } from "@/lib/view/status";
import { toActorView, toEventView, toIssueView, toPlottedView } from "@/lib/view/view-model";
import { loadBase } from "./load-fixture";

/*
 * A regression guard on the charts' drawings, as Our World in Data guards its charts: every chart
 * is rendered from one fixed dataset (tests/fixtures/base, never data/, so a new statement in the
 * real data never moves a snapshot) and compared with a stored file. A change to any chart's
 * geometry, colours or markup then shows up as a diff to review; if the change is meant, rewrite
 * the files with `npx vitest run tests/unit/chart-snapshots.test.ts -u` and commit them with it.
 *
 * The inputs are built the way the pages build theirs (app/page.tsx, app/issues/[id]/page.tsx,
 * app/documents/[id]/page.tsx and lib/server/*), from the same pure functions, but without
 * lib/server/*, which loads the real data behind "server-only".
 */

/** The day the fixture is validated against ("no date in the future"): fixed, never the clock. */
const TODAY = "2026-11-27";
/** The date every dated view is shown at: the day both memoranda of the fixture were handed over. */
const DATE = "2025-06-02";
/**
 * The right edge of every time axis. The pages end it on the day the data is current to (its last
 * statement), but the fixture's statements all fall on the day its positions start, so that axis
 * would be zero days long and the history charts would draw nothing worth guarding.
 */
const END = "2025-12-31";
/** The origin of the permalinks in the exported files' footers (the page uses window.location.origin). */
const ORIGIN = "https://parley.example";
/** The page's CSS colours (app/globals.css, light theme), which the export reads with getComputedStyle. */

const CHARTS = [
  "chart-patterns",
  "spectrum-chart",
  "gap-strip",
  "status-strip",
  "placement-track",
  "lineage-chart",
  "document-chart",
  "issue-history-plot",
  "spectrum-svg",
  "issue-history-svg",
] as const;
type ChartName = (typeof CHARTS)[number];

const snapshotFile = (name: ChartName) => `./__snapshots__/charts/${name}.svg.html`;

function validate(raw: RawDataset): Dataset {
  const { dataset, problems } = validateDataset(raw, TODAY);
  if (!dataset) throw new Error(`the fixture is invalid:\n${problems.map(formatProblem).join("\n")}`);
  return dataset;
}

/**
 * One opening tag per line, with its text and closing tags after it: a failing snapshot then names
 * the element that moved, attributes and all, instead of one endless line. Safe to split on "<":
 * React and escapeXml escape it in every text and attribute, so each "<" starts a tag. The file
 * exporters' own line breaks before tags are folded into the same layout.
 */
const prettyMarkup = (markup: string) => `${markup.replace(/\n(?=<)/g, "").replace(/(?!^)<(?!\/)/g, "\n<").trimEnd()}\n`;

const render = (element: ReactElement) => prettyMarkup(renderToStaticMarkup(element));

/** The earliest coded position, as lib/server/time-context.ts finds the start of every time axis. */
const earliestOf = (dataset: Dataset) => dataset.positions.reduce((first, p) => (p.validFrom < first ? p.validFrom : first), "9999-12-31");

/** Every chart of the site drawn from one validated dataset, with the inputs its page gives it. */
function renderCharts(dataset: Dataset) {
  const info = toDatasetInfo(dataset);
  const actors = dataset.actors.map(toActorView);
  const a = actors.find((actor) => actor.id === "russia")!;
  const b = actors.find((actor) => actor.id === "ukraine")!;
  const events = dataset.events.map(toEventView);
  const issues = dataset.issues.map(toIssueView);
  const start = earliestOf(dataset);

  // the overview: the actors' positions and the texts' stances (texts compare like actors), as plotted
  const stances = toStances(dataset.documents, dataset.provisions);
  const positions = [...dataset.positions, ...toDocumentPositions(stances, dataset.documents, dataset.provisions)].map(toPlottedView);
  const index = indexPositions(positions);
  const snap = snapshot(index, issues, DATE, a.id, b.id);
  const rows = issues.map((issue, i) => ({ issue, relation: snap.relations[i]! }));
  const overlapping = snap.counts.overlap + snap.counts.agreement;
  const overviewCaption = `${a.name} and ${b.name} on every issue, ${formatDate(DATE)}`;
  const overviewSummary = `On ${formatDate(DATE)}, ${a.name} and ${b.name} overlap on ${overlapping} of ${issues.length} issues and conflict on ${snap.counts.conflict}.`;
  const segments = toGapSegments(history(positions, issues, a.id, b.id), issues, start, END);

  // one issue's page: its history over time
  const issue = issues[0]!;
  const timeline = toIssueTimeline(index, issue, a.id, b.id, END);
  const historyCaption = `${issue.title} over time: ${a.name} and ${b.name}`;
  const historySummary = `${a.name} and ${b.name} on ${issue.title.toLowerCase()} from ${formatDate(start)} to ${formatDate(END)}.`;

  // the documents: compared with the actors' own positions only, as lib/server/documents-data.ts does
  const actorIndex = indexPositions(dataset.positions);
  const document = sortByDate(dataset.documents)[0]!;
  const documentRows = toDocumentIssues(document, dataset.issues, dataset.provisions, actorIndex, a.id, b.id);
  const crosswalk = toCrosswalk(issue, dataset.documents, dataset.provisions, dataset.documentGaps, actorIndex, a.id, b.id);
  const lineage = toLineage(crosswalk.rows.map((r) => (r.placement ? placementCentre(r.placement) : undefined)));
  const nameOf = (id: string) => actors.find((actor) => actor.id === id)?.name ?? id;
  const firstRow = crosswalk.rows[0]!;
  // the overview's rows carry each issue's status (components/overview/overview.tsx); the issue page draws its strip
  const statusRows = rows.map((row) => ({ ...row, status: toStatusNote(issueStatus(index, row.issue, a.id, b.id, DATE), nameOf) }));
  const strip = [toStatusStripRow(issue, statusByMonth(index, issue, a.id, b.id, start, END), nameOf)];

  // the downloads, with the footer ChartExport writes
  const footer = (pagePath: string) => ({ date: DATE, version: info.version, permalink: toPermalink(ORIGIN, pagePath, { date: DATE, a: a.id, b: b.id }), imported: false });

  const charts: Record<ChartName, string> = {
    "chart-patterns": render(createElement(ChartPatterns, { actors })),
    "spectrum-chart": render(
      createElement(SpectrumChart, {
        rows: statusRows,
        a,
        b,
        caption: overviewCaption,
        summary: overviewSummary,
        linkIssues: true,
        exportAs: { date: DATE, version: info.version, path: "/", imported: false },
      }),
    ),
    "gap-strip": render(createElement(GapStrip, { issues, segments, start, end: END, date: DATE, events })),
    "status-strip": render(
      createElement(Fragment, null, createElement(StatusStrip, { rows: strip, date: DATE }), createElement(StatusStripTable, { rows: strip, caption: `${issue.title}: the status at each month’s end, and why` })),
    ),
    "placement-track": render(
      createElement(PlacementTrack, { options: crosswalk.issue.spectrum.length, placement: firstRow.placement, a: firstRow.a, b: firstRow.b, actorA: a, actorB: b, lineage: lineage[0] }),
    ),
    "lineage-chart": render(
      createElement(LineageChart, {
        view: crosswalk,
        actorA: a,
        actorB: b,
        caption: `${issue.title}: the texts on the spectrum, ${crosswalk.rows[0]!.document.date.slice(0, 4)}–${crosswalk.rows.at(-1)!.document.date.slice(0, 4)}`,
        summary: describeCrosswalk(crosswalk, nameOf),
      }),
    ),
    "document-chart": render(
      createElement(DocumentChart, {
        rows: documentRows,
        actorA: a,
        actorB: b,
        caption: `${document.shortTitle} on each issue, against ${a.name} and ${b.name} on ${formatDate(document.date)}`,
        summary: `${document.shortTitle} on ${documentRows.length} issues.`,
      }),
    ),
    "issue-history-plot": render(createElement(IssueHistoryPlot, { issue, rows: timeline, a, b, events, date: DATE, start, end: END })),
    "spectrum-svg": prettyMarkup(toSpectrumSvg({ rows, a, b, title: overviewCaption, summary: overviewSummary, footer: footer("/") })),
    "issue-history-svg": prettyMarkup(
      toIssueHistorySvg({ issue, rows: timeline, events, start, end: END, a, b, title: historyCaption, summary: historySummary, footer: footer(`/issues/${issue.id}/`) }),
    ),
  };
  const distance = renderToStaticMarkup(createElement(DistanceChart, { points: toDistanceSeries(history(positions, issues, a.id, b.id), END), events, date: DATE, start, end: END }));
  return { charts, distance };
}

const fixture = renderCharts(validate(loadBase()));

/** What each drawing must hold, so an empty or broken render can never become the stored truth. */
const SHAPES = /<(rect|path|circle|line|polyline)\b/;
// the strips are HTML boxes, not SVG
const mustDraw = (name: ChartName) => (name === "gap-strip" ? /style="width:\d[\d.]*%/ : name === "status-strip" ? /grid-template-columns:repeat\([1-9]/ : SHAPES);

describe("chart snapshots", () => {
  it.each(CHARTS)("%s matches its stored drawing", async (name) => {
    const markup = fixture.charts[name];
    expect(markup).toMatch(mustDraw(name));
    await expect(markup).toMatchFileSnapshot(snapshotFile(name));
  });

  it("leaves out the distance chart, which Recharts draws only once it has measured its box", () => {
    // a server render has no box to measure, so only the empty wrapper comes out, and the component
    // takes no fixed size; if this fails, Recharts now draws on the server: give it a snapshot
    expect(fixture.distance).toContain("recharts-wrapper");
    expect(fixture.distance).not.toMatch(/<svg\b/);
  });
});

type RawRecord = Record<string, unknown>;
/** The base fixture with one record changed: loadBase() reads the files afresh, so nothing else sees the edit. */
function edited(file: "actors" | "positions", id: string, set: RawRecord): Dataset {
  const raw = loadBase();
  const record = (raw[file] as RawRecord[]).find((r) => r.id === id);
  if (!record) throw new Error(`no ${file} record "${id}" in the fixture`);
  Object.assign(record, set);
  return validate(raw);
}

/** Edits that move a drawing, each with the charts it must move: together they cover every snapshot. */
const MUTATIONS: { what: string; dataset: () => Dataset; moves: readonly ChartName[] }[] = [
  {
    what: "Russia's ideal one option down (5 to 4)",
    dataset: () => edited("positions", "ru-ceasefire-2024-12-19", { ideal: 4 }),
    moves: ["spectrum-chart", "placement-track", "lineage-chart", "document-chart", "issue-history-plot", "spectrum-svg", "issue-history-svg"],
  },
  {
    what: "Russia's range one option wider (4–5 to 3–5), so the gap narrows",
    dataset: () => edited("positions", "ru-ceasefire-2024-12-19", { acceptable: [3, 5] }),
    moves: ["gap-strip", "spectrum-chart", "issue-history-plot", "spectrum-svg", "issue-history-svg"],
  },
  {
    what: "Ukraine's range reaching Russia's (0–1 to 0–4), so the ranges meet and the issue settles",
    dataset: () => edited("positions", "ua-ceasefire-2024-12-19", { acceptable: [0, 4] }),
    moves: ["status-strip", "spectrum-chart", "gap-strip"],
  },
  {
    what: "Russia's fill pattern (diagonal to crosshatch)",
    dataset: () => edited("actors", "russia", { pattern: "crosshatch" }),
    moves: ["chart-patterns", "spectrum-svg", "issue-history-svg"],
  },
];

describe("the snapshots catch a change", () => {
  it("has an edit that moves every stored drawing", () => {
    expect(new Set(MUTATIONS.flatMap((m) => m.moves))).toEqual(new Set(CHARTS));
  });

  // The stored files are written at the end of the run that creates them, so on that very first run
  // this fails for want of them; every later run (and CI, which never writes them) reads them.
  describe.each(MUTATIONS)("$what", ({ dataset, moves }) => {
    const mutated = renderCharts(dataset()).charts;
    it.each(moves)("changes %s", (name) => {
      const file = path.join(import.meta.dirname, snapshotFile(name));
      expect(existsSync(file), `${file} is missing: run this test once to write it`).toBe(true);
      const stored = readFileSync(file, "utf8");
      expect(stored).toMatch(mustDraw(name));
      expect(mutated[name]).toMatch(mustDraw(name));
      expect(mutated[name]).not.toBe(stored);
      // and not only because the stored file is stale: the edit itself moves the fresh drawing
      expect(mutated[name]).not.toBe(fixture.charts[name]);
    });
  });
});
