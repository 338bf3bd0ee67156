import actorsFile from "../../data/actors.json";
import disputesFile from "../../data/disputes.json";
import eventsFile from "../../data/events.json";
import issuesFile from "../../data/issues.json";
import positionsFile from "../../data/positions.json";
import statementsFile from "../../data/statements.json";
import { indexPositions } from "../../lib/analysis";
import { isOneSided } from "../../lib/disputes";
import { PositionSchema, type Dispute } from "../../lib/schema";
import { sequencingView } from "../../lib/sequencing";
import { describeDisputes } from "../../lib/view/disputes";
import { messages } from "../../lib/view/messages";
import { describeCollision, describeSequencing } from "../../lib/view/sequencing";
import { currentTo, expect, test, waitForHydration } from "./fixtures";

// the expectations come from the data and the same pure functions as the pages, so the tests follow the data
const disputes = (disputesFile as { disputes: Dispute[] }).disputes;
const nameOf = (id: string) => actorsFile.find((a) => a.id === id)?.name ?? id;
const titleOf = (id: string) => issuesFile.find((i) => i.id === id)?.title ?? id;
const statementOf = (id: string) => statementsFile.find((s) => s.id === id)!;
const positions = positionsFile.map((p) => PositionSchema.parse(p));
const istanbul = disputes.find((d) => d.about.documents.includes("ruua-2022-04-15-draft-treaty"))!;
const claim = disputes.find(isOneSided)!;

test.describe("the disputes page", () => {
  test("sets every dispute's accounts side by side in their own sourced words, and has no WCAG A/AA violations", async ({ page, makeAxeBuilder }) => {
    await page.goto("/disputes/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Disputed accounts: who says what was agreed");
    await expect(page.getByTestId("disputes-summary")).toHaveText(describeDisputes(disputes));
    await expect(page.getByRole("table", { name: /Every disputed account/ }).getByRole("row")).toHaveCount(disputes.length + 1);
    const card = page.locator(`article#${istanbul.id}`);
    for (const account of istanbul.accounts) {
      const side = card.getByRole("region", { name: messages.disputes.accountOf(nameOf(account.actor)) });
      await expect(side).toContainText(account.summary);
      // each statement the account rests on, with its speaker and a link to its own page
      for (const id of account.statements) await expect(side.locator(`a[href="/statements/${id}/"]`)).toHaveText(statementOf(id).speaker.name);
    }
    await expect(page.locator(`article#${claim.id}`)).toContainText(messages.disputes.oneSided);
    expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
  });

  test("marks the text, its clauses and its ledger verdicts with a link to the dispute", async ({ page }) => {
    await page.goto("/documents/ruua-2022-04-15-draft-treaty/");
    const header = page.locator("main header").first();
    await expect(header.getByTestId("dispute-mark").first()).toContainText(messages.disputes.mark);
    await expect(page.locator(`a[href="/disputes/#${istanbul.id}"]`).first()).toBeVisible();
    for (const clause of istanbul.about.provisions) await expect(page.locator(`[id="${clause}"]`).getByTestId("dispute-mark")).toContainText(istanbul.title);
    await page.goto("/ledger/");
    await waitForHydration(page);
    await expect(page.getByTestId("dispute-mark").first()).toBeVisible();
    await page.locator(`a[href="/disputes/#${istanbul.id}"]`).first().click();
    await expect(page).toHaveURL(`/disputes/#${istanbul.id}`);
  });

  test("marks a disputed event in the date control when the view is set to its day", async ({ page }) => {
    const event = istanbul.about.events[0]!;
    const date = eventsFile.find((e) => e.id === event)!.date;
    await page.goto(`/?date=${date}`);
    await waitForHydration(page);
    const mark = page.getByTestId("event-dispute-mark").first();
    await expect(mark).toContainText(istanbul.title);
    await expect(page.getByRole("combobox", { name: "Jump to event" }).first().locator("option", { hasText: `(${messages.disputes.mark.toLowerCase()})` }).first()).toBeAttached();
  });

  test("the deck gives each open dispute a slide whose reveal shows one account, then the other", async ({ page }) => {
    await page.goto(`/present/dispute-${istanbul.id}/?reveal=1`);
    await waitForHydration(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(istanbul.title);
    const first = page.getByRole("region", { name: messages.disputes.accountOf(nameOf("russia")) });
    const second = page.getByRole("region", { name: messages.disputes.accountOf(nameOf("ukraine")) });
    await expect(first).toBeHidden();
    await page.keyboard.press("PageDown");
    await expect(first).toBeVisible();
    await expect(second).toBeHidden();
    await page.keyboard.press("PageDown");
    await expect(second).toBeVisible();
    await expect(second).toContainText(istanbul.accounts.find((a) => a.actor === "ukraine")!.summary);
  });
});

test.describe("the sequencing view", () => {
  test("shows what each side wants first with its table twin, follows the date, and has no WCAG A/AA violations", async ({ page, makeAxeBuilder }) => {
    await page.goto("/sequencing/");
    await waitForHydration(page);
    const latest = sequencingView(indexPositions(positions), issuesFile.map((i) => i.id), "russia", "ukraine", currentTo);
    const figure = page.getByTestId("sequencing-chart");
    await expect(figure).toContainText(describeSequencing(latest, nameOf, titleOf));
    expect((await makeAxeBuilder().analyze()).violations).toEqual([]);

    await page.goto("/sequencing/?date=2025-06-03");
    await waitForHydration(page);
    const memoranda = sequencingView(indexPositions(positions), issuesFile.map((i) => i.id), "russia", "ukraine", "2025-06-03");
    await expect(figure).toContainText(describeSequencing(memoranda, nameOf, titleOf));
    const collisions = page.getByTestId("collisions");
    await expect(collisions.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3 }) })).toHaveCount(memoranda.collisions.length);
    const territory = memoranda.collisions.find((c) => c.issue === "territory")!;
    const card = collisions.getByRole("listitem").filter({ hasText: describeCollision(territory, nameOf, titleOf) });
    await expect(card).toBeVisible();
    // the statements that fix each side's stage, linked, once the page has fetched them
    const step = memoranda.a.steps.find((s) => s.issue === "territory")!;
    await expect(card.locator(`a[href="/statements/${step.evidence[0]}/"]`).first()).toBeVisible();
    // the table twin says the same, row by row
    await figure.getByText("The numbers behind this chart, as a table").click();
    await expect(figure.getByRole("row", { name: new RegExp(`^${titleOf("territory")}`) })).toContainText("yes");
  });

  test("is driven from the keyboard: the pair swaps and the summary follows", async ({ page }) => {
    await page.goto("/sequencing/");
    await waitForHydration(page);
    await page.getByRole("button", { name: /swap/i }).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/a=ukraine/);
    const swapped = sequencingView(indexPositions(positions), issuesFile.map((i) => i.id), "ukraine", "russia", currentTo);
    await expect(page.getByTestId("sequencing-chart")).toContainText(describeSequencing(swapped, nameOf, titleOf));
  });
});
