import statements from "../../data/statements.json";
import positions from "../../data/positions.json";
import { STATEMENTS_PAGE } from "../../lib/statement-filters";
import { expect, requestsTo, test, waitForHydration } from "./fixtures";

const rowsOf = (page: import("@playwright/test").Page) => page.getByRole("table").getByRole("row").filter({ has: page.getByRole("cell") });
const newestFirst = [...statements].sort((x, y) => (x.date < y.date ? 1 : x.date > y.date ? -1 : x.id < y.id ? -1 : 1));
const legitimacy2024 = statements.filter((s) => s.actor === "russia" && s.issues.includes("legitimacy") && s.date >= "2024-01-01" && s.date <= "2024-12-31");

test.describe("statements explorer", () => {
  test("shows the newest statements without a request, and fetches the rest only when asked", async ({ page }) => {
    const fetched = requestsTo(page, "/data/statements.json");
    await page.goto("/statements/");
    await waitForHydration(page);
    await page.waitForLoadState("networkidle");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Statements");
    await expect(page.getByTestId("result-count")).toHaveText(`All ${statements.length} statements`);
    await expect(rowsOf(page)).toHaveCount(STATEMENTS_PAGE);
    await expect(rowsOf(page).first()).toContainText(newestFirst[0]!.summary.slice(0, 40));
    expect(fetched, "the first screenful needs no download").toEqual([]);
    await page.getByRole("button", { name: `Show ${STATEMENTS_PAGE} more of ${statements.length - STATEMENTS_PAGE}` }).click();
    await expect(rowsOf(page)).toHaveCount(2 * STATEMENTS_PAGE);
    await expect(rowsOf(page).nth(2 * STATEMENTS_PAGE - 1)).toContainText(newestFirst[2 * STATEMENTS_PAGE - 1]!.summary.slice(0, 40));
    expect(fetched).toHaveLength(1);
  });

  test("has no WCAG A/AA violations", async ({ page, makeAxeBuilder }) => {
    // every row has the same markup, and axe takes ~17 s over all 241 on two cores: one issue's rows cover it
    await page.goto("/statements/?issue=legitimacy");
    await waitForHydration(page);
    await expect(page.getByTestId("result-count")).toContainText(" of ");
    expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
  });

  test("prerenders the first screenful in the HTML, and not the whole list", async ({ request }) => {
    const html = await (await request.get("/statements/")).text();
    for (const s of newestFirst.slice(0, STATEMENTS_PAGE)) expect(html).toContain(`/statements/${s.id}/`);
    for (const s of newestFirst.slice(STATEMENTS_PAGE)) expect(html).not.toContain(`/statements/${s.id}/`);
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
      await expect(row.getByRole("link", { name: /Legitimacy/ })).toHaveAttribute("href", "/issues/legitimacy/");
      await expect(row.getByRole("link", { name: /the statement’s own page/ })).toHaveAttribute("href", `/statements/${s.id}/`);
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

  test("says so, and offers to try again, when the full list cannot be fetched", async ({ page, pageProblems }) => {
    let refuse = true;
    await page.route("**/data/statements.json", (route) => (refuse ? route.fulfill({ status: 503, body: "" }) : route.continue()));
    await page.goto("/statements/?actor=russia");
    await waitForHydration(page);
    await expect(page.getByRole("status").filter({ hasText: "503" })).toBeVisible();
    refuse = false;
    await page.getByRole("button", { name: /Try again/ }).click();
    await expect(page.getByTestId("result-count")).toHaveText(`${statements.filter((s) => s.actor === "russia").length} of ${statements.length} statements`);
    // the browser logs the refused request itself; that one console error is the point of this test
    const rest = pageProblems.filter((problem) => !problem.includes("503"));
    pageProblems.splice(0, pageProblems.length, ...rest);
  });
});

test.describe("a statement's own page", () => {
  const cited = positions[0]!;
  const statement = statements.find((s) => s.id === cited.evidence[0])!;

  test("answers the sourcing questions, quotes the source verbatim, and names the positions that rest on it, with no WCAG A/AA violations", async ({ page, makeAxeBuilder }) => {
    await page.goto(`/statements/${statement.id}/`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(statement.speaker.name);
    await expect(page.getByRole("term").filter({ hasText: "How does the source know?" })).toBeVisible();
    await expect(page.locator(`a[href="${statement.source.url}"]`)).toHaveAttribute("rel", "noopener noreferrer");
    if (statement.quote) await expect(page.locator("blockquote").first()).toContainText(statement.quote);
    const table = page.getByRole("table", { name: /coded positions that cite this statement/ });
    const citing = positions.filter((p) => p.evidence.includes(statement.id));
    await expect(table.getByRole("row")).toHaveCount(citing.length + 1);
    await expect(table.getByRole("link").first()).toHaveAttribute("href", /^\/issues\/[a-z-]+\/\?date=\d{4}-\d{2}-\d{2}$/);
    expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
  });

  test("is where an issue page's old anchor leads once the page no longer lists the statement", async ({ page }) => {
    const onIssue = newestFirst.filter((s) => s.issues.includes("territory") && s.actor === "russia");
    const oldest = onIssue.at(-1)!;
    await page.goto(`/issues/territory/#${oldest.id}`);
    await page.waitForURL(`**/statements/${oldest.id}/`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(oldest.speaker.name);
    // a statement the page still lists keeps its anchor there
    await page.goto(`/issues/territory/#${onIssue[0]!.id}`);
    await waitForHydration(page);
    await expect(page.locator(`article[id="${onIssue[0]!.id}"]`)).toBeVisible();
    expect(new URL(page.url()).pathname).toBe("/issues/territory/");
  });
});

