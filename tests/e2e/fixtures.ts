import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import { baseURL } from "../../playwright.config";
import statements from "../../data/statements.json";

const siteHost = new URL(baseURL).host;

type Fixtures = { makeAxeBuilder: () => AxeBuilder; pageProblems: string[] };

/**
 * Every test's page is watched: a console error, an uncaught page error or a request to any
 * host but the test server fails the test when it ends.
 */
export const test = base.extend<Fixtures>({
  pageProblems: [
    // Playwright's fixture callback, named `provide` so the React-hooks lint rule doesn't read it as use()
    async ({ page }, provide) => {
      const problems: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") problems.push(`console error: ${message.text()}`);
      });
      page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
      page.on("request", (request) => {
        const url = new URL(request.url());
        if (["http:", "https:", "ws:", "wss:"].includes(url.protocol) && url.host !== siteHost) problems.push(`request to another host: ${request.url()}`);
      });
      await provide(problems);
      expect(problems, "the page logged errors or reached another host").toEqual([]);
    },
    { auto: true },
  ],
  makeAxeBuilder: async ({ page }, provide) => {
    await provide(() => new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]));
  },
});

/** Waits until React has hydrated the page, so typing and keys reach its handlers (scripts load after the first paint). */
export async function waitForHydration(page: Page) {
  // React marks each hydrated node with a property of its own; the main landmark is hydrated with the page
  await page.waitForFunction(() => {
    const main = document.querySelector("main");
    return !!main && Object.keys(main).some((key) => key.startsWith("__react"));
  });
}

/** The URLs the page requests from now on that contain `part`, as they happen. */
export function requestsTo(page: Page, part: string): string[] {
  const urls: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes(part)) urls.push(request.url());
  });
  return urls;
}

export { expect };

/** The day the data is current to (its last statement's date), so tests follow the data rather than a date written into them. */
export const currentTo = statements.reduce((last, s) => (s.date > last ? s.date : last), "");
