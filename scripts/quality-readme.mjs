// npm run quality:readme — writes the measured numbers of the last `npm run audit:lighthouse`,
// `npm run budget:js`, `npm run bench` and `npm run bench:scale` (reports/quality/*.json) into README.md, between
// <!-- quality:start --> and <!-- quality:end -->. The numbers are never typed by hand.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readReport } from "./quality-report.mjs";

const readme = path.join(import.meta.dirname, "..", "README.md");
const START = "<!-- quality:start -->";
const END = "<!-- quality:end -->";

const row = (cells) => `| ${cells.join(" | ")} |`;
const table = (header, rows) => [row(header), row(header.map(() => "---")), ...rows.map(row)].join("\n");
const when = (iso) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
const machine = (m) =>
  `${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, ${m.os}, Node ${m.node.replace(/^v/, "")}, ${m.chromium}; load average ${m.loadAverage} when the run ended`;
const ms = (value) => (value < 0.1 ? value.toFixed(3) : value < 10 ? value.toFixed(2) : value.toFixed(1));

const retakenNote = (report) => {
  const retaken = report.results.reduce((sum, r) => sum + (r.retaken ?? 0), 0);
  return retaken === 0 ? "" : `; ${retaken} more run${retaken === 1 ? " was" : "s were"} taken again because the machine ran at under half its best speed`;
};

function lighthouseSection(report) {
  if (!report) return "_Not measured yet: run `npm run audit:lighthouse`._";
  const t = report.targets;
  return [
    `Lighthouse ${report.lighthouse}, simulated throttling, ${report.runs} run${report.runs === 1 ? "" : "s"} per measurement (medians${retakenNote(report)}), the export served with gzip. ` +
      `Measured ${when(report.measuredAt)} on ${machine(report.machine)}. "no-JS" is the same prerendered page with its scripts stripped; ` +
      `"benchmark" is Lighthouse's speed index of the machine during the run (a busy machine scores low and its blocking times grow).`,
    "",
    table(
      ["page", "form", "performance", "accessibility", "best practices", "SEO", "LCP", "TBT", "CLS", "no-JS LCP", "LCP ÷ no-JS", "benchmark"],
      report.results.map((r) => [
        `\`${r.page}\``,
        r.formFactor,
        r.performance,
        r.accessibility,
        r.bestPractices,
        r.seo,
        `${r.lcpMs} ms`,
        `${r.tbtMs} ms`,
        r.cls,
        `${r.lcpNoJsMs} ms`,
        `${r.lcpRatio}×`,
        r.benchmarkIndex ?? "–",
      ]),
    ),
    "",
    `Targets: desktop performance ${t.desktopPerformance}, mobile ≥ ${t.mobilePerformance}, accessibility ${t.accessibility}, best practices ${t.bestPractices}, ` +
      `SEO ≥ ${t.seo}, CLS ${t.cls}, LCP ≤ ${t.lcpRatio}× the no-JS page's.`,
    "",
    report.misses.length === 0 ? "Every target met." : `Missed in this run:\n\n${report.misses.map((miss) => `- ${miss}`).join("\n")}`,
  ].join("\n");
}

function budgetSection(report) {
  if (!report) return "_Not measured yet: run `npm run budget:js`._";
  // one row per kind of route; a dynamic route's pages are summed up in one row
  const samples = report.results.filter((r) => r.sample);
  const family = (page) => page.replace(/[^/]+\/$/, "");
  const rows = samples.map((r) => {
    const siblings = report.results.filter((other) => other.page !== "/" && r.page !== "/" && family(other.page) === family(r.page));
    if (siblings.length < 3) return [`\`${r.page}\``, r.chunks, `${r.chunksKb} kB`, `${r.inlineKb} kB`, `${r.htmlKb} kB`, r.libraries.join(", ") || "—"];
    const range = (key) => {
      const values = siblings.map((s) => s[key]);
      const [low, high] = [Math.min(...values), Math.max(...values)];
      return low === high ? `${low} kB` : `${low}–${high} kB`;
    };
    return [`\`${family(r.page)}*\` (${siblings.length} pages)`, r.chunks, range("chunksKb"), range("inlineKb"), range("htmlKb"), [...new Set(siblings.flatMap((s) => s.libraries))].join(", ") || "—"];
  });
  const overview = report.results.find((r) => r.page === "/");
  return [
    `Gzip (level 6, as served) of what each page loads before any interaction: the script files its HTML names, and its inline scripts ` +
      `(the data its client components receive). Measured ${when(report.measuredAt)} from the export.`,
    "",
    table(["page", "script files", "JavaScript", "inline data", "whole HTML", "app libraries in the first load"], rows),
    "",
    `Budget: the overview's first-load JavaScript at most ${report.budgets.overviewFirstLoadKb} kB gzip` +
      (overview ? ` — measured ${overview.chunksKb} kB, plus ${overview.inlineKb} kB of inline data.` : "."),
    report.problems.length === 0 ? "No module is bundled twice into one page." : `Broken:\n\n${report.problems.map((p) => `- ${p}`).join("\n")}`,
  ].join("\n");
}

