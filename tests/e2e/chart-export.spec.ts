import { readFileSync } from "node:fs";
import issues from "../../data/issues.json";
import { currentTo, expect, test, waitForHydration } from "./fixtures";
import type { Locator, Page } from "@playwright/test";

/** Clicks a download button of the page's first chart, or of the chart inside `scope`. */
async function download(page: Page, name: string, scope?: Locator) {
  const pending = page.waitForEvent("download");
  await (scope ?? page).getByTestId("chart-export").first().getByRole("button", { name }).click();
  const file = await pending;
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

test.describe("chart export", () => {
  test("the overview chart downloads as an SVG with a citable footer", async ({ page }) => {
    await page.goto("/?date=2024-12-19");
    await waitForHydration(page);
    const version = await page.getByTestId("dataset-version").textContent();
    const svg = await download(page, "Download SVG");
    expect(svg.name).toBe("parley-overview-russia-ukraine-2024-12-19.svg");
    const text = svg.bytes.toString("utf8");
    expect(text).toContain("Parley — Russia and Ukraine on every issue, 19 December 2024");
    expect(text).toContain(`As of 19 December 2024 · Russia and Ukraine · dataset version ${version}`);
    expect(text).toMatch(/http:\/\/127\.0\.0\.1:\d+\/\?date=2024-12-19&amp;a=russia&amp;b=ukraine/);
    const parsed = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, "image/svg+xml");
      return { error: doc.querySelector("parsererror")?.textContent ?? "", rows: [...doc.querySelectorAll("text")].map((t) => t.textContent).join(" ") };
    }, text);
    expect(parsed.error).toBe("");
    for (const issue of issues.slice(0, 3)) expect(parsed.rows).toContain(issue.title.split(" ")[0]);
    await expect(page.getByTestId("chart-export").getByRole("status")).toHaveText("Downloaded the chart as SVG.");
  });

  test("the overview chart downloads as a PNG at twice the size", async ({ page }) => {
    await page.goto("/");
    await waitForHydration(page);
    const png = await download(page, "Download PNG");
    expect(png.name).toMatch(/^parley-overview-russia-ukraine-\d{4}-\d{2}-\d{2}\.png$/);
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.bytes.readUInt32BE(16)).toBe(2400); // IHDR width: the 1200-pixel chart drawn at 2×
    expect(png.bytes.length).toBeGreaterThan(50_000);
  });

  test("an issue page's chart exports for the chosen pair of actors", async ({ page }) => {
    await page.goto("/issues/legitimacy/?a=united-states&b=russia");
    await waitForHydration(page);
    const svg = await download(page, "Download SVG");
    expect(svg.name).toBe(`parley-legitimacy-united-states-russia-${currentTo}.svg`);
    expect(svg.bytes.toString("utf8")).toContain("United States and Russia");
    const png = await download(page, "Download PNG");
    expect(png.bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  });

  test("an issue's chart over time downloads as an SVG drawn from the same bands and steps", async ({ page }) => {
    await page.goto("/issues/territory/?date=2025-08-15");
    await waitForHydration(page);
    const history = page.getByTestId("issue-history");
    const svg = await download(page, "Download SVG", history);
    expect(svg.name).toBe("parley-territory-over-time-russia-ukraine-2025-08-15.svg");
    const text = svg.bytes.toString("utf8");
    expect(text).toContain("Parley — Territory over time: Russia and Ukraine");
    expect(text).toContain("As of 15 August 2025 · Russia and Ukraine");
    const parsed = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, "image/svg+xml");
      return { error: doc.querySelector("parsererror")?.textContent ?? "", bands: doc.querySelectorAll('rect[stroke-width="1.5"][fill^="url(#p-russia"], rect[stroke-width="1.5"][fill^="url(#p-ukraine"]').length, steps: doc.querySelectorAll("path[stroke-width='3']").length };
    }, text);
    expect(parsed.error).toBe("");
    // as many bands and steps as the page's own plot draws
    const plot = history.getByTestId("issue-history-plot");
    expect(parsed.bands).toBe(await plot.locator('rect[fill^="url(#pattern-actor-"]').count());
    expect(parsed.steps).toBe(await plot.locator("g[stroke-width='3'] > line:last-child").count());
    await expect(history.getByTestId("chart-export").getByRole("status")).toHaveText("Downloaded the chart as SVG.");
    const png = await download(page, "Download PNG", history);
    expect([...png.bytes.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
  });
});

test("a view is cited by a permalink that reopens it", async ({ page }) => {
  await page.goto("/?date=2024-12-19&a=ukraine&b=russia");
  await waitForHydration(page);
  await page.getByText("Cite this view", { exact: true }).click();
  const citation = page.getByTestId("citation");
  await expect(citation).toContainText("Parley, “Ukraine and Russia on every issue”, as of 19 December 2024. Dataset version");
  await expect(citation).toContainText("/?date=2024-12-19&a=ukraine&b=russia");
  await page.getByTestId("permalink").click();
  await expect(page).toHaveURL(/\?date=2024-12-19&a=ukraine&b=russia$/);
  await expect(page.getByTestId("spectrum-chart").locator("figcaption")).toContainText("Ukraine and Russia on every issue, 19 December 2024");
});
