import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CiteView } from "@/components/controls/cite-view";
import { EmbedControl } from "@/components/controls/embed-control";
import { DocumentEmbed } from "@/components/embed/document-embed";
import { EmbedFrame } from "@/components/embed/embed-frame";
import { HistoryEmbed } from "@/components/embed/history-embed";
import { IssueEmbed } from "@/components/embed/issue-embed";
import { OverviewEmbed } from "@/components/embed/overview-embed";
import { toDatasetInfo } from "@/lib/dataset-info";
import { formatProblem, validateDataset } from "@/lib/schema";
import { embedCodec, parseEmbedState, parsePin, pinCodec, toEmbedQuery, toPinQuery } from "@/lib/url/embed";
import { parseViewState } from "@/lib/url/view-state";
import {
  comparePin,
  EMBED_HEIGHTS,
  HISTORY_CHARTS,
  isHistoryChart,
  toDocumentTitle,
  toEmbedHeight,
  toEmbedPath,
  toEmbedSnippet,
  toEmbedTitle,
  toEmbedUrl,
  toHistoryTitle,
} from "@/lib/view/embed";
import { toWeakEvidence } from "@/lib/view/evidence";
import { formatDate } from "@/lib/view/format";
import { toActorView, toEventView, toIssueView, toPlottedView, type TimeContext } from "@/lib/view/view-model";
import { loadBase } from "./load-fixture";

const context = {
  actors: [{ id: "russia" }, { id: "ukraine" }, { id: "united-states" }],
  earliest: "2022-02-24",
  latest: "2026-06-21",
  defaultA: "russia",
  defaultB: "ukraine",
};
const parse = (query: string) => parseEmbedState(new URLSearchParams(query), context);

describe(parseEmbedState, () => {
  it("reads the view as every dated view reads it, notices included", () => {
    for (const query of ["", "date=2025-06-03&a=united-states&b=ukraine&evidence=strong", "date=2031-01-01&a=atlantis"]) {
      const view = parseViewState(new URLSearchParams(query), context);
      expect(parse(query)).toEqual(view);
    }
  });
  it("keeps the pinned version as written, clipped, and none when the link names none", () => {
    expect(parse("v=2026-06-21.r2").state.pinned).toBe("2026-06-21.r2");
    expect(parse("v=old").state.pinned).toBe("old");
    expect(parse("v=").state).not.toHaveProperty("pinned");
    expect(parse(`v=${"x".repeat(100)}`).state.pinned).toBe(`${"x".repeat(40)}…`);
  });
});

describe(toEmbedQuery, () => {
  it("spells out the date, the pair, the evidence rule and the pin, defaults or not", () => {
    expect(toEmbedQuery({ date: "2026-06-21", a: "russia", b: "ukraine", pinned: "2026-06-21.r2" })).toBe("?date=2026-06-21&a=russia&b=ukraine&v=2026-06-21.r2");
    expect(toEmbedQuery({ date: "2025-06-03", a: "ukraine", b: "russia", strong: true })).toBe("?date=2025-06-03&a=ukraine&b=russia&evidence=strong");
  });
  it("reads back what it writes", () => {
    const state = { date: "2025-06-03", a: "united-states", b: "ukraine", strong: true, pinned: "2026-06-21.r2" } as const;
    expect(embedCodec.parse(new URLSearchParams(embedCodec.toQuery(state, context)), context)).toEqual({ state, notices: [] });
  });
});

describe(parsePin, () => {
  it("reads only the pin, as written and clipped, and passes over a date or a pair the view does not read", () => {
    expect(parsePin(new URLSearchParams("v=2026-06-21.r2&date=2025-06-03&a=united-states"))).toEqual({ state: { pinned: "2026-06-21.r2" }, notices: [] });
    expect(parsePin(new URLSearchParams("v=%20"))).toEqual({ state: {}, notices: [] });
    expect(parsePin(new URLSearchParams(`v=${"x".repeat(100)}`)).state.pinned).toBe(`${"x".repeat(40)}…`);
  });
  it("is the pin every dated embed reads beside its view", () => {
    expect(parse("v=old&a=ukraine").state).toMatchObject({ ...parsePin(new URLSearchParams("v=old")).state, a: "ukraine" });
  });
});

