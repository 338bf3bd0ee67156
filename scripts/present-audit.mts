// Measures every classroom slide, in both projector themes, at every key event's date and at the
// latest one: overflow, the smallest text, the smallest heading and the lowest text contrast.
//   npx tsx scripts/present-audit.mts            (serves out/ itself on SHOT_PORT; run a build first)
//   SIZE=1920x1080 DATES=latest npx tsx scripts/present-audit.mts
//   SLIDES=title,summary npx tsx scripts/present-audit.mts   (only these slides, each opened by its address)
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
import events from "../data/events.json";
import issues from "../data/issues.json";
import disputes from "../data/disputes.json";
import { measureSlide, type SlideMetrics } from "../tests/e2e/slide-metrics";
import { chromiumArgs, findChromium } from "./chromium.mjs";

const port = Number(process.env.SHOT_PORT ?? 4391);
const [width, height] = (process.env.SIZE ?? "1280x720").split("x").map(Number) as [number, number];
const dates = process.env.DATES === "latest" ? [""] : ["", ...events.map((event) => event.date)];
// the deck's order (lib/present.ts toDeck): the issues, then a slide per open dispute, then the summary
const allSlugs = ["title", ...issues.map((issue) => issue.id), ...disputes.disputes.filter((d) => d.status === "open").map((d) => `dispute-${d.id}`), "summary"];

const only = process.env.SLIDES?.split(",");
const slugs = only ? allSlugs.filter((slug) => only.includes(slug)) : allSlugs;

const server = spawn("npx", ["serve", "out", "-l", `tcp://127.0.0.1:${port}`, "--no-request-logging"], { stdio: "ignore", detached: true });
try {
  for (let i = 0; i < 50; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  const worst = { font: { px: Infinity } as SlideMetrics["minFont"] & { where?: string }, heading: { px: Infinity } as SlideMetrics["minHeading"] & { where?: string }, contrast: { ratio: Infinity } as SlideMetrics["minContrast"] & { where?: string } };
  const overflows: string[] = [];
  const contrastByTheme: Record<string, number> = {};
  let measured = 0;
  for (const theme of ["light", "dark"]) {
    const page = await browser.newPage({ viewport: { width, height }, reducedMotion: "reduce" });
    await page.addInitScript((value) => window.localStorage.setItem("parley-present-theme", value), theme);
    const load = async (slug: string, date: string) => {
      await page.goto(`http://127.0.0.1:${port}/present/${slug === "title" ? "" : `${slug}/`}${date ? `?date=${date}` : ""}`);
      await page.locator("html[data-theme]").waitFor({ state: "attached" });
      // scripts load after the first paint: keys reach the deck, and the date's view replaces the prerendered one, only once React has hydrated it
      await page.waitForFunction(() => {
        const main = document.querySelector("main");
        return !!main && Object.keys(main).some((key) => key.startsWith("__react"));
      });
    };
    for (const date of dates) {
      await load(slugs[0]!, date);
      for (const [i, slug] of slugs.entries()) {
        // the whole deck is walked by Page Down, as a teacher would; a chosen few are opened by address
        if (i > 0 && only) await load(slug, date);
        else if (i > 0) await page.keyboard.press("PageDown");
        await page
          .locator(`[data-testid="deck"][data-slide="${slug}"]`)
          .waitFor()
          .catch(async (error: unknown) => {
            const at = await page.getByTestId("deck").getAttribute("data-slide");
            throw new Error(`${theme} ${date || "latest"}: waited for slide ${slug}, the deck shows ${at} at ${page.url()}`, { cause: error });
          });
        const m = await measureSlide(page);
        measured++;
        const where = `${theme} ${date || "latest"} ${m.slide}`;
        if (m.overflowX > 0 || m.overflowY > 0) overflows.push(`${where}: overflow x ${m.overflowX}px, y ${m.overflowY}px`);
        if (m.minFont.px < worst.font.px) worst.font = { ...m.minFont, where };
        if (m.minHeading.px < worst.heading.px) worst.heading = { ...m.minHeading, where };
        if (m.minContrast.ratio < worst.contrast.ratio) worst.contrast = { ...m.minContrast, where };
        contrastByTheme[theme] = Math.min(contrastByTheme[theme] ?? Infinity, m.minContrast.ratio);
      }
    }
    await page.close();
  }
  await browser.close();
  console.log(`${measured} slides measured at ${width}×${height}`);
  console.log(`smallest text: ${worst.font.px}px ("${worst.font.text}", ${worst.font.where})`);
  console.log(`smallest heading: ${worst.heading.px}px ("${worst.heading.text}", ${worst.heading.where})`);
  console.log(`lowest contrast: ${worst.contrast.ratio.toFixed(2)}:1 ("${worst.contrast.text}", ${worst.contrast.color} on ${worst.contrast.background}, ${worst.contrast.where})`);
  console.log(`lowest contrast by theme: ${Object.entries(contrastByTheme).map(([theme, ratio]) => `${theme} ${ratio.toFixed(2)}:1`).join(", ")}`);
  console.log(overflows.length ? `overflow on ${overflows.length} slides:\n${overflows.join("\n")}` : "no slide overflows");
  process.exitCode = overflows.length ? 1 : 0;
} finally {
  process.kill(-server.pid!);
}
