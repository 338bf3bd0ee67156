import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { htmlFile, listPages, routeSamples } from "../../scripts/site-pages.mjs";
import { baseURL } from "../../playwright.config";
import { expect, test } from "./fixtures";

/*
 * The security of a static site, on every page of the export in out/: each carries a
 * Content-Security-Policy that allows no inline code but its own (by hash) and nothing from another
 * host; pages still hydrate under it with no violation; they request nothing from another host and
 * no script twice; and every link out is https with rel="noopener noreferrer".
 */

const pages = listPages();
// a page per statement and per page of sources: their number grows with the data, and each route's
// pages share one server-rendered template with no script of its own, so one of each is loaded in
// the browser; the policy in the HTML is still read on every one of them
const growing = /^\/(statements\/[^/]+|sources\/page\/[^/]+)\/$/;
const samples = new Set(routeSamples(pages));
const loaded = new Set(pages.filter((path) => !growing.test(path) || samples.has(path)));
const siteHost = new URL(baseURL).host;
const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
const decode = (value: string) => value.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

test("the export in out/ has pages to check", () => {
  expect(pages.length, "run `npm run build` before the browser tests").toBeGreaterThan(0);
});

test("the server forbids framing by headers, which a <meta> policy cannot (serve.json)", async ({ request }) => {
  for (const path of ["/", "/present/ceasefire/", "/data/statements.json"]) {
    const headers = (await request.get(path)).headers();
    expect(headers["content-security-policy"], path).toBe("frame-ancestors 'none'");
    expect(headers["x-frame-options"], path).toBe("DENY");
  }
});

for (const path of pages) {
  test.describe(path, () => {
    test("carries a Content-Security-Policy naming each inline script and style, and links out only over https with noopener", () => {
      const html = readFileSync(htmlFile(path), "utf8");
      const head = /<head>([\s\S]*?)<\/head>/.exec(html)?.[1] ?? "";
      const meta = /^<meta charSet="utf-8"\/><meta http-equiv="Content-Security-Policy" content="([^"]+)"\/>/.exec(head);
      expect(meta, "the policy comes right after the charset, before any script or style").not.toBeNull();
      const directives = new Map(meta![1]!.split(/;\s*/).map((d) => [d.split(" ")[0]!, d.split(" ").slice(1)]));
      expect(directives.get("default-src")).toEqual(["'self'"]);
      expect(directives.get("object-src")).toEqual(["'none'"]);
      expect(directives.get("base-uri")).toEqual(["'none'"]);
      for (const [name, sources] of directives) {
        expect(sources, `${name} allows no inline code wholesale`).not.toContain("'unsafe-inline'");
        expect(sources, `${name} allows no eval`).not.toContain("'unsafe-eval'");
        expect(sources.filter((source) => /^(https?:|\*|data:|blob:)/.test(source) && !(name === "img-src" && source === "data:")), `${name} allows no other host`).toEqual([]);
      }
      const scriptSources = directives.get("script-src") ?? [];
      for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        if (/\bsrc=/.test(attributes!)) expect(attributes, "scripts come from the site itself").toMatch(/\bsrc="\/[^/]/);
        else expect(scriptSources, `inline script "${body!.slice(0, 40)}…" is allowed by its hash`).toContain(sha256(body!));
      }
      const markup = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "");
      const styleSources = directives.get("style-src") ?? [];
      for (const [, value] of markup.matchAll(/\sstyle="([^"]*)"/g)) expect(styleSources, `style="${value}" is allowed by its hash`).toContain(sha256(decode(value!)));

      // and its links out are https, with noopener noreferrer
      for (const [anchor] of markup.matchAll(/<a\b[^>]*>/g)) {
        const href = decode(/\shref="([^"]*)"/.exec(anchor)?.[1] ?? "");
        if (!/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith("//")) continue; // a path on the site
        expect(href, "links out use https").toMatch(/^https:\/\//);
        const rel = (/\srel="([^"]*)"/.exec(anchor)?.[1] ?? "").split(/\s+/);
        expect(rel, `${href} has rel="noopener noreferrer"`).toEqual(expect.arrayContaining(["noopener", "noreferrer"]));
      }
    });

    if (loaded.has(path))
      test("hydrates under its policy with no violation, reaching no other host and no script twice", async ({ page }) => {
        const elsewhere: string[] = [];
        const scripts: string[] = [];
        // nothing leaves the machine even if a page tries: requests to other hosts are refused, and counted
        await page.route(
          (url) => url.host !== siteHost && /^(https?|wss?):$/.test(url.protocol),
          (route) => {
            elsewhere.push(route.request().url());
            return route.abort();
          },
        );
        page.on("request", (request) => {
          if (request.resourceType() === "script") scripts.push(request.url());
        });
        await page.addInitScript(() => {
          const violations: string[] = [];
          Object.assign(window, { __violations: violations });
          document.addEventListener("securitypolicyviolation", (event) => violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`));
        });
        const response = await page.goto(path);
        expect(response?.status()).toBe(200);
        await page.waitForLoadState("networkidle");
        // React marks the nodes it hydrated: if the policy had blocked a script, this would never happen
        await page.waitForFunction(() => {
          const main = document.querySelector("main");
          return !!main && Object.keys(main).some((key) => key.startsWith("__react"));
        });
        expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations), "Content-Security-Policy violations").toEqual([]);
        expect(elsewhere, "requests to other hosts").toEqual([]);
        expect(scripts.filter((url, i) => scripts.indexOf(url) !== i), "scripts requested twice").toEqual([]);
        // links the browser renders after hydration follow the same rule as the prerendered ones
        const out = await page.evaluate((host) =>
          [...document.querySelectorAll("a[href]")]
            .map((a) => ({ href: (a as HTMLAnchorElement).href, rel: a.getAttribute("rel") ?? "" }))
            .filter(({ href }) => new URL(href).host !== host),
        siteHost);
        for (const { href, rel } of out) {
          expect(href).toMatch(/^https:\/\//);
          expect(rel.split(/\s+/), `${href} has rel="noopener noreferrer"`).toEqual(expect.arrayContaining(["noopener", "noreferrer"]));
        }
      });
  });
}