describe(toPinQuery, () => {
  it("writes the pin alone, or nothing unpinned, and reads back what it writes", () => {
    expect(toPinQuery({ pinned: "2026-06-21.r2" })).toBe("?v=2026-06-21.r2");
    expect(toPinQuery({})).toBe("");
    const state = { pinned: "2026-06-21.r2" };
    expect(pinCodec.parse(new URLSearchParams(pinCodec.toQuery(state, null)), null)).toEqual({ state, notices: [] });
  });
});

describe(comparePin, () => {
  it("says whether the pin still holds", () => {
    expect(comparePin(undefined, "2026-06-21.r2")).toEqual({ kind: "unpinned" });
    expect(comparePin("2026-06-21.r2", "2026-06-21.r2")).toEqual({ kind: "current" });
    expect(comparePin("2025-01-01.r1", "2026-06-21.r2")).toEqual({ kind: "stale", pinned: "2025-01-01.r1", current: "2026-06-21.r2" });
  });
});

describe(toEmbedPath, () => {
  it("puts each chart's embed under /embed/, its address pinned", () => {
    expect(toEmbedPath("/", "overview")).toBe("/embed/overview/");
    expect(toEmbedPath("/issues/ceasefire/", "issue")).toBe("/embed/issues/ceasefire/");
    expect(toEmbedUrl("https://parley.example", "/issues/ceasefire/", "issue", { date: "2025-06-03", a: "russia", b: "ukraine", pinned: "v1" })).toBe(
      "https://parley.example/embed/issues/ceasefire/?date=2025-06-03&a=russia&b=ukraine&v=v1",
    );
  });
  it("tells the overview's charts over time apart, though they share its path", () => {
    expect(HISTORY_CHARTS.map((chart) => toEmbedPath("/", chart))).toEqual(["/embed/history/gaps/", "/embed/history/status/", "/embed/history/distance/"]);
    expect(toEmbedUrl("https://parley.example", "/", "status", { date: "2025-06-03", a: "united-states", b: "ukraine", strong: true, pinned: "v1" })).toBe(
      "https://parley.example/embed/history/status/?date=2025-06-03&a=united-states&b=ukraine&evidence=strong&v=v1",
    );
  });
  it("gives a text's chart, which reads no view state, its pin alone", () => {
    expect(toEmbedPath("/documents/us-2025-11-20-28-point-plan/", "document")).toBe("/embed/documents/us-2025-11-20-28-point-plan/");
    expect(toEmbedUrl("https://parley.example", "/documents/us-2025-11-20-28-point-plan/", "document", { pinned: "v1" })).toBe(
      "https://parley.example/embed/documents/us-2025-11-20-28-point-plan/?v=v1",
    );
  });
});

describe(isHistoryChart, () => {
  it("knows the overview's three charts over time and nothing else", () => {
    expect(HISTORY_CHARTS.every(isHistoryChart)).toBe(true);
    expect(["overview", "issue", "Gaps", ""].some(isHistoryChart)).toBe(false);
  });
});

describe(toHistoryTitle, () => {
  it("names each chart and the pair, since an embed stands on its own", () => {
    expect(toHistoryTitle("gaps", "Russia", "Ukraine")).toBe("Every issue over time: Russia and Ukraine");
    expect(toHistoryTitle("status", "Russia", "Ukraine")).toBe("Status, month by month: every issue, Russia and Ukraine");
    expect(toHistoryTitle("distance", "Ukraine", "Russia")).toBe("Overall distance over time: Ukraine and Russia");
  });
});

describe(toDocumentTitle, () => {
  it("is the text's chart's caption without its date", () => {
    expect(toDocumentTitle("28-point plan", "Russia", "Ukraine")).toBe("28-point plan on each issue, against Russia and Ukraine");
  });
});

describe(toEmbedTitle, () => {
  it("says when weak positions are set aside, and nothing otherwise", () => {
    expect(toEmbedTitle("Ceasefire: Russia and Ukraine", true)).toBe("Ceasefire: Russia and Ukraine (strong evidence only)");
    expect(toEmbedTitle("Ceasefire: Russia and Ukraine")).toBe("Ceasefire: Russia and Ukraine");
  });
});

