import type { Page } from "@playwright/test";
import { listPages, routeSamples } from "../../scripts/site-pages.mjs";
import { expect, test, waitForHydration } from "./fixtures";

/*
 * Keyboard use of every kind of page: the pages come from the export in out/ (one per route, see
 * scripts/site-pages.mjs), so pages added later are walked too. Each page is tabbed through from
 * the top with a visible focus ring required at every stop, then each control found on the way is
 * reached again with Tab alone and operated with keys, and must visibly do something.
 */

type Stop = {
  tag: string;
  role: string | null;
  type: string | null;
  name: string;
  /** How focus shows: "outline", "box-shadow", or why it does not. */
  ring: string;
  onScreen: boolean;
  /** What kind of control it is, for operating it; "link" and "other" are only walked. */
  kind: "select" | "date" | "text" | "checkbox" | "radio" | "slider" | "summary" | "button" | "tab" | "link" | "other";
  /** aria-disabled: focusable so focus is not lost when it becomes unavailable (Back on the first slide), and announced as unavailable. */
  unavailable: boolean;
};

/** The focused element, described in the page. Nothing when focus is on the body (past the end). */
function describeFocus(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement || el instanceof SVGElement) || el === document.body) return null;
    const style = getComputedStyle(el);
    const transparent = (color: string) => color === "transparent" || /rgba\(.*,\s*0\)$/.test(color);
    let ring = "none";
    if (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 1 && !transparent(style.outlineColor)) ring = "outline";
    else if (style.boxShadow !== "none") ring = "box-shadow";
    const rect = el.getBoundingClientRect();
    const onScreen = rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.right > 0 && rect.top < innerHeight && rect.left < innerWidth;
    const tag = el.tagName.toLowerCase();
    const role = el.getAttribute("role");
    const type = el.getAttribute("type");
    // a label wrapping its control also holds the control's own text (a select's options): leave that out
    const label = "labels" in el && el.labels instanceof NodeList && el.labels.length > 0 ? (el.labels[0]!.textContent ?? "").replace(el.textContent ?? "", "") : null;
    const name = (el.getAttribute("aria-label") ?? label ?? el.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 60);
    const kindOf = (): Stop["kind"] => {
      if (tag === "select") return "select";
      if (tag === "input" && ["date", "datetime-local", "month", "week", "time"].includes(type ?? "")) return "date";
      if ((tag === "input" && (type === "range" || type === "number")) || role === "slider") return "slider";
      if (tag === "input" && (type === "checkbox" || type === "radio")) return type;
      if (tag === "input" || tag === "textarea") return "text";
      if (role === "tab") return "tab";
      if (tag === "summary") return "summary";
      if (tag === "button" || role === "button") return "button";
      return tag === "a" ? "link" : "other";
    };
    const kind = kindOf();
    return { tag, role, type, name, ring, onScreen, kind, unavailable: el.getAttribute("aria-disabled") === "true" } as const;
  });
}

const same = (a: Stop | null, b: Stop | null) => !!a && !!b && a.tag === b.tag && a.role === b.role && a.type === b.type && a.name === b.name;


/** Loads a page with its side effects observable: DOM changes, and print, fullscreen and clipboard calls. */
async function open(page: Page, path: string) {
  await page.addInitScript(() => {
    const effects: string[] = [];
    Object.assign(window, { __effects: effects });
    new MutationObserver((records) => effects.push(`${records.length} mutations`)).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    window.print = () => void effects.push("print");
    Element.prototype.requestFullscreen = async () => void effects.push("fullscreen");
    if (navigator.clipboard) navigator.clipboard.writeText = async () => void effects.push("clipboard");
  });
  await page.goto(path);
  await waitForHydration(page);
  // charts below the fold draw when scrolled near and bring Tab stops of their own: bring each
  // into view once, so every walk on a fresh load meets the same stops
  for (const chart of await page.locator("[data-lazy-chart]").all()) await chart.scrollIntoViewIfNeeded();
  await expect(page.locator("[data-lazy-chart]:not(:has(.recharts-surface))")).toHaveCount(0);
  await page.evaluate(() => window.scrollTo(0, 0));
}

const MAX_STOPS = 600;

/** Tabs from the top of the page to its end, describing every stop. */
async function walk(page: Page): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < MAX_STOPS; i++) {
    await page.keyboard.press("Tab");
    const stop = await describeFocus(page);
    // past the last stop focus leaves the page (or, in some browsers, wraps to the first stop)
    if (!stop || (stops.length > 1 && same(stop, stops[0]!))) break;
    stops.push(stop);
  }
  return stops;
}

const pages = routeSamples(listPages());

test("the export in out/ has pages to walk", () => {
  expect(pages.length, "run `npm run build` before the browser tests").toBeGreaterThan(0);
});

