import actors from "../../data/actors.json";
import issues from "../../data/issues.json";
import positions from "../../data/positions.json";
import { expect, test } from "./fixtures";

/*
 * The coverage matrix on /methodology/#coverage: one row per actor, one column per issue, and the
 * finding "No stated position" exactly where the data has no position of that actor on that issue.
 * The expectations come from data/*.json, so the test follows the data.
 */

const coded = new Set(positions.map((p) => `${p.actor}:${p.issue}`));
const empty = actors.flatMap((actor) => issues.filter((issue) => !coded.has(`${actor.id}:${issue.id}`)).map((issue) => `${actor.id}:${issue.id}`));
const cells = actors.length * issues.length;
const shortDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const firstCoded = (actor: string, issue: string) =>
  positions.filter((p) => p.actor === actor && p.issue === issue).reduce((first, p) => (p.validFrom < first ? p.validFrom : first), "9999-12-31");

const TABLE = /^What is coded, actor by issue/;
const section = 'section[aria-labelledby="coverage"]';

test("shows one row per actor, one column per issue and a finding in every cell the data leaves without a position", async ({ page }) => {
  await page.goto("/methodology/#coverage");
  await expect(page.getByRole("heading", { level: 2, name: "Coverage: what is known, actor by actor" })).toBeInViewport();
  await expect(page.getByRole("navigation", { name: "On this page" }).locator('a[href="#coverage"]')).toBeVisible();

  const table = page.getByRole("table", { name: TABLE });
  await expect(table.locator("tbody").getByRole("rowheader")).toHaveText(actors.map((actor) => actor.name));
  for (const issue of issues) await expect(table.getByRole("columnheader", { name: issue.title, exact: true })).toBeVisible();

  const texts = await table.locator("tbody > tr").evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll("td")].map((td) => td.textContent ?? "")));
  expect(texts).toHaveLength(actors.length);
  actors.forEach((actor, a) => {
    issues.forEach((issue, i) => {
      const text = texts[a]![i]!;
      if (empty.includes(`${actor.id}:${issue.id}`)) expect(text, `${actor.id} on ${issue.id}`).toContain("No stated position");
      else {
        expect(text, `${actor.id} on ${issue.id}`).not.toContain("No stated position");
        expect(text, `${actor.id} on ${issue.id}`).toContain(`from ${shortDate.format(new Date(`${firstCoded(actor.id, issue.id)}T00:00:00Z`))}`);
      }
    });
  });

  const summary = empty.length === 0 ? `every one of the ${cells} cells has a coded position` : `${empty.length} of the ${cells} ${empty.length === 1 ? "cell has" : "cells have"} no stated position`;
  await expect(page.locator(section)).toContainText(summary);
});

test("scrolls the matrix sideways inside a labelled region on a phone, not the page", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/methodology/#coverage");
  const region = page.getByRole("region", { name: /^Coverage matrix/ });
  await expect(region).toHaveAttribute("tabindex", "0");
  await expect(region.getByRole("table", { name: TABLE })).toBeVisible();
  const widths = await region.evaluate((box) => ({ box: box.scrollWidth - box.clientWidth, page: document.documentElement.scrollWidth - window.innerWidth }));
  expect(widths.box, "the matrix is wider than the phone").toBeGreaterThan(0);
  expect(widths.page, "the page scrolls sideways").toBeLessThanOrEqual(0);
  await region.focus();
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => region.evaluate((box) => box.scrollLeft)).toBeGreaterThan(0);
});

test("has no WCAG A/AA violations in the coverage section", async ({ page, makeAxeBuilder }) => {
  await page.goto("/methodology/#coverage");
  await expect(page.getByRole("table", { name: TABLE })).toBeVisible();
  expect((await makeAxeBuilder().include(section).analyze()).violations).toEqual([]);
});
