// Runs after `next build` (npm run build): rewrites every HTML page of out/ so that its framework
// scripts load after the first paint and it carries its own Content-Security-Policy
// (scripts/postbuild-html.mjs says why and how).
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { transformPage } from "./postbuild-html.mjs";

const outDir = path.join(import.meta.dirname, "..", "out");
const pages = readdirSync(outDir, { recursive: true }).filter((file) => file.endsWith(".html"));
for (const page of pages) {
  const file = path.join(outDir, page);
  writeFileSync(file, transformPage(readFileSync(file, "utf8")));
}
console.log(`postbuild: ${pages.length} pages of out/ load their scripts after the first paint and carry a Content-Security-Policy`);
