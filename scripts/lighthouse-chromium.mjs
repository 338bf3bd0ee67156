// The machine's Chromium for Lighthouse to drive (npm run audit:lighthouse, npm run bench:scale).
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromiumArgs, findChromium } from "./chromium.mjs";

/** The machine's Chromium with a DevTools port for Lighthouse to drive, in a profile of its own. */
export async function launchChromium() {
  const profile = mkdtempSync(path.join(os.tmpdir(), "parley-lighthouse-"));
  const chromium = spawn(findChromium(), [...chromiumArgs, "--remote-debugging-port=0", `--user-data-dir=${profile}`, "about:blank"], {
    stdio: ["ignore", "ignore", "pipe"],
    detached: true,
  });
  const port = await new Promise((resolve, reject) => {
    let log = "";
    const timer = setTimeout(() => reject(new Error(`Chromium did not open a DevTools port:\n${log}`)), 30_000);
    chromium.stderr.on("data", (chunk) => {
      log += chunk;
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(log);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
  });
  const exited = new Promise((resolve) => chromium.once("exit", resolve));
  const kill = async () => {
    try {
      process.kill(-chromium.pid);
    } catch {
      // already gone
    }
    // the profile is written to until the browser has exited
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
  };
  return { port, kill };
}

