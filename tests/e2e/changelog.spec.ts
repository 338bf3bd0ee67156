import type { Locator, Page } from "@playwright/test";
import changelog from "../../data/changelog.json";
import { expect, test, waitForHydration } from "./fixtures";

/** The log as the page lists it: latest day first, and within a day the latest entry of the file first. */
const newestFirst = changelog
  .map((entry, order) => ({ entry, order }))
  .sort((x, y) => (x.entry.date === y.entry.date ? y.order - x.order : x.entry.date < y.entry.date ? 1 : -1))
  .map(({ entry }) => entry);

const entriesOf = (page: Page) => page.getByRole("list", { name: "The log, newest first" }).getByRole("listitem");

/** Steps a focused select with the arrow keys until it holds `value`, as a keyboard user would. */
async function chooseByKeyboard(page: Page, select: Locator, value: string) {
  for (let step = 0; step < 30 && (await select.inputValue()) !== value; step++) await page.keyboard.press("ArrowDown");
  await expect(select).toHaveValue(value);
}

test.describe("corrections and changes", () => {
  test("lists every change, newest first, with a summary, and has no WCAG A/AA violations", async ({ page, makeAxeBuilder }) => {
    await page.goto("corrections/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Corrections and changes");
    // prerendered: the whole list is in the HTML before any script runs
    await expect(entriesOf(page)).toHaveCount(changelog.length);
    const ids = await entriesOf(page).evaluateAll((items) => items.map((item) => item.id));
    expect(ids).toEqual(newestFirst.map((entry) => entry.id));
    const days = await entriesOf(page).locator("time").evaluateAll((times) => times.map((time) => time.getAttribute("datetime") ?? ""));
    expect([...days].sort().reverse()).toEqual(days);
    await expect(page.getByTestId("changelog-summary")).toHaveText(new RegExp(`^${changelog.length} changes to the data, newest first: `));
    await waitForHydration(page);
    expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
  });

  test("filters by kind and by issue with the keyboard, and keeps the filters through a reload", async ({ page }) => {
    await page.goto("corrections/");
    await waitForHydration(page);
    const kind = page.getByRole("combobox", { name: "Kind of change" });
    const issue = page.getByRole("combobox", { name: "Issue" });
    await kind.focus();
    await chooseByKeyboard(page, kind, "re-coding");
    await page.waitForURL(/\?kind=re-coding$/);
    await expect(entriesOf(page)).toHaveCount(changelog.filter((e) => e.kind === "re-coding").length);

    await page.keyboard.press("Tab");
    await expect(issue).toBeFocused();
    await chooseByKeyboard(page, issue, "territory");
    await page.waitForURL(/\?kind=re-coding&issue=territory$/);
    const expected = changelog.filter((e) => e.kind === "re-coding" && e.issues.includes("territory"));
    await expect(entriesOf(page)).toHaveCount(expected.length);
    await expect(page.getByTestId("changelog-summary")).toHaveText(`Showing ${expected.length} of ${changelog.length} changes (Re-coding, on Territory): ${expected.length} re-codings.`);

    await page.reload();
    await waitForHydration(page);
    await expect(kind).toHaveValue("re-coding");
    await expect(issue).toHaveValue("territory");
    await expect(entriesOf(page)).toHaveCount(expected.length);

    await page.getByRole("button", { name: "Show every change" }).focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/corrections\/$/);
    await expect(entriesOf(page)).toHaveCount(changelog.length);
    await expect(kind).toHaveValue("");
  });

  test("says what a link asked for that the log does not know", async ({ page }) => {
    await page.goto("corrections/?kind=rewrite&issue=territory");
    await waitForHydration(page);
    await expect(page.getByText('Ignored kind "rewrite": not a kind of change in the log.')).toBeVisible();
    await expect(entriesOf(page)).toHaveCount(changelog.filter((e) => e.issues.includes("territory")).length);
  });

  test("a position card's History link leads to the list filtered to that position", async ({ page }) => {
    const record = "ua-territory-2022-03-29";
    const mine = changelog.filter((e) => e.record === record);
    await page.goto("issues/territory/?date=2022-03-29");
    await waitForHydration(page);
    const history = page.getByRole("link", { name: `History (${mine.length}): changes to this position in the change log` });
    await expect(history).toHaveAttribute("href", `/corrections/?record=${record}`);
    await history.click();
    await page.waitForURL(new RegExp(`/corrections/\\?record=${record}$`));
    await waitForHydration(page);
    await expect(entriesOf(page)).toHaveCount(mine.length);
    await expect(page.getByRole("button", { name: "Every record" })).toBeVisible();
  });

  test("a statement page's History link leads to the list filtered to that statement", async ({ page }) => {
    const entry = changelog.find((e) => e.file === "statements" && e.kind === "correction")!;
    const mine = changelog.filter((e) => e.record === entry.record);
    await page.goto(`statements/${entry.record}/`);
    await page.getByRole("link", { name: `History (${mine.length}): changes to this statement in the change log` }).click();
    await page.waitForURL(new RegExp(`/corrections/\\?record=${entry.record}$`));
    await waitForHydration(page);
    await expect(entriesOf(page)).toHaveCount(mine.length);
    // and the entry links back to the statement's own page
    await expect(entriesOf(page).first().getByRole("heading").getByRole("link")).toHaveAttribute("href", `/statements/${entry.record}/`);
  });

  test("offers its feeds, which answer with their content types", async ({ page, request }) => {
    await page.goto("corrections/");
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", "/corrections/feed.atom");
    await expect(page.locator('head link[rel="alternate"][type="application/feed+json"]')).toHaveAttribute("href", "/corrections/feed.json");

    const atom = await request.get("corrections/feed.atom");
    expect(atom.status()).toBe(200);
    expect(atom.headers()["content-type"]).toMatch(/^application\/atom\+xml/);
    const xml = await atom.text();
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="utf-8"\?>\s*<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom">/);
    expect(xml.match(/<entry>/g)).toHaveLength(changelog.length);

    const json = await request.get("corrections/feed.json");
    expect(json.status()).toBe(200);
    expect(json.headers()["content-type"]).toMatch(/^application\/(feed\+)?json/);
    const feed = (await json.json()) as { version: string; items: unknown[] };
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.items).toHaveLength(changelog.length);
  });

  test("is linked from the footer and from the methodology", async ({ page }) => {
    await page.goto("methodology/");
    await expect(page.getByRole("contentinfo").getByRole("link", { name: "Corrections and changes" })).toHaveAttribute("href", "/corrections/");
    await page.getByRole("link", { name: "See every correction and change" }).click();
    await page.waitForURL(/\/corrections\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Corrections and changes");
  });
});
