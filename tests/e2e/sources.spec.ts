import statements from "../../data/statements.json";
import { expect, test } from "./fixtures";

test("lists every source with the statements that cite it, explains the grades, and has no WCAG A/AA violations", async ({ page, makeAxeBuilder }) => {
  await page.goto("/sources/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sources");
  const urls = new Set(statements.map((s) => s.source.url));
  const list = page.getByRole("list").filter({ has: page.getByRole("article") });
  await expect(list.getByRole("article")).toHaveCount(urls.size);
  const first = statements.find((s) => s.source.url === [...urls][0])!;
  const link = page.locator(`article a[href="${first.source.url}"]`).first();
  await expect(link).toHaveAttribute("rel", "noopener noreferrer");
  await expect(page.getByRole("heading", { name: "What the confidence grades mean" })).toBeVisible();
  for (const grade of ["High confidence", "Medium confidence", "Low confidence"]) await expect(page.getByRole("term").filter({ hasText: grade })).toBeVisible();
  // every source has the same markup, and axe over all 203 takes 10–50 s on two cores: the first 20 cover it
  expect((await makeAxeBuilder().exclude("#source-list > li:nth-child(n+21)").analyze()).violations).toEqual([]);
});
