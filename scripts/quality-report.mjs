// Where the measuring scripts leave their results (reports/quality/*.json, git-ignored), with the
// date and the machine, so `npm run quality:readme` can print them into the README.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { findChromium } from "./chromium.mjs";

export const reportDir = path.join(import.meta.dirname, "..", "reports", "quality");

function osName() {
  try {
    return /^PRETTY_NAME="?([^"\n]+)"?/m.exec(readFileSync("/etc/os-release", "utf8"))?.[1] ?? `${os.type()} ${os.release()}`;
  } catch {
    return `${os.type()} ${os.release()}`;
  }
}

function chromiumVersion() {
  const chromium = findChromium();
  if (!chromium) return "none";
  try {
    return execFileSync(chromium, ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] })
      .replace(/\s+built on.*$/s, "")
      .trim();
  } catch {
    return "unknown";
  }
}

/** The machine a measurement ran on, in one line's worth of fields. */
export function describeMachine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? "unknown",
    cores: cpus.length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    os: osName(),
    node: process.version,
    chromium: chromiumVersion(),
    // other work on a shared machine slows every timing: the load says how busy it was
    loadAverage: Number(os.loadavg()[0].toFixed(2)),
  };
}

/** Writes one script's results, stamped with the time and the machine. */
export function writeReport(name, results) {
  mkdirSync(reportDir, { recursive: true });
  const file = path.join(reportDir, `${name}.json`);
  writeFileSync(file, `${JSON.stringify({ measuredAt: new Date().toISOString(), machine: describeMachine(), ...results }, null, 2)}\n`);
  return file;
}

/** One script's last results, if it has run. */
export function readReport(name) {
  const file = path.join(reportDir, `${name}.json`);
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : undefined;
}

/** A plain-text table with aligned columns, for the terminal. */
export function formatTable(header, rows) {
  const widths = header.map((cell, i) => Math.max(String(cell).length, ...rows.map((row) => String(row[i]).length)));
  const line = (row) => row.map((cell, i) => String(cell).padEnd(widths[i])).join("  ").trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/** Bytes as a static host sends them: gzip at the level `serve` (the compression middleware) uses. */
export const gzipSize = (content) => gzipSync(content, { level: 6 }).length;

/** Bytes in kB to one decimal. */
export const kB = (bytes) => Number((bytes / 1000).toFixed(1));

/** The median of some numbers (the mean of the middle two when there is an even count). */
export function median(values) {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
