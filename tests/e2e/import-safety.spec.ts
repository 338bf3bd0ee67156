import { readFileSync } from "node:fs";
import Papa from "papaparse";
import positions from "../../data/positions.json";
import statements from "../../data/statements.json";
import { expect, test, waitForHydration } from "./fixtures";
import type { Page } from "@playwright/test";

/* Issue 15 in the browser: an analyst's import is never lost or misread, and nothing replaces or removes it without a yes. */

const STORAGE_KEY = "parley:import:v1";
const file = (name: string, text: string) => ({ name, mimeType: name.endsWith(".json") ? "application/json" : "text/csv", buffer: Buffer.from(text, "utf8") });

async function importFile(page: Page, upload: ReturnType<typeof file>) {
  await page.goto("/import/");
  await waitForHydration(page);
  await page.getByLabel("File", { exact: true }).setInputFiles(upload);
  await page.getByRole("button", { name: "Check and import" }).click();
}

const myStatement = (id: string, url: string) => ({ ...statements[0]!, id, summary: `An analyst's own statement ${id}.`, source: { ...statements[0]!.source, url } });

test.describe("imports that are never lost", () => {
  test("a link the importer accepts in an odd form survives a reload, and every view reads the import", async ({ page }) => {
    await importFile(page, file("mine.json", JSON.stringify([myStatement("mine-odd-link", "HTTPS://Example.org/Report")])));
    await expect(page.getByRole("status").filter({ hasText: "Imported 1 statement from mine.json" })).toBeVisible();
    await page.goto("/statements/?q=analyst");
    await waitForHydration(page);
    await expect(page.getByTestId("imported-data-banner")).toBeVisible();
    await expect(page.locator('a[href="https://example.org/Report"]')).toHaveCount(1);
    await page.goto("/import/");
    await waitForHydration(page);
    await expect(page.getByTestId("current-import")).toContainText("1 statement from mine.json");
  });

  test("an unreadable stored import says what is wrong, can be downloaded as it is, and is removed only on a yes", async ({ page, makeAxeBuilder }) => {
    const broken = JSON.stringify({ format: 1, mode: "merge", baseVersion: "x", statements: { fileName: "old.json", importedAt: "2026-11-01T00:00:00Z", records: [{ ...myStatement("mine-bad", "javascript:alert(1)") }] } });
    await page.addInitScript(([key, value]) => {
      if (!sessionStorage.getItem("seeded")) {
        localStorage.setItem(key!, value!);
        sessionStorage.setItem("seeded", "1");
      }
    }, [STORAGE_KEY, broken]);
    await page.goto("/import/");
    await waitForHydration(page);
    const panel = page.getByTestId("unreadable-import");
    await expect(panel.getByRole("list", { name: "What cannot be read" })).toContainText('statements record 1 (id "mine-bad"), field source.url: expected an https:// link');
    const download = page.waitForEvent("download");
    await panel.getByRole("button", { name: "Download it as it is" }).click();
    expect(readFileSync(await (await download).path(), "utf8")).toBe(broken);
    expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
    await panel.getByRole("button", { name: "Remove it" }).click();
    await panel.getByRole("button", { name: "Keep it" }).click();
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(broken);
    await panel.getByRole("button", { name: "Remove it" }).click();
    await panel.getByRole("button", { name: "Yes, remove it" }).click();
    await expect(page.getByText("Removed. Every view shows Parley’s own data again.")).toBeVisible();
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();
  });

  test("a header-only file is nothing to import and leaves the earlier import as it was", async ({ page }) => {
    await importFile(page, file("mine.json", JSON.stringify([myStatement("mine-kept", "https://example.org/kept")])));
    await expect(page.getByRole("status").filter({ hasText: "Imported 1 statement" })).toBeVisible();
    const csv = await (await page.request.get("/data/statements.csv")).text();
    await importFile(page, file("empty.csv", csv.split("\r\n")[0]!));
    const alert = page.getByTestId("import-result").getByRole("alert");
    await expect(alert).toContainText("Nothing to import: the file holds no records.");
    await expect(alert).toContainText("Your earlier import is unchanged.");
    await expect(page.getByTestId("current-import")).toContainText("from mine.json");
  });

  test("replacing an earlier import asks first and says what it replaces", async ({ page }) => {
    const csv = await (await page.request.get("/data/positions.csv")).text();
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    await importFile(page, file("first.csv", Papa.unparse(rows)));
    await expect(page.getByRole("status").filter({ hasText: `Imported ${positions.length} positions from first.csv` })).toBeVisible();
    await importFile(page, file("second.csv", Papa.unparse(rows.slice(0, 5))));
    const ask = page.getByRole("alertdialog");
    await expect(ask).toContainText("This file replaces part of your earlier import. Replace it?");
    await expect(ask).toContainText(`your ${positions.length} positions from first.csv`);
    await ask.getByRole("button", { name: "No, keep my earlier import" }).click();
    await expect(page.getByTestId("current-import")).toContainText(`${positions.length} positions from first.csv`);
    await importFile(page, file("second.csv", Papa.unparse(rows.slice(0, 5))));
    await page.getByRole("alertdialog").getByRole("button", { name: "Yes, replace it" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Imported 5 positions from second.csv" })).toBeVisible();
    await expect(page.getByTestId("current-import")).toContainText("5 positions from second.csv");
  });
});
