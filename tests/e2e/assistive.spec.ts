import type { Page } from "@playwright/test";
import { everyRouteSamples, listPages } from "../../scripts/site-pages.mjs";
import { expect, test } from "./fixtures";

/*
 * Assistive use of every kind of page (one page per route, found in out/): each chart's numbers
 * reach a screen reader as a table, reduced motion stops every animation and transition, and the
 * page reflows without sideways scrolling on a 390 px phone and at 200% zoom.
 */

const pages = everyRouteSamples(listPages());

test("the export in out/ has pages to check", () => {
  expect(pages.length, "run `npm run build` before the browser tests").toBeGreaterThan(0);
});

/**
 * Elements that stick out of the viewport's width, unless a box of theirs scrolls sideways on
 * purpose (a wide table in an overflow-x-auto box) or clips. Hidden and screen-reader-only
 * elements don't count: they take no room on screen.
 */
function overflowing(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrolls = (el: Element) => ["auto", "scroll", "hidden", "clip"].includes(getComputedStyle(el).overflowX);
    const found: string[] = [];
    for (const el of document.body.querySelectorAll("*")) {
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0 || rect.right <= width + 1) continue;
      let contained = false;
      for (let parent = el.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (scrolls(parent)) {
          contained = true;
          break;
        }
      }
      if (contained) continue;
      const style = getComputedStyle(el);
      if (style.visibility === "hidden" || style.position === "absolute" && style.clip !== "auto") continue;
      found.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""} "${(el.textContent ?? "").trim().slice(0, 40)}" reaches ${Math.round(rect.right)} px of ${width}`);
    }
    return { found: found.slice(0, 10), scrollWidth: document.documentElement.scrollWidth, width };
  });
}

const narrow = [
  { name: "a 390 px wide phone", use: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true } },
  // a 1280×720 window zoomed to 200% lays out like a 640×360 one drawn at twice the pixels
  { name: "200% zoom", use: { viewport: { width: 640, height: 360 }, deviceScaleFactor: 2 } },
] as const;

for (const { name, use } of narrow) {
  test.describe(name, () => {
    test.use(use);
    for (const path of pages) {
      test(`${path} reflows without sideways scrolling and keeps its navigation and heading in view`, async ({ page }) => {
        await page.goto(path);
        await page.waitForLoadState("networkidle");
        const { found, scrollWidth, width } = await overflowing(page);
        expect(found, "elements wider than the screen").toEqual([]);
        expect(scrollWidth, "the page scrolls sideways").toBeLessThanOrEqual(width);
        await expect(page.getByRole("heading", { level: 1 })).toBeInViewport({ ratio: 0.5 });
        for (const link of await page.getByRole("navigation", { name: "Main" }).getByRole("link").all()) await expect(link).toBeVisible();
      });
    }
  });
}

test.describe("reduced motion", () => {
  test.use({ reducedMotion: "reduce" });
  for (const path of pages) {
    test(`${path} runs no animation or transition when the reader asks for reduced motion`, async ({ page }) => {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      const moving = await page.evaluate(() => {
        const seconds = (value: string) => Math.max(...value.split(",").map((part) => (part.trim().endsWith("ms") ? parseFloat(part) / 1000 : parseFloat(part))));
        const found: string[] = [];
        for (const el of [document.documentElement, ...document.body.querySelectorAll("*")]) {
          const style = getComputedStyle(el);
          // 0.01 ms is the site's reduced-motion floor (app/globals.css): instant, but still firing end events
          if (seconds(style.animationDuration) > 0.001 || (style.transitionProperty !== "none" && seconds(style.transitionDuration) > 0.001))
            found.push(`${el.tagName.toLowerCase()}.${String(el.className).slice(0, 40)}: animation ${style.animationDuration}, transition ${style.transitionDuration}`);
        }
        const running = document.getAnimations().filter((animation) => {
          const duration = animation.effect?.getComputedTiming().duration;
          return typeof duration === "number" && duration > 1;
        });
        return { found: found.slice(0, 10), running: running.length, smooth: getComputedStyle(document.documentElement).scrollBehavior === "smooth" };
      });
      expect(moving.found, "elements that still animate or transition").toEqual([]);
      expect(moving.running, "running animations").toBe(0);
      expect(moving.smooth, "smooth scrolling").toBe(false);
    });
  }
});

for (const path of pages) {
  test(`${path}: every chart's numbers reach a screen reader as a table`, async ({ page }) => {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    // a chart is a figure that draws (svg or canvas); a figure holding only a photo is not one
    // print-only figures (the handouts) are display:none on screen, so no reader reaches them there
    const charts = page.locator("figure").filter({ has: page.locator("svg, canvas"), visible: true });
    for (const chart of await charts.all()) {
      const caption = (await chart.locator("figcaption").first().textContent())?.trim();
      expect(caption, "a chart has a caption").toBeTruthy();
      // the table may sit behind a disclosure: open it from the keyboard, as a screen reader user would
      for (const summary of await chart.locator("details:not([open]) > summary").all()) {
        await summary.focus();
        await page.keyboard.press("Enter");
      }
      const referenced = await chart.evaluate((figure) =>
        ["aria-describedby", "aria-details"].flatMap((attribute) => (figure.getAttribute(attribute) ?? "").split(/\s+/).filter(Boolean)),
      );
      const tables = chart.getByRole("table").or(page.locator(referenced.map((id) => `[id="${id}"]`).join(", ") || "#no-such-table").getByRole("table"));
      await expect(tables.first(), `the chart "${caption}" has a table in the accessibility tree`).toBeAttached();
      const table = tables.first();
      const cells = await table.getByRole("cell").allTextContents();
      const headers = await table.getByRole("columnheader").allTextContents();
      expect(headers.length, `the table of "${caption}" has column headers`).toBeGreaterThan(0);
      expect(cells.filter((text) => text.trim()).length, `the table of "${caption}" holds the numbers`).toBeGreaterThan(0);
    }
  });
}
