import Papa from "papaparse";
import positions from "../../data/positions.json";
import statements from "../../data/statements.json";
import { expect, test } from "./fixtures";

const files = [
  { name: "statements", records: statements },
  { name: "positions", records: positions },
] as const;

for (const { name, records } of files) {
  test(`/data/${name}.csv parses, has a row per record and carries the dataset version`, async ({ page, request }) => {
    await page.goto("/");
    const version = await page.getByTestId("dataset-version").textContent();
    const response = await request.get(`/data/${name}.csv`);
    expect(response.ok()).toBe(true);
    const text = new TextDecoder("utf-8", { fatal: true }).decode(await response.body());
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(records.length);
    expect(parsed.meta.fields?.[0]).toBe("datasetVersion");
    expect(new Set(parsed.data.map((row) => row.datasetVersion))).toEqual(new Set([version]));
    expect(parsed.data.map((row) => row.id)).toEqual(records.map((record) => record.id));
  });

  test(`/data/${name}.json parses, holds every record and carries the dataset version`, async ({ page, request }) => {
    await page.goto("/");
    const version = await page.getByTestId("dataset-version").textContent();
    const body = await (await request.get(`/data/${name}.json`)).json();
    expect(body.version).toBe(version);
    expect(body.count).toBe(records.length);
    expect(body[name]).toEqual(records);
  });
}

test("the footer links every download, the sources and the methodology", async ({ page }) => {
  await page.goto("/");
  const footer = page.getByRole("contentinfo");
  for (const file of ["statements.csv", "statements.json", "positions.csv", "positions.json"]) {
    await expect(footer.locator(`a[href="/data/${file}"]`)).toHaveAttribute("download", "");
  }
  await footer.getByRole("link", { name: "Methodology" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Methodology");
  await page.getByRole("contentinfo").getByRole("link", { name: "Sources" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sources");
});