for (const path of pages) {
  test(`${path}: every Tab stop shows a focus ring, and every control works from the keyboard`, async ({ page }) => {
    test.setTimeout(180_000);
    await open(page, path);
    const stops = await walk(page);
    expect(stops.length, "Tab reaches nothing").toBeGreaterThan(0);
    expect(stops.length, `more than ${MAX_STOPS} Tab stops: does focus cycle inside the page?`).toBeLessThan(MAX_STOPS);
    expect(stops[0]!.name, "the first Tab stop skips to the content").toBe("Skip to content");
    const unseen = stops.filter((stop) => stop.ring === "none" || !stop.onScreen).map((stop) => `${stop.tag} "${stop.name}" (${stop.ring}, ${stop.onScreen ? "on screen" : "off screen"})`);
    expect(unseen, "Tab stops without a visible focus ring").toEqual([]);

    // each control once, reached again by Tab alone on a fresh load, then operated with keys
    // a date field is several stops in a row (day, month, year, calendar button): operated once
    const controls = stops
      .map((stop, index) => ({ stop, index }))
      // a control that says it is unavailable is walked for its ring but not expected to act
      .filter(({ stop, index }) => !["link", "other"].includes(stop.kind) && !stop.unavailable && !(index > 0 && same(stops[index - 1]!, stop)));
    for (const { stop, index } of controls) {
      await test.step(`operate ${stop.kind} "${stop.name}"`, async () => {
        await page.goto("about:blank");
        await open(page, path);
        for (let i = 0; i <= index; i++) await page.keyboard.press("Tab");
        expect(same(await describeFocus(page), stop), `Tab ${index + 1} reaches ${stop.tag} "${stop.name}" again`).toBe(true);
        await operate(page, stop);
      });
    }
  });
}

/** Reads what a control shows: its value, its checked or open state, its slider position. */
function readControl(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return "";
    const details = el.tagName === "SUMMARY" ? el.parentElement : null;
    return JSON.stringify({
      value: "value" in el ? String(el.value) : null,
      checked: "checked" in el ? Boolean(el.checked) : null,
      open: details instanceof HTMLDetailsElement ? details.open : null,
      now: el.getAttribute("aria-valuenow"),
      selected: el.getAttribute("aria-selected"),
      url: location.href,
    });
  });
}

/** Presses the keys a control answers to, and checks that it answered. */
async function operate(page: Page, stop: Stop) {
  const before = await readControl(page);
  const tryKeys = async (keys: string[]) => {
    for (const key of keys) {
      await page.keyboard.press(key);
      if ((await readControl(page)) !== before) return true;
    }
    return false;
  };
  switch (stop.kind) {
    case "select":
    case "radio":
      expect(await tryKeys(["ArrowDown", "ArrowUp"]), `${stop.kind} "${stop.name}" changes with the arrow keys`).toBe(true);
      break;
    case "date":
      // the focused part of the date (month first) steps; a step out of range may be refused, so try both ways
      expect(await tryKeys(["ArrowDown", "ArrowUp", "ArrowUp"]), `date field "${stop.name}" changes with the arrow keys`).toBe(true);
      break;
    case "slider":
      expect(await tryKeys(["ArrowLeft", "ArrowRight", "Home", "End"]), `slider "${stop.name}" moves with the arrow keys`).toBe(true);
      break;
    case "text":
      expect(await tryKeys(["a"]), `text field "${stop.name}" takes typing`).toBe(true);
      break;
    case "checkbox":
      expect(await tryKeys([" "]), `checkbox "${stop.name}" toggles with Space`).toBe(true);
      break;
    case "summary":
      expect(await tryKeys(["Enter"]), `"${stop.name}" opens with Enter`).toBe(true);
      break;
    case "tab":
      expect(await tryKeys(["ArrowRight", "ArrowLeft"]), `tab "${stop.name}" moves with the arrow keys`).toBe(true);
      break;
    case "button": {
      const download = page.waitForEvent("download", { timeout: 2000 }).then(
        () => true,
        () => false,
      );
      await page.evaluate(() => (window as unknown as { __effects: string[] }).__effects.splice(0));
      await page.keyboard.press("Enter");
      const did = () => page.evaluate(() => (window as unknown as { __effects: string[] }).__effects.length > 0);
      // a button shows it worked by changing the page, the URL, or by printing, downloading, copying
      await expect.poll(async () => (await readControl(page)) !== before || (await did()) || (await download), { message: `button "${stop.name}" does something on Enter`, timeout: 5000 }).toBe(true);
      break;
    }
    default:
      break;
  }
  // focus stays on the page (a control that navigates takes it to the new page's body, which is fine)
  const after = await page.evaluate(() => ({ onBody: document.activeElement === document.body, url: location.pathname }));
  if (after.url === new URL(JSON.parse(before).url).pathname) expect(after.onBody, `focus is not lost after operating "${stop.name}"`).toBe(false);
}
