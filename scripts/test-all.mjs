// npm test — every check and test runner, then one closing line CI reads:
//   tests: N passed, N failed, N skipped
// Steps: find (or install) Chromium, typecheck, lint, data check, unit tests, build, browser tests.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { findChromium } from "./chromium.mjs";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];
mkdirSync("reports/tmp", { recursive: true });

function run(command, args, extraEnv = {}) {
  console.log(`\n$ ${command} ${args.join(" ")}`);
  return spawnSync(command, args, { stdio: "inherit", env: { ...env, ...extraEnv } }).status === 0;
}

/** A check that is one test: it passes or fails as a whole. */
function check(name, command, args) {
  const ok = run(command, args);
  totals[ok ? "passed" : "failed"] += 1;
  lines.push(`${name}: ${ok ? "passed" : "FAILED"}`);
  return ok;
}

function ensureChromium() {
  let path = findChromium();
  if (path) return path;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    console.log("No Chromium found: installing Debian's chromium package (no browser download).");
    run("apt-get", ["update", "-qq"]);
    run("apt-get", ["install", "-y", "-qq", "chromium"], { DEBIAN_FRONTEND: "noninteractive" });
    path = findChromium();
  }
  if (!path) {
    console.error(
      "No Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH to a Chromium or Chrome binary; Parley's tests never download a browser.",
    );
  }
  return path;
}

const chromium = ensureChromium();
check("typecheck", "npm", ["run", "-s", "typecheck"]);
check("lint", "npx", ["eslint", "."]);
check("data:check", "npx", ["tsx", "scripts/data-check.ts"]);

const vitestJson = "reports/tmp/vitest.json";
rmSync(vitestJson, { force: true });
const unitOk = run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson}`]);
if (existsSync(vitestJson)) {
  const report = JSON.parse(readFileSync(vitestJson, "utf8"));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + report.numTodoTests;
  lines.push(`unit: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
} else if (!unitOk) {
  totals.failed += 1;
  lines.push("unit: FAILED to run");
}

const built = check("build", "npm", ["run", "-s", "build"]);
if (!chromium) {
  totals.failed += 1;
  lines.push("browser tests: FAILED (no Chromium)");
} else if (!built) {
  totals.failed += 1;
  lines.push("browser tests: not run (the build failed)");
} else {
  const e2eJson = "reports/tmp/playwright.json";
  rmSync(e2eJson, { force: true });
  const ok = run("npx", ["playwright", "test"], { PLAYWRIGHT_JSON: e2eJson, CHROMIUM_PATH: chromium });
  if (existsSync(e2eJson)) {
    const { stats } = JSON.parse(readFileSync(e2eJson, "utf8"));
    totals.passed += stats.expected + stats.flaky;
    totals.failed += stats.unexpected;
    totals.skipped += stats.skipped;
    lines.push(`browser: ${stats.expected} passed, ${stats.unexpected} failed, ${stats.flaky} flaky, ${stats.skipped} skipped`);
    if (!ok && stats.unexpected === 0) {
      totals.failed += 1;
      lines.push("browser: the runner failed outside any test");
    }
  } else {
    totals.failed += 1;
    lines.push("browser tests: FAILED to run");
  }
}

console.log(`\n${lines.join("\n")}`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
