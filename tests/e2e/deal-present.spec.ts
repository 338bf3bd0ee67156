import type { Page } from "@playwright/test";
import actorsFile from "../../data/actors.json";
import documentsFile from "../../data/documents.json";
import issuesFile from "../../data/issues.json";
import positionsFile from "../../data/positions.json";
import { indexPositions } from "../../lib/analysis";
import { judgeDeal, judgeText, toTextPackages } from "../../lib/deal";
import { toStances } from "../../lib/documents";
import { DocumentSchema, PositionSchema, ProvisionSchema } from "../../lib/schema";
import { describeDealBrief, rankTextVerdicts } from "../../lib/view/deal";
import { currentTo, expect, test, waitForHydration } from "./fixtures";
import { measureSlide } from "./slide-metrics";

/*
 * "Build a deal" on a projector (/deal/present/): every screen fits 1280×720 at the deck's type
 * floors and AAA contrast in both themes, a package can be built with the keyboard and a clicker
 * alone, and the reveal names the same texts, in the same order, as the pure functions.
 */
test.use({ viewport: { width: 1280, height: 720 } });

const AAA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag2aaa"];
const index = indexPositions(positionsFile.map((p) => PositionSchema.parse(p)));
const nameOf = (id: string) => actorsFile.find((a) => a.id === id)!.name;
const texts = toTextPackages(toStances(documentsFile.documents.map((d) => DocumentSchema.parse(d)), documentsFile.provisions.map((p) => ProvisionSchema.parse(p))));
const deck = (page: Page) => page.getByTestId("deck");
const onScreen = (page: Page, at: string) => expect(deck(page)).toHaveAttribute("data-slide", at);

async function expectFits(page: Page, what: string) {
  const m = await measureSlide(page);
  expect([m.overflowX, m.overflowY], `overflow on ${what}`).toEqual([0, 0]);
  expect(m.minFont.px, `smallest text on ${what}: "${m.minFont.text}"`).toBeGreaterThanOrEqual(28);
  expect(m.minHeading.px, `smallest heading on ${what}: "${m.minHeading.text}"`).toBeGreaterThanOrEqual(48);
  expect(m.minContrast.ratio, `lowest contrast on ${what}: "${m.minContrast.text}" ${m.minContrast.color} on ${m.minContrast.background}`).toBeGreaterThanOrEqual(7);
}

// a package on every issue, so the package screen lists the most rows it ever can
const everyIssue = issuesFile.map((issue) => `${issue.id}.${issue.spectrum.length - 1}`).join("~");

test("every issue's screen and the package fit 1280×720 with 28px text, 48px headings and 7:1 contrast, with no AAA violations", async ({ page, makeAxeBuilder }) => {
  await page.goto(`/deal/present/?deal=${everyIssue}`);
  await waitForHydration(page);
  for (const [i, issue] of issuesFile.entries()) {
    if (i > 0) await page.keyboard.press("PageDown");
    await onScreen(page, issue.id);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(issue.title);
    await expectFits(page, issue.id);
  }
  expect((await makeAxeBuilder().withTags(AAA).analyze()).violations).toEqual([]);
  await page.keyboard.press("PageDown");
  await onScreen(page, "package");
  await expect(page.getByRole("list", { name: "Your picks" }).getByRole("listitem")).toHaveCount(issuesFile.length);
  await expectFits(page, "the package");
  expect((await makeAxeBuilder().withTags(AAA).analyze()).violations).toEqual([]);
});

test("the reveal and the dark theme keep the floors and AAA", async ({ page, makeAxeBuilder }) => {
  await page.addInitScript((value) => window.localStorage.setItem("parley-present-theme", value), "dark");
  for (const path of [`/deal/present/?deal=${everyIssue}&reveal=1&at=package`, "/deal/present/?at=territory"]) {
    await page.goto(path);
    await waitForHydration(page);
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await expectFits(page, path);
    expect((await makeAxeBuilder().withTags(AAA).analyze()).violations).toEqual([]);
  }
});

