// npm run bench:scale — how the site grows with its data. Builds the site twice from this checkout:
// on today's data (1×) and on a synthetic dataset SCALE× its size (scripts/scale-data.ts), each in a
// copy under reports/tmp/scale/ (the working tree's files, node_modules hard-linked), and prints for
// each kind of page the audit measures (scripts/site-pages.mjs) what a first view transfers (its HTML
// and the script and style files it names, gzip as served), its HTML, its React payload (the inline
// data React hydrates from), its JavaScript files, and its Lighthouse mobile performance and
// blocking time: 1× beside SCALE× with their ratio, from one run, and each build's time. Writes
// reports/quality/scale.json and exits 1 naming every target missed: at SCALE× every page scores at
// least 95 on mobile, no page's transfer or blocking time grows more than 1.2×, and the build takes
// at most 2× as long.
//   SCALE=10 (the factor)  LH_RUNS=1 (Lighthouse runs per page, median)  SCALE_PORT=4541
//   --no-lighthouse        sizes and build times only
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import lighthouse from "lighthouse";
import { launchChromium } from "./lighthouse-chromium.mjs";
import { formatTable, gzipSize as gzip, kB, median, writeReport } from "./quality-report.mjs";
import { auditPages, firstLoadChunks, htmlFile, listPages } from "./site-pages.mjs";
import { startStaticServer } from "./static-server.mjs";

const root = path.join(import.meta.dirname, "..");
const work = path.join(root, "reports", "tmp", "scale");
const factor = Number(process.env.SCALE ?? 10);
const runs = Math.max(1, Number(process.env.LH_RUNS ?? 1));
const port = Number(process.env.SCALE_PORT ?? 4541);
const withLighthouse = !process.argv.includes("--no-lighthouse");
if (!Number.isInteger(factor) || factor < 2) {
  console.error(`bench:scale: SCALE=${process.env.SCALE} must be a whole number of at least 2`);
  process.exit(1);
}

export const targets = { mobilePerformance: 95, transferRatio: 1.2, blockingRatio: 1.2, buildRatio: 2 };


/** A copy of the checkout to build in: the working tree's files (tracked, and untracked but not ignored), and node_modules hard-linked, so Turbopack finds it inside the copy. */
function copyCheckout(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "-z"], { cwd: root, encoding: "utf8" }).split("\0").filter(Boolean);
  for (const file of files) {
    const from = path.join(root, file);
    if (!existsSync(from)) continue; // deleted in the working tree, not yet in the index
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    cpSync(from, path.join(dir, file));
  }
  execFileSync("cp", ["-al", path.join(root, "node_modules"), path.join(dir, "node_modules")]);
}

