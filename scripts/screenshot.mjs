// Screenshots of pages at desktop, phone and projector sizes, for looking at what was built:
//   node scripts/screenshot.mjs /path/ [/other/ …]   (serves out/ itself; writes reports/screenshots/)
//   env: SIZES=desktop,phone  FULL=0 (viewport only)  SELECTOR=css (one element)  SHOT_PORT=n
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync } from "node:fs";
import { findChromium, chromiumArgs } from "./chromium.mjs";

const port = Number(process.env.SHOT_PORT ?? 4391);
const sizes = { desktop: [1440, 900], phone: [390, 844], projector: [1280, 720] };
const paths = process.argv.slice(2);
const only = process.env.SIZES ? process.env.SIZES.split(",") : Object.keys(sizes);
mkdirSync("reports/screenshots", { recursive: true });
const server = spawn("npx", ["serve", "out", "-l", `tcp://127.0.0.1:${port}`, "--no-request-logging"], { stdio: "ignore", detached: true });
try {
  for (let i = 0; i < 50; i++) {
    try { await fetch(`http://127.0.0.1:${port}/`); break; } catch { await new Promise((r) => setTimeout(r, 200)); }
  }
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  for (const path of paths) {
    for (const name of only) {
      const [width, height] = sizes[name];
      const page = await browser.newPage({ viewport: { width, height }, reducedMotion: "reduce" });
      await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: "networkidle" });
      const slug = path.replace(/[^a-z0-9]+/gi, "_").replace(/^_|_$/g, "") || "home";
      // a long query would pass the file system's name limit: keep its start and a hash of the whole
      const short = slug.length > 120 ? `${slug.slice(0, 100)}_${createHash("sha1").update(slug).digest("hex").slice(0, 8)}` : slug;
      const file = `reports/screenshots/${short}-${name}.png`;
      // SELECTOR=… shoots one element (e.g. a chart) instead of the page
      if (process.env.SELECTOR) await page.locator(process.env.SELECTOR).first().screenshot({ path: file });
      else await page.screenshot({ path: file, fullPage: process.env.FULL !== "0" });
      console.log(file);
      await page.close();
    }
  }
  await browser.close();
} finally {
  process.kill(-server.pid);
}
