import type { Page } from "@playwright/test";
import { messages } from "../../lib/view/messages";
import { expect, test, waitForHydration } from "./fixtures";
import { measureSlide } from "./slide-metrics";

/*
 * Failures are said, not swallowed, and nothing answers before it can: a view whose statements
 * cannot be fetched says so and offers a retry, and controls pressed before the page hydrates are
 * disabled until it has, so they never show a state the view does not.
 */

/** The statements download answers 500 until `heal` is called, then as usual. */
async function failStatements(page: Page, pageProblems: string[]) {
  let failing = true;
  await page.route("**/data/statements.json", (route) => (failing ? route.fulfill({ status: 500, body: "broken" }) : route.continue()));
  return () => {
    failing = false;
    // the browser logs the failed request itself; that one console error is what this test provokes
    pageProblems.splice(0, pageProblems.length, ...pageProblems.filter((problem) => !problem.includes("status of 500")));
  };
}

test.describe("when the statements cannot be loaded", () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test("the deck at another date says its quotes are missing, still fits, prints the reason and tries again", async ({ page, pageProblems, makeAxeBuilder }) => {
    const heal = await failStatements(page, pageProblems);
    await page.goto("/present/ceasefire/?date=2024-06-14");
    await waitForHydration(page);
    const failed = page.getByTestId("slide").getByRole("status").filter({ hasText: messages.download.slideFailed });
    await expect(failed).toContainText("/data/statements.json: the server answered 500");
    const m = await measureSlide(page);
    expect([m.overflowX, m.overflowY], "overflow").toEqual([0, 0]);
    expect(m.minFont.px, `smallest text: "${m.minFont.text}"`).toBeGreaterThanOrEqual(28);
    expect((await makeAxeBuilder().withTags(["wcag2a", "wcag2aa", "wcag2aaa"]).analyze()).violations).toEqual([]);

    await page.emulateMedia({ media: "print" });
    await expect(page.locator("[data-handout]").first()).toContainText(messages.download.printFailed);
    await page.emulateMedia({ media: "screen" });

    heal();
    await failed.getByRole("button", { name: messages.download.retry }).click();
    await expect(failed).toHaveCount(0);
    await expect(page.getByTestId("side-russia").locator("figcaption")).toContainText(/20\d\d/);
  });

  test("an issue page says its printed handout would lack its quotes, and tries again", async ({ page, pageProblems }) => {
    const heal = await failStatements(page, pageProblems);
    await page.goto("/issues/ceasefire/?date=2024-06-14");
    await waitForHydration(page);
    const failed = page.getByRole("status").filter({ hasText: messages.download.handoutFailed });
    await expect(failed).toContainText("the server answered 500");
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("[data-handout]")).toContainText(messages.download.printFailed);
    await expect(failed).toBeHidden();
    await page.emulateMedia({ media: "screen" });

    heal();
    await failed.getByRole("button", { name: messages.download.retry }).click();
    await expect(failed).toHaveCount(0);
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("[data-handout]")).not.toContainText(messages.download.printFailed);
    await expect(page.locator("[data-handout]").getByRole("link").first()).toHaveAttribute("href", /^https:\/\//);
  });
});

test.describe("before the page hydrates", () => {
  /** Holds the page's scripts until the returned function is called, as a slow network would. */
  async function holdScripts(page: Page) {
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/_next/static/**/*.js", async (route) => {
      await held;
      await route.continue();
    });
    return release;
  }

  test("the overview's date and actor controls are disabled, then enabled where they were", async ({ page }) => {
    const release = await holdScripts(page);
    await page.goto("/?date=2024-06-14", { waitUntil: "domcontentloaded" });
    const compare = page.getByRole("combobox", { name: "Compare" });
    const date = page.getByLabel("Date", { exact: true });
    const slider = page.getByRole("slider");
    await expect(compare).toBeDisabled();
    await expect(page.getByRole("button", { name: "Swap the two actors" })).toBeDisabled();
    await expect(date).toBeDisabled();
    await expect(page.getByRole("combobox", { name: "Jump to event" })).toBeDisabled();
    await expect(slider).toHaveAttribute("aria-disabled", "true");
    const boxes = await Promise.all([compare, date, page.getByTestId("spectrum-chart")].map((l) => l.boundingBox()));

    release();
    await waitForHydration(page);
    await expect(compare).toBeEnabled();
    await expect(date).toBeEnabled();
    await expect(slider).not.toHaveAttribute("aria-disabled");
    // the controls now show the link's date, as the chart does
    await expect(date).toHaveValue("2024-06-14");
    await expect(page.getByRole("heading", { name: "Where they stand on 14 June 2024" })).toBeVisible();
    expect(await compare.boundingBox(), "no layout shift").toEqual(boxes[0]);
    await compare.selectOption("united-states");
    await expect(page.getByTestId("spectrum-chart")).toContainText("United States and Ukraine on every issue");
  });

  test("the statements filters and what changed's dates are disabled until the page can answer them", async ({ page }) => {
    const release = await holdScripts(page);
    await page.goto("/statements/", { waitUntil: "domcontentloaded" });
    const search = page.getByRole("searchbox", { name: "Search" });
    await expect(search).toBeDisabled();
    await expect(page.getByRole("combobox", { name: "Actor" })).toBeDisabled();
    await expect(page.getByRole("button", { name: /^Date\s*, sort/ })).toBeDisabled();
    const box = await search.boundingBox();
    release();
    await waitForHydration(page);
    await expect(search).toBeEnabled();
    expect(await search.boundingBox(), "no layout shift").toEqual(box);
    await search.fill("Medinsky");
    await expect(page.getByTestId("result-count")).toContainText("matching “Medinsky”");

    await page.unrouteAll();
    const releaseChanges = await holdScripts(page);
    await page.goto("/changes/?from=2024-06-14&to=2025-08-15", { waitUntil: "domcontentloaded" });
    const from = page.getByLabel("From", { exact: true });
    await expect(from).toBeDisabled();
    await expect(page.getByRole("combobox", { name: "From: key event" })).toBeDisabled();
    releaseChanges();
    await waitForHydration(page);
    await expect(from).toHaveValue("2024-06-14");
    await expect(from).toBeEnabled();
  });
});
