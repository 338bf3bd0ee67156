import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import issues from "../../data/issues.json";
import positions from "../../data/positions.json";
import statements from "../../data/statements.json";
import { expect, test, waitForHydration } from "./fixtures";
import type { Page } from "@playwright/test";

const fixtures = path.resolve("tests", "fixtures", "import"); // Playwright runs from the project root
const CURRENT_TO = statements.reduce((last, s) => (s.date > last ? s.date : last), "");

/** Ukraine's and Russia's positions in force on the last day, for an issue where they conflict. */
function conflictToResolve() {
  const inForce = (actor: string, issue: string) =>
    positions.filter((p) => p.actor === actor && p.issue === issue && p.validFrom <= CURRENT_TO).sort((x, y) => (x.validFrom < y.validFrom ? 1 : -1))[0];
  for (const issue of issues) {
    const ru = inForce("russia", issue.id);
    const ua = inForce("ukraine", issue.id);
    if (ru && ua && Math.max(ru.acceptable[0]!, ua.acceptable[0]!) > Math.min(ru.acceptable[1]!, ua.acceptable[1]!)) return { ru, ua };
  }
  throw new Error("no conflict to resolve in the data");
}

/** The overview's one-sentence summary: "… conflict on N". */
async function conflictCount(page: Page) {
  const caption = await page.getByTestId("spectrum-chart").locator("figcaption").textContent();
  return Number(/conflict on (\d+)/.exec(caption ?? "")![1]);
}

async function importFile(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }, mode: "Merge" | "Replace" = "Merge") {
  await page.goto("/import/");
  await waitForHydration(page);
  await page.getByRole("radio", { name: new RegExp(`^${mode}`) }).check();
  await page.getByLabel("File", { exact: true }).setInputFiles(file);
  await page.getByRole("button", { name: "Check and import" }).click();
}

/** An edited copy of positions.csv, as an analyst would save it from a spreadsheet: Ukraine could now live with Russia's ask. */
async function editedPositionsCsv(page: Page) {
  const csv = await (await page.request.get("/data/positions.csv")).text();
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  const { ru, ua } = conflictToResolve();
  const row = parsed.data.find((r) => r.id === ua.id)!;
  row["acceptable.low"] = String(Math.min(ua.acceptable[0]!, ru.acceptable[0]!));
  row["acceptable.high"] = String(Math.max(ua.acceptable[1]!, ru.acceptable[1]!));
  return { name: "positions-edited.csv", mimeType: "text/csv", buffer: Buffer.from(Papa.unparse(parsed.data), "utf8") };
}

