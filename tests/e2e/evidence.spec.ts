import issues from "../../data/issues.json";
import positions from "../../data/positions.json";
import statements from "../../data/statements.json";
import { indexPositions, snapshot } from "../../lib/analysis";
import { fragility, positionStrength, withoutWeak } from "../../lib/evidence";
import { StatementSchema, type Position } from "../../lib/schema";
import { currentTo, expect, test, waitForHydration } from "./fixtures";

// the expectations come from the data and the same pure rules, so the test follows the data
const all = positions as Position[];
const byId = new Map(statements.map((s) => StatementSchema.parse(s)).map((s) => [s.id, s]));
const weak = new Set(all.filter((p) => positionStrength(p, byId) === "weak").map((p) => p.id));
const index = indexPositions(all);
const strongIndex = indexPositions(withoutWeak(all, weak));
const fragileOn = (date: string, a = "russia", b = "ukraine") => issues.filter((issue) => fragility(index, strongIndex, weak, issue, a, b, date).fragile);

for (const date of [currentTo, "2025-06-03"]) {
  test(`the overview marks the fragile verdicts of ${date} and names the weak evidence they rest on`, async ({ page, makeAxeBuilder }) => {
    const fragile = fragileOn(date);
    expect(fragile.length, "the data has a fragile Russia–Ukraine verdict on this day").toBeGreaterThan(0);
    await page.goto(date === currentTo ? "/" : `/?date=${date}`);
    await waitForHydration(page);
    const chart = page.getByTestId("spectrum-chart");
    await expect(chart.getByTestId("fragile-mark")).toHaveCount(fragile.length);
    for (const issue of fragile) {
      const row = chart.getByRole("listitem").filter({ has: page.getByRole("link", { name: issue.title, exact: true }) });
      const mark = row.getByTestId("fragile-mark");
      await expect(mark).toContainText("Fragile");
      await expect(mark).toContainText("without weak evidence this would read");
      const f = fragility(index, strongIndex, weak, issue, "russia", "ukraine", date);
      const cited = f.weakPositions.flatMap((p) => all.find((x) => x.id === p.id)!.evidence);
      for (const id of cited) await expect(mark.getByRole("link", { name: new RegExp(byId.get(id)!.speaker.name) })).toHaveAttribute("href", `/statements/${id}/`);
    }
    expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
  });
}

test("strong evidence only recomputes the counts, survives a reload and goes into the permalink", async ({ page, makeAxeBuilder }) => {
  // the United States' positions of November 2025 rest on the leaked 28-point plan: a pair where the counts move
  const date = "2025-11-25";
  const shown = snapshot(index, issues, date, "united-states", "ukraine");
  const strong = snapshot(strongIndex, issues, date, "united-states", "ukraine");
  expect(strong.counts.unknown, "setting weak evidence aside changes this view's counts").not.toBe(shown.counts.unknown);
  await page.goto(`/?date=${date}&a=united-states&b=ukraine`);
  await waitForHydration(page);
  const unknownStat = page.getByText("Not yet known", { exact: true }).first().locator("xpath=..");
  await expect(unknownStat).toContainText(String(shown.counts.unknown));
  await page.getByRole("checkbox", { name: "Strong evidence only" }).check();
  await expect(page).toHaveURL(/evidence=strong/);
  await expect(unknownStat).toContainText(String(strong.counts.unknown));
  await expect(page.getByTestId("fragile-mark")).toHaveCount(0);
  await page.reload();
  await waitForHydration(page);
  await expect(page.getByRole("checkbox", { name: "Strong evidence only" })).toBeChecked();
  await expect(unknownStat).toContainText(String(strong.counts.unknown));
  // the citation says which evidence the view rests on, and its permalink keeps it
  const citation = page.getByTestId("citation");
  await expect(citation).toContainText("(strong evidence only)”, as of 25 November 2025");
  await expect(citation).toContainText("?date=2025-11-25&a=united-states&b=ukraine&evidence=strong");
  expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
});

test("an issue page, what changed and a slide follow strong evidence only", async ({ page }) => {
  const [issue] = fragileOn(currentTo);
  const f = fragility(index, strongIndex, weak, issue!, "russia", "ukraine", currentTo);
  await page.goto(`/issues/${issue!.id}/`);
  await waitForHydration(page);
  await expect(page.getByTestId("spectrum-chart").getByTestId("fragile-mark")).toContainText("Fragile");
  await page.getByRole("checkbox", { name: "Strong evidence only" }).check();
  await expect(page.getByTestId("spectrum-chart").getByTestId("fragile-mark")).toHaveCount(0);
  await expect(page.getByTestId("spectrum-chart")).toContainText(`gap ${f.withoutWeak.gap} steps`);
  await page.goto(`/present/${issue!.id}/?evidence=strong`);
  await waitForHydration(page);
  await expect(page.getByTestId("verdict")).toContainText(`a gap of ${f.withoutWeak.gap} steps`);
  await page.goto(`/present/${issue!.id}/`);
  await waitForHydration(page);
  await expect(page.getByTestId("verdict")).toContainText(`a gap of ${f.relation.gap} steps`);
  await expect(page.getByTestId("verdict").getByTestId("fragile-mark")).toContainText("Fragile");
  await page.goto("/changes/?from=2022-03-01&to=2026-10-10&evidence=strong");
  await waitForHydration(page);
  await expect(page.getByRole("checkbox", { name: "Strong evidence only" })).toBeChecked();
});

test("a verdict not yet known links to what is known", async ({ page }) => {
  await page.goto("/?a=china&b=ukraine");
  await waitForHydration(page);
  const link = page.getByTestId("spectrum-chart").getByRole("link", { name: "What is known" }).first();
  await expect(link).toHaveAttribute("href", "/methodology/#coverage");
});
