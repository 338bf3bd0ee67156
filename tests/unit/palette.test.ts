import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import actors from "@/data/actors.json";
import { colorOfProperty, PALETTE } from "@/lib/view/palette";

const css = readFileSync(path.join(import.meta.dirname, "..", "..", "app", "globals.css"), "utf8");

/** The colour tokens of the stylesheet's `@theme` block, as { token: value } without the "--color-" prefix. */
function themeColors(source: string): Record<string, string> {
  const block = /@theme(?:\s+static)?\s*\{([^}]*)\}/.exec(source.replace(/\/\*[\s\S]*?\*\//g, ""));
  if (!block) throw new Error("app/globals.css has no @theme block");
  return Object.fromEntries([...block[1]!.matchAll(/--color-([a-z0-9-]+)\s*:\s*([^;]+);/g)].map(([, token, value]) => [token!, value!.trim()]));
}

describe("PALETTE", () => {
  it("holds exactly the colour tokens of app/globals.css, with the same values", () => {
    expect(PALETTE).toEqual(themeColors(css));
  });
  it("has a colour for every actor of the data", () => {
    for (const actor of actors) expect(colorOfProperty(actor.color), actor.id).toMatch(/^#[0-9a-f]{6}$/);
  });
});

describe(themeColors, () => {
  it("reads tokens past comments and ignores what is not a colour", () => {
    expect(themeColors("@theme static {\n  /* --color-x: red; */\n  --color-a-b: #123456;\n  --font-sans: Arial;\n}")).toEqual({ "a-b": "#123456" });
  });
});

describe(colorOfProperty, () => {
  it("gives a token's value by its custom property, and nothing for a name that is no token", () => {
    expect(colorOfProperty("--color-actor-russia")).toBe(PALETTE["actor-russia"]);
    expect(colorOfProperty("--color-actor-atlantis")).toBeUndefined();
    expect(colorOfProperty("actor-russia")).toBeUndefined();
  });
});
