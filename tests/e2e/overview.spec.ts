import type { Page } from "@playwright/test";
import issues from "../../data/issues.json";
import statements from "../../data/statements.json";
import { formatDate } from "../../lib/view/format";
import { currentTo, expect, requestsTo, test, waitForHydration } from "./fixtures";

/** The overview's "latest statements" as the reader sees them: speaker, date and summary of each card. */
const latestCards = (page: Page) =>
  page.getByRole("region", { name: /^Latest statements up to/ }).getByRole("listitem");

/** The summaries the overview should list for a pair up to a date, newest first. */
const expectedSummaries = (date: string, a: string, b: string) =>
  statements
    .filter((s) => s.date <= date && (s.actor === a || s.actor === b))
    .sort((x, y) => (x.date !== y.date ? (x.date < y.date ? -1 : 1) : x.id < y.id ? -1 : 1))
    .slice(-8)
    .reverse()
    .map((s) => s.summary);

test.describe("overview", () => {
  test("lists every issue with its status, seed issues first, and has no WCAG A/AA violations", async ({ page, makeAxeBuilder }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const chart = page.getByTestId("spectrum-chart");
    for (const issue of issues) await expect(chart.getByRole("link", { name: issue.title, exact: true })).toBeVisible();
    const titles = await chart.getByRole("listitem").getByRole("link").allTextContents();
    expect(titles.slice(0, 3)).toEqual(["Ceasefire", issues[1]!.title, issues[2]!.title]);
    const rows = chart.getByRole("listitem");
    await expect(rows).toHaveCount(issues.length);
    for (const row of await rows.all()) await expect(row).toContainText(/Conflict|Overlap|Agreement|Not yet known/);
    expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
  });

  test("shows the data current-to date and the dataset version in the footer", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("contentinfo")).toContainText(`Data current to ${formatDate(currentTo)}`);
    await expect(page.getByTestId("dataset-version")).toHaveText(new RegExp(`^${currentTo}\\.r\\d+$`));
  });

  test("prerenders the chart's numbers as a table in the HTML", async ({ request }) => {
    const html = await (await request.get("/")).text();
    expect(html).toContain("The numbers behind this chart, as a table");
    for (const issue of issues) expect(html).toContain(issue.title.replace(/&/g, "&amp;"));
  });

  test("links the latest statements to their sources over https with noopener", async ({ page }) => {
    await page.goto("/");
    const sources = page.getByRole("main").getByRole("link", { name: /^Source/ });
    await expect(sources.first()).toBeVisible();
    for (const link of await sources.all()) {
      await expect(link).toHaveAttribute("href", /^https:\/\//);
      await expect(link).toHaveAttribute("rel", "noopener noreferrer");
    }
  });

  test("carries only the default view's statements and fetches the rest when the date changes", async ({ page }) => {
    const fetched = requestsTo(page, "/data/statements.json");
    await page.goto("/");
    await waitForHydration(page);
    const cards = latestCards(page);
    await expect(cards).toHaveCount(8);
    for (const [i, summary] of expectedSummaries(currentTo, "russia", "ukraine").entries()) await expect(cards.nth(i)).toContainText(summary);
    expect(fetched, "the default view needs no request").toEqual([]);

    await page.getByLabel("Date", { exact: true }).fill("2022-04-01");
    await expect(page.getByRole("heading", { name: "Latest statements up to 1 April 2022" })).toBeVisible();
    const expected = expectedSummaries("2022-04-01", "russia", "ukraine");
    await expect(cards).toHaveCount(expected.length);
    for (const [i, summary] of expected.entries()) await expect(cards.nth(i)).toContainText(summary);
    expect(fetched).toHaveLength(1);
  });

  test("says so when the statements cannot be loaded, and tries again on request", async ({ page }) => {
    let calls = 0;
    await page.route("**/data/statements.json", async (route) => {
      calls += 1;
      if (calls === 1) await route.fulfill({ status: 200, contentType: "application/json", body: '{"statements": "none"}' });
      else await route.continue();
    });
    await page.goto("/?date=2024-12-20");
    const region = page.getByRole("region", { name: /^Latest statements up to/ });
    await expect(region.getByRole("status")).toContainText('The statements for this view could not be loaded: /data/statements.json: no "statements" list in the file.');
    await region.getByRole("button", { name: "Try again" }).click();
    const expected = expectedSummaries("2024-12-20", "russia", "ukraine");
    await expect(latestCards(page)).toHaveCount(expected.length);
    await expect(latestCards(page).first()).toContainText(expected[0]!);
  });

  test("draws the distance chart once it comes near the screen", async ({ page }) => {
    await page.setViewportSize({ width: 412, height: 823 });
    await page.goto("/");
    await waitForHydration(page);
    const chart = page.getByTestId("distance-chart");
    await expect(chart.getByText("The numbers behind this chart, as a table")).toBeAttached();
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.locator("svg.recharts-surface")).toBeVisible();
  });
});
