import statements from "../../data/statements.json";
import { expect, test, waitForHydration } from "./fixtures";

const rowsOf = (page: import("@playwright/test").Page) => page.getByRole("table").getByRole("row").filter({ has: page.getByRole("cell") });
const legitimacy2024 = statements.filter((s) => s.actor === "russia" && s.issues.includes("legitimacy") && s.date >= "2024-01-01" && s.date <= "2024-12-31");

test.describe("statements explorer", () => {
  test("lists every statement", async ({ page }) => {
    await page.goto("/statements/");
    await waitForHydration(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Statements");
    await expect(page.getByTestId("result-count")).toHaveText(`All ${statements.length} statements`);
    await expect(rowsOf(page)).toHaveCount(statements.length);
  });

  test("has no WCAG A/AA violations", async ({ page, makeAxeBuilder }) => {
    // every row has the same markup, and axe takes ~17 s over all 241 on two cores: one issue's rows cover it
    await page.goto("/statements/?issue=legitimacy");
    await waitForHydration(page);
    await expect(page.getByTestId("result-count")).toContainText(" of ");
    expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
  });

  test("prerenders the full table in the HTML", async ({ request }) => {
    const html = await (await request.get("/statements/")).text();
    for (const s of statements.slice(0, 20)) expect(html).toContain(s.source.url.replace(/&/g, "&amp;"));
  });

  test("finds every statement on legitimacy by Russian speakers in 2024, keeps the filters in the URL and after a reload", async ({ page }) => {
    await page.goto("/statements/");
    await waitForHydration(page);
    await page.getByLabel("Actor", { exact: true }).selectOption("russia");
    await page.getByLabel("Issue", { exact: true }).selectOption("legitimacy");
    await page.getByLabel("From", { exact: true }).fill("2024-01-01");
    await page.getByLabel("To", { exact: true }).fill("2024-12-31");
    await expect(page.getByTestId("result-count")).toHaveText(`${legitimacy2024.length} of ${statements.length} statements`);
    await expect(page).toHaveURL(/actor=russia/);
    await expect(page).toHaveURL(/issue=legitimacy/);
    await expect(page).toHaveURL(/from=2024-01-01/);
    await expect(page).toHaveURL(/to=2024-12-31/);
    const rows = rowsOf(page);
    await expect(rows).toHaveCount(legitimacy2024.length);
    for (const s of legitimacy2024) {
      const row = rows.filter({ hasText: s.summary.slice(0, 40) });
      await expect(row.getByRole("link", { name: /Legitimacy/ })).toHaveAttribute("href", `/issues/legitimacy/#${s.id}`);
      const source = row.locator(`a[href="${s.source.url}"]`);
      await expect(source).toHaveAttribute("rel", "noopener noreferrer");
    }
    await page.reload();
    await expect(page.getByTestId("result-count")).toHaveText(`${legitimacy2024.length} of ${statements.length} statements`);
    await expect(page.getByLabel("Actor", { exact: true })).toHaveValue("russia");
  });

  test("searches the words of speaker, summary, quote and event", async ({ page }) => {
    const byUshakov = statements.filter((s) => `${s.speaker.name} ${s.speaker.role} ${s.summary} ${s.quote} ${s.event}`.includes("Ushakov"));
    await page.goto("/statements/");
    await waitForHydration(page);
    await page.getByRole("searchbox", { name: /Search/ }).fill("Ushakov");
    await expect(page.getByTestId("result-count")).toContainText(`${byUshakov.length} of ${statements.length} statements`);
    await expect(page).toHaveURL(/q=Ushakov/);
    for (const row of await rowsOf(page).all()) await expect(row).toContainText("Ushakov");
    await page.getByRole("searchbox", { name: /Search/ }).fill("xylophone");
    await expect(page.getByText("No statement matches these filters.")).toBeVisible();
    await page.getByRole("button", { name: "Clear filters" }).click();
    await expect(page.getByTestId("result-count")).toHaveText(`All ${statements.length} statements`);
    await expect(page).toHaveURL(/\/statements\/$/);
  });

  test("sorts by a column from the keyboard", async ({ page }) => {
    await page.goto("/statements/");
    await waitForHydration(page);
    const oldest = [...statements].sort((x, y) => (x.date < y.date ? -1 : 1))[0]!;
    const dateHeader = page.getByRole("columnheader", { name: /Date/ });
    await expect(dateHeader).toHaveAttribute("aria-sort", "descending");
    await dateHeader.getByRole("button").focus();
    await page.keyboard.press("Enter");
    await expect(dateHeader).toHaveAttribute("aria-sort", "ascending");
    await expect(page).toHaveURL(/order=asc/);
    await expect(rowsOf(page).first()).toContainText(oldest.summary.slice(0, 30));
  });

  test("ignores a hostile URL with a notice and shows every statement", async ({ page }) => {
    await page.goto("/statements/?actor=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&from=2024-02-31&sort=evil");
    await waitForHydration(page);
    await expect(page.getByRole("status").filter({ hasText: "Part of the link was ignored" })).toBeVisible();
    await expect(page.getByTestId("result-count")).toHaveText(`All ${statements.length} statements`);
  });

  test("reads as cards on a phone, without sideways scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/statements/?actor=ukraine");
    await waitForHydration(page);
    await expect(rowsOf(page).first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
