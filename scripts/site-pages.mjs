// The pages of the static export, found in out/ rather than listed by hand, so the audits and the
// browser tests keep up as pages are added (and skip the ones not built yet).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

// the working directory, not import.meta: Playwright compiles this file for the tests and has no
// import.meta there; npm scripts and the test runner both run from the project's root
const root = process.cwd();
const outDir = path.join(root, "out");

/** Directories that hold framework output or error pages, not pages of the site. */
const skipped = new Set(["_next", "_not-found", "404"]);

/** Every page of the export as a URL path ("/", "/issues/ceasefire/", …), sorted. */
export function listPages(dir = outDir) {
  const pages = [];
  const walk = (relative) => {
    const here = path.join(dir, relative);
    if (existsSync(path.join(here, "index.html"))) pages.push(`/${relative ? `${relative.split(path.sep).join("/")}/` : ""}`);
    for (const entry of readdirSync(here, { withFileTypes: true })) {
      if (entry.isDirectory() && !skipped.has(entry.name)) walk(path.join(relative, entry.name));
    }
  };
  if (existsSync(dir)) walk("");
  return pages.sort();
}

/** The exported HTML file of a page path. */
export const htmlFile = (page, dir = outDir) => path.join(dir, ...page.split("/").filter(Boolean), "index.html");

/**
 * The script chunks a page's HTML names for its first load (script tags, the post-paint loader,
 * Turbopack's startup list, the client components of its RSC payload), as paths under the export.
 * A chunk named only by a noModule tag is for browsers without modules, and is left out.
 */
export function firstLoadChunks(html) {
  const legacyOnly = new Set([...html.matchAll(/<script src="\/(_next\/static\/chunks\/[^"]+\.js)"[^>]*noModule[^>]*>/gi)].map((m) => m[1]));
  const named = new Set([...html.matchAll(/(?:\/_next\/)?(static\/chunks\/[\w.-]+\.js)/g)].map((m) => `_next/${m[1]}`));
  const mentions = (chunk) => html.split(chunk).length - 1;
  return [...named].filter((chunk) => !legacyOnly.has(chunk) || mentions(chunk) > 1).sort();
}

/** Issue ids in the data's order (seed issues first), to pick the representative of a dynamic route. */
function issueOrder() {
  const file = path.join(root, "data", "issues.json");
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")).map((issue) => issue.id) : [];
}

/**
 * One page per kind of route: a folder with three or more child pages is a dynamic route
 * (/issues/[id]/, /present/[id]/), and is represented by its first child in the data's order.
 * Expensive tests (tabbing through every stop) run on these instead of on every instance.
 */
export function routeSamples(pages = listPages()) {
  const order = issueOrder();
  const rank = (page) => {
    const last = page.split("/").filter(Boolean).at(-1) ?? "";
    const i = order.indexOf(last);
    return i === -1 ? order.length : i;
  };
  const parentOf = (page) => page.replace(/[^/]+\/$/, "");
  const children = new Map();
  for (const page of pages) {
    if (page === "/") continue;
    const parent = parentOf(page);
    children.set(parent, [...(children.get(parent) ?? []), page]);
  }
  const samples = [];
  for (const page of pages) {
    const siblings = page === "/" ? [page] : children.get(parentOf(page));
    if (siblings.length < 3) samples.push(page);
    else if ([...siblings].sort((x, y) => rank(x) - rank(y) || (x < y ? -1 : 1))[0] === page) samples.push(page);
  }
  return samples;
}

/**
 * One page per route, the site's top-level pages each counted as a route of their own (/changes/,
 * /sources/, …): routeSamples counts the root as one dynamic route and keeps only its first page.
 */
export function everyRouteSamples(pages = listPages()) {
  const topLevel = pages.filter((page) => /^\/[^/]+\/$/.test(page));
  return [...new Set([...routeSamples(pages), ...topLevel])].sort();
}

/**
 * The pages the Lighthouse audit measures, one of each kind: the overview, the heaviest issue page
 * (the one whose HTML is largest, so the audit meets the worst case as the data grows), the
 * statements explorer, the sources, the changes, the deck's title and its first issue slide, the
 * cross-walk of texts and the methodology, each where it exists.
 */
export function auditPages(pages = listPages(), dir = outDir) {
  const samples = routeSamples(pages);
  const has = (page) => pages.includes(page);
  const firstUnder = (prefix) => samples.find((page) => page.startsWith(prefix) && page !== prefix);
  const size = (page) => (existsSync(htmlFile(page, dir)) ? statSync(htmlFile(page, dir)).size : 0);
  const issuePages = pages.filter((page) => /^\/issues\/[^/]+\/$/.test(page));
  const heaviestIssue = issuePages.sort((x, y) => size(y) - size(x) || (x < y ? -1 : 1))[0];
  const wanted = [
    ["overview", ["/"]],
    ["issue", [heaviestIssue]],
    ["statements", ["/statements/"]],
    ["sources", ["/sources/"]],
    ["changes", ["/changes/"]],
    ["present", ["/present/"]],
    ["slide", [firstUnder("/present/")]],
    ["crosswalk", ["/documents/crosswalk/"]],
    ["methodology", ["/methodology/"]],
  ];
  return wanted.flatMap(([name, candidates]) => {
    const page = candidates.find((candidate) => candidate && has(candidate));
    return page ? [{ name, page }] : [];
  });
}