function benchSection(report) {
  if (!report) return "_Not measured yet: run `npm run bench`._";
  const columns = ["validate", "index", "snapshot", "history", "snapshotAndHistory", "diff"];
  const labels = ["validation", "index", "snapshot", "history", "index + snapshot + history", "diff"];
  const largest = report.rows.find((r) => r.size === 100_000);
  return [
    `Median milliseconds of repeated runs on seeded synthetic data (${report.issues} issues, ${report.actors} actors), ` +
      `measured ${when(report.measuredAt)} on ${machine(report.machine)}.`,
    "",
    table(
      ["positions", "statements", ...labels],
      report.rows.map((r) => [r.size.toLocaleString("en"), r.statements.toLocaleString("en"), ...columns.map((c) => `${ms(r[c])} ms`)]),
    ),
    "",
    "How time grows with size, as k in time ∝ size<sup>k</sup> (1 is linear; a snapshot on the index depends on the issues, not the positions):",
    "",
    table(
      ["sizes", ...labels],
      report.growth.map((g) => [`${g.from.toLocaleString("en")} → ${g.to.toLocaleString("en")}`, ...columns.map((c) => g.exponents[c].toFixed(2))]),
    ),
    "",
    largest
      ? `Target: index + snapshot + history over 100,000 positions under ${report.targetMs} ms — measured ${ms(largest.snapshotAndHistory)} ms${largest.snapshotAndHistory < report.targetMs ? "." : ": missed."}`
      : "",
  ].join("\n");
}

function scaleSection(report) {
  if (!report) return "_Not measured yet: run `npm run bench:scale`._";
  const [base, scaled] = report.builds;
  const kB = (bytes) => (bytes / 1000).toFixed(1);
  const ratio = (x, y) => (x > 0 ? `${(y / x).toFixed(2)}×` : "–");
  const pair = (x, y, show = kB) => `${show(x)} → ${show(y)} (${ratio(x, y)})`;
  const lighthouse = report.runs > 0;
  return [
    `The site built on today's data (${base.statements.toLocaleString("en")} statements, ${base.positions.toLocaleString("en")} positions) and on a synthetic dataset ` +
      `${report.factor}× its size (${scaled.statements.toLocaleString("en")}, ${scaled.positions.toLocaleString("en")}; \`scripts/scale-data.ts\`), from one run of \`npm run bench:scale\`, ` +
      `measured ${when(report.measuredAt)} on ${machine(report.machine)}. kB are gzip as served, except the raw HTML; "transfer" is a first view's HTML with the script and style files it names` +
      (lighthouse ? `; Lighthouse mobile, ${report.runs} run${report.runs === 1 ? "" : "s"} per page.` : "; Lighthouse was not run."),
    "",
    table(
      ["page", "transfer", "HTML (raw)", "React payload", "JavaScript", ...(lighthouse ? ["mobile performance", "blocking time"] : [])],
      report.results.map((r) => [
        `\`${r.page}\``,
        pair(r.base.transfer, r.scaled.transfer),
        pair(r.base.htmlRaw, r.scaled.htmlRaw),
        pair(r.base.payload, r.scaled.payload),
        pair(r.base.js, r.scaled.js),
        ...(lighthouse ? [`${r.base.performance} → ${r.scaled.performance}`, pair(r.base.tbtMs, r.scaled.tbtMs, (v) => `${v} ms`)] : []),
      ]),
    ),
    "",
    `Build: ${base.seconds} s → ${scaled.seconds} s (${ratio(base.seconds, scaled.seconds)}). ` +
      `Targets at ${report.factor}×: mobile performance ≥ ${report.targets.mobilePerformance} on every page, transfer and blocking time at most ${report.targets.transferRatio}× today's, the build at most ${report.targets.buildRatio}× as long.`,
    "",
    report.misses.length === 0 ? "Every target met." : `Missed in this run:\n\n${report.misses.map((miss) => `- ${miss}`).join("\n")}`,
  ].join("\n");
}

const section = [
  START,
  "<!-- generated by `npm run quality:readme` from reports/quality/*.json: edit the scripts, not this text -->",
  "",
  "### Lighthouse",
  "",
  lighthouseSection(readReport("lighthouse")),
  "",
  "### JavaScript before interaction",
  "",
  budgetSection(readReport("js-budget")),
  "",
  "### Analysis and validation at scale",
  "",
  benchSection(readReport("bench")),
  "",
  "### Pages at ten times the data",
  "",
  scaleSection(readReport("scale")),
  END,
].join("\n");

const text = readFileSync(readme, "utf8");
const start = text.indexOf(START);
const end = text.indexOf(END);
if (start === -1 || end === -1) {
  console.error(`README.md has no ${START} … ${END} block to fill.`);
  process.exit(1);
}
writeFileSync(readme, `${text.slice(0, start)}${section}${text.slice(end + END.length)}`);
console.log("README.md: the Quality numbers are rewritten from reports/quality/.");
