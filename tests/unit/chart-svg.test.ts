import { describe, expect, it } from "vitest";
import { indexPositions, snapshot } from "@/lib/analysis";
import { escapeXml, toIssueHistorySvg, toSpectrumSvg, wrapText } from "@/lib/view/chart-svg";
import { PALETTE } from "@/lib/view/palette";
import { toGapSpan } from "@/lib/view/spectrum";
import { toIssueTimeline } from "@/lib/timeline";
import { toHistoryGeometry } from "@/lib/view/history-geometry";
import type { ActorView } from "@/lib/view/view-model";
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
      a: { ...input.a, name: "<img src=x onerror=alert(1)>", color: `red" onload="alert(1)` },
    });
    expect(svg).not.toMatch(/<script|<img|onload=/);
    expect(svg).toContain("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&amp;&apos;");
  });
  it("paints with the colour tokens' values: each actor's own, the ZOPA's and the gap's", () => {
    const svg = toSpectrumSvg(input);
    for (const token of ["actor-russia", "actor-ukraine", "overlap", "conflict"] as const) expect(svg).toContain(`"${PALETTE[token]}"`);
    // an actor whose colour names no token is drawn in ink, never in whatever it names
    expect(toSpectrumSvg({ ...input, a: { ...input.a, color: "--color-actor-atlantis" } })).toContain(`fill="${PALETTE.ink}" fill-opacity="0.28"`);
  });
  it("draws a conflict's gap from the centre of one side's last option to the centre of the other's first", () => {
    const conflict = rows.find((row) => row.relation.kind === "conflict" && row.relation.a && row.relation.b)!;
    const svg = toSpectrumSvg({ ...input, rows: [conflict] });
    const span = toGapSpan(conflict.relation)!;
    // the track starts after the padding and the label column, and shares the rest of the width among the options
    const cell = (1200 - 24 - 300 - 24) / conflict.issue.spectrum.length;
    const at = (value: number) => 24 + 300 + value * cell;
    const num = (n: number) => Number(n.toFixed(2));
    expect(svg).toContain(`<rect x="${num(at(span.from))}" y="`);
    expect(svg).toContain(`width="${num(at(span.to) - at(span.from))}" height="52" fill="url(#p-gap)"/>`);
    expect(svg).toContain(`>gap ${conflict.relation.gap}<`);
  });
});

describe(wrapText, () => {
  it("wraps words to the width and keeps every word", () => {
    const lines = wrapText("one two three four five six seven eight nine ten", 100, 10);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ")).toBe("one two three four five six seven eight nine ten");
  });
});

describe(toIssueHistorySvg, () => {
  const issue = dataset.issues.find((i) => i.id === "territory")!;
  const timeline = toIssueTimeline(indexPositions(dataset.positions), issue, "russia", "ukraine", "2026-06-21");
  const history = {
    ...input,
    issue,
    rows: timeline,
    events: dataset.events,
    start: "2022-02-24",
    end: "2026-06-21",
    title: "Territory over time: Russia and Ukraine",
    footer: { ...input.footer, date: "2025-08-15" },
  };
  const geometry = toHistoryGeometry(timeline, issue.spectrum.length, history.start, history.end);

  it("draws every band and step of the page's geometry, each option, and the citable footer", () => {
    const svg = toIssueHistorySvg(history);
    const bands = svg.match(/<rect [^>]*fill="url\(#p-(russia|ukraine)\)" stroke="[^"]+" stroke-width="1\.5"/g) ?? [];
    expect(bands).toHaveLength(geometry.aBands.length + geometry.bBands.length);
    expect(svg.match(/<path d="M[^"]*" fill="none"/g)).toHaveLength(geometry.aIdeals.length + geometry.bIdeals.length);
    for (const option of issue.spectrum) expect(svg).toContain(`>${option.value} ${option.label.split(" ")[0]}`);
    expect(svg).toContain("As of 15 August 2025 · Russia and Ukraine · dataset version 2026-06-21.r1");
    expect(svg).toContain(">2023<");
  });

  it("escapes the texts it draws", () => {
    const svg = toIssueHistorySvg({ ...history, title: `<script>alert("x")</script>`, issue: { ...issue, spectrum: issue.spectrum.map((o) => ({ ...o, label: "<b>&" })) } });
    expect(svg).not.toContain("<script>");
    expect(svg).not.toContain("<b>");
    expect(svg).toContain("&lt;b&gt;&amp;");
  });
});
