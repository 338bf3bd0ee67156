import statements from "../../data/statements.json";
import { expect, test, waitForHydration } from "./fixtures";

/* Quotes in the language of their source, with Parley's English beneath and marked as its own; the data current to its last statement. */

const polish = statements.find((s) => s.id === "russia-putin-rejects-mutual-long-range-halt-2026-06-29")!;
const lastDate = statements.map((s) => s.date).sort().at(-1)!;

test.describe("quotes in their own language", () => {
  test("a Polish quote reads as Polish, with the English rendering marked as Parley's translation", async ({ page, makeAxeBuilder }) => {
    await page.goto(`/statements/?q=${encodeURIComponent("potężniejsze")}`);
    await waitForHydration(page);
    await expect(page.getByTestId("result-count")).toContainText("1 of");
    const quote = page.locator('blockquote[lang="pl"]');
    await expect(quote).toHaveCount(1);
    await expect(quote).toContainText(polish.quote);
    const translation = page.getByTestId("quote-translation");
    await expect(translation).toContainText("Parley’s translation from Polish:");
    await expect(translation.locator('[lang="en"]')).toHaveText(`“${polish.quoteTranslation}”`);
    await expect(page.getByTestId("quote-note")).toContainText("TVP's Polish voice-over");
    expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
  });

  test("search finds a Polish quote by the words of its translation", async ({ page }) => {
    await page.goto(`/statements/?q=${encodeURIComponent("retaliatory strikes")}`);
    await waitForHydration(page);
    await expect(page.locator('blockquote[lang="pl"]').filter({ hasText: polish.quote })).toHaveCount(1);
  });

  test("an English quote is marked English and carries no translation", async ({ request }) => {
    const html = await (await request.get("/statements/")).text();
    expect(html).toContain('<blockquote lang="en"');
  });

  test("the footer says the data is current to the last statement and that nothing verifiable came after", async ({ page }) => {
    await page.goto("/");
    const footer = page.getByRole("contentinfo");
    await expect(footer.locator(`time[datetime="${lastDate}"]`)).toHaveText("10 October 2026");
    const after = footer.getByRole("link", { name: "nothing verifiable was found after it" });
    await expect(after).toHaveAttribute("href", "/methodology/#after-the-data");
    await after.click();
    await expect(page.locator("#after-the-data")).toContainText("Nothing verifiable was found after 10 October 2026");
  });

  test("the downloads carry the quote's language and translation in their own columns", async ({ request }) => {
    const csv = await (await request.get("/data/statements.csv")).text();
    const header = csv.replace(/^\uFEFF/, "").split("\r\n")[0]!.split(",");
    expect(header).toEqual(expect.arrayContaining(["quote", "quoteLanguage", "quoteTranslation", "quoteNote"]));
    const json = (await (await request.get("/data/statements.json")).json()) as { statements: { id: string; quoteLanguage: string; quoteTranslation: string }[] };
    expect(json.statements.find((s) => s.id === polish.id)).toMatchObject({ quoteLanguage: "pl", quoteTranslation: polish.quoteTranslation });
  });
});
