import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, findChromium } from "./scripts/chromium.mjs";

// unusual on purpose: common ports may be taken on shared machines; E2E_PORT lets two checkouts test at once
const port = Number(process.env.E2E_PORT ?? 4317);
export const baseURL = `http://127.0.0.1:${port}/`;

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // axe over long prerendered pages takes seconds on two cores; generous limits keep a loaded machine from failing good pages
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: process.env.PLAYWRIGHT_JSON ? [["list"], ["json", { outputFile: process.env.PLAYWRIGHT_JSON }]] : "list",
  use: { baseURL, trace: "retain-on-failure", reducedMotion: "reduce" },
  projects: [
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"], launchOptions: { executablePath: findChromium(), args: chromiumArgs } },
    },
  ],
  webServer: {
    // serve.json: the headers a host should send, which a <meta> policy cannot set (README, Security)
    command: `npx serve out -l tcp://127.0.0.1:${port} --no-request-logging --config ${JSON.stringify(path.resolve("serve.json"))}`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
  },
});
