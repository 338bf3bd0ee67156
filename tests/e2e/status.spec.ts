import actors from "../../data/actors.json";
import issues from "../../data/issues.json";
import positions from "../../data/positions.json";
import { indexPositions } from "../../lib/analysis";
import type { Position } from "../../lib/schema";
import { issueStatus, STALL_DAYS, STATUS_WINDOW_DAYS, statusByMonth } from "../../lib/status";
import { toStatusNote } from "../../lib/view/status";
import { currentTo, expect, test, waitForHydration } from "./fixtures";

// the expectations come from the data and the same pure rules, so the test follows the data
const all = positions as Position[];
const index = indexPositions(all);
const nameOf = (id: string) => actors.find((actor) => actor.id === id)?.name ?? id;
const noteOf = (issue: (typeof issues)[number], date: string) => toStatusNote(issueStatus(index, issue, "russia", "ukraine", date), nameOf);
// every dated view's time axis starts on the first coded position (lib/server/time-context.ts)
const earliest = all.reduce((first, p) => (p.validFrom < first ? p.validFrom : first), "9999-12-31");
const monthsOf = (issue: (typeof issues)[number]) => statusByMonth(index, issue, "russia", "ukraine", earliest, currentTo);
const TABLE = "The numbers behind this chart, as a table";

for (const date of [currentTo, "2025-06-03"]) {
  const query = date === currentTo ? "" : `?date=${date}`;

  test(`the overview shows every issue's status and its reason on ${date}, and a month-by-month strip`, async ({ page, makeAxeBuilder }) => {
    await page.goto(`/${query}`);
    await waitForHydration(page);
    const chart = page.getByTestId("spectrum-chart");
    await expect(chart.getByTestId("status-mark")).toHaveCount(issues.length);
    for (const issue of issues) {
      const note = noteOf(issue, date);
      const row = chart.getByRole("listitem").filter({ has: page.getByRole("link", { name: issue.title, exact: true }) });
      const mark = row.getByTestId("status-mark");
      await expect(mark).toHaveAttribute("data-status", note.code);
      await expect(mark).toContainText(note.word);
      await expect(mark.getByTestId("status-reason")).toHaveText(note.reason);
    }
    const strip = page.getByTestId("status-strip");
    await strip.getByText(TABLE).click();
    const table = strip.getByRole("table");
    const months = monthsOf(issues[0]!);
    // a head row, then one row per month
    await expect(table.getByRole("row")).toHaveCount(months.length + 1);
    await expect(table.getByRole("columnheader")).toHaveText(["Month", ...issues.map((issue) => issue.title)]);
    // the last month's row: each issue's status at the end of the data, in the issues' order
    await expect(table.getByRole("row").last().getByRole("cell")).toHaveText(issues.map((issue) => toStatusNote(monthsOf(issue).at(-1)!.status, nameOf).word));
    expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
  });

  for (const issue of issues) {
    test(`issue "${issue.id}" shows its status and reason on ${date}, and its strip has one table row per month`, async ({ page, makeAxeBuilder }) => {
      // each page also carries its cross-walk of the texts; axe's contrast checks on it need more time on a busy machine
      test.slow();
      await page.goto(`/issues/${issue.id}/${query}`);
      await waitForHydration(page);
      const note = noteOf(issue, date);
      const mark = page.getByTestId("spectrum-chart").getByTestId("status-mark");
      await expect(mark).toHaveAttribute("data-status", note.code);
      await expect(mark).toContainText(note.word);
      await expect(mark.getByTestId("status-reason")).toHaveText(note.reason);
      const strip = page.getByTestId("status-strip");
      await strip.getByText(TABLE).click();
      const table = strip.getByRole("table");
      const months = monthsOf(issue);
      await expect(table.getByRole("row")).toHaveCount(months.length + 1);
      // the month the date falls in: its status at the month's end, and why
      const month = months.find((m) => m.month === date.slice(0, 7))!;
      const monthNote = toStatusNote(month.status, nameOf);
      const monthRow = table.getByRole("row").filter({ has: page.locator(`time[datetime="${month.month}"]`) });
      await expect(monthRow.getByRole("cell")).toHaveText([new RegExp(`${monthNote.word}$`), monthNote.reason]);
      expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
    });
  }
}

test("the deck's issue slide shows the status and its reason under the verdict", async ({ page }) => {
  const issue = issues[0]!;
  const note = noteOf(issue, currentTo);
  await page.goto(`/present/${issue.id}/`);
  await waitForHydration(page);
  const mark = page.getByTestId("slide").getByTestId("status-mark");
  await expect(mark).toBeVisible();
  await expect(mark).toHaveAttribute("data-status", note.code);
  await expect(mark).toContainText(note.word);
  await expect(mark).toContainText(note.reason);
});

test("the methodology prints the status rules", async ({ page, makeAxeBuilder }) => {
  await page.goto("/methodology/#status");
  const section = page.getByRole("region", { name: "How an issue’s status is read" });
  await expect(section.getByRole("listitem")).toHaveCount(6);
  await expect(section).toContainText(`last ${STATUS_WINDOW_DAYS} days`);
  await expect(section).toContainText(`last ${STALL_DAYS} days`);
  await expect(section.getByTestId("status-example")).toContainText("So the status is");
  expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
});

test("the printed handout of an issue gives its status with the move that decided it", async ({ page }) => {
  const issue = issues[0]!;
  const note = noteOf(issue, currentTo);
  await page.goto(`/issues/${issue.id}/`);
  await waitForHydration(page);
  await page.emulateMedia({ media: "print" });
  const line = page.locator("[data-handout]").getByTestId("handout-status");
  await expect(line).toContainText(note.word);
  await expect(line).toContainText(note.reason);
});