describe(toEmbedHeight, () => {
  const h = EMBED_HEIGHTS;
  it("grows with the rows and the fragile marks, and keeps room for the notice", () => {
    expect(toEmbedHeight({ kind: "overview", rows: 14 })).toBe(h.notice + h.overview + 14 * h.overviewRow);
    expect(toEmbedHeight({ kind: "overview", rows: 14, fragile: 2 }) - toEmbedHeight({ kind: "overview", rows: 14 })).toBe(2 * h.overviewFragile);
    expect(toEmbedHeight({ kind: "overview", rows: 15 }) - toEmbedHeight({ kind: "overview", rows: 14 })).toBe(h.overviewRow);
    expect(toEmbedHeight({ kind: "issue" })).toBe(h.notice + h.issue);
    expect(toEmbedHeight({ kind: "issue", fragile: 1 })).toBe(h.notice + h.issue + h.issueFragile);
  });
  it("sizes the strips by their rows, the distance chart by its fixed box and a text's chart by its issues", () => {
    expect(toEmbedHeight({ kind: "gaps", rows: 14 })).toBe(h.notice + h.gaps + 14 * h.gapsRow);
    expect(toEmbedHeight({ kind: "status", rows: 15 }) - toEmbedHeight({ kind: "status", rows: 14 })).toBe(h.statusRow);
    expect(toEmbedHeight({ kind: "distance" })).toBe(h.notice + h.distance);
    expect(toEmbedHeight({ kind: "document", rows: 3 })).toBe(h.notice + h.document + 3 * h.documentRow);
  });
  it("fits what was measured at 768 px, stale notice included", () => {
    // the overview with each row's status: 2,217 px with one fragile mark, 2,440 px with six, 2,204 px with none
    expect(toEmbedHeight({ kind: "overview", rows: 14, fragile: 1 })).toBeGreaterThanOrEqual(2217);
    expect(toEmbedHeight({ kind: "overview", rows: 14, fragile: 6 })).toBeGreaterThanOrEqual(2440);
    expect(toEmbedHeight({ kind: "overview", rows: 14 })).toBeGreaterThanOrEqual(2204);
    // an issue: 1,112 px, and 1,192 px with a fragile mark
    expect(toEmbedHeight({ kind: "issue" })).toBeGreaterThanOrEqual(1112);
    expect(toEmbedHeight({ kind: "issue", fragile: 1 })).toBeGreaterThanOrEqual(1192);
    expect(toEmbedHeight({ kind: "gaps", rows: 14 })).toBeGreaterThanOrEqual(717);
    expect(toEmbedHeight({ kind: "status", rows: 14 })).toBeGreaterThanOrEqual(746);
    expect(toEmbedHeight({ kind: "distance" })).toBeGreaterThanOrEqual(505);
    // texts: 492 px for one issue (a two-line heading), 609 for two, 1,401 for ten, 1,489 for eleven
    for (const [rows, measured] of [[1, 492], [2, 609], [10, 1401], [11, 1489]] as const) expect(toEmbedHeight({ kind: "document", rows })).toBeGreaterThanOrEqual(measured);
  });
});

describe(toEmbedSnippet, () => {
  const snippet = toEmbedSnippet({ src: "https://parley.example/embed/overview/?date=2025-06-03&a=russia&b=ukraine&v=v1", title: 'Parley: "A" & <B>', height: 1234.4 });
  it("is one iframe, as wide as its column, of a fixed whole height, with a title", () => {
    expect(snippet).toMatch(/^<iframe src="[^"]+" width="100%" height="1234" title="[^"]+" style="border:0" loading="lazy"><\/iframe>$/);
  });
  it("escapes its attributes, so the address reads as HTML expects and the title cannot end its attribute", () => {
    expect(snippet).toContain('src="https://parley.example/embed/overview/?date=2025-06-03&amp;a=russia&amp;b=ukraine&amp;v=v1"');
    expect(snippet).toContain('title="Parley: &quot;A&quot; &amp; &lt;B&gt;"');
  });
});

// the embeds as prerendered, from the fixture dataset (never data/), built the way app/embed/overview/page.tsx builds them
const { dataset, problems } = validateDataset(loadBase(), "2026-11-27");
if (!dataset) throw new Error(problems.map(formatProblem).join("\n"));
const info = toDatasetInfo(dataset);
const timeContext: TimeContext = {
  actors: dataset.actors.map(toActorView),
  events: dataset.events.map(toEventView),
  earliest: dataset.positions.reduce((first, p) => (p.validFrom < first ? p.validFrom : first), "9999-12-31"),
  latest: info.currentTo,
  defaultA: "russia",
  defaultB: "ukraine",
  datasetVersion: info.version,
  weak: toWeakEvidence(dataset.positions, dataset.statements),
};

