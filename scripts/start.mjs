// npm start — builds the static site if out/ is missing or older than its sources, then serves
// out/ with gzip on http://localhost:3000.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const sources = ["app", "components", "lib", "data", "next.config.js", "package-lock.json", "scripts/postbuild.mjs", "scripts/postbuild-html.mjs"];
function newest(entry) {
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(entry).map((name) => newest(path.join(entry, name))));
}
const built = existsSync("out/index.html") ? statSync("out/index.html").mtimeMs : 0;
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
if (built < Math.max(...sources.filter(existsSync).map(newest))) {
  console.log("Building the site into out/ …");
  const result = spawnSync("npm", ["run", "-s", "build"], { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
console.log("Serving out/ on http://localhost:3000 (Ctrl+C stops)");
const result = spawnSync("npx", ["serve", "out", "-l", "3000", "--no-request-logging", "--config", path.resolve("serve.json")], { stdio: "inherit", env });
process.exit(result.status ?? 0);
