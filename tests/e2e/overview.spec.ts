import issues from "../../data/issues.json";
import { expect, test } from "./fixtures";

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
    await expect(page.getByRole("contentinfo")).toContainText("Data current to 21 June 2026");
    await expect(page.getByTestId("dataset-version")).toHaveText(/^2026-06-21\.r\d+$/);
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
});
