import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CiteView } from "@/components/controls/cite-view";
import { EmbedControl } from "@/components/controls/embed-control";
import { EmbedFrame } from "@/components/embed/embed-frame";
import { OverviewEmbed } from "@/components/embed/overview-embed";
import { toDatasetInfo } from "@/lib/dataset-info";
import { formatProblem, validateDataset } from "@/lib/schema";
import { embedCodec, parseEmbedState, toEmbedQuery } from "@/lib/url/embed";
import { parseViewState } from "@/lib/url/view-state";
import { comparePin, EMBED_HEIGHTS, toEmbedHeight, toEmbedPath, toEmbedSnippet, toEmbedUrl } from "@/lib/view/embed";
import { toWeakEvidence } from "@/lib/view/evidence";
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

describe(comparePin, () => {
  it("says whether the pin still holds", () => {
    expect(comparePin(undefined, "2026-06-21.r2")).toEqual({ kind: "unpinned" });
    expect(comparePin("2026-06-21.r2", "2026-06-21.r2")).toEqual({ kind: "current" });
    expect(comparePin("2025-01-01.r1", "2026-06-21.r2")).toEqual({ kind: "stale", pinned: "2025-01-01.r1", current: "2026-06-21.r2" });
  });
});

describe(toEmbedPath, () => {
  it("puts each view's embed under /embed/, its address pinned", () => {
    expect(toEmbedPath("/")).toBe("/embed/overview/");
    expect(toEmbedPath("/issues/ceasefire/")).toBe("/embed/issues/ceasefire/");
    expect(toEmbedUrl("https://parley.example", "/issues/ceasefire/", { date: "2025-06-03", a: "russia", b: "ukraine", pinned: "v1" })).toBe(
      "https://parley.example/embed/issues/ceasefire/?date=2025-06-03&a=russia&b=ukraine&v=v1",
    );
  });
});

describe(toEmbedHeight, () => {
  it("grows with the rows and the fragile marks, and keeps room for the notice", () => {
    const h = EMBED_HEIGHTS;
    expect(toEmbedHeight({ kind: "overview", rows: 14 })).toBe(h.notice + h.overview + 14 * h.overviewRow);
    expect(toEmbedHeight({ kind: "overview", rows: 14, fragile: 2 }) - toEmbedHeight({ kind: "overview", rows: 14 })).toBe(2 * h.fragile);
    expect(toEmbedHeight({ kind: "overview", rows: 15 }) - toEmbedHeight({ kind: "overview", rows: 14 })).toBe(h.overviewRow);
    expect(toEmbedHeight({ kind: "issue" })).toBe(h.notice + h.issue);
    expect(toEmbedHeight({ kind: "issue", fragile: 1 })).toBe(h.notice + h.issue + h.fragile);
  });
  it("fits what was measured at 768 px: the overview's 1,722 px and an issue's 1,082 px, stale notice included", () => {
    expect(toEmbedHeight({ kind: "overview", rows: 14 })).toBeGreaterThanOrEqual(1722 + 50);
    expect(toEmbedHeight({ kind: "issue" })).toBeGreaterThanOrEqual(1082 + 50);
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
});

describe(EmbedFrame, () => {
  const frame = (pinned?: string) =>
    renderToStaticMarkup(
      // a component without hooks, called as a function: its children go in its props
      EmbedFrame({ path: "/issues/ceasefire/", title: "Ceasefire: Russia and Ukraine", state: { date: "2025-06-03", a: "russia", b: "ukraine", pinned }, notices: [], version: "2026-06-21.r2", changes: "/corrections/?issue=ceasefire", children: createElement("p", null, "chart") }),
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
});
