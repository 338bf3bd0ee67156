import actorsFile from "../../data/actors.json";
import documentsFile from "../../data/documents.json";
import issuesFile from "../../data/issues.json";
import positionsFile from "../../data/positions.json";
import { DEFAULT_PAIR } from "../../lib/actors";
import { indexPositions } from "../../lib/analysis";
import { sortByDate } from "../../lib/documents";
import { bestOf, closestTexts, toLedger } from "../../lib/ledger";
import { DocumentSchema, IssueSchema, PositionSchema, ProvisionSchema } from "../../lib/schema";
import { describeLedger, formatVerdict, toLedgerView, toPairLedger, verdictIn } from "../../lib/view/ledger";
import { expect, test, waitForHydration } from "./fixtures";
import { pageMessages } from "../../lib/view/page-messages";

// the expectations come from the data and the same pure rules as the page, so the test follows the data
const documents = documentsFile.documents.map((d) => DocumentSchema.parse(d));
const provisions = documentsFile.provisions.map((p) => ProvisionSchema.parse(p));
const issues = issuesFile.map((i) => IssueSchema.parse(i));
const positions = positionsFile.map((p) => PositionSchema.parse(p));
const coded = new Set(positions.map((p) => p.actor));
const sides = [...DEFAULT_PAIR, ...actorsFile.filter((a) => coded.has(a.id) && !DEFAULT_PAIR.some((id) => id === a.id)).map((a) => a.id)];
const ledger = toLedger(documents, provisions, issues, indexPositions(positions), sides);
const view = toLedgerView(ledger, documents, issues);
const nameOf = (id: string) => actorsFile.find((a) => a.id === id)!.name;
const shortOf = (id: string) => actorsFile.find((a) => a.id === id)!.shortName;
const rowsOf = (kind: string) => view.rows.filter((row) => kind === "" || row.document.kind === kind);
const summaryFor = (a: string, b: string, kind = "") => {
  const rows = rowsOf(kind);
  return describeLedger(rows, closestTexts(toPairLedger(view.issues, rows, a, b)), nameOf(a), nameOf(b), kind);
};
const cellOf = (document: string, issue: string) => view.rows.find((r) => r.document.id === document)!.cells.find((c) => c.issue === issue);
const wordOf = (document: string, issue: string, side: string) => formatVerdict(verdictIn(cellOf(document, issue), side)).word;

const PLAN = "us-2025-11-20-28-point-plan";
const planDate = documents.find((d) => d.id === PLAN)!.date;