describe(OverviewEmbed, () => {
  const html = renderToStaticMarkup(
    createElement(OverviewEmbed, { context: timeContext, issues: dataset.issues.map(toIssueView), positions: dataset.positions.map(toPlottedView), version: info.version }),
  );
  it("prerenders the chart with its summary, the source line and the permalink, marked as an embed", () => {
    expect(html).toMatch(/^<div data-embed="true" /);
    expect(html).toContain('<base target="_blank"/>');
    expect(html).toMatch(/<h1[^>]*>Russia and Ukraine on every issue<\/h1>/);
    expect(html).toContain('data-testid="spectrum-chart"');
    expect(html).toContain("<figcaption>");
    expect(html).toContain(`Parley · dataset version ${info.version} · as of `);
    expect(html).toContain(`href="/?date=${info.currentTo}&amp;a=russia&amp;b=ukraine"`);
  });
  it("offers no downloads and says nothing of a pin before the browser reads the link", () => {
    expect(html).not.toContain('data-testid="chart-export"');
    expect(html).not.toContain('data-testid="embed-stale"');
  });
  it("shows each row's status and its reason, as the overview does", () => {
    expect(html.match(/data-testid="status-mark"/g)).toHaveLength(dataset.issues.length);
    expect(html.match(/data-testid="status-reason"/g)).toHaveLength(dataset.issues.length);
  });
});

describe(IssueEmbed, () => {
  const issue = dataset.issues[0]!;
  const html = renderToStaticMarkup(
    createElement(IssueEmbed, { context: timeContext, issue: toIssueView(issue), positions: dataset.positions.filter((p) => p.issue === issue.id).map(toPlottedView), version: info.version }),
  );
  it("prerenders the issue's row with its status and reason, and its chart over time", () => {
    expect(html).toContain(`>${issue.title}: Russia and Ukraine</h1>`);
    expect(html.match(/data-testid="status-mark"/g)).toHaveLength(1);
    expect(html).toContain('data-testid="status-reason"');
    expect(html).toContain('data-testid="issue-history"');
    expect(html).toContain(`href="/issues/${issue.id}/?date=${info.currentTo}&amp;a=russia&amp;b=ukraine"`);
  });
});

describe(HistoryEmbed, () => {
  const render = (chart: (typeof HISTORY_CHARTS)[number]) =>
    renderToStaticMarkup(createElement(HistoryEmbed, { chart, context: timeContext, issues: dataset.issues.map(toIssueView), positions: dataset.positions.map(toPlottedView), version: info.version }));
  const testIds = { gaps: "gap-strip", status: "status-strip", distance: "distance-chart" } as const;
  for (const chart of HISTORY_CHARTS) {
    it(`prerenders the ${chart} chart as the overview draws it, with its summary, its table and the permalink to the overview's section`, () => {
      const html = render(chart);
      expect(html).toMatch(/^<div data-embed="true" /);
      expect(html).toContain(`>${toHistoryTitle(chart, "Russia", "Ukraine")}</h1>`);
      expect(html).toContain(`data-testid="${testIds[chart]}"`);
      // the other two charts over time stay out
      for (const other of HISTORY_CHARTS.filter((c) => c !== chart)) expect(html).not.toContain(`data-testid="${testIds[other]}"`);
      expect(html).toContain("The numbers behind this chart, as a table");
      expect(html).toContain("<table");
      expect(html).toContain(`href="/?date=${info.currentTo}&amp;a=russia&amp;b=ukraine#history-heading"`);
      // the overview's Embed control sits beside each chart there, never inside the embed
      expect(html).not.toContain('data-testid="embed-control"');
    });
  }
});

describe(DocumentEmbed, () => {
  const document = dataset.documents[0]!;
  const html = renderToStaticMarkup(
    createElement(DocumentEmbed, { document: document.id, title: "A text on each issue, against Russia and Ukraine", date: document.date, version: info.version }, createElement("p", null, "chart")),
  );
  it("frames the text's chart with the text's date and a permalink to its page, which reads no view state", () => {
    expect(html).toContain(">A text on each issue, against Russia and Ukraine</h1>");
    expect(html).toContain("<p>chart</p>");
    expect(html).toContain(`as of ${formatDate(document.date)}`);
    expect(html).toContain(`href="/documents/${document.id}/"`);
    expect(html).not.toContain('data-testid="embed-stale"');
  });
});

