import { expect, requestsTo, test, waitForHydration } from "./fixtures";

/*
 * The header is on every page: its links prefetch a section's data only when the reader shows
 * intent (points at a link or tabs to it), so a page view does not fetch every other section's.
 */

test("a page view prefetches no other page's data; pointing at a header link prefetches that page, which then opens", async ({ page }) => {
  const payloads = requestsTo(page, ".txt");
  await page.goto("/issues/territory/");
  await waitForHydration(page);
  await page.waitForLoadState("networkidle");
  expect(payloads, "prefetches on a page view").toEqual([]);

  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Statements" }).hover();
  await expect.poll(() => payloads.filter((url) => new URL(url).pathname.startsWith("/statements")).length).toBeGreaterThan(0);
  expect(payloads.every((url) => new URL(url).pathname.startsWith("/statements")), payloads.join("\n")).toBe(true);

  // focus shows intent too, for the keyboard
  await nav.getByRole("link", { name: "Methodology" }).focus();
  await expect.poll(() => payloads.some((url) => new URL(url).pathname.startsWith("/methodology"))).toBe(true);

  await nav.getByRole("link", { name: "Statements" }).click();
  await expect(page).toHaveURL(/\/statements\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});
