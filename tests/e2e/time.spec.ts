import events from "../../data/events.json";
import issues from "../../data/issues.json";
import positions from "../../data/positions.json";
import statements from "../../data/statements.json";
import { diff, indexPositions, snapshot } from "../../lib/analysis";
import type { Position } from "../../lib/schema";
import { formatDate } from "../../lib/view/format";
import { messages } from "../../lib/view/messages";
import { currentTo, expect, test, waitForHydration } from "./fixtures";

const index = indexPositions(positions as Position[]);
const latestEvent = [...events].sort((x, y) => (x.date < y.date ? -1 : 1)).at(-1)!;

test.describe("as-of date and permalinks", () => {
  test("a permalink with a date and a pair reproduces that view in a fresh browser", async ({ page, makeAxeBuilder }) => {
    await page.goto("/?date=2025-06-03&a=russia&b=ukraine");
    await expect(page.getByRole("heading", { name: "Where they stand on 3 June 2025" })).toBeVisible();
    await expect(page.getByRole("slider")).toHaveAttribute("aria-valuetext", /^3 June 2025/);
    const snap = snapshot(index, issues, "2025-06-03", "russia", "ukraine");
    await expect(page.getByTestId("spectrum-chart")).toContainText(`conflict on ${snap.counts.conflict}`);
    expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
  });

  test("an issue permalink reproduces its date", async ({ page }) => {
    await page.goto("/issues/territory/?date=2024-06-15");
    await expect(page.getByRole("heading", { name: "Coded positions on 15 June 2024" })).toBeVisible();
    await expect(page.getByTestId("issue-history")).toContainText("Territory over time");
  });

  test("invalid parameters show what was ignored and fall back to the defaults", async ({ page, makeAxeBuilder }) => {
    await page.goto("/?date=2099-01-01&a=atlantis&b=%3Cscript%3E");
    const notice = page.getByRole("status").filter({ hasText: "Part of the link was ignored" });
    await expect(notice).toContainText("Ignored date 2099-01-01");
    await expect(notice).toContainText('Ignored actor "atlantis"');
    await expect(page.getByRole("heading", { name: `Where they stand on ${formatDate(currentTo)}` })).toBeVisible();
    expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
  });

  test("a malformed date is named in the notice", async ({ page }) => {
    await page.goto("/issues/ceasefire/?date=2025-02-30");
    await expect(page.getByRole("status").filter({ hasText: "Part of the link" })).toContainText('Ignored date "2025-02-30": not a date');
  });

  test("the date control works by keyboard: arrows step between events, Home and End go to the ends", async ({ page }) => {
    await page.goto("/");
    await waitForHydration(page);
    const slider = page.getByRole("slider");
    await slider.focus();
    await page.keyboard.press("ArrowLeft");
    await expect(page).toHaveURL(new RegExp(`\\?date=${latestEvent.date}$`));
    await expect(slider).toHaveAttribute("aria-valuetext", new RegExp(latestEvent.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
    await page.keyboard.press("ArrowLeft");
    const previous = [...events].sort((x, y) => (x.date < y.date ? -1 : 1)).filter((e) => e.date < latestEvent.date).at(-1)!;
    await expect(page).toHaveURL(new RegExp(`date=${previous.date}`));
    await page.keyboard.press("Home");
    await expect(page.getByRole("heading", { name: /^Where they stand on 24 February 2022$/ })).toBeVisible();
    await page.keyboard.press("End");
    await expect(page).toHaveURL(/\/$/);
  });

  test("the date field accepts a typed date", async ({ page }) => {
    await page.goto("/");
    await waitForHydration(page);
    await page.getByLabel("Date", { exact: true }).fill("2024-12-20");
    await expect(page).toHaveURL(/date=2024-12-20/);
    await expect(page.getByRole("heading", { name: "Where they stand on 20 December 2024" })).toBeVisible();
  });

  test("any two actors can be compared, and the choice is in the URL", async ({ page, makeAxeBuilder }) => {
    await page.goto("/");
    await waitForHydration(page);
    await page.getByRole("combobox", { name: "Compare" }).selectOption("united-states");
    await expect(page).toHaveURL(/a=united-states&b=ukraine/);
    await expect(page.getByTestId("spectrum-chart")).toContainText("United States and Ukraine on every issue");
    await page.getByRole("button", { name: "Swap the two actors" }).click();
    await expect(page).toHaveURL(/a=ukraine&b=united-states/);
    expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
  });

  test("the issue history chart is in the prerendered HTML, with its table, and follows the date", async ({ page, request, makeAxeBuilder }) => {
    const html = await (await request.get("/issues/military-limits/")).text();
    expect(html).toContain('data-testid="issue-history-plot"');
    await page.goto("/issues/military-limits/");
    await waitForHydration(page);
    const chart = page.getByTestId("issue-history");
    const plot = chart.getByTestId("issue-history-plot");
    await expect(plot).toBeVisible();
    // the chosen-date line is the plot's last line: at the latest date it runs on the right edge
    const dateLine = plot.locator("line").last();
    await expect(dateLine).toHaveAttribute("x1", "100.000%");
    await page.getByLabel("Date", { exact: true }).fill("2024-06-14");
    await expect(dateLine).not.toHaveAttribute("x1", "100.000%");
    await chart.getByText("The numbers behind this chart, as a table").click();
    await expect(chart.getByRole("table")).toContainText("Russia asks for");
    expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
  });
});

test.describe("what changed", () => {
  test("lists the moves between the 14 June 2024 speech and the Alaska summit, with statements", async ({ page, makeAxeBuilder }) => {
    await page.goto("/changes/?from=2024-06-14&to=2025-08-15");
    const result = diff(index, issues, "2024-06-14", "2025-08-15", "russia", "ukraine");
    await expect(page.getByTestId("changes-summary")).toHaveText(
      new RegExp(`^Between 14 June 2024 and 15 August 2025: ${result.counts.toward} issues? moved toward agreement, ${result.counts.away} away`),
    );
    const territory = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Territory" }) });
    const moves = result.changes.find((c) => c.issue === "territory")!.moves;
    for (const move of moves) await expect(territory).toContainText(move.actor === "russia" ? "Russia" : "Ukraine");
    await expect(territory.getByRole("link", { name: /^Source/ }).first()).toHaveAttribute("href", /^https:\/\//);
    expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
  });

  test("opens on the latest movement of either side, to the latest date, and updates when a date changes", async ({ page }) => {
    await page.goto("/changes/");
    await waitForHydration(page);
    const lastChange = positions.filter((p) => p.actor === "russia" || p.actor === "ukraine").map((p) => p.validFrom).sort().at(-1)!;
    const to = statements.map((s) => s.date).sort().at(-1)!;
    const from = new Date(Date.parse(`${lastChange}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    await expect(page.getByLabel("From", { exact: true })).toHaveValue(from);
    await expect(page.getByLabel("To", { exact: true })).toHaveValue(to);
    await expect(page.getByTestId("changes-summary")).not.toContainText("neither");
    await page.getByLabel("From", { exact: true }).fill("2022-04-01");
    await expect(page).toHaveURL(new RegExp(`from=2022-04-01&to=${to}`));
    await expect(page.getByTestId("changes-summary")).toContainText("Between 1 April 2022");
  });
  test("a start after the end is swapped, and the page says so", async ({ page, makeAxeBuilder }) => {
    await page.goto("/changes/?from=2025-06-01&to=2024-01-01");
    await waitForHydration(page);
    await expect(page.getByRole("status").filter({ hasText: messages.notices.corrected })).toContainText(messages.notices.swappedDates);
    await expect(page.getByLabel("From", { exact: true })).toHaveValue("2024-01-01");
    await expect(page.getByLabel("To", { exact: true })).toHaveValue("2025-06-01");
    await expect(page.getByTestId("changes-summary")).toContainText("Between 1 January 2024 and 1 June 2025");
    expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
  });
});