describe(EmbedFrame, () => {
  const frame = (pinned?: string) =>
    renderToStaticMarkup(
      // a component without hooks, called as a function: its children go in its props
      EmbedFrame({
        permalink: "/issues/ceasefire/?date=2025-06-03&a=russia&b=ukraine",
        title: "Ceasefire: Russia and Ukraine",
        state: { date: "2025-06-03", pinned },
        notices: [],
        version: "2026-06-21.r2",
        changes: "/corrections/?issue=ceasefire",
        children: createElement("p", null, "chart"),
      }),
    );
  it("says plainly when the data has changed since the pin, with links to the current view and the change log", () => {
    const html = frame("2025-01-01.r1");
    expect(html).toContain("This chart was pinned to dataset version 2025-01-01.r1; the data has changed since (now 2026-06-21.r2).");
    expect(html).toContain('href="/issues/ceasefire/?date=2025-06-03&amp;a=russia&amp;b=ukraine"');
    expect(html).toContain('href="/corrections/?issue=ceasefire"');
  });
  it("says nothing while the pin holds", () => {
    expect(frame("2026-06-21.r2")).not.toContain("pinned to");
    expect(frame()).not.toContain("pinned to");
  });
  it("heads the chart with its evidence rule when weak positions are set aside", () => {
    const html = renderToStaticMarkup(EmbedFrame({ permalink: "/", title: "Russia and Ukraine on every issue", state: { date: "2025-06-03", strong: true }, notices: [], version: "v1", changes: "/corrections/", children: null }));
    expect(html).toMatch(/<h1[^>]*>Russia and Ukraine on every issue \(strong evidence only\)<\/h1>/);
  });
});

describe("the controls", () => {
  const state = { date: "2025-06-03", a: "russia", b: "ukraine" };
  it("offer the citation as BibTeX, RIS and CSL-JSON beside its text", () => {
    const html = renderToStaticMarkup(createElement(CiteView, { title: "Russia and Ukraine on every issue", date: state.date, version: "v1", path: "/", state, actors: ["Russia", "Ukraine"] }));
    for (const label of ["BibTeX", "RIS", "CSL-JSON"]) expect(html).toMatch(new RegExp(`<button type="button"[^>]*>${label}<span class="sr-only"> file</span></button>`));
  });
  it("give the iframe code of the view's embed, pinned and sized", () => {
    const html = renderToStaticMarkup(createElement(EmbedControl, { path: "/issues/ceasefire/", title: "Ceasefire: Russia and Ukraine", state, version: "v1", layout: { kind: "issue" } }));
    expect(html).toContain("Embed this chart");
    expect(html).toContain(`&lt;iframe src=&quot;/embed/issues/ceasefire/?date=2025-06-03&amp;amp;a=russia&amp;amp;b=ukraine&amp;amp;v=v1&quot; width=&quot;100%&quot; height=&quot;${toEmbedHeight({ kind: "issue" })}&quot;`);
    expect(html).toContain("Copy embed code");
  });
  it("give each of the overview's charts over time the code of its own embed", () => {
    for (const chart of HISTORY_CHARTS) {
      const layout = chart === "distance" ? { kind: chart } : { kind: chart, rows: 14 };
      const html = renderToStaticMarkup(createElement(EmbedControl, { path: "/", title: toHistoryTitle(chart, "Russia", "Ukraine"), state, version: "v1", layout }));
      expect(html).toContain(`&lt;iframe src=&quot;/embed/history/${chart}/?date=2025-06-03&amp;amp;a=russia&amp;amp;b=ukraine&amp;amp;v=v1&quot; width=&quot;100%&quot; height=&quot;${toEmbedHeight(layout)}&quot;`);
    }
  });
  it("give a text's chart the code of its embed with the pin alone", () => {
    const html = renderToStaticMarkup(createElement(EmbedControl, { path: "/documents/x/", title: "X on each issue, against Russia and Ukraine", version: "v1", layout: { kind: "document", rows: 3 } }));
    expect(html).toContain(`&lt;iframe src=&quot;/embed/documents/x/?v=v1&quot; width=&quot;100%&quot; height=&quot;${toEmbedHeight({ kind: "document", rows: 3 })}&quot; title=&quot;Parley: X on each issue, against Russia and Ukraine&quot;`);
  });
});