test("the keyboard alone builds a package: a number or the arrows pick, Page Down moves on with the pick's group still focused", async ({ page }) => {
  await page.goto("/deal/present/");
  await waitForHydration(page);
  const [first, second] = [issuesFile[0]!, issuesFile[1]!];
  await onScreen(page, first.id);
  const none = page.getByRole("radio", { name: /Leave it out of the deal/ });
  await none.focus();
  await page.keyboard.press("3");
  await expect(page).toHaveURL(new RegExp(`deal=${first.id}\\.2(&|$)`));
  await expect(page.getByRole("radio", { name: new RegExp(first.spectrum[2]!.label.replace(/[()?.*+]/g, "\\$&")) })).toBeChecked();
  await page.keyboard.press("PageDown");
  await onScreen(page, second.id);
  await expect(page).toHaveURL(new RegExp(`at=${second.id}`));
  // focus followed the move to the new screen's checked option, so the arrows pick at once
  await expect(page.getByRole("radio", { name: /Leave it out of the deal/ })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radio", { checked: true })).toHaveAccessibleName(new RegExp(second.spectrum[0]!.label.slice(0, 20).replace(/[()?.*+]/g, "\\$&")));
  await expect(page).toHaveURL(new RegExp(`deal=${first.id}\\.2(~|%7E)${second.id}\\.0`));
  await page.keyboard.press("End");
  await onScreen(page, "package");
  await expect(page.getByTestId("deal-summary")).toHaveText(describeDealBrief(judgeDeal(index, issuesFile, new Map([[first.id, 2], [second.id, 0]]), "russia", "ukraine", currentTo), nameOf("russia"), nameOf("ukraine")));
  await page.keyboard.press("Home");
  await onScreen(page, first.id);
  await page.keyboard.press("0");
  await expect(page).not.toHaveURL(new RegExp(`${first.id}\\.`));
});

test("R from an issue's screen reveals the real texts on the class's issues, best first, as the pure functions rank them", async ({ page }) => {
  const picks = { ceasefire: 2, territory: 3, "nato-neutrality": 2 };
  await page.goto(`/deal/present/?deal=${Object.entries(picks).map(([k, v]) => `${k}.${v}`).join("~")}&at=territory`);
  await waitForHydration(page);
  await onScreen(page, "territory");
  await page.keyboard.press("r");
  await onScreen(page, "package");
  await expect(page).toHaveURL(/reveal=1/);
  const ranked = rankTextVerdicts(texts.map((t) => judgeText(index, issuesFile, t, "russia", "ukraine", new Set(Object.keys(picks)))));
  const reveal = page.getByTestId("deal-reveal");
  await expect(reveal.locator("li[data-document]")).toHaveCount(Math.min(4, ranked.length));
  expect(await reveal.locator("li[data-document]").evaluateAll((items) => items.map((li) => li.getAttribute("data-document")))).toEqual(ranked.slice(0, 4).map((v) => v.document));
  if (ranked.length > 4) await expect(reveal).toContainText(`${ranked.length - 4} more`);
  await expect(page.getByRole("button", { name: "Reveal what the real texts chose" })).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("R");
  await expect(reveal).toBeHidden();
});

test("the laptop page's projector link and the projector's Exit carry the same package", async ({ page }) => {
  await page.goto("/deal/?deal=ceasefire.2~territory.3");
  await waitForHydration(page);
  await page.getByRole("link", { name: "Show it on a projector" }).click();
  await expect(page).toHaveURL(/\/deal\/present\/\?deal=ceasefire\.2(~|%7E)territory\.3$/);
  await waitForHydration(page);
  await page.getByRole("link", { name: "Exit to the deal on the laptop page" }).click();
  await expect(page).toHaveURL(/\/deal\/\?deal=ceasefire\.2(~|%7E)territory\.3$/);
  await expect(page.getByRole("combobox", { name: "Territory", exact: true })).toHaveValue("3");
});

test("on a phone the package's picks stack in one column, none running off the screen's edge", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/deal/present/?deal=${everyIssue}&at=package`);
  await waitForHydration(page);
  const rights = await page.getByRole("list", { name: "Your picks" }).locator("[data-verdict]").evaluateAll((marks) => marks.map((m) => m.getBoundingClientRect().right));
  expect(rights).toHaveLength(2 * issuesFile.length);
  expect(Math.max(...rights), "the rightmost mark's edge in px").toBeLessThanOrEqual(390);
});