test.describe("the red-line ledger", () => {
  test("lists every text in date order with both sides' verdicts, sums them up, and has no WCAG A/AA violations", async ({ page, makeAxeBuilder }) => {
    await page.goto("/ledger/");
    await waitForHydration(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Red-line ledger: which texts crossed what each side could live with");
    await expect(page.getByRole("status").filter({ hasText: "within their ranges" })).toHaveText(summaryFor("russia", "ukraine"));
    const table = page.getByRole("region", { name: "Red-line ledger, texts by issues (scrolls sideways)" }).getByRole("table");
    await expect(table.getByRole("row")).toHaveCount(documents.length + 1);
    expect(await table.getByRole("rowheader").getByRole("link").allTextContents()).toEqual(sortByDate(documents).map((d) => d.shortTitle));
    for (const issue of ["territory", "accountability", "talks-format"]) {
      const cell = table.locator(`tr[data-document="${PLAN}"] td[data-issue="${issue}"]`);
      await expect(cell).toContainText(wordOf(PLAN, issue, "russia"));
      await expect(cell).toContainText(wordOf(PLAN, issue, "ukraine"));
    }
    // the closest texts, per issue and overall, as the same ranking names them
    const closest = closestTexts(toPairLedger(view.issues, view.rows, "russia", "ukraine"));
    const first = documents.find((d) => d.id === closest.overall[0]!.document)!;
    await expect(page.getByRole("list", { name: "Overall" }).getByRole("listitem").first()).toContainText(first.shortTitle);
    const perIssue = page.getByRole("table", { name: "The texts closest to both sides on each issue" });
    for (const { issue, ranked } of closest.byIssue) {
      const row = perIssue.getByRole("row").filter({ has: page.getByRole("rowheader", { name: issues.find((i) => i.id === issue)!.title, exact: true }) });
      const best = bestOf(ranked);
      if (best.length === 0) await expect(row).toContainText("No text judged for both sides");
      else for (const c of best) await expect(row.getByRole("link", { name: documents.find((d) => d.id === c.document)!.shortTitle, exact: true })).toBeVisible();
    }
    expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
  });

  test("a cell links to its clause, whose anchor exists on the text's page, and to the positions it was judged against", async ({ page }) => {
    const cell = cellOf(PLAN, "territory")!;
    await page.goto("/ledger/");
    await waitForHydration(page);
    const td = page.locator(`tr[data-document="${PLAN}"] td[data-issue="territory"]`);
    await expect(td.getByRole("link", { name: /^positions/ })).toHaveAttribute("href", `/issues/territory/?date=${planDate}`);
    const clause = td.getByRole("link", { name: /clause/ });
    await expect(clause).toHaveAttribute("href", `/documents/${PLAN}/#${cell.provision}`);
    await clause.click();
    await page.waitForURL(new RegExp(`/documents/${PLAN}/#${cell.provision}$`));
    const article = page.locator(`article[id="${cell.provision}"]`);
    await expect(article).toHaveAttribute("data-provision", cell.provision!);
    await expect(article).toBeInViewport();
  });

  test("the pair and the kind of text are chosen by keyboard, go into the URL and survive a reload", async ({ page }) => {
    await page.goto("/ledger/");
    await waitForHydration(page);
    const kind = page.getByRole("combobox", { name: /^Kind of text/ });
    await kind.focus();
    // the options follow the order of messages.documents.kind, the first after "All kinds" being draft treaties
    await page.keyboard.press("ArrowDown");
    await page.waitForURL(/\?kind=draft-treaty$/);
    const table = page.getByRole("region", { name: "Red-line ledger, texts by issues (scrolls sideways)" }).getByRole("table");
    await expect(table.getByRole("row")).toHaveCount(rowsOf("draft-treaty").length + 1);
    const other = page.getByRole("combobox", { name: /^with/ });
    await other.focus();
    // Ukraine, then the next coded side
    await page.keyboard.press("ArrowDown");
    const b = sides[2]!;
    await page.waitForURL(new RegExp(`\\?a=russia&b=${b}&kind=draft-treaty$`));
    await expect(page.getByRole("status").filter({ hasText: "within their ranges" })).toHaveText(summaryFor("russia", b, "draft-treaty"));
    await page.getByRole("button", { name: "Swap the two actors" }).focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(new RegExp(`\\?a=${b}&b=russia&kind=draft-treaty$`));
    await page.reload();
    await waitForHydration(page);
    await expect(page.getByRole("combobox", { name: /^Compare/ })).toHaveValue(b);
    await expect(other).toHaveValue("russia");
    await expect(kind).toHaveValue("draft-treaty");
    await expect(page.getByRole("status").filter({ hasText: "within their ranges" })).toHaveText(summaryFor(b, "russia", "draft-treaty"));
    // every cell a draft treaty places names the chosen sides, the first one first
    const treaty = rowsOf("draft-treaty")[0]!;
    const placed = treaty.cells.find((c) => c.verdicts[b])!;
    await expect(table.locator(`tr[data-document="${treaty.document.id}"] td[data-issue="${placed.issue}"]`)).toContainText(new RegExp(`^${shortOf(b)}.*Russia`));
  });

  test("reads a link's filters and says what it ignored", async ({ page }) => {
    await page.goto("/ledger/?a=atlantis&kind=novel");
    await waitForHydration(page);
    await expect(page.getByText('Ignored actor "atlantis"')).toBeVisible();
    await expect(page.getByText('Ignored kind "novel"')).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "within their ranges" })).toHaveText(summaryFor("russia", "ukraine"));
  });

  test("on a phone the wide table scrolls inside its labelled region, not the page", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/ledger/");
    await waitForHydration(page);
    const region = page.getByRole("region", { name: "Red-line ledger, texts by issues (scrolls sideways)" });
    await region.focus();
    await expect(region).toBeFocused();
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });
});

