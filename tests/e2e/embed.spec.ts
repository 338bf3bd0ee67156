import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser, Page } from "@playwright/test";
import documentsFile from "../../data/documents.json";
import issues from "../../data/issues.json";
import meta from "../../data/meta.json";
import positions from "../../data/positions.json";
import statements from "../../data/statements.json";
import { indexPositions } from "../../lib/analysis";
import { fragility, positionStrength, withoutWeak } from "../../lib/evidence";
import { StatementSchema, type Position } from "../../lib/schema";
import { HISTORY_CHARTS, toDocumentTitle, toEmbedHeight, toEmbedSnippet, toHistoryTitle, type EmbedLayout, type HistoryChart } from "../../lib/view/embed";
import { formatDate } from "../../lib/view/format";
import { baseURL } from "../../playwright.config";
import { currentTo, expect, test, waitForHydration } from "./fixtures";

/*
 * The embeds (/embed/…): chrome-less pages that other sites frame. Each shows its chart with its
 * summary, the source line and the permalink; a page on another origin (a second local server,
 * started here) can frame them and sees the stale-version notice when the pin no longer holds;
 * the rest of the site still refuses to be framed.
 */

const version = `${currentTo}.r${meta.revision}`;
const site = baseURL.replace(/\/$/, "");

// the frame's height comes from the same rule the Embed control uses, with the fragile marks of the default view
const all = positions as Position[];
const byId = new Map(statements.map((s) => StatementSchema.parse(s)).map((s) => [s.id, s]));
const weak = new Set(all.filter((p) => positionStrength(p, byId) === "weak").map((p) => p.id));
const index = indexPositions(all);
const strongIndex = indexPositions(withoutWeak(all, weak));
const fragileCount = issues.filter((issue) => fragility(index, strongIndex, weak, issue, "russia", "ukraine", currentTo).fragile).length;

/** A host page on another origin: a tiny static server on a free port, serving one HTML page. */
async function hostPage(body: string): Promise<{ url: string; server: Server }> {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Another site</title></head><body><main><h1>Another site</h1>${body}</main></body></html>`;
  const server = createServer((_, response) => {
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

/**
 * A page of its own for the host: the fixture's page counts any request to a host but the site's as
 * a problem, and the host page is one. Console errors are collected here instead.
 */
async function openHost(browser: Browser, url: string): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ reducedMotion: "reduce" });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(url);
  return { page, errors, close: () => context.close() };
}

test("the overview's embed shows its chart and summary without the site's header and footer, and has no WCAG A/AA violations", async ({ page, makeAxeBuilder }) => {
  await page.goto("/embed/overview/?date=2025-06-03&a=russia&b=ukraine");
  await waitForHydration(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Russia and Ukraine on every issue");
  const chart = page.getByTestId("spectrum-chart");
  await expect(chart.locator("figcaption")).toContainText("Russia and Ukraine on every issue, 3 June 2025");
  await expect(chart.locator("figcaption")).toContainText("On 3 June 2025, Russia and Ukraine overlap on");
  for (const issue of issues) await expect(chart.getByRole("link", { name: issue.title, exact: true })).toBeVisible();
  // the site's chrome is in the page (one layout serves every page) but not shown
  await expect(page.getByRole("banner")).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("contentinfo")).toHaveCount(0);
  await expect(page.getByTestId("embed-source")).toHaveText(`Parley · dataset version ${version} · as of 3 June 2025 · Full view on Parley`);
  await expect(page.getByRole("link", { name: "Full view on Parley" })).toHaveAttribute("href", "/?date=2025-06-03&a=russia&b=ukraine");
  await expect(page.getByTestId("embed-stale")).toHaveCount(0);
  // every link leaves the frame but the skip link, which stays on the page
  await expect(page.getByRole("link", { name: "Skip to content" })).toHaveAttribute("target", "_self");
  expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
});

test("“Embed this chart” gives the iframe code of the view, pinned to the dataset version, and copies it", async ({ page, baseURL }) => {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(`/issues/${issues[0]!.id}/?date=2025-06-03&a=ukraine&b=russia`);
  await waitForHydration(page);
  await page.getByText("Embed this chart", { exact: true }).click();
  const control = page.getByTestId("embed-control");
  const { fragile } = fragility(index, strongIndex, weak, issues[0]!, "ukraine", "russia", "2025-06-03");
  const src = `${new URL(`embed/issues/${issues[0]!.id}/`, baseURL).href}?date=2025-06-03&a=ukraine&b=russia&v=${version}`;
  const code = `<iframe src="${src.replace(/&/g, "&amp;")}" width="100%" height="${toEmbedHeight({ kind: "issue", fragile: fragile ? 1 : 0 })}" title="Parley: ${issues[0]!.title}: Ukraine and Russia" style="border:0" loading="lazy"></iframe>`;
  await expect(control.getByTestId("embed-code")).toHaveText(code);
  await control.getByRole("button", { name: "Copy embed code" }).click();
  await expect(control.getByRole("status")).toHaveText("Copied the embed code.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
  await expect(control.getByRole("link", { name: "Open the embed" })).toHaveAttribute("href", src);
});

test("an issue's embed shows its spectrum row and its chart over time, and a pin that holds says nothing", async ({ page, makeAxeBuilder }) => {
  const issue = issues[0]!;
  await page.goto(`/embed/issues/${issue.id}/?date=2025-06-03&a=russia&b=ukraine&v=${version}`);
  await waitForHydration(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${issue.title}: Russia and Ukraine`);
  await expect(page.getByTestId("spectrum-chart").locator("figcaption")).toContainText(`${issue.title}: both sides on the spectrum, 3 June 2025`);
  await expect(page.getByTestId("issue-history").locator("figcaption")).toContainText(`${issue.title} over time: Russia and Ukraine`);
  await expect(page.getByRole("banner")).toHaveCount(0);
  await expect(page.getByTestId("embed-source")).toContainText(`dataset version ${version}`);
  await expect(page.getByTestId("embed-stale")).toHaveCount(0);
  expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
});

