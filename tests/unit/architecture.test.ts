import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/*
 * The layout's rules, checked on the source itself: what each folder may hold, which way imports
 * run, and that nothing but the URL hooks touches the query string. The lint rules
 * (eslint.config.mjs, no-restricted-imports) say the same at the line that breaks them; this test
 * also sees what lint cannot, such as a cycle or a client component in a server-safe folder.
 */

const root = path.resolve(import.meta.dirname, "..", "..");
const SOURCE = /\.(ts|tsx)$/;

function walk(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const rel = path.posix.join(dir, name);
    return statSync(path.join(root, rel)).isDirectory() ? walk(rel) : SOURCE.test(name) ? [rel] : [];
  });
}

const files = [...walk("app"), ...walk("components"), ...walk("lib")];
const source = new Map(files.map((file) => [file, readFileSync(path.join(root, file), "utf8")]));
const isClient = (file: string) => /^\s*["']use client["']/.test(source.get(file)!);

/** The modules a file imports, resolved to repository paths (packages left out). */
function importsOf(file: string): string[] {
  const specifiers = [...source.get(file)!.matchAll(/(?:from\s+|import\s*\(\s*)["']([^"']+)["']/g)].map((m) => m[1]!);
  return specifiers.flatMap((spec) => {
    const base = spec.startsWith("@/") ? spec.slice(2) : spec.startsWith(".") ? path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)) : undefined;
    if (base === undefined) return [];
    const found = ["", ".ts", ".tsx", "/index.ts", "/index.tsx"].map((ext) => base + ext).find((p) => source.has(p) || (existsSync(path.join(root, p)) && statSync(path.join(root, p)).isFile()));
    return found ? [found] : [];
  });
}
const graph = new Map(files.map((file) => [file, importsOf(file)]));

const COMPONENT_FOLDERS = ["ui", "charts", "controls", "hooks", "overview", "issue", "changes", "statements", "documents", "present", "import", "methodology", "changelog", "ledger", "embed", "sequencing", "disputes", "deal", "sources"];
const LIB_FOLDERS = ["server", "view", "url", "files"];

describe("the layout", () => {
  it("holds no component at the root of components/, only the folders whose names say what they hold", () => {
    const entries = readdirSync(path.join(root, "components"));
    expect(entries.filter((name) => !statSync(path.join(root, "components", name)).isDirectory())).toEqual([]);
    expect(entries.filter((name) => !COMPONENT_FOLDERS.includes(name))).toEqual([]);
  });
  it("keeps lib/'s root for the pure domain, beside its labelled folders", () => {
    const folders = readdirSync(path.join(root, "lib")).filter((name) => statSync(path.join(root, "lib", name)).isDirectory());
    expect(folders.filter((name) => !LIB_FOLDERS.includes(name))).toEqual([]);
  });
  it("keeps client components out of components/ui/, and only client modules in controls/ and hooks/", () => {
    expect(files.filter((f) => f.startsWith("components/ui/") && isClient(f))).toEqual([]);
    expect(files.filter((f) => /^components\/(controls|hooks)\//.test(f) && !isClient(f))).toEqual([]);
  });
  it("puts every module that imports server-only in lib/server/, and only those", () => {
    const serverOnly = files.filter((f) => /from\s+["']server-only["']|^import\s+["']server-only["']/m.test(source.get(f)!));
    expect(serverOnly.filter((f) => !f.startsWith("lib/server/"))).toEqual([]);
    expect(files.filter((f) => f.startsWith("lib/server/") && !serverOnly.includes(f))).toEqual([]);
  });
});

describe("imports", () => {
  const offending = (from: (f: string) => boolean, to: (t: string) => boolean) =>
    files.filter(from).flatMap((f) => graph.get(f)!.filter(to).map((t) => `${f} → ${t}`));

  it("never run from a component to lib/server/", () => {
    expect(offending((f) => f.startsWith("components/"), (t) => t.startsWith("lib/server/"))).toEqual([]);
  });
  it("never run from lib/ to components/ or app/", () => {
    expect(offending((f) => f.startsWith("lib/"), (t) => t.startsWith("components/") || t.startsWith("app/"))).toEqual([]);
  });
  it("never run from the domain at lib/'s root to lib/view/, lib/url/ or lib/server/", () => {
    const atRoot = (f: string) => f.startsWith("lib/") && !f.slice(4).includes("/");
    expect(offending(atRoot, (t) => /^lib\/(view|url|server)\//.test(t))).toEqual([]);
  });
  it("never run from the URL codecs to the views' words (lib/view/)", () => {
    expect(offending((f) => f.startsWith("lib/url/"), (t) => t.startsWith("lib/view/"))).toEqual([]);
  });
  it("form no cycle", () => {
    const cycles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === "done") return;
      if (state.get(file) === "open") {
        cycles.push([...trail.slice(trail.indexOf(file)), file].join(" → "));
        return;
      }
      state.set(file, "open");
      for (const next of graph.get(file) ?? []) visit(next, [...trail, file]);
      state.set(file, "done");
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });
});

describe("the query string", () => {
  it("is read and written only by the URL hooks (components/hooks/), through the codecs of lib/url/", () => {
    const byHand = /URLSearchParams|location\.search|history\.replaceState/;
    expect(files.filter((f) => f.startsWith("components/") && !f.startsWith("components/hooks/") && byHand.test(source.get(f)!))).toEqual([]);
  });
  it("is parsed with one hook: every codec in lib/url/ has the same two functions", async () => {
    const codecs = files.filter((f) => f.startsWith("lib/url/") && /Codec\b.*UrlCodec</.test(source.get(f)!));
    expect(codecs.length).toBeGreaterThanOrEqual(4);
    for (const file of codecs) {
      const exported: Record<string, unknown> = await import(path.join(root, file));
      for (const [name, value] of Object.entries(exported).filter(([name]) => name.endsWith("Codec"))) {
        expect(typeof (value as { parse?: unknown }).parse, `${file} ${name}.parse`).toBe("function");
        expect(typeof (value as { toQuery?: unknown }).toQuery, `${file} ${name}.toQuery`).toBe("function");
      }
    }
  });
});
