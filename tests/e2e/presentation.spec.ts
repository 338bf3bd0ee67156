import type { Page } from "@playwright/test";
import issues from "../../data/issues.json";
import events from "../../data/events.json";
import disputes from "../../data/disputes.json";
import { currentTo, expect, requestsTo, test, waitForHydration } from "./fixtures";
import { measureSlide } from "./slide-metrics";

/*
 * Classroom mode at 1280×720, the projector size: every slide fits, meets the type floors and AAA
 * contrast, and the deck can be given with a clicker's keys alone.
 */
test.use({ viewport: { width: 1280, height: 720 } });

const slides = [
  { path: "/present/", slug: "title", heading: "What each side says it wants" },
  ...issues.map((issue) => ({ path: `/present/${issue.id}/`, slug: issue.id, heading: issue.title })),
  ...disputes.disputes
    .filter((d) => d.status === "open")
    .map((d) => ({ path: `/present/dispute-${d.id}/`, slug: `dispute-${d.id}`, heading: d.title })),
  { path: "/present/summary/", slug: "summary", heading: "Where Russia and Ukraine stand" },
];
const AAA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag2aaa"];
const deck = (page: Page) => page.getByTestId("deck");
const onSlide = (page: Page, slug: string) => expect(deck(page)).toHaveAttribute("data-slide", slug);
const useTheme = (page: Page, theme: "light" | "dark") =>
  page.addInitScript((value) => window.localStorage.setItem("parley-present-theme", value), theme);

for (const { path, slug, heading } of slides) {
  test(`slide "${slug}" fits 1280×720 with 28px text, 48px headings, 7:1 contrast and no AAA violations`, async ({ page, makeAxeBuilder }) => {
    await page.goto(path);
    await waitForHydration(page);
    await onSlide(page, slug);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    const m = await measureSlide(page);
    expect(m.overflowY, "vertical overflow in px").toBeLessThanOrEqual(0);
    expect(m.overflowX, "horizontal overflow in px").toBeLessThanOrEqual(0);
    expect(m.minFont.px, `smallest text: "${m.minFont.text}"`).toBeGreaterThanOrEqual(28);
    expect(m.minHeading.px, `smallest heading: "${m.minHeading.text}"`).toBeGreaterThanOrEqual(48);
    expect(m.minContrast.ratio, `lowest contrast: "${m.minContrast.text}" ${m.minContrast.color} on ${m.minContrast.background}`).toBeGreaterThanOrEqual(7);
    expect((await makeAxeBuilder().withTags(AAA).analyze()).violations).toEqual([]);
  });
}

test("the dark projector theme keeps 7:1 contrast and passes AAA on every kind of slide", async ({ page, makeAxeBuilder }) => {
  await useTheme(page, "dark");
  for (const { path, slug } of [slides[0]!, slides[1]!, slides.at(-1)!]) {
    await page.goto(path);
    await waitForHydration(page);
    await onSlide(page, slug);
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    const m = await measureSlide(page);
    expect(m.minContrast.ratio, `lowest contrast on ${slug}: "${m.minContrast.text}" ${m.minContrast.color} on ${m.minContrast.background}`).toBeGreaterThanOrEqual(7);
    expect((await makeAxeBuilder().withTags(AAA).analyze()).violations).toEqual([]);
  }
});

test("every slide also fits 1920×1080", async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto("/present/");
  await waitForHydration(page);
  for (const [i, { slug }] of slides.entries()) {
    if (i > 0) await page.keyboard.press("PageDown");
    await onSlide(page, slug);
    const m = await measureSlide(page);
    expect([m.overflowX, m.overflowY], `overflow on ${slug}`).toEqual([0, 0]);
    expect(m.minFont.px).toBeGreaterThanOrEqual(42);
  }
});

test("clicker and keyboard keys move through the deck, change the URL and keep the view's query", async ({ page }) => {
  await page.goto("/present/?date=2025-06-03");
  await waitForHydration(page);
  await onSlide(page, "title");
  const steps: [string, string][] = [
    ["ArrowRight", "/present/ceasefire/"],
    ["PageDown", "/present/legitimacy/"],
    [" ", "/present/istanbul-draft/"],
    ["PageUp", "/present/legitimacy/"],
    ["Backspace", "/present/ceasefire/"],
    ["ArrowLeft", "/present/"],
    ["End", "/present/summary/"],
    ["Home", "/present/"],
  ];
  for (const [key, path] of steps) {
    await page.keyboard.press(key);
    await expect(page).toHaveURL(`${path}?date=2025-06-03`);
  }
  await expect(page.getByTestId("progress")).toContainText("1");
  await page.getByRole("button", { name: /Next/ }).click();
  await expect(page).toHaveURL("/present/ceasefire/?date=2025-06-03");
  await expect(page.getByText("3 June 2025").first()).toBeVisible();
  await page.getByRole("button", { name: /Back/ }).click();
  await expect(page).toHaveURL("/present/?date=2025-06-03");
});

