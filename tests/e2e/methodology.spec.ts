import issues from "../../data/issues.json";
import { currentTo, expect, test } from "./fixtures";

test("prints the codebook from the data, the downloads and a citation, and has no WCAG A/AA violations", async ({ page, makeAxeBuilder }) => {
  await page.goto("/methodology/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Methodology");
  for (const issue of issues) {
    const table = page.getByRole("table", { name: `The options of ${issue.title}` });
    await expect(table.getByRole("row")).toHaveCount(issue.spectrum.length + 1);
    for (const option of issue.spectrum) await expect(table.getByRole("rowheader", { name: option.label, exact: true })).toBeVisible();
  }
  const main = page.getByRole("main");
  for (const file of ["statements.csv", "statements.json", "positions.csv", "positions.json"]) await expect(main.locator(`a[href="/data/${file}"]`)).toBeVisible();
  const version = await page.getByTestId("dataset-version").textContent();
  await page.getByText("Cite this view", { exact: true }).click();
  await expect(page.getByTestId("citation")).toContainText(`Dataset version ${version}`);
  await expect(page.getByTestId("citation")).toContainText(`?date=${currentTo}&a=russia&b=ukraine`);
  expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
});
