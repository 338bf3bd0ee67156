import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { addContentSecurityPolicy, contentSecurityPolicy, deferHydration, transformPage } from "../../scripts/postbuild-html.mjs";

const hash = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
const page = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/late.js"/>',
  '<script src="/_next/static/chunks/react.js" async=""></script>',
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
  "</head><body>",
  '<p style="left:50%;font-family:&quot;Noto Sans&quot;">Hello</p>',
  "<script>self.__next_f.push([1])</script>",
  '<script src="/_next/static/chunks/late.js" async=""></script>',
  "</body></html>",
].join("");

describe(deferHydration, () => {
  const deferred = deferHydration(page);
  it("takes the async framework scripts and their preloads out of the HTML", () => {
    expect(deferred).not.toMatch(/<script src="[^"]+" async="">/);
    expect(deferred).not.toContain('rel="preload" as="script"');
  });
  it("requests them, in their order, after the first contentful paint, as async scripts React recognises", () => {
    const loader = /<script>(\(function\(\)\{[\s\S]*?)<\/script><\/body>/.exec(deferred)?.[1];
    expect(loader).toContain('["/_next/static/chunks/react.js","/_next/static/chunks/late.js"]');
    expect(loader).toContain('getEntriesByName("first-contentful-paint")');
    expect(loader).toContain("setTimeout(l,3000)");
    expect(loader).toContain("e.async=true");
  });
  it("leaves the page's inline data and the scripts for old browsers where they are", () => {
    expect(deferred).toContain("<script>self.__next_f.push([1])</script>");
    expect(deferred).toContain('<script src="/_next/static/chunks/polyfills.js" noModule=""></script>');
  });
  it("leaves a page without async scripts, or one already deferred, alone", () => {
    expect(deferHydration("<html><body><p>x</p></body></html>")).toBe("<html><body><p>x</p></body></html>");
    expect(deferHydration(deferred)).toBe(deferred);
  });
});

describe(contentSecurityPolicy, () => {
  const policy = contentSecurityPolicy(page);
  const directive = (name: string) => policy.split("; ").find((d) => d.startsWith(`${name} `))?.split(" ").slice(1);
  it("allows scripts from the site and each inline script by its hash, and nothing else", () => {
    expect(directive("script-src")).toEqual(["'self'", hash("self.__next_f.push([1])")]);
  });
  it("allows each style attribute by the hash of its decoded value", () => {
    expect(directive("style-src")).toEqual(["'self'", "'unsafe-hashes'", hash('left:50%;font-family:"Noto Sans"')]);
  });
  it("needs no 'unsafe-hashes' on a page without style attributes", () => {
    expect(contentSecurityPolicy("<html><body><style>p{}</style></body></html>")).toContain(`style-src 'self' ${hash("p{}")};`);
  });
  it("never allows inline code wholesale, eval, plugins or another host", () => {
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    expect(directive("default-src")).toEqual(["'self'"]);
    expect(directive("object-src")).toEqual(["'none'"]);
  });
});

describe(addContentSecurityPolicy, () => {
  it("puts the policy right after the charset, before any stylesheet or script", () => {
    expect(addContentSecurityPolicy(page)).toMatch(/<head><meta charSet="utf-8"\/><meta http-equiv="Content-Security-Policy" content="default-src 'self'; [^"]+"\/><link rel="stylesheet"/);
  });
  it("replaces an earlier policy, so the postbuild step can run twice", () => {
    const once = transformPage(page);
    expect(transformPage(once)).toBe(once);
    expect(once.match(/Content-Security-Policy/g)).toHaveLength(1);
  });
});
