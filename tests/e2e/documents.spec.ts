import documentsFile from "../../data/documents.json";
import { expect, test, waitForHydration } from "./fixtures";

const { documents, provisions } = documentsFile;
const titleOf = (id: string) => documents.find((d) => d.id === id)!.shortTitle;
const onIssue = (issue: string) => documents.filter((d) => provisions.some((p) => p.document === d.id && p.issue === issue));

test.describe("documents list", () => {
  test("lists every text on a timeline with how it is known, and has no WCAG A/AA violations", async ({ page, makeAxeBuilder }) => {
    await page.goto("/documents/");
    await waitForHydration(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Documents: the key texts of the peace efforts");
    const table = page.getByTestId("documents-timeline").getByRole("table");
    await expect(table.getByRole("row")).toHaveCount(documents.length + 1);
    await expect(table.getByRole("link", { name: "US 28-point plan", exact: true })).toHaveAttribute("href", "/documents/us-2025-11-20-28-point-plan/");
    await expect(table.getByText("Leaked or unpublished text").first()).toBeVisible();
    await expect(page.getByRole("heading", { name: /What could not be found/ })).toBeVisible();
    expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
  });

  test("filters by sponsor and kind, and keeps the filter in the URL", async ({ page }) => {
    await page.goto("/documents/");
    await waitForHydration(page);
    await page.getByRole("combobox", { name: "Sponsor" }).selectOption("united-states");
    await page.waitForURL(/\?sponsor=united-states$/);
    const expected = documents.filter((d) => d.sponsors.includes("united-states"));
    const table = page.getByTestId("documents-timeline").getByRole("table");
    await expect(table.getByRole("row")).toHaveCount(expected.length + 1);
    await expect(page.getByRole("status")).toHaveText(`Showing ${expected.length} of ${documents.length} texts sponsored by United States.`);
    await page.getByRole("combobox", { name: "Kind of text" }).selectOption("draft-treaty");
    await page.waitForURL(/sponsor=united-states&kind=draft-treaty/);
    await expect(table.getByRole("row")).toHaveCount(expected.filter((d) => d.kind === "draft-treaty").length + 1);
    await page.getByRole("button", { name: "Show all texts" }).click();
    await expect(table.getByRole("row")).toHaveCount(documents.length + 1);
  });

  test("reads a filter from a link and says what it ignored", async ({ page }) => {
    await page.goto("/documents/?kind=letter&sponsor=atlantis");
    await waitForHydration(page);
    await expect(page.getByText('Ignored sponsor "atlantis"')).toBeVisible();
    await expect(page.getByTestId("documents-timeline").getByRole("table").getByRole("row")).toHaveCount(documents.filter((d) => d.kind === "letter").length + 1);
  });
});

test.describe("document page", () => {
  const id = "us-2025-11-20-28-point-plan";
  const mine = provisions.filter((p) => p.document === id);

  test("shows the 28-point plan's clauses by issue, each with its source, provenance, place and distance to both sides", async ({ page, makeAxeBuilder }) => {
    await page.goto(`/documents/${id}/`);
    await waitForHydration(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(documents.find((d) => d.id === id)!.title);
    for (const issue of new Set(mine.map((p) => p.issue))) await expect(page.locator(`section[aria-labelledby="issue-${issue}"]`)).toBeVisible();
    await expect(page.locator("article[data-provision]")).toHaveCount(mine.length);
    // a leaked text's clauses are marked as such wherever they appear
    await expect(page.locator("article[data-provision]").getByText("Known from a leak")).toHaveCount(mine.filter((p) => p.knownFrom === "leak").length);
    const territory = page.locator('section[aria-labelledby="issue-territory"]');
    await expect(territory).toContainText("Ukraine leaves rest of Donbas (de facto) · 1 step from Russia · 2 steps from Ukraine · closer to Russia");
    for (const p of mine) {
      const link = page.locator(`article[data-provision="${p.id}"]`).getByRole("link");
      await expect(link).toHaveAttribute("href", p.source.url);
      await expect(link).toHaveAttribute("rel", "noopener noreferrer");
    }
    await expect(page.getByTestId("document-chart")).toBeVisible();
    expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
  });

  test("an unknown document id shows the 404 page", async ({ page, pageProblems }) => {
    const response = await page.goto("/documents/no-such-text/");
    expect(response?.status()).toBe(404);
    // the browser logs the 404 status itself; that one console error is the point of this test
    pageProblems.splice(0, pageProblems.length, ...pageProblems.filter((problem) => !problem.includes("404")));
  });
});

test.describe("cross-walk", () => {
  test("army size: every text's cap from 2022 on, in date order, with its source and the closer side", async ({ page, makeAxeBuilder }) => {
    await page.goto("/documents/crosswalk/?issue=military-limits");
    await waitForHydration(page);
    await expect(page.getByLabel("Issue")).toHaveValue("military-limits");
    const chart = page.getByTestId("lineage-chart");
    const rows = chart.getByRole("table").getByRole("row");
    const texts = onIssue("military-limits");
    await expect(rows).toHaveCount(texts.length + 1);
    const titles = await chart.getByRole("table").getByRole("rowheader").getByRole("link").allTextContents();
    expect(titles).toEqual(texts.map((d) => d.shortTitle));
    for (const figure of ["RU: 85,000 troops", "UA: 250,000 troops", "600,000", "800,000 (peacetime)"]) await expect(chart.getByRole("table")).toContainText(figure);
    const plan = rows.filter({ hasText: "US 28-point plan" });
    await expect(plan).toContainText("Cap of about 600,000");
    await expect(plan.getByRole("link", { name: /The Straits Times/ })).toHaveAttribute("href", /^https:\/\//);
    await expect(rows.filter({ hasText: "London counter-proposal" })).toContainText("closer to Ukraine");
    await expect(page.getByText(/From US 28-point plan to European 24-point counter-proposal: “Cap of about 600,000” became “No cap”/)).toBeVisible();
    expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
  });

  test("territory: the texts' places and the changes between them, and the issue picker moves the URL", async ({ page, makeAxeBuilder }) => {
    await page.goto("/documents/crosswalk/?issue=territory");
    await waitForHydration(page);
    const chart = page.getByTestId("lineage-chart");
    await expect(chart.getByRole("table").getByRole("row")).toHaveCount(onIssue("territory").length + 1);
    await expect(chart.getByRole("table").getByRole("row").filter({ hasText: titleOf("ru-2025-06-02-memorandum") })).toContainText("Crimea + four regions Russian in law");
    await expect(page.getByText("Texts with no recorded clause on this issue")).toBeVisible();
    await expect(page.getByText(/seen only on unreliable sites/i).first()).toBeVisible();
    expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
    await page.getByLabel("Issue").selectOption("military-limits");
    await page.waitForURL(/\?issue=military-limits$/);
    await expect(page.getByRole("heading", { level: 2, name: /military limits/ })).toBeVisible();
  });

  test("an unknown issue in the link falls back to the first issue with a notice", async ({ page }) => {
    await page.goto("/documents/crosswalk/?issue=weather");
    await waitForHydration(page);
    await expect(page.getByText('Ignored issue "weather"')).toBeVisible();
    await expect(page.getByLabel("Issue")).toHaveValue("ceasefire");
  });
});

test.describe("texts on the issue and overview pages", () => {
  test("the military-limits page shows every text's army cap with its source and the side it stood closer to", async ({ page }) => {
    await page.goto("/issues/military-limits/");
    await waitForHydration(page);
    const section = page.locator("section#crosswalk");
    await expect(section.getByRole("heading", { level: 2 })).toHaveText("Cross-walk: what the key texts say on military limits");
    const table = section.getByTestId("lineage-chart").getByRole("table");
    for (const d of onIssue("military-limits").filter((x) => x.date < "2026-01-01")) {
      const row = table.getByRole("row").filter({ has: page.getByRole("link", { name: d.shortTitle, exact: true }) });
      await expect(row).toContainText(/closer to Russia|closer to Ukraine|as close to Russia as to Ukraine/);
      await expect(row.getByRole("link", { name: /^Source of / }).first()).toHaveAttribute("href", /^https:\/\//);
    }
  });

  test("a text can be picked in the compare controls like an actor", async ({ page }) => {
    await page.goto("/");
    await waitForHydration(page);
    await page.getByRole("combobox").nth(1).selectOption("us-2025-11-20-28-point-plan");
    await page.waitForURL(/b=us-2025-11-20-28-point-plan/);
    await expect(page.getByTestId("spectrum-chart")).toContainText("Russia and US 28-point plan on every issue");
  });
});