test("another site frames the overview's embed, which says its pin no longer holds and fits the height its code gives it", async ({ browser }) => {
  const height = toEmbedHeight({ kind: "overview", rows: issues.length, fragile: fragileCount });
  const snippet = toEmbedSnippet({ src: `${site}/embed/overview/?v=old`, title: "Parley: Russia and Ukraine on every issue", height });
  // 768 px: the narrowest column the code's height is made for (lib/view/embed.ts)
  const { url, server } = await hostPage(`<div style="width:768px">${snippet}</div>`);
  const host = await openHost(browser, url);
  try {
    const frame = host.page.frameLocator('iframe[title="Parley: Russia and Ukraine on every issue"]');
    await expect(frame.getByRole("heading", { level: 1 })).toHaveText("Russia and Ukraine on every issue");
    await expect(frame.getByTestId("spectrum-chart")).toBeVisible();
    await expect(frame.getByTestId("spectrum-chart").locator("figcaption")).toContainText("Russia and Ukraine overlap on");
    // the notice needs the query, which only the browser reads: it appears once the embed has hydrated
    const stale = frame.getByTestId("embed-stale");
    await expect(stale).toHaveText(`This chart was pinned to dataset version old; the data has changed since (now ${version}). See the current view · What changed since old`);
    await expect(stale.getByRole("link", { name: "See the current view" })).toHaveAttribute("href", `/?date=${currentTo}&a=russia&b=ukraine`);
    await expect(frame.getByRole("banner")).toHaveCount(0);
    // the whole embed, notice included, fits the frame: nothing to scroll
    const fit = await frame.locator("html").evaluate((html) => ({ content: html.scrollHeight, frame: window.innerHeight, width: window.innerWidth }));
    expect(fit.width).toBe(768);
    expect(fit.frame).toBe(height);
    expect(fit.content, `the embed is ${fit.content} px tall in a ${fit.frame} px frame`).toBeLessThanOrEqual(fit.frame);
    // its links leave the frame (the full site refuses to be framed): they open a new page
    const opened = host.page.context().waitForEvent("page");
    await frame.getByRole("link", { name: "Full view on Parley" }).click();
    const full = await opened;
    await full.waitForLoadState();
    expect(full.url()).toBe(`${site}/?date=${currentTo}&a=russia&b=ukraine`);
    expect(host.errors, "console errors on the host page or in its frame").toEqual([]);
  } finally {
    await host.close();
    server.close();
  }
});

