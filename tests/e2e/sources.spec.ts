import statements from "../../data/statements.json";
import { SOURCES_PAGE, toSources } from "../../lib/view/sources";
import { expect, test } from "./fixtures";

const sources = toSources(statements as Parameters<typeof toSources>[0]);
const pages = Math.ceil(sources.length / SOURCES_PAGE);

test("lists the newest sources with the statements that cite them, explains the grades, and has no WCAG A/AA violations", async ({ page, makeAxeBuilder }) => {
  await page.goto("/sources/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sources");
  const list = page.getByRole("list").filter({ has: page.getByRole("article") });
  await expect(list.getByRole("article")).toHaveCount(Math.min(SOURCES_PAGE, sources.length));
  const link = page.locator(`article a[href="${sources[0]!.url}"]`).first();
  await expect(link).toHaveAttribute("rel", "noopener noreferrer");
  await expect(list.getByRole("link", { name: new RegExp(sources[0]!.statements[0]!.speaker.name) }).first()).toHaveAttribute("href", `/statements/${sources[0]!.statements[0]!.id}/`);
  await expect(page.getByRole("heading", { name: "What the confidence grades mean" })).toBeVisible();
  for (const grade of ["High confidence", "Medium confidence", "Low confidence"]) await expect(page.getByRole("term").filter({ hasText: grade })).toBeVisible();
  expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
});

test("pages through every source, each page a static page with its own address, and none left out", async ({ page, makeAxeBuilder }) => {
  await page.goto("/sources/");
  const pager = page.getByRole("navigation", { name: "Pages of the sources list" }).first();
  await expect(pager.locator('[aria-current="page"]')).toHaveText("Page 1");
  await pager.getByRole("link", { name: "Older →" }).click();
  await page.waitForURL("**/sources/page/2/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Sources, page 2 of ${pages}`);
  await expect(page.locator("#source-list > li").first()).toContainText(sources[SOURCES_PAGE]!.publisher);
  expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
  await page.goto(`/sources/page/${pages}/`);
  await expect(page.locator("#source-list > li")).toHaveCount(sources.length - (pages - 1) * SOURCES_PAGE);
  await expect(page.locator(`article a[href="${sources.at(-1)!.url}"]`)).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Pages of the sources list" }).first().getByRole("link", { name: "Older →" })).toHaveCount(0);
});
