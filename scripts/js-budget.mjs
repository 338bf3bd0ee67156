// npm run budget:js — reads the export in out/ and prints, per page, the JavaScript it loads before
// any interaction, gzipped as a static host serves it: the chunks its HTML names (script tags, the
// post-paint loader, Turbopack's startup list and the client components of its RSC payload) and
// its inline scripts (mostly the payload: the props of its client components). Chunks loaded
// lazily (import(), next/dynamic) are named nowhere in the HTML and so are not counted.
// Also checks that no module is bundled twice into one page's chunks, and names the app's
// dependencies each page's first load contains. Exits 1 when a budget is broken.
//   (run `npm run build` first; writes reports/quality/js-budget.json)
import { readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { formatTable, gzipSize, kB, writeReport } from "./quality-report.mjs";
import { firstLoadChunks, htmlFile, listPages, routeSamples } from "./site-pages.mjs";

const root = path.join(import.meta.dirname, "..");
const outDir = path.join(root, "out");

export const budgets = {
  /**
   * The overview's first-load JavaScript in kB gzip: its script files, as Next's "First Load JS"
   * counted them. The inline payload is data, not code, and is reported beside it.
   */
  overviewFirstLoadKb: 160,
};

/**
 * Marks of the app's own dependencies in minified code: strings the libraries keep. A page's first
 * load should hold only what it needs before interaction (React, Next, the page's own islands).
 */
const libraryMarks = {
  recharts: /recharts-(?:wrapper|surface|layer)/,
  zod: /ZodError|\$ZodType/,
  minisearch: /MiniSearch/,
  papaparse: /TooFewFields|UndetectableDelimiter/,
};

const chunkCache = new Map();
function readChunk(url) {
  if (!chunkCache.has(url)) {
    const code = readFileSync(path.join(outDir, url), "utf8");
    chunkCache.set(url, { code, gzip: gzipSize(code), modules: moduleIds(code) });
  }
  return chunkCache.get(url);
}

/**
 * The ids of the modules a Turbopack chunk defines. A chunk is one call,
 * TURBOPACK.push([script, id, factory, id, factory, …]); running it against an empty TURBOPACK
 * defines the factories without running any of them. The runtime chunk defines no modules.
 */
function moduleIds(code) {
  if (!code.startsWith("(globalThis.TURBOPACK")) return [];
  const sandbox = { TURBOPACK: [] };
  sandbox.globalThis = sandbox;
  try {
    vm.runInNewContext(code, sandbox, { timeout: 1000 });
  } catch {
    return [];
  }
  return sandbox.TURBOPACK.flatMap((entry) => (Array.isArray(entry) ? entry.filter((item) => typeof item === "number") : []));
}

/** What one exported page loads before interaction. */
function measurePage(page) {
  const html = readFileSync(htmlFile(page), "utf8");
  const chunks = firstLoadChunks(html);
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]).join("\n");

  const owners = new Map();
  for (const chunk of chunks) for (const id of readChunk(chunk).modules) owners.set(id, [...(owners.get(id) ?? []), chunk]);
  const duplicates = [...owners].filter(([, where]) => where.length > 1).map(([id, where]) => `module ${id} in ${where.join(", ")}`);
  const code = chunks.map((chunk) => readChunk(chunk).code).join("\n");
  const libraries = Object.entries(libraryMarks)
    .filter(([, mark]) => mark.test(code))
    .map(([name]) => name);
  const chunkBytes = chunks.reduce((sum, chunk) => sum + readChunk(chunk).gzip, 0);
  const inlineBytes = inline ? gzipSize(inline) : 0;
  return {
    page,
    chunks: chunks.length,
    chunksKb: kB(chunkBytes),
    inlineKb: kB(inlineBytes),
    firstLoadKb: kB(chunkBytes + inlineBytes),
    htmlKb: kB(gzipSize(html)),
    libraries,
    duplicates,
  };
}

const pages = listPages();
if (pages.length === 0) {
  console.error("budget:js: out/ holds no pages; run `npm run build` first.");
  process.exit(1);
}
const samples = new Set(routeSamples(pages));
const results = pages.map((page) => ({ ...measurePage(page), sample: samples.has(page) }));

const problems = [];
const overview = results.find((r) => r.page === "/");
if (overview && overview.chunksKb > budgets.overviewFirstLoadKb)
  problems.push(`/: first-load JavaScript ${overview.chunksKb} kB gzip > ${budgets.overviewFirstLoadKb} kB`);
for (const r of results) for (const duplicate of r.duplicates) problems.push(`${r.page}: bundled twice: ${duplicate}`);

console.log(
  "JavaScript each page loads before interaction, kB gzip (level 6, as served):\n\n" +
    formatTable(
      ["page", "chunks", "JS files", "inline data", "both", "whole HTML", "app libraries in it"],
      results.map((r) => [r.page, r.chunks, r.chunksKb, r.inlineKb, r.firstLoadKb, r.htmlKb, r.libraries.join(", ") || "—"]),
    ),
);
const file = writeReport("js-budget", { budgets, results, problems });
console.log(`\nwritten to ${path.relative(root, file)}`);
if (problems.length > 0) {
  console.error(`\n${problems.length} budget${problems.length === 1 ? "" : "s"} broken:\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
console.log(
  `\nWithin budget: the overview loads ${overview?.chunksKb ?? "–"} kB gzip of JavaScript files before interaction (budget ${budgets.overviewFirstLoadKb}), ` +
    `plus ${overview?.inlineKb ?? "–"} kB of inline page data; no module is bundled twice.`,
);
