import { formatDate } from "../../lib/view/format";
import { messages } from "../../lib/view/messages";
import { defaultRange } from "../../lib/url/view-state";
import events from "../../data/events.json";
import positions from "../../data/positions.json";
import { currentTo, expect, test } from "./fixtures";

/*
 * Pages that need scripts for what a link asks say so to a reader without them: the prerendered
 * HTML shows the default view, so a ?date= link would otherwise show the defaults without a word.
 */

const permalink = messages.noscript.permalink(formatDate(currentTo), "Russia", "Ukraine");
const lastChange = positions.filter((p) => p.actor === "russia" || p.actor === "ukraine").map((p) => p.validFrom).sort().at(-1);
const range = defaultRange({ earliest: "2022-02-24", latest: currentTo, events, lastChange });
const notes: [string, string][] = [
  ["/?date=2024-06-14", permalink],
  ["/issues/ceasefire/?date=2024-06-14&a=united-states", permalink],
  ["/changes/?from=2024-06-14&to=2025-08-15", messages.noscript.changes(formatDate(range.from), formatDate(range.to), "Russia", "Ukraine")],
  ["/present/ceasefire/?date=2024-06-14", permalink],
  ["/import/", messages.noscript.import],
];

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  for (const [path, note] of notes) {
    test(`${path} says what it cannot do without scripts`, async ({ page }) => {
      await page.goto(path);
      // by test id: Playwright's text and role engines skip what a <noscript> holds
      const shown = page.getByTestId("noscript-note");
      await expect(shown).toBeVisible();
      await expect(shown).toHaveText(note);
    });
  }
});

test("with JavaScript the notes take no space and are not shown", async ({ page }) => {
  for (const [path, note] of notes) {
    await page.goto(path);
    await expect(page.getByTestId("noscript-note")).toBeHidden();
    expect(await page.content(), `${path} carries the note for readers without scripts`).toContain(note);
  }
});