test.describe("import", () => {
  test("the import page has no WCAG A/AA violations", async ({ page, makeAxeBuilder }) => {
    await page.goto("/import/");
    await waitForHydration(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Import your data");
    await expect(page.getByText("Nothing imported: every view shows Parley’s own data.")).toBeVisible();
    expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
  });

  test("an edited positions.csv changes the overview, is marked, survives a reload, exports again and can be removed", async ({ page }) => {
    await page.goto("/");
    await waitForHydration(page);
    const before = await conflictCount(page);
    await expect(page.getByTestId("imported-data-banner")).toHaveCount(0);

    await importFile(page, await editedPositionsCsv(page));
    await expect(page.getByRole("status").filter({ hasText: `Imported ${positions.length} positions from positions-edited.csv` })).toBeVisible();

    await page.goto("/");

    await waitForHydration(page);
    await expect(page.getByTestId("imported-data-banner")).toContainText(`Including your imported data: ${positions.length} positions`);
    await expect.poll(() => conflictCount(page)).toBe(before - 1);
    await page.reload();
    await expect(page.getByTestId("imported-data-banner")).toBeVisible();
    await expect.poll(() => conflictCount(page)).toBe(before - 1);

    const { ua } = conflictToResolve();
    await page.goto(`/issues/${ua.issue}/`);
    await waitForHydration(page);
    await expect(page.getByTestId("imported-data-banner")).toBeVisible();

    await page.goto("/import/");

    await waitForHydration(page);
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download my import (JSON)" }).click();
    const exported = JSON.parse(readFileSync(await (await download).path(), "utf8"));
    expect(exported.positions).toHaveLength(positions.length);

    await page.getByRole("button", { name: "Remove my imported data" }).click();
    await page.getByRole("button", { name: "Yes, remove it" }).click();
    await expect(page.getByText("Removed. Every view shows Parley’s own data again.")).toBeVisible();
    await page.goto("/");
    await waitForHydration(page);
    await expect(page.getByTestId("imported-data-banner")).toHaveCount(0);
    expect(await conflictCount(page)).toBe(before);
  });

  test("an edited statement shows in the explorer with the mark", async ({ page }) => {
    const edited = { ...statements[0]!, summary: "Palimpsest: an analyst's corrected summary of the televised address." };
    await importFile(page, { name: "mine.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ statements: [edited] })) });
    await expect(page.getByRole("status").filter({ hasText: "Imported 1 statement from mine.json" })).toBeVisible();
    await page.goto("/statements/?q=palimpsest");
    await waitForHydration(page);
    await expect(page.getByTestId("imported-data-banner")).toBeVisible();
    await expect(page.getByTestId("result-count")).toHaveText(`1 of ${statements.length} statements matching “palimpsest”`);
    await page.goto(`/issues/${edited.issues[0]}/`);
    await waitForHydration(page);
    await expect(page.getByRole("heading", { name: /Your imported statements on this issue/ })).toBeVisible();
  });

  test.describe("hostile files", () => {
    const hostile: { name: string; file: (dir: string) => string; message: RegExp }[] = [
      { name: "HTML and script in a text field", file: () => path.join(fixtures, "script-in-text.json"), message: /field summary: contains HTML or script markup/ },
      { name: "a javascript: URL", file: () => path.join(fixtures, "javascript-url.csv"), message: /Row 2 .*column source\.url: is a link that could run code/ },
      { name: "a binary file", file: () => path.join(fixtures, "not-text.png"), message: /This is a PNG image, not a CSV or JSON text file/ },
      { name: "an Excel workbook", file: () => path.join(fixtures, "workbook.xlsx"), message: /save as “CSV UTF-8”/ },
      { name: "a wrong encoding", file: () => path.join(fixtures, "windows-1252.csv"), message: /line 2: The file is not UTF-8 text/ },
      { name: "deeply nested JSON", file: () => path.join(fixtures, "deeply-nested.json"), message: /nests more than 6 levels deep/ },
      {
        name: "a 50 MB file",
        file: (dir) => {
          const file = path.join(dir, "huge.csv");
          writeFileSync(file, Buffer.alloc(50 * 1024 * 1024, "a"));
          return file;
        },
        message: /The file is 50\.0 MB; Parley imports files up to 2\.0 MB/,
      },
      {
        name: "100,000 rows",
        file: (dir) => {
          const file = path.join(dir, "rows.csv");
          writeFileSync(file, `id,actor,issue,validFrom\n${"a,b,c,d\n".repeat(100_000)}`);
          return file;
        },
        message: /more than 5,000 rows/,
      },
    ];

    for (const { name, file, message } of hostile) {
      test(`${name}: a clear message, no script run, the page and the earlier import intact`, async ({ page }, testInfo) => {
        page.on("dialog", (dialog) => {
          throw new Error(`a dialog opened: ${dialog.message()}`);
        });
        await importFile(page, await editedPositionsCsv(page));
        await expect(page.getByRole("status").filter({ hasText: "Imported" })).toBeVisible();

        mkdirSync(testInfo.outputDir, { recursive: true });
        await importFile(page, file(testInfo.outputDir));
        const alert = page.getByRole("alert").filter({ hasText: "Nothing was imported" });
        await expect(alert).toContainText(message);
        await expect(alert).toContainText("Your earlier import is unchanged.");
        expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
        await expect(page.getByTestId("current-import")).toContainText(`${positions.length} positions from positions-edited.csv`);
        await page.goto("/");
        await waitForHydration(page);
        await expect(page.getByTestId("imported-data-banner")).toContainText(`${positions.length} positions`);
      });
    }
  });
});
