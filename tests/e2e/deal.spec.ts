import actorsFile from "../../data/actors.json";
import documentsFile from "../../data/documents.json";
import issuesFile from "../../data/issues.json";
import positionsFile from "../../data/positions.json";
import { indexPositions } from "../../lib/analysis";
import { judgeDeal, judgeText, toTextPackages } from "../../lib/deal";
import { toStances } from "../../lib/documents";
import { DocumentSchema, PositionSchema, ProvisionSchema } from "../../lib/schema";
import { describeDeal } from "../../lib/view/deal";
import { currentTo, expect, test, waitForHydration } from "./fixtures";

// the expectations come from the data and the same pure functions as the page
const index = indexPositions(positionsFile.map((p) => PositionSchema.parse(p)));
const nameOf = (id: string) => actorsFile.find((a) => a.id === id)!.name;
const titleOf = (id: string) => issuesFile.find((i) => i.id === id)!.title;
const expected = (picks: Record<string, number>, date = currentTo) => describeDeal(judgeDeal(index, issuesFile, new Map(Object.entries(picks)), "russia", "ukraine", date), nameOf("russia"), nameOf("ukraine"), titleOf);
const texts = toTextPackages(toStances(documentsFile.documents.map((d) => DocumentSchema.parse(d)), documentsFile.provisions.map((p) => ProvisionSchema.parse(p))));

test("a package from a link is judged issue by issue for both sides, and the page has no WCAG A/AA violations", async ({ page, makeAxeBuilder }) => {
  await page.goto("/deal/?deal=ceasefire.2~territory.3");
  await waitForHydration(page);
  await expect(page.getByTestId("deal-summary")).toHaveText(expected({ ceasefire: 2, territory: 3 }));
  await expect(page.getByRole("combobox", { name: "Ceasefire", exact: true })).toHaveValue("2");
  expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
});

test("the keyboard alone builds a package, which lands in the address, and a clicker's Page Down moves to the next issue", async ({ page }) => {
  await page.goto("/deal/");
  await waitForHydration(page);
  const ceasefire = page.getByRole("combobox", { name: "Ceasefire", exact: true });
  await ceasefire.focus();
  await ceasefire.selectOption("3");
  await expect(page).toHaveURL(/deal=ceasefire\.3/);
  await page.keyboard.press("PageDown");
  const second = page.getByRole("combobox", { name: issuesFile[1]!.title, exact: true });
  await expect(second).toBeFocused();
  await second.selectOption("0");
  await expect(page.getByTestId("deal-summary")).toHaveText(expected({ ceasefire: 3, [issuesFile[1]!.id]: 0 }));
});

test("the reveal shows which real texts were within both sides' ranges on the class's issues", async ({ page }) => {
  await page.goto("/deal/?deal=ceasefire.2&reveal=1");
  await waitForHydration(page);
  const reveal = page.getByTestId("deal-reveal");
  const judged = texts.map((t) => judgeText(index, issuesFile, t, "russia", "ukraine", new Set(["ceasefire"]))).filter((v) => v.rows.length > 0);
  await expect(reveal.locator("[data-document]")).toHaveCount(judged.length);
  for (const v of judged) await expect(reveal.locator(`[data-document="${v.document}"]`)).toHaveAttribute("data-passes", String(v.passes));
  await page.getByRole("button", { name: "Reveal what the real texts chose" }).click();
  await expect(reveal).toBeHidden();
  await expect(page).not.toHaveURL(/reveal=1/);
});

test("the glossary sets each side's words side by side, each linked to a statement that says it, with no WCAG A/AA violations", async ({ page, makeAxeBuilder }) => {
  const glossary = (await import("../../data/glossary.json", { with: { type: "json" } })).default;
  await page.goto("/glossary/");
  await expect(page.getByRole("heading", { level: 2 })).toHaveCount(glossary.length);
  const first = glossary[0]!;
  const section = page.locator(`section#${first.id}`);
  await expect(section).toContainText(first.definition);
  for (const usage of first.usages) await expect(section).toContainText(`“${usage.term}”`);
  await expect(section.locator(`a[href="/statements/${first.usages[0]!.statements[0]}/"]`)).toBeVisible();
  expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
});

const countPages = (pdf: Buffer) => (pdf.toString("latin1").match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;

test("every issue's worksheet and its answer page print as one page each on A4 and on Letter, dated, versioned and addressed", async ({ page, makeAxeBuilder }) => {
  for (const { id } of issuesFile) {
    await page.goto(`/worksheets/${id}/`);
    for (const format of ["A4", "Letter"]) expect(countPages(await page.pdf({ format })), `${id} on ${format}`).toBe(2);
  }
  const sheet = page.getByTestId("worksheet");
  await expect(sheet.getByRole("listitem").filter({ hasText: "?" })).toHaveCount(3);
  await expect(sheet.getByTestId("sourcing-questions").first()).toContainText("How does the source know?");
  await expect(sheet).toContainText(/dataset version \d{4}-\d{2}-\d{2}\.r\d+ · https:\/\/.+\/worksheets\//);
  await expect(page.getByTestId("answer-page")).toContainText("asks for");
  expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
});