test("the rest of the site still refuses to be framed, by its headers and in the browser", async ({ browser, request }) => {
  for (const path of ["/", `/issues/${issues[0]!.id}/`, "/methodology/"]) {
    const headers = (await request.get(path)).headers();
    expect(headers["content-security-policy"], path).toBe("frame-ancestors 'none'");
    expect(headers["x-frame-options"], path).toBe("DENY");
  }
  for (const path of ["/embed/overview/?v=old", `/embed/issues/${issues[0]!.id}/`, ...HISTORY_CHARTS.map((chart) => `/embed/history/${chart}/?v=old`), `/embed/documents/${documentsFile.documents[0]!.id}/`]) {
    const headers = (await request.get(path)).headers();
    expect(headers["content-security-policy"], path).toBe("frame-ancestors *");
    expect(headers["x-frame-options"], path).toBeUndefined();
  }
  const { url, server } = await hostPage(`<iframe src="${site}/" title="Parley's overview" width="800" height="600"></iframe>`);
  const host = await openHost(browser, url);
  try {
    // the frame commits something other than the page: Chromium's error page, for a document that refused to be framed
    const child = () => host.page.frames().find((frame) => frame !== host.page.mainFrame());
    await expect.poll(() => child()?.url() ?? "").not.toMatch(/^(about:blank)?$/);
    expect(child()!.url()).not.toContain(site);
    await expect(host.page.frameLocator('iframe[title="Parley\'s overview"]').getByRole("heading", { level: 1 })).toHaveCount(0);
  } finally {
    await host.close();
    server.close();
  }
});

/*
 * The embeds of the overview's charts over time and of the texts' charts, and the status marks in
 * the overview's and the issues' embeds: each shows what its full view shows, for the same state.
 */

// each chart over time as the overview draws it: its figure, its table's name, and the layout its code is sized by
const historyCharts: { chart: HistoryChart; testId: string; table: (a: string, b: string) => string; layout: EmbedLayout }[] = [
  { chart: "gaps", testId: "gap-strip", table: () => "Relation of each issue over time", layout: { kind: "gaps", rows: issues.length } },
  { chart: "status", testId: "status-strip", table: (a, b) => `Status of each issue at each month’s end, ${a} and ${b}`, layout: { kind: "status", rows: issues.length } },
  { chart: "distance", testId: "distance-chart", table: () => "Overall distance at each change", layout: { kind: "distance" } },
];
const view = "date=2025-06-03&a=united-states&b=ukraine";

// a text's chart has one row per issue it has a clause on: the texts with the most and the fewest rows size the frames most apart
const documentRows = (id: string) => issues.filter((issue) => documentsFile.provisions.some((p) => p.document === id && p.issue === issue.id)).length;
const byRows = [...documentsFile.documents].sort((x, y) => documentRows(y.id) - documentRows(x.id));
const textCases = [byRows[0]!, byRows.at(-1)!];
const textCaption = (d: (typeof documentsFile.documents)[number]) => `${d.shortTitle} on each issue, against Russia and Ukraine on ${formatDate(d.date)}`;

