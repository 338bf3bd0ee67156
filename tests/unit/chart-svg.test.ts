import { describe, expect, it } from "vitest";
import { indexPositions, snapshot } from "@/lib/analysis";
import { escapeXml, toSpectrumSvg, wrapText } from "@/lib/chart-svg";
import type { ActorView } from "@/lib/view-model";
import { dataset } from "./import-helpers";

const actor = (id: string): ActorView => {
  const a = dataset.actors.find((x) => x.id === id)!;
  return { id: a.id, name: a.name, shortName: a.shortName, color: a.color, pattern: a.pattern, shape: a.shape, kind: a.kind };
};
const snap = snapshot(indexPositions(dataset.positions), dataset.issues, "2025-06-02", "russia", "ukraine");
const rows = dataset.issues.map((issue, i) => ({ issue, relation: snap.relations[i]! }));
const input = {
  rows,
  a: actor("russia"),
  b: actor("ukraine"),
  title: "Russia and Ukraine on every issue, 2 June 2025",
  summary: "A summary.",
  colors: { russia: "#9a3412", ukraine: "#0a6cb3", overlap: "#15803d", conflict: "#b91c1c" },
  footer: { date: "2025-06-02", version: "2026-06-21.r1", permalink: "https://parley.example/?date=2025-06-02&a=russia&b=ukraine", imported: false },
};

describe(toSpectrumSvg, () => {
  it("draws every issue and a footer with title, as-of date, both actors, version and permalink", () => {
    const svg = toSpectrumSvg(input);
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    // a long title wraps onto two <text> lines: compare the text with the tags taken out
    const words = svg.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
    for (const issue of dataset.issues) expect(words).toContain(escapeXml(issue.title));
    expect(svg).toContain("Parley — Russia and Ukraine on every issue, 2 June 2025");
    expect(svg).toContain("As of 2 June 2025 · Russia and Ukraine · dataset version 2026-06-21.r1");
    expect(svg).toContain("https://parley.example/?date=2025-06-02&amp;a=russia&amp;b=ukraine");
    expect(svg).not.toContain("imported data");
    expect(toSpectrumSvg({ ...input, footer: { ...input.footer, imported: true } })).toContain("including the reader’s imported data");
  });
  it("grows with the number of rows", () => {
    const height = (svg: string) => Number(/height="(\d+)"/.exec(svg)![1]);
    expect(height(toSpectrumSvg({ ...input, rows: rows.slice(0, 1) }))).toBeLessThan(height(toSpectrumSvg(input)));
  });
  it("escapes every text, so a hostile title or colour never becomes markup", () => {
    const svg = toSpectrumSvg({
      ...input,
      title: `<script>alert(1)</script>"&'`,
      a: { ...input.a, name: "<img src=x onerror=alert(1)>" },
      colors: { ...input.colors, russia: `red" onload="alert(1)` },
    });
    expect(svg).not.toMatch(/<script|<img|onload=/);
    expect(svg).toContain("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&amp;&apos;");
  });
});

describe(wrapText, () => {
  it("wraps words to the width and keeps every word", () => {
    const lines = wrapText("one two three four five six seven eight nine ten", 100, 10);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ")).toBe("one two three four five six seven eight nine ten");
  });
});