test("the whole deck can be given by Page Down alone, and the browser's Back returns a slide", async ({ page }) => {
  await page.goto("/present/");
  await waitForHydration(page);
  for (const [i, { slug }] of slides.entries()) {
    if (i > 0) await page.keyboard.press("PageDown");
    await onSlide(page, slug);
    await expect(page.getByTestId("progress")).toHaveText(new RegExp(`^\\D*${i + 1}\\D+${slides.length}$`));
  }
  await page.keyboard.press("PageDown"); // past the end: stays on the summary
  await onSlide(page, "summary");
  await page.goBack();
  await onSlide(page, slides.at(-2)!.slug);
});

test("a clicker still moves the deck when the date control has focus, while arrows move the date", async ({ page }) => {
  await page.goto("/present/");
  await waitForHydration(page);
  const slider = page.getByRole("slider");
  await slider.focus();
  await page.keyboard.press("ArrowLeft");
  // the slider steps from the latest date back to the last key event before it
  const previous = events.map((e) => e.date).filter((date) => date < currentTo).sort().at(-1)!;
  await expect(page).toHaveURL(new RegExp(`/present/\\?date=${previous}$`));
  await page.keyboard.press("PageDown");
  await expect(page).toHaveURL(`/present/ceasefire/?date=${previous}`);
});

test("a numbered address shows the same slide as its name, with the name as canonical", async ({ page, makeAxeBuilder }) => {
  await page.goto("/present/3/");
  await waitForHydration(page);
  await onSlide(page, "legitimacy");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(issues[1]!.title);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", "/present/legitimacy/");
  // the named address needs none: it is the canonical one
  const named = await page.request.get("/present/legitimacy/");
  expect(await named.text()).not.toContain('rel="canonical"');
  expect((await makeAxeBuilder().withTags(AAA).analyze()).violations).toEqual([]);
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL("/present/istanbul-draft/");
});

test("the reveal step shows the question, then Russia, then Ukraine, then the gap or overlap", async ({ page }) => {
  await page.goto("/present/ceasefire/");
  await waitForHydration(page);
  const russia = page.getByTestId("side-russia");
  const ukraine = page.getByTestId("side-ukraine");
  const verdict = page.getByTestId("verdict");
  const bars = page.getByTestId("slide-spectrum").locator('rect[fill^="url(#pattern-actor"]');
  await expect(russia).toBeVisible();
  await page.keyboard.press("r");
  await expect(page.getByRole("button", { name: "Reveal step" })).toHaveAttribute("aria-pressed", "true");
  await expect(page).toHaveURL("/present/ceasefire/?reveal=1");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByTestId("slide").getByText(issues[0]!.question)).toBeVisible();
  await expect(russia).toBeHidden();
  await expect(ukraine).toBeHidden();
  await expect(verdict).toBeHidden();
  await expect(bars).toHaveCount(0);

  await page.keyboard.press("PageDown");
  await expect(russia).toBeVisible();
  await expect(ukraine).toBeHidden();
  await expect(bars).toHaveCount(1);
  await page.keyboard.press("ArrowRight");
  await expect(ukraine).toBeVisible();
  await expect(verdict).toBeHidden();
  await expect(bars).toHaveCount(2);
  await page.keyboard.press(" ");
  await expect(verdict).toBeVisible();
  await expect(verdict).toContainText(/Conflict|Overlap|Agreement/);
  await expect(page).toHaveURL("/present/ceasefire/?reveal=1");

  await page.keyboard.press("PageDown");
  await expect(page).toHaveURL("/present/legitimacy/?reveal=1");
  await expect(russia).toBeHidden();
  await page.keyboard.press("PageUp"); // back to the whole previous slide
  await expect(page).toHaveURL("/present/ceasefire/?reveal=1");
  await expect(verdict).toBeVisible();

  await page.getByRole("button", { name: "Reveal step" }).click();
  await expect(page).toHaveURL("/present/ceasefire/");
  await expect(russia).toBeVisible();
});