function build(dir) {
  const started = process.hrtime.bigint();
  const built = spawnSync("npm", ["run", "-s", "build"], { cwd: dir, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (built.status !== 0) throw new Error(`the build in ${path.relative(root, dir)} failed`);
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/** What a first view of a page carries, in bytes: read from the export, as a static host would send it. */
function measureFiles(out, page) {
  const html = readFileSync(htmlFile(page, out), "utf8");
  const exists = (file) => existsSync(path.join(out, file));
  const scripts = firstLoadChunks(html).filter(exists);
  const styles = [...new Set([...html.matchAll(/href="\/(_next\/static\/[\w./-]+\.css)"/g)].map((m) => m[1]))].filter(exists);
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]).join("\n");
  const filesGzip = (files) => files.reduce((sum, file) => sum + gzip(readFileSync(path.join(out, file))), 0);
  const js = filesGzip(scripts);
  return { transfer: gzip(html) + js + filesGzip(styles), htmlRaw: Buffer.byteLength(html), htmlGzip: gzip(html), payload: inline ? gzip(inline) : 0, js };
}

async function measureLighthouse(out, pages) {
  const server = await startStaticServer(out, port);
  const chrome = await launchChromium();
  const scores = new Map();
  try {
    for (const { page } of pages) {
      const lhrs = [];
      for (let i = 0; i < runs; i++) {
        const { lhr } = await lighthouse(`${server.origin}${page}`, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"] });
        if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${page}: ${lhr.runtimeError.message}`);
        lhrs.push(lhr);
      }
      scores.set(page, {
        performance: Math.round(median(lhrs.map((lhr) => lhr.categories.performance.score * 100))),
        tbtMs: Math.round(median(lhrs.map((lhr) => lhr.audits["total-blocking-time"].numericValue))),
        benchmarkIndex: Math.round(median(lhrs.map((lhr) => lhr.environment.benchmarkIndex))),
      });
      console.log(`  measured ${page} in ${path.basename(path.dirname(out))}`);
    }
  } finally {
    server.stop();
    await chrome.kill();
  }
  return scores;
}

const counts = (dir) => ({
  statements: JSON.parse(readFileSync(path.join(dir, "data", "statements.json"), "utf8")).length,
  positions: JSON.parse(readFileSync(path.join(dir, "data", "positions.json"), "utf8")).length,
});

const builds = [];
for (const [name, scale] of [["1x", 1], [`${factor}x`, factor]]) {
  const dir = path.join(work, name);
  console.log(`copying the checkout to ${path.relative(root, dir)}`);
  copyCheckout(dir);
  if (scale > 1) {
    const generated = spawnSync("npx", ["tsx", "scripts/scale-data.ts", String(scale), path.join(dir, "data"), path.join(root, "data")], { cwd: root, stdio: "inherit" });
    if (generated.status !== 0) throw new Error("scripts/scale-data.ts failed");
  }
  console.log(`building ${name} (${JSON.stringify(counts(dir))})`);
  const seconds = build(dir);
  builds.push({ name, scale, dir, out: path.join(dir, "out"), seconds, ...counts(dir) });
}

const [base, scaled] = builds;
// the kinds of page, chosen on each export (the heaviest issue page may differ between them)
const kinds = auditPages(listPages(base.out), base.out).map(({ name, page }) => ({ name, base: page, scaled: auditPages(listPages(scaled.out), scaled.out).find((p) => p.name === name)?.page ?? page }));
const lighthouseOf = withLighthouse
  ? [await measureLighthouse(base.out, kinds.map((k) => ({ page: k.base }))), await measureLighthouse(scaled.out, kinds.map((k) => ({ page: k.scaled })))]
  : [new Map(), new Map()];

const ratio = (x, y) => (x > 0 ? Number((y / x).toFixed(2)) : y > 0 ? Infinity : 1);
const results = kinds.map((kind) => {
  const [b, s] = [measureFiles(base.out, kind.base), measureFiles(scaled.out, kind.scaled)];
  const [lb, ls] = [lighthouseOf[0].get(kind.base), lighthouseOf[1].get(kind.scaled)];
  return { kind: kind.name, page: kind.base, scaledPage: kind.scaled, base: { ...b, ...lb }, scaled: { ...s, ...ls } };
});

const misses = [];
for (const r of results) {
  const where = r.page === r.scaledPage ? r.page : `${r.page} (${r.scaledPage} at ${factor}×)`;
  const transfer = ratio(r.base.transfer, r.scaled.transfer);
  if (transfer > targets.transferRatio) misses.push(`${where}: transfer grows ${transfer}× (${kB(r.base.transfer)} → ${kB(r.scaled.transfer)} kB gzip; target ≤ ${targets.transferRatio}×)`);
  if (withLighthouse) {
    if (r.scaled.performance < targets.mobilePerformance) misses.push(`${where}: mobile performance ${r.scaled.performance} at ${factor}× (target ≥ ${targets.mobilePerformance})`);
    // blocking time under 50 ms is noise on this machine, not growth
    const blocking = ratio(Math.max(50, r.base.tbtMs), Math.max(50, r.scaled.tbtMs));
    if (blocking > targets.blockingRatio) misses.push(`${where}: blocking time grows ${blocking}× (${r.base.tbtMs} → ${r.scaled.tbtMs} ms; target ≤ ${targets.blockingRatio}×)`);
  }
}
const buildRatio = ratio(base.seconds, scaled.seconds);
if (buildRatio > targets.buildRatio) misses.push(`the build takes ${buildRatio}× as long (${base.seconds.toFixed(0)} → ${scaled.seconds.toFixed(0)} s; target ≤ ${targets.buildRatio}×)`);

const pair = (b, s, unit = "") => `${b}${unit} → ${s}${unit} (${ratio(b, s)}×)`;
console.log(
  `\nThe site at 1× (${base.statements} statements, ${base.positions} positions) and ${factor}× (${scaled.statements}, ${scaled.positions}), from one run; kB are gzip unless raw:\n\n` +
    formatTable(
      ["page", "transfer kB", "HTML raw kB", "React payload kB", "JS kB", ...(withLighthouse ? ["mobile perf.", "blocking ms"] : [])],
      results.map((r) => [
        r.page,
        pair(kB(r.base.transfer), kB(r.scaled.transfer)),
        pair(kB(r.base.htmlRaw), kB(r.scaled.htmlRaw)),
        pair(kB(r.base.payload), kB(r.scaled.payload)),
        pair(kB(r.base.js), kB(r.scaled.js)),
        ...(withLighthouse ? [`${r.base.performance} → ${r.scaled.performance}`, pair(r.base.tbtMs, r.scaled.tbtMs)] : []),
      ]),
    ) +
    `\n\nbuild: ${pair(Number(base.seconds.toFixed(0)), Number(scaled.seconds.toFixed(0)), " s")}`,
);
const file = writeReport("scale", {
  factor,
  runs: withLighthouse ? runs : 0,
  targets,
  builds: builds.map(({ name, scale, seconds, statements, positions }) => ({ name, scale, seconds: Number(seconds.toFixed(1)), statements, positions })),
  results,
  misses,
});
console.log(`\nwritten to ${path.relative(root, file)}`);
if (misses.length > 0) {
  console.error(`\n${misses.length} target${misses.length === 1 ? "" : "s"} missed at ${factor}×:\n  ${misses.join("\n  ")}`);
  process.exit(1);
}
console.log(`\nEvery target met at ${factor}×.`);
