// A static server for a directory, as a static host would serve it: `serve`, with gzip, on 127.0.0.1.
// Started in its own process group, so stopping it also stops the node process npx starts.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

// the headers a host should send, which a <meta> policy cannot set (README, Security)
const config = fileURLToPath(new URL("../serve.json", import.meta.url));

/** Serves `dir` on `port`; resolves once it answers, with a stop() that ends the process group. */
export async function startStaticServer(dir, port) {
  const origin = `http://127.0.0.1:${port}`;
  // serve moves to another port when its own is taken, and the one answering here would be a stranger
  const taken = await fetch(`${origin}/`).then(
    () => true,
    () => false,
  );
  if (taken) throw new Error(`${origin} is already taken by another server: stop it, or choose another port`);
  const server = spawn("npx", ["serve", dir, "-l", `tcp://127.0.0.1:${port}`, "--no-request-logging", "--config", config], { stdio: "ignore", detached: true });
  const stop = () => {
    try {
      process.kill(-server.pid);
    } catch {
      // already gone
    }
  };
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(`${origin}/`);
      return { origin, stop };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  stop();
  throw new Error(`serve did not answer on ${origin} within 20 s (is the port taken?)`);
}
