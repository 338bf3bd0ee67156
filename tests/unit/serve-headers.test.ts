import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "../../scripts/postbuild-html.mjs";

/*
 * The framing headers of serve.json, read by the code that applies them: serve-handler, which the
 * pinned `serve` devDependency runs for the local servers and the browser tests. It applies every
 * rule whose source matches, in the file's order, a later rule's header replacing an earlier one's
 * of the same name; no rule is "more specific" than another, and serve's schema allows no empty
 * value, so a header set by one rule cannot be taken away by another. Hence the site's rule is the
 * negation of the embeds' (!embed/**): X-Frame-Options: DENY must never reach an embed.
 */

type Handler = (request: IncomingMessage, response: ServerResponse, config: object) => Promise<void>;
const handler = createRequire(import.meta.url)("serve-handler") as Handler;
const config = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "..", "..", "serve.json"), "utf8")) as object;

let dir = "";
let origin = "";
let close = () => {};

beforeAll(async () => {
  // a miniature export: a page of the site, an issue page, the embeds, and a path that only starts like one
  dir = mkdtempSync(path.join(tmpdir(), "parley-serve-"));
  for (const page of ["", "issues/ceasefire", "embed/overview", "embed/issues/ceasefire", "embedded"]) {
    mkdirSync(path.join(dir, page), { recursive: true });
    writeFileSync(path.join(dir, page, "index.html"), "<!doctype html><title>page</title>");
  }
  const server = createServer((request, response) => void handler(request, response, { ...config, public: dir }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
afterAll(() => {
  close();
  rmSync(dir, { recursive: true, force: true });
});

const framing = async (pathname: string, base = origin) => {
  const response = await fetch(`${base}${pathname}`);
  return { status: response.status, csp: response.headers.get("content-security-policy"), xfo: response.headers.get("x-frame-options") };
};

describe("serve.json", () => {
  it("forbids framing the site's pages, its files and its missing pages", async () => {
    for (const pathname of ["/", "/issues/ceasefire/", "/embedded/", "/no-such-page/"]) {
      const { csp, xfo } = await framing(pathname);
      expect(csp, pathname).toBe("frame-ancestors 'none'");
      expect(xfo, pathname).toBe("DENY");
    }
  });
  it("lets any site frame the embeds, whatever their query, with no X-Frame-Options to veto it", async () => {
    for (const pathname of ["/embed/overview/", "/embed/overview/?v=2020-01-01.r0&date=2025-06-02", "/embed/issues/ceasefire/"]) {
      const { status, csp, xfo } = await framing(pathname);
      expect(status, pathname).toBe(200);
      expect(csp, pathname).toBe("frame-ancestors *");
      expect(xfo, pathname).toBeNull();
    }
  });
  it("needs the negation: with a rule for every path, a later rule for the embeds replaces its policy but not its X-Frame-Options", async () => {
    const naive = { headers: [
      { source: "**", headers: [{ key: "Content-Security-Policy", value: "frame-ancestors 'none'" }, { key: "X-Frame-Options", value: "DENY" }] },
      { source: "embed/**", headers: [{ key: "Content-Security-Policy", value: "frame-ancestors *" }] },
    ] };
    const server = createServer((request, response) => void handler(request, response, { ...naive, public: dir }));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { csp, xfo } = await framing("/embed/overview/", `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
      expect(csp).toBe("frame-ancestors *");
      expect(xfo).toBe("DENY");
    } finally {
      server.close();
    }
  });
});

describe("the pages' own policy (scripts/postbuild.mjs)", () => {
  it("leaves framing to the headers: browsers ignore frame-ancestors in a <meta> policy", () => {
    expect(contentSecurityPolicy("<html><head></head><body><div data-embed></div></body></html>")).not.toContain("frame-ancestors");
  });
});
