// What the postbuild step does to each exported HTML page, as pure functions of its text
// (unit-tested in tests/unit/postbuild-html.test.ts).
import { createHash } from "node:crypto";

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const ASYNC_SCRIPT = /<script src="([^"]+)" async=""><\/script>/g;
const SCRIPT_PRELOAD = /<link rel="preload" as="script"[^>]*\/>/g;

/**
 * The page with its framework scripts requested after the first paint rather than from <head>.
 * As built, the async chunks arrive while the HTML is still parsing and run before anything is
 * painted, so the largest paint waits for React to start (on Lighthouse's mobile run: 2.3 s against
 * 0.8 s for the same HTML without scripts). Requested once the first contentful paint is on
 * screen, they run after it: the page reads at once and hydrates a moment later. Scripts marked
 * noModule (for old browsers) and inline scripts (the page's data) are left where they are.
 */
export function deferHydration(html) {
  const sources = [];
  const rest = html.replace(ASYNC_SCRIPT, (_, src) => {
    if (!sources.includes(src)) sources.push(src);
    return "";
  });
  if (sources.length === 0) return html;
  const loader =
    `(function(){var s=${JSON.stringify(sources)},done=false;` +
    // the async attribute matters: React finds the scripts it rendered by script[async][src] and would fetch them again
    'function l(){if(done)return;done=true;s.forEach(function(u){var e=document.createElement("script");e.src=u;e.async=true;document.head.appendChild(e)})}' +
    // after the first contentful paint is on screen (a page in a background tab paints nothing until it is
    // shown, so it loads them at once; a browser without paint timing waits two frames; none waits over 3 s)
    'if(document.visibilityState==="hidden")return l();setTimeout(l,3000);' +
    'var t=window.PerformanceObserver&&PerformanceObserver.supportedEntryTypes||[];' +
    'if(t.indexOf("paint")<0)return requestAnimationFrame(function(){requestAnimationFrame(l)});' +
    'new PerformanceObserver(function(list,o){if(list.getEntriesByName("first-contentful-paint").length){o.disconnect();l()}}).observe({type:"paint",buffered:true})})()';
  return rest.replace(SCRIPT_PRELOAD, "").replace(/<\/body>/, `<script>${loader}</script></body>`);
}

const sha256 = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

const decodeAttribute = (value) =>
  value.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/**
 * The strictest policy this page runs under: scripts only from the site or with the hash of an
 * inline script the page holds; styles only from the site or with the hash of a style attribute
 * or element the page holds ('unsafe-hashes' lets hashes match style attributes, which React
 * prerenders for positions on the charts); nothing from another host. frame-ancestors and
 * report-uri cannot be set from a <meta> tag: a host that can send headers should add them.
 */
export function contentSecurityPolicy(html) {
  const scriptHashes = new Set();
  for (const [, attributes, body] of html.matchAll(SCRIPT)) if (!/\bsrc=/.test(attributes)) scriptHashes.add(sha256(body));
  const markup = html.replace(SCRIPT, "");
  const styleHashes = new Set();
  for (const [, body] of markup.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) styleHashes.add(sha256(body));
  let attributeHashes = 0;
  for (const [, value] of markup.matchAll(/\sstyle="([^"]*)"/g)) {
    const hash = sha256(decodeAttribute(value));
    if (!styleHashes.has(hash)) attributeHashes += 1;
    styleHashes.add(hash);
  }
  const list = (set) => (set.size > 0 ? ` ${[...set].sort().join(" ")}` : "");
  return [
    "default-src 'self'",
    `script-src 'self'${list(scriptHashes)}`,
    `style-src 'self'${attributeHashes > 0 ? " 'unsafe-hashes'" : ""}${list(styleHashes)}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join("; ");
}

/** The page with its policy as the first thing in <head> after the charset, before any script or style. */
export function addContentSecurityPolicy(html) {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(html)}"/>`;
  const withoutOld = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*\/>/, "");
  const charset = /<meta charSet="utf-8"\/>/i;
  return charset.test(withoutOld) ? withoutOld.replace(charset, (tag) => `${tag}${meta}`) : withoutOld.replace(/<head>/i, `<head>${meta}`);
}

/** Everything the postbuild step does to one page; running it twice gives the same page. */
export function transformPage(html) {
  return addContentSecurityPolicy(deferHydration(html));
}
