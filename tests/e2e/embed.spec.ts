import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser, Page } from "@playwright/test";
import issues from "../../data/issues.json";
import meta from "../../data/meta.json";
import positions from "../../data/positions.json";
import statements from "../../data/statements.json";
import { indexPositions } from "../../lib/analysis";
import { fragility, positionStrength, withoutWeak } from "../../lib/evidence";
import { StatementSchema, type Position } from "../../lib/schema";
import { toEmbedHeight, toEmbedSnippet } from "../../lib/view/embed";
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
  for (const path of ["/embed/overview/?v=old", `/embed/issues/${issues[0]!.id}/`]) {
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