test("a reveal-step link shows no answer before the deck has read its URL", async ({ page }) => {
  let release = () => undefined as void;
  const scriptsHeld = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_next/static/**/*.js", async (route) => {
    await scriptsHeld;
    await route.continue();
  });
  await page.goto("/present/ceasefire/?reveal=1", { waitUntil: "domcontentloaded" });
  await expect(deck(page)).toHaveAttribute("data-deck-prerendered", "true"); // scripts held: the static HTML alone
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(issues[0]!.title);
  await expect(page.getByTestId("side-russia")).toBeHidden();
  await expect(page.getByTestId("verdict")).toBeHidden();
  release();
  await expect(deck(page)).toHaveAttribute("data-step", "0");
  await expect(page.getByTestId("slide-spectrum").getByText(/Russian withdrawal/)).toBeVisible();
  await expect(page.getByTestId("side-russia")).toBeHidden();
});

test("the theme is remembered and applied before the deck paints; full screen toggles by F", async ({ page, request }) => {
  const html = await (await request.get("/present/ceasefire/")).text();
  expect(html.indexOf('src="/present-theme.js"'), "the theme script comes before the deck").toBeLessThan(html.indexOf('data-testid="deck"'));
  await page.goto("/present/ceasefire/");
  await waitForHydration(page);
  await page.getByRole("button", { name: "Dark theme" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await page.reload({ waitUntil: "domcontentloaded" });
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
  await expect(page.getByRole("button", { name: "Dark theme" })).toHaveAttribute("aria-pressed", "true");
  await page.getByRole("button", { name: "Dark theme" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");

  await page.keyboard.press("f");
  await expect(page.getByRole("button", { name: "Full screen" })).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("f");
  await expect(page.getByRole("button", { name: "Full screen" })).toHaveAttribute("aria-pressed", "false");
});

test("the slides hide the site header and footer, which links to classroom mode elsewhere", async ({ page }) => {
  await page.goto("/");
  await waitForHydration(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Classroom" }).click();
  await expect(page).toHaveURL("/present/");
  await onSlide(page, "title");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("contentinfo")).toBeHidden();
  await page.keyboard.press("ArrowRight");
  await page.getByRole("link", { name: "Exit to this issue's page" }).click();
  await expect(page).toHaveURL("/issues/ceasefire/");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await expect(page.locator("html")).not.toHaveAttribute("data-theme");
});

test("prerenders each issue slide with its question and real quotes in the HTML", async ({ request }) => {
  const html = await (await request.get("/present/ceasefire/")).text();
  expect(html).toContain(issues[0]!.question);
  expect(html).toContain("Zelensky");
});

test("a slide at another date quotes the statements of that date, fetched once the deck reads its URL", async ({ page }) => {
  const fetched = requestsTo(page, "/data/statements.json");
  await page.goto("/present/ceasefire/");
  await waitForHydration(page);
  await expect(page.getByTestId("side-russia").locator("figcaption")).toContainText("29 Dec 2025");
  // sourcing first: who, in what role and when come before the words
  expect(await page.getByTestId("side-russia").locator("figure > :first-child").getAttribute("data-testid")).toBe("slide-sourcing");
  await expect(page.getByTestId("side-russia").getByTestId("slide-sourcing")).toContainText("Kremlin spokesman");
  expect(fetched, "the default view's quotes come with the page").toEqual([]);
  await page.goto("/present/ceasefire/?date=2022-04-01");
  await waitForHydration(page);
  // the positions in force in April 2022 rest on statements of 2022, which the page itself does not carry
  await expect(page.getByTestId("side-russia").locator("figcaption")).toContainText("7 Mar 2022");
  await expect(page.getByTestId("side-ukraine").locator("figcaption")).toContainText("28 Feb 2022");
  expect(fetched).toHaveLength(1);
});

const countPages = (pdf: Buffer) => (pdf.toString("latin1").match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;

test("printing an issue page gives one page on A4 and on Letter, for every issue", async ({ page }) => {
  for (const { id } of issues) {
    await page.goto(`/issues/${id}/`);
    await waitForHydration(page);
    for (const format of ["A4", "Letter"]) expect(countPages(await page.pdf({ format })), `${id} on ${format}`).toBe(1);
  }
});

test("printing the deck gives one handout page per issue, with both sides, sources, the chart and a dated, versioned footer", async ({ page }) => {
  await page.goto("/present/legitimacy/?date=2025-06-03");
  await waitForHydration(page);
  await onSlide(page, "legitimacy");
  for (const format of ["A4", "Letter"]) expect(countPages(await page.pdf({ format })), format).toBe(issues.length);
  await page.emulateMedia({ media: "print" });
  await expect(deck(page)).toBeHidden();
  const handouts = page.locator("[data-handout]");
  await expect(handouts).toHaveCount(issues.length);
  const first = handouts.first();
  await expect(first.getByRole("heading", { level: 2 })).toHaveText(issues[0]!.question);
  await expect(first.getByRole("heading", { level: 3 })).toHaveText(["Russia", "Ukraine"]);
  await expect(first.getByRole("link").first()).toHaveAttribute("href", /^https:\/\//);
  await expect(first.locator('svg[viewBox="0 0 1000 64"]')).toBeVisible(); // the spectrum track
  // sourcing first: each cited statement opens with who, role, when and the occasion, and its source line says how the source knows
  const cited = first.getByRole("listitem").filter({ has: page.getByTestId("handout-sourcing") }).first();
  expect(await cited.locator(":scope > :first-child").getAttribute("data-testid")).toBe("handout-sourcing");
  await expect(cited).toContainText(/Source: .+; (on the record|reported by one outlet|anonymous sources|leaked|sourcing not stated); (high|medium|low) confidence/);
  await expect(first.getByText(/^As of /)).toContainText(/As of 3 June 2025 · Dataset version \d{4}-\d{2}-\d{2}\.r\d+ · http:\/\/127\.0\.0\.1:\d+\/issues\/ceasefire\/\?date=2025-06-03/);
});

test("a link's ignored date and actor are named on every slide, which still fits 1280×720", async ({ page, makeAxeBuilder }) => {
  await page.goto("/present/ceasefire/?date=2099-01-01&a=atlantis");
  await waitForHydration(page);
  await onSlide(page, "ceasefire");
  const notice = page.getByTestId("slide").getByRole("status");
  await expect(notice).toContainText("Ignored date 2099-01-01");
  await expect(notice).toContainText('Ignored actor "atlantis"');
  expect((await makeAxeBuilder().withTags(AAA).analyze()).violations).toEqual([]);
  await page.keyboard.press("Home");
  for (const [i, { slug }] of slides.entries()) {
    if (i > 0) await page.keyboard.press("PageDown");
    await onSlide(page, slug);
    await expect(page.getByTestId("slide").getByRole("status")).toContainText('Ignored actor "atlantis"');
    const m = await measureSlide(page);
    expect.soft([m.overflowX, m.overflowY], `overflow on ${slug}`).toEqual([0, 0]);
    expect(m.minFont.px, `smallest text on ${slug}: "${m.minFont.text}"`).toBeGreaterThanOrEqual(28);
    expect(m.minContrast.ratio, `lowest contrast on ${slug}: "${m.minContrast.text}"`).toBeGreaterThanOrEqual(7);
  }
});

test("argue the other side: the A key turns it on, and each press shows one side's case with a prompt to restate it, then the switch", async ({ page }) => {
  await page.goto("/present/ceasefire/");
  await waitForHydration(page);
  await page.keyboard.press("a");
  await expect(page).toHaveURL(/argue=1/);
  await expect(page.getByRole("button", { name: "Argue the other side" })).toHaveAttribute("aria-pressed", "true");
  const prompt = page.getByTestId("argue-prompt");
  await expect(prompt).toHaveText("Before the sides speak: what do you expect each to ask for?");
  await expect(page.getByTestId("side-russia")).toBeHidden();
  await page.keyboard.press("PageDown");
  await expect(page.getByTestId("side-russia")).toBeVisible();
  await expect(prompt).toContainText("restate Russia's case");
  await page.keyboard.press("PageDown");
  await expect(prompt).toContainText("restate Ukraine's case");
  await page.keyboard.press("PageDown");
  await expect(prompt).toContainText("Switch");
  // the verdict is the class's to find: it does not show in this mode
  await expect(page.getByTestId("verdict")).toHaveCount(0);
  const m = await measureSlide(page);
  expect([m.overflowX, m.overflowY]).toEqual([0, 0]);
  expect(m.minFont.px).toBeGreaterThanOrEqual(28);
  await page.keyboard.press("a");
  await expect(page).not.toHaveURL(/argue=1/);
  await expect(page.getByTestId("verdict")).toBeVisible();
});

test("on a phone the title slide's controls wrap rather than squeeze: every target is at least 24 px", async ({ page, makeAxeBuilder }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/present/");
  await waitForHydration(page);
  for (const select of await page.getByRole("group", { name: "Actors to compare" }).getByRole("combobox").all()) {
    const box = (await select.boundingBox())!;
    expect(Math.min(box.width, box.height), "an actor select's smaller side in px").toBeGreaterThanOrEqual(24);
  }
  expect((await makeAxeBuilder().withRules(["target-size"]).analyze()).violations).toEqual([]);
});