test.describe("the red-line ledger without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("shows every text for the default pair and says a link's filters need scripts", async ({ page }) => {
    await page.goto("/ledger/?a=europe&kind=plan");
    // by test id: Playwright's text and role engines skip what a <noscript> holds
    await expect(page.getByTestId("noscript-note")).toHaveText(pageMessages.ledger.noscript);
    const table = page.getByRole("region", { name: "Red-line ledger, texts by issues (scrolls sideways)" }).getByRole("table");
    await expect(table.getByRole("row")).toHaveCount(documents.length + 1);
  });
});

test.describe("the ledger on the document and issue pages", () => {
  test("the 28-point plan's page has its row of the ledger and an anchor for every clause", async ({ page, makeAxeBuilder }) => {
    await page.goto(`/documents/${PLAN}/`);
    await waitForHydration(page);
    const section = page.locator("section#red-lines");
    await expect(section.getByRole("heading", { level: 2 })).toHaveText("Red lines: did the text cross what each side could live with?");
    const row = view.rows.find((r) => r.document.id === PLAN)!;
    await expect(section.getByRole("table").getByRole("row")).toHaveCount(row.cells.length + 1);
    for (const cell of row.cells) {
      const line = section.locator(`tr[data-ledger-line="${cell.issue}"]`);
      await expect(line).toContainText(wordOf(PLAN, cell.issue, "russia"));
      await expect(line).toContainText(wordOf(PLAN, cell.issue, "ukraine"));
    }
    for (const p of provisions.filter((x) => x.document === PLAN)) await expect(page.locator(`article[id="${p.id}"]`)).toHaveCount(1);
    await expect(section.getByRole("link", { name: /The whole red-line ledger/ })).toHaveAttribute("href", "/ledger/");
    expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
  });

  test("each issue page has its column of the ledger and names the closest texts", async ({ page, makeAxeBuilder }) => {
    const issue = "humanitarian";
    await page.goto(`/issues/${issue}/`);
    await waitForHydration(page);
    const section = page.locator("section#red-lines");
    await expect(section.getByRole("heading", { level: 2 })).toHaveText("Red lines: which texts crossed what each side could live with");
    const withCell = view.rows.filter((r) => r.cells.some((c) => c.issue === issue));
    await expect(section.getByRole("table").getByRole("row")).toHaveCount(withCell.length + 1);
    const best = bestOf(closestTexts(ledger, "russia", "ukraine").byIssue.find((c) => c.issue === issue)!.ranked);
    for (const c of best) await expect(section).toContainText(documents.find((d) => d.id === c.document)!.shortTitle);
    expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
  });

  test("a clause's Copy link puts its permalink on the clipboard and says so", async ({ page, baseURL }) => {
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    const p = provisions.find((x) => x.document === PLAN && x.issue === "territory")!;
    await page.goto(`/documents/${PLAN}/`);
    await waitForHydration(page);
    const article = page.locator(`article[id="${p.id}"]`);
    await article.getByRole("button", { name: /^Copy link to / }).click();
    await expect(article.getByRole("status")).toHaveText("Link copied.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(`documents/${PLAN}/#${p.id}`, baseURL).href);
  });

  test("without a clipboard, Copy link shows the address selected, to copy by hand", async ({ page, baseURL }) => {
    await page.addInitScript(() => Object.defineProperty(navigator, "clipboard", { value: undefined }));
    const p = provisions.find((x) => x.document === PLAN && x.issue === "territory")!;
    await page.goto(`/documents/${PLAN}/`);
    await waitForHydration(page);
    const article = page.locator(`article[id="${p.id}"]`);
    await article.getByRole("button", { name: /^Copy link to / }).press("Enter");
    await expect(article.getByRole("status")).toHaveText("Copy this address:");
    const field = article.getByRole("textbox", { name: /^Address of / });
    await expect(field).toHaveValue(new URL(`documents/${PLAN}/#${p.id}`, baseURL).href);
    await expect(field).toBeFocused();
  });

  test("the cross-walk links each clause to its permalink on its text's page", async ({ page }) => {
    await page.goto("/documents/crosswalk/?issue=territory");
    await waitForHydration(page);
    const p = provisions.find((x) => x.document === PLAN && x.issue === "territory")!;
    await expect(page.locator(`article[data-provision="${p.id}"]`).getByRole("link", { name: /^On its text's page/ })).toHaveAttribute("href", `/documents/${PLAN}/#${p.id}`);
  });
});
