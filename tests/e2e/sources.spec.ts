import statements from "../../data/statements.json";
import { expect, test } from "./fixtures";

test("lists every source with the statements that cite it, explains the grades, and has no WCAG A/AA violations", async ({ page, makeAxeBuilder }) => {
  test.slow(); // axe reads 203 sources: about 10 s on two cores
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
  expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
});
