import type { Page } from "@playwright/test";
import documents from "../../data/documents.json";
import issues from "../../data/issues.json";
import positions from "../../data/positions.json";
import { diff, indexPositions, relation, type Coded } from "../../lib/analysis";
import { messages } from "../../lib/view/messages";
import { currentTo, expect, test, waitForHydration } from "./fixtures";
import { measureSlide } from "./slide-metrics";

/*
 * Every view either uses the reader's import as the overview does, or says it shows Parley's data
 * only. The import here replaces Parley's positions with the same ones plus one new position: on
 * the last day Ukraine could live with what Russia asks on an issue where they conflicted, so any
 * view that reads the import shows that issue move, and any view that ignores it must say so.
 */

const builtIn = positions as Coded[];
const lastChange = builtIn.filter((p) => p.actor === "russia" || p.actor === "ukraine").map((p) => p.validFrom).sort().at(-1)!;
const from = new Date(Date.parse(`${lastChange}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const before = diff(indexPositions(builtIn), issues, from, currentTo, "russia", "ukraine");

/** An issue in conflict on the last day on which neither side moved in the default window of /changes/. */
function quietConflict() {
  const index = indexPositions(builtIn);
  for (const issue of issues) {
    const rel = relation(index, issue, "russia", "ukraine", currentTo);
    if (rel.kind === "conflict" && rel.a && rel.b && !before.changes.some((c) => c.issue === issue.id)) return { issue, russia: rel.a, ukraine: rel.b };
  }
  throw new Error("no quiet conflict in the data");
}

const { issue, russia, ukraine } = quietConflict();
const ukraineRecord = positions.find((p) => p.id === ukraine.id)!;
const moved = {
  ...ukraineRecord,
  id: `ua-${issue.id}-${currentTo}`,
  validFrom: currentTo,
  acceptable: [Math.min(ukraine.acceptable[0], russia.acceptable[0]), Math.max(ukraine.acceptable[1], russia.acceptable[1])],
  rationale: "An analyst's recoding: Ukraine could now live with Russia's ask.",
};
const imported = [...positions, moved];
const stored = {
  format: 1,
  mode: "replace",
  baseVersion: "test",
  positions: { fileName: "recoded.json", importedAt: `${currentTo}T12:00:00.000Z`, records: imported },
};
const after = diff(indexPositions(imported as Coded[]), issues, from, currentTo, "russia", "ukraine");
const expectedKind = relation(indexPositions(imported as Coded[]), issue, "russia", "ukraine", currentTo).kind;

async function storeImport(page: Page) {
  await page.addInitScript((value) => window.localStorage.setItem("parley:import:v1", value), JSON.stringify(stored));
}

test("the import used here moves one issue, so a view that reads it differs from one that does not", () => {
  expect(after.changes.some((c) => c.issue === issue.id)).toBe(true);
  expect(before.changes.some((c) => c.issue === issue.id)).toBe(false);
  expect(expectedKind).not.toBe("conflict");
});

test.describe("with an import stored", () => {
  test.beforeEach(async ({ page }) => {
    await storeImport(page);
  });

  test("what changed diffs the imported positions, as the overview does, and says it includes them", async ({ page, makeAxeBuilder }) => {
    await page.goto("/changes/");
    await waitForHydration(page);
    await expect(page.getByTestId("imported-data-banner")).toContainText(`${messages.imported.included} ${imported.length} positions, ${messages.imported.inPlaceOf}`);
    const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: issue.title, exact: true }) });
    await expect(card).toContainText("Ukraine");
    await expect(card).toContainText(messages.direction[after.changes.find((c) => c.issue === issue.id)!.direction]);
    await expect(page.getByTestId("changes-summary")).toContainText(`${after.counts.toward} issue${after.counts.toward === 1 ? "" : "s"} moved toward agreement`);
    expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
  });

  test("the deck's slides and handouts show the imported positions, and say so", async ({ page }) => {
    await page.goto(`/present/${issue.id}/`);
    await waitForHydration(page);
    await expect(page.getByTestId("verdict")).toContainText(messages.relation[expectedKind]);
    await expect(page.getByTestId("slide").getByRole("link", { name: messages.imported.slide })).toHaveAttribute("href", "/import/");
    await page.emulateMedia({ media: "print" });
    const handout = page.locator("[data-handout]").filter({ hasText: issue.question });
    await expect(handout.getByText(/^As of /)).toContainText(messages.imported.short);
  });

  test("the deck's mark and a link's ignored parts share a line that every slide at 1280×720 has room for", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto("/present/?date=2099-01-01&a=atlantis");
    await waitForHydration(page);
    for (let i = 0; i < issues.length + 2; i++) {
      if (i > 0) await page.keyboard.press("PageDown");
      await expect(page.getByTestId("progress")).toContainText(String(i + 1));
      const status = page.getByTestId("slide").getByRole("status");
      await expect(status.getByRole("link", { name: messages.imported.slide })).toBeVisible();
      await expect(status).toContainText("Ignored date 2099-01-01");
      const m = await measureSlide(page);
      expect([m.overflowX, m.overflowY], `overflow on ${m.slide}`).toEqual([0, 0]);
      expect(m.minFont.px, `smallest text on ${m.slide}: "${m.minFont.text}"`).toBeGreaterThanOrEqual(28);
      expect(m.minContrast.ratio, `lowest contrast on ${m.slide}: "${m.minContrast.text}"`).toBeGreaterThanOrEqual(7);
    }
  });

  test("an issue page's printed handout shows the imported positions, and its cross-walk says it does not", async ({ page }) => {
    await page.goto(`/issues/${issue.id}/`);
    await waitForHydration(page);
    await expect(page.getByTestId("imported-data-banner")).toContainText(messages.imported.included);
    await expect(page.getByRole("region", { name: /^Cross-walk/ }).getByTestId("imported-data-section-note")).toContainText(messages.imported.sectionNotIncluded);
    await page.emulateMedia({ media: "print" });
    const handout = page.locator("[data-handout]");
    await expect(handout.getByText(/^As of /)).toContainText(messages.imported.short);
    await expect(handout).toContainText(moved.rationale);
  });

  for (const path of ["/documents/", `/documents/${documents.documents[0]!.id}/`, "/documents/crosswalk/?issue=territory"]) {
    test(`${path} says it shows Parley's data only`, async ({ page, makeAxeBuilder }) => {
      await page.goto(path);
      await waitForHydration(page);
      await expect(page.getByTestId("imported-data-banner")).toContainText(`${messages.imported.notIncluded} ${messages.imported.notIncludedWhy}`);
      expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
    });
  }
});

test("without an import, no view carries the mark", async ({ page }) => {
  for (const path of ["/changes/", "/documents/", `/present/${issue.id}/`]) {
    await page.goto(path);
    await waitForHydration(page);
    await expect(page.getByTestId("imported-data-banner")).toHaveCount(0);
    await expect(page.getByTestId("slide").getByRole("link", { name: messages.imported.slide })).toHaveCount(0);
  }
});