for (const { chart, testId, table } of historyCharts) {
  test(`the embed of the overview's ${chart} chart shows its chart, summary and table as the overview does, flags a stale pin, and has no WCAG A/AA violations`, async ({ page, makeAxeBuilder }) => {
    // the overview at the same view, for the caption and summary the embed must repeat
    await page.goto(`/?${view}`);
    await waitForHydration(page);
    const full = page.getByTestId(testId).locator("figcaption");
    // hydrated at the view: the distance chart's caption names no pair, its summary names the date
    await expect(full).toContainText(chart === "distance" ? "3 June 2025" : "United States and Ukraine");
    const expected = (await full.textContent())!;

    await page.goto(`/embed/history/${chart}/?${view}&v=old`);
    await waitForHydration(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(toHistoryTitle(chart, "United States", "Ukraine"));
    const figure = page.getByTestId(testId);
    await expect(figure.locator("figcaption")).toHaveText(expected);
    if (chart === "distance") {
      await expect(figure.locator('[data-lazy-chart="near"] svg').first()).toBeVisible();
    } else {
      // the strip is drawn in boxes, each row labelled with its issue
      await expect(figure.getByText(issues[0]!.title, { exact: true }).first()).toBeVisible();
    }
    await figure.getByText("The numbers behind this chart, as a table").click();
    const twin = figure.getByRole("table", { name: table("United States", "Ukraine") });
    await expect(twin).toBeVisible();
    if (chart === "gaps") for (const issue of issues) await expect(twin.getByRole("rowheader", { name: issue.title, exact: true })).toBeAttached();
    if (chart === "status") for (const issue of issues) await expect(twin.getByRole("columnheader", { name: issue.title, exact: true })).toBeAttached();
    if (chart === "distance") expect(await twin.getByRole("row").count()).toBeGreaterThan(1);
    // the other charts over time stay on the overview
    for (const other of historyCharts.filter((c) => c.chart !== chart)) await expect(page.getByTestId(other.testId)).toHaveCount(0);
    await expect(page.getByRole("banner")).toHaveCount(0);
    await expect(page.getByTestId("embed-source")).toHaveText(`Parley · dataset version ${version} · as of 3 June 2025 · Full view on Parley`);
    const stale = page.getByTestId("embed-stale");
    await expect(stale).toHaveText(`This chart was pinned to dataset version old; the data has changed since (now ${version}). See the current view · What changed since old`);
    await expect(stale.getByRole("link", { name: "See the current view" })).toHaveAttribute("href", `/?${view}#history-heading`);
    expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
  });
}

test("each of the overview's charts over time has an Embed control beside it, whose code is that chart's embed, pinned and sized", async ({ page, baseURL }) => {
  await page.goto(`/?${view}`);
  await waitForHydration(page);
  for (const { chart, testId, layout } of historyCharts) {
    const control = page.getByTestId(testId).getByTestId("embed-control");
    await control.getByText("Embed this chart", { exact: true }).click();
    const src = `${new URL(`embed/history/${chart}/`, baseURL).href}?${view}&v=${version}`;
    const code = `<iframe src="${src.replace(/&/g, "&amp;")}" width="100%" height="${toEmbedHeight(layout)}" title="Parley: ${toHistoryTitle(chart, "United States", "Ukraine")}" style="border:0" loading="lazy"></iframe>`;
    await expect(control.getByTestId("embed-code")).toHaveText(code);
    await expect(control.getByRole("link", { name: "Open the embed" })).toHaveAttribute("href", src);
  }
});

for (const text of textCases) {
  test(`the embed of “${text.shortTitle}” shows its chart, summary and table as its page does, flags a stale pin, and has no WCAG A/AA violations`, async ({ page, makeAxeBuilder }) => {
    await page.goto(`/documents/${text.id}/`);
    const full = page.getByTestId("document-chart").locator("figcaption");
    await expect(full).toContainText(textCaption(text));
    const expected = (await full.textContent())!;

    // the text's page reads no date or pair, so neither does its embed: a link's ?date= changes nothing
    await page.goto(`/embed/documents/${text.id}/?v=old&date=2025-06-03`);
    await waitForHydration(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(toDocumentTitle(text.shortTitle, "Russia", "Ukraine"));
    const figure = page.getByTestId("document-chart");
    await expect(figure.locator("figcaption")).toHaveText(expected);
    await figure.getByText("The numbers behind this chart, as a table").click();
    const twin = figure.getByRole("table", { name: `${textCaption(text)}: the data` });
    await expect(twin).toBeVisible();
    await expect(twin.getByRole("rowheader")).toHaveCount(documentRows(text.id));
    await expect(page.getByRole("banner")).toHaveCount(0);
    await expect(page.getByTestId("embed-source")).toHaveText(`Parley · dataset version ${version} · as of ${formatDate(text.date)} · Full view on Parley`);
    const stale = page.getByTestId("embed-stale");
    await expect(stale).toHaveText(`This chart was pinned to dataset version old; the data has changed since (now ${version}). See the current view · What changed since old`);
    await expect(stale.getByRole("link", { name: "See the current view" })).toHaveAttribute("href", `/documents/${text.id}/`);
    expect((await makeAxeBuilder().analyze()).violations).toEqual([]);

    // a pin that holds says nothing
    await page.goto(`/embed/documents/${text.id}/?v=${version}`);
    await waitForHydration(page);
    await expect(page.getByTestId("embed-source")).toBeVisible();
    await expect(page.getByTestId("embed-stale")).toHaveCount(0);
  });
}

test("a text's page has an Embed control whose code is the text's embed, pinned and sized by its rows", async ({ page, baseURL }) => {
  const text = textCases[0]!;
  await page.goto(`/documents/${text.id}/`);
  await waitForHydration(page);
  const control = page.getByTestId("embed-control");
  await control.getByText("Embed this chart", { exact: true }).click();
  const src = `${new URL(`embed/documents/${text.id}/`, baseURL).href}?v=${version}`;
  const code = `<iframe src="${src}" width="100%" height="${toEmbedHeight({ kind: "document", rows: documentRows(text.id) })}" title="Parley: ${toDocumentTitle(text.shortTitle, "Russia", "Ukraine").replace(/&/g, "&amp;").replace(/"/g, "&quot;")}" style="border:0" loading="lazy"></iframe>`;
  await expect(control.getByTestId("embed-code")).toHaveText(code);
  await expect(control.getByRole("link", { name: "Open the embed" })).toHaveAttribute("href", src);
});

test("the overview's and an issue's embeds show each issue's status and its reason as the full views do", async ({ page }) => {
  const date = "2025-06-03";
  await page.goto(`/?date=${date}&a=russia&b=ukraine`);
  await waitForHydration(page);
  const chart = page.getByTestId("spectrum-chart");
  await expect(chart.locator("figcaption")).toContainText("3 June 2025");
  await expect(chart.getByTestId("status-mark")).toHaveCount(issues.length);
  const marks = await chart.getByTestId("status-mark").allTextContents();

  await page.goto(`/embed/overview/?date=${date}&a=russia&b=ukraine&v=${version}`);
  await waitForHydration(page);
  await expect(page.getByTestId("spectrum-chart").getByTestId("status-mark")).toHaveText(marks);
  await expect(page.getByTestId("spectrum-chart").getByTestId("status-reason").first()).toBeVisible();

  const issue = issues[0]!;
  await page.goto(`/issues/${issue.id}/?date=${date}&a=ukraine&b=russia`);
  await waitForHydration(page);
  const row = page.getByTestId("spectrum-chart");
  await expect(row.locator("figcaption")).toContainText("3 June 2025");
  const mark = (await row.getByTestId("status-mark").textContent())!;
  await page.goto(`/embed/issues/${issue.id}/?date=${date}&a=ukraine&b=russia&v=${version}`);
  await waitForHydration(page);
  await expect(page.getByTestId("spectrum-chart").getByTestId("status-mark")).toHaveText(mark);
  await expect(page.getByTestId("embed-stale")).toHaveCount(0);
});

test("another site frames the charts over time and the texts' charts, each fitting the height its code gives it", async ({ browser }) => {
  const frames = [
    ...historyCharts.map(({ chart, layout }) => ({ src: `${site}/embed/history/${chart}/?v=old`, title: `Parley: ${toHistoryTitle(chart, "Russia", "Ukraine")}`, height: toEmbedHeight(layout) })),
    ...textCases.map((text) => ({ src: `${site}/embed/documents/${text.id}/?v=old`, title: `Parley: ${toDocumentTitle(text.shortTitle, "Russia", "Ukraine")}`, height: toEmbedHeight({ kind: "document", rows: documentRows(text.id) }) })),
  ];
  // 768 px: the narrowest column the codes' heights are made for (lib/view/embed.ts)
  const { url, server } = await hostPage(frames.map((f) => `<div style="width:768px">${toEmbedSnippet(f)}</div>`).join(""));
  const host = await openHost(browser, url);
  try {
    for (const f of frames) {
      // the code's frames load lazily: bring each into view, as a reader scrolling the host page would
      await host.page.locator(`iframe[src="${f.src}"]`).scrollIntoViewIfNeeded();
      const frame = host.page.frameLocator(`iframe[src="${f.src}"]`);
      await expect(frame.getByRole("heading", { level: 1 })).toHaveText(f.title.replace(/^Parley: /, ""));
      // the notice needs the query, which only the browser reads: it appears once the embed has hydrated
      await expect(frame.getByTestId("embed-stale")).toBeVisible();
      const fit = await frame.locator("html").evaluate((html) => ({ content: html.scrollHeight, frame: window.innerHeight, width: window.innerWidth }));
      expect(fit.width).toBe(768);
      expect(fit.frame).toBe(f.height);
      expect(fit.content, `${f.src} is ${fit.content} px tall in a ${fit.frame} px frame`).toBeLessThanOrEqual(fit.frame);
    }
    expect(host.errors, "console errors on the host page or in its frames").toEqual([]);
  } finally {
    await host.close();
    server.close();
  }
});
