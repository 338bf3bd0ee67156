import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import meta from "../../data/meta.json";
import { currentTo, expect, test, waitForHydration } from "./fixtures";

/*
 * "Cite this view" hands out its citation as files a reference manager imports. What each file
 * holds is checked field by field against real parsers in tests/unit/citation.test.ts; here, that
 * the page gives each one with the view's own title, date, version and permalink.
 */

const version = `${currentTo}.r${meta.revision}`;

async function downloadCitation(page: Page, format: string) {
  const pending = page.waitForEvent("download");
  await page.getByTestId("citation-files").getByRole("button", { name: `${format} file` }).click();
  const file = await pending;
  await expect(page.getByTestId("citation-files").getByRole("status")).toHaveText(`Downloaded the ${format} file.`);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), "utf8") };
}

test("a view's citation downloads as BibTeX, RIS and CSL-JSON with its title, date, actors, version and permalink", async ({ page, makeAxeBuilder }) => {
  await page.goto("/?date=2024-12-19&a=ukraine&b=russia&evidence=strong");
  await waitForHydration(page);
  await page.getByText("Cite this view", { exact: true }).click();
  const permalink = /http:\/\/127\.0\.0\.1:\d+\/\?date=2024-12-19&a=ukraine&b=russia&evidence=strong/;
  const title = "Ukraine and Russia on every issue (strong evidence only), as of 19 December 2024";

  const bib = await downloadCitation(page, "BibTeX");
  expect(bib.name).toBe("parley-overview-ukraine-russia-2024-12-19-strong.bib");
  expect(bib.text).toMatch(/^@dataset\{parley-overview-ukraine-russia-2024-12-19-strong,\n/);
  expect(bib.text).toContain(`title = {{${title}}}`);
  expect(bib.text).toContain(`version = {${version}}`);
  expect(bib.text).toContain("keywords = {Ukraine, Russia}");
  expect(bib.text).toMatch(new RegExp(`url = \\{${permalink.source}\\}`));

  const ris = await downloadCitation(page, "RIS");
  expect(ris.name).toBe("parley-overview-ukraine-russia-2024-12-19-strong.ris");
  expect(ris.text.split("\r\n").slice(0, 4)).toEqual(["TY  - DATA", "ID  - parley-overview-ukraine-russia-2024-12-19-strong", "AU  - Parley", `TI  - ${title}`]);
  expect(ris.text).toContain(`ET  - ${version}\r\n`);
  expect(ris.text).toMatch(new RegExp(`UR  - ${permalink.source}\\r\\n`));

  const csl = await downloadCitation(page, "CSL-JSON");
  expect(csl.name).toBe("parley-overview-ukraine-russia-2024-12-19-strong.json");
  const [item] = JSON.parse(csl.text) as { type: string; title: string; version: string; URL: string; keyword: string }[];
  expect(item).toMatchObject({ type: "dataset", title, version, keyword: "Ukraine, Russia" });
  expect(item!.URL).toMatch(permalink);

  expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
});

test("the methodology's citation of the dataset downloads as the same three files", async ({ page }) => {
  await page.goto("/methodology/#cite");
  await waitForHydration(page);
  await page.getByText("Cite this view", { exact: true }).click();
  for (const [format, extension] of [["BibTeX", "bib"], ["RIS", "ris"], ["CSL-JSON", "json"]] as const) {
    const file = await downloadCitation(page, format);
    expect(file.name).toBe(`parley-overview-russia-ukraine-${currentTo}.${extension}`);
    expect(file.text).toContain(version);
    expect(file.text).toContain("Russia and Ukraine on every issue, as of");
  }
});
