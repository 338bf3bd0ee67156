import type { Relation } from "../analysis";
import { formatDate } from "./format";
import { messages } from "./messages";
import { colorOfProperty, PALETTE } from "./palette";
import { formatRelationDetail } from "./sentences";
import { toGapSpan } from "./spectrum";
import { yearStarts, type IssueTimelineRow } from "../timeline";
import { toHistoryGeometry, xPercent } from "./history-geometry";
import type { ActorView, EventView, IssueView } from "./view-model";

/*
 * The spectrum chart as one standalone SVG file, for "Download SVG" and (drawn on a canvas)
 * "Download PNG". Built from the chart's rows rather than copied from the page: the page draws
 * each row as its own SVG with HTML around it and colours from CSS variables, none of which
 * survive outside the page, so the colours come from the tokens' values (lib/view/palette.ts).
 * Pure, so it is unit-tested; loaded only when a reader asks for a file.
 * Every text is escaped: an imported statement or a crafted title can never become markup.
 */

type Row = { issue: Pick<IssueView, "id" | "title" | "spectrum">; relation: Relation };
type Actor = Pick<ActorView, "id" | "name" | "color" | "pattern" | "shape">;

export type ChartImageInput = {
  rows: readonly Row[];
  a: Actor;
  b: Actor;
  title: string;
  summary: string;
  /** What the image's footer says: the view it shows and where to find it. */
  footer: { date: string; version: string; permalink: string; imported: boolean };
};

export const CHART_WIDTH = 1200;
const PAD = 24;
const LABEL_WIDTH = 300;
const TRACK_X = PAD + LABEL_WIDTH;
const TRACK_WIDTH = CHART_WIDTH - TRACK_X - PAD;
const TRACK_HEIGHT = 64;
const ROW_HEIGHT = TRACK_HEIGHT + 34;
const FONT = `ui-sans-serif, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', Arial, sans-serif`;
/** An actor's colour in a file: the value of the token it names, or ink for a name that is no token. */
const colorOf = (actor: Actor) => colorOfProperty(actor.color) ?? PALETTE.ink;

export const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);

/** Words wrapped to lines of about `width` pixels at `size` (an average glyph is ~0.55 em wide). */
export function wrapText(text: string, width: number, size: number): string[] {
  const perLine = Math.max(8, Math.floor(width / (size * 0.55)));
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length > perLine && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

const text = (x: number, y: number, content: string, attrs = "") => `<text x="${x}" y="${y}"${attrs ? ` ${attrs}` : ""}>${escapeXml(content)}</text>`;
const num = (n: number) => Number(n.toFixed(2));

function patternMarks(pattern: Actor["pattern"], color: string) {
  switch (pattern) {
    case "diagonal":
      return `<path d="M-1,1 l2,-2 M0,8 l8,-8 M7,9 l2,-2" stroke="${color}" stroke-width="2"/>`;
    case "dots":
      return `<circle cx="4" cy="4" r="1.6" fill="${color}"/>`;
    case "crosshatch":
      return `<path d="M0,0 L8,8 M8,0 L0,8" stroke="${color}" stroke-width="1.2"/>`;
    case "horizontal":
      return `<path d="M0,4 H8" stroke="${color}" stroke-width="2"/>`;
    case "vertical":
      return `<path d="M4,0 V8" stroke="${color}" stroke-width="2"/>`;
    default:
      return "";
  }
}

function markShape(actor: Actor, color: string, x: number, y: number, size: number) {
  const r = size / 2;
  const common = `fill="${color}" stroke="${PALETTE.paper}" stroke-width="${num(Math.max(1.5, size / 6))}"`;
  switch (actor.shape) {
    case "square":
      return `<rect x="${num(x - r)}" y="${num(y - r)}" width="${size}" height="${size}" ${common}/>`;
    case "diamond":
      return `<path d="M${num(x)},${num(y - r * 1.2)} L${num(x + r * 1.2)},${num(y)} L${num(x)},${num(y + r * 1.2)} L${num(x - r * 1.2)},${num(y)} Z" ${common}/>`;
    case "triangle":
      return `<path d="M${num(x)},${num(y - r * 1.2)} L${num(x + r * 1.2)},${num(y + r)} L${num(x - r * 1.2)},${num(y + r)} Z" ${common}/>`;
    default:
      return `<circle cx="${num(x)}" cy="${num(y)}" r="${r}" ${common}/>`;
  }
}

function relationText(row: Row) {
  const label = messages.relation[row.relation.kind];
  const detail = formatRelationDetail(row);
  return detail ? `${label} · ${detail}` : label;
}

/** The title and summary at the top of an image; returns the y below them. */
function heading(out: string[], title: string, summary: string): number {
  let y = PAD;
  for (const line of wrapText(title, CHART_WIDTH - 2 * PAD, 22)) {
    y += 26;
    out.push(text(PAD, y, line, `font-size="22" font-weight="700" fill="${PALETTE.ink}"`));
  }
  for (const line of wrapText(summary, CHART_WIDTH - 2 * PAD, 15)) {
    y += 20;
    out.push(text(PAD, y, line, `font-size="15" fill="${PALETTE.muted}"`));
  }
  return y;
}

/** The footer that makes an image citable on its own; returns the image's height. */
function citation(out: string[], y: number, title: string, a: Actor, b: Actor, footer: ChartImageInput["footer"]): number {
  y += 8;
  out.push(`<line x1="${PAD}" y1="${y}" x2="${CHART_WIDTH - PAD}" y2="${y}" stroke="${PALETTE.ink}"/>`);
  const footerLines = [
    `Parley — ${title}`,
    `As of ${formatDate(footer.date)} · ${a.name} and ${b.name} · dataset version ${footer.version}${footer.imported ? " · including the reader’s imported data" : ""}`,
    footer.permalink,
  ];
  footerLines.forEach((line, i) => {
    y += 20;
    out.push(text(PAD, y, line, `font-size="13" fill="${i === 0 ? PALETTE.ink : PALETTE.muted}"${i === 0 ? ' font-weight="600"' : ""}`));
  });
  return Math.ceil(y + PAD);
}

/** The fill patterns of both actors, the ZOPA and the gap, as on the page (components/charts/chart-patterns.tsx). */
function patterns(a: Actor, b: Actor): string {
  const { overlap, conflict } = PALETTE;
  return [
    ...[a, b].map(
      (actor) =>
        `<pattern id="p-${actor.id}" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="${colorOf(actor)}" fill-opacity="0.28"/>${patternMarks(actor.pattern, colorOf(actor))}</pattern>`,
    ),
    `<pattern id="p-zopa" width="10" height="10" patternUnits="userSpaceOnUse"><rect width="10" height="10" fill="${overlap}" fill-opacity="0.2"/><path d="M0,5 H10" stroke="${overlap}" stroke-opacity="0.5"/></pattern>`,
    `<pattern id="p-gap" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="8" fill="${conflict}" fill-opacity="0.08"/><path d="M0,0 V8" stroke="${conflict}" stroke-width="2.5"/></pattern>`,
  ].join("");
}

function svgFile(title: string, summary: string, height: number, defs: string, body: readonly string[]): string {
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${height}" viewBox="0 0 ${CHART_WIDTH} ${height}" font-family="${FONT}" role="img" aria-labelledby="t d">`,
    `<title id="t">${escapeXml(title)}</title>`,
    `<desc id="d">${escapeXml(summary)}</desc>`,
    `<defs>${defs}</defs>`,
    `<rect width="${CHART_WIDTH}" height="${height}" fill="${PALETTE.paper}"/>`,
    ...body,
    `</svg>`,
    "",
  ].join("\n");
}

/** The chart as the text of an SVG file. */
export function toSpectrumSvg({ rows, a, b, title, summary, footer }: ChartImageInput): string {
  const { overlap, conflict } = PALETTE;
  const out: string[] = [];
  let y = heading(out, title, summary);

  // legend: the two actors' shapes and patterns, the ZOPA, the gap
  y += 30;
  let x = PAD;
  for (const actor of [a, b]) {
    out.push(`<rect x="${x}" y="${y - 11}" width="26" height="14" rx="3" fill="url(#p-${actor.id})" stroke="${colorOf(actor)}" stroke-width="2"/>`);
    out.push(markShape(actor, colorOf(actor), x + 36, y - 4, 13));
    out.push(text(x + 48, y, actor.name, `font-size="14" font-weight="600" fill="${PALETTE.ink}"`));
    x += 60 + actor.name.length * 8.5;
  }
  out.push(`<rect x="${x}" y="${y - 11}" width="22" height="14" fill="url(#p-zopa)" stroke="${overlap}" stroke-width="2"/>`);
  out.push(text(x + 28, y, "Zone of possible agreement", `font-size="14" fill="${PALETTE.ink}"`));
  x += 230;
  out.push(`<rect x="${x}" y="${y - 11}" width="22" height="14" fill="url(#p-gap)"/>`);
  out.push(text(x + 28, y, "Gap", `font-size="14" fill="${PALETTE.ink}"`));
  y += 14;
  out.push(text(PAD, y + 12, "Bar: what each side could live with · mark: what it asks for", `font-size="12" fill="${PALETTE.muted}"`));
  y += 26;

  // one row per issue
  for (const row of rows) {
    const { relation, issue } = row;
    const n = issue.spectrum.length;
    const cell = TRACK_WIDTH / n;
    const at = (value: number) => TRACK_X + value * cell;
    const top = y + 6;
    out.push(`<line x1="${PAD}" y1="${y}" x2="${CHART_WIDTH - PAD}" y2="${y}" stroke="${PALETTE["chart-grid"]}"/>`);
    const titleRows = wrapText(issue.title, LABEL_WIDTH - 40, 15).slice(0, 2);
    titleRows.forEach((line, i) => out.push(text(PAD, top + 18 + i * 18, line, `font-size="15" font-weight="600" fill="${PALETTE.ink}"`)));
    const tone = relation.kind === "conflict" ? conflict : relation.kind === "unknown" ? PALETTE.muted : overlap;
    // bold text runs wider than the average glyph wrapText assumes, so it gets a narrower column
    for (const [i, line] of wrapText(relationText(row), LABEL_WIDTH - 56, 12).slice(0, 2).entries())
      out.push(text(PAD, top + 22 + titleRows.length * 18 + i * 15, line, `font-size="12" font-weight="600" fill="${tone}"`));

    issue.spectrum.forEach((option) => {
      out.push(`<rect x="${num(at(option.value) + 1)}" y="${top + 2}" width="${num(cell - 2)}" height="${TRACK_HEIGHT - 4}" fill="${option.value % 2 ? PALETTE["chart-band"] : PALETTE["chart-band-alt"]}"/>`);
    });
    if (relation.zopa)
      out.push(`<rect x="${num(at(relation.zopa[0]))}" y="${top}" width="${num(at(relation.zopa[1] + 1) - at(relation.zopa[0]))}" height="${TRACK_HEIGHT}" fill="url(#p-zopa)" stroke="${overlap}" stroke-width="3"/>`);
    const gap = toGapSpan(relation);
    if (gap) {
      const from = at(gap.from);
      const to = at(gap.to);
      out.push(`<rect x="${num(from)}" y="${top + 6}" width="${num(to - from)}" height="${TRACK_HEIGHT - 12}" fill="url(#p-gap)"/>`);
      const centre = (from + to) / 2;
      out.push(`<rect x="${num(centre - 30)}" y="${top + TRACK_HEIGHT / 2 - 10}" width="60" height="20" rx="3" fill="${PALETTE.paper}" stroke="${conflict}"/>`);
      out.push(text(num(centre), top + TRACK_HEIGHT / 2 + 5, `gap ${relation.gap}`, `font-size="13" font-weight="700" text-anchor="middle" fill="${conflict}"`));
    }
    for (const [actor, position, barY] of [
      [a, relation.a, top + 10],
      [b, relation.b, top + 38],
    ] as const) {
      if (!position) continue;
      out.push(
        `<rect x="${num(at(position.acceptable[0]) + 4)}" y="${barY}" width="${num(at(position.acceptable[1] + 1) - at(position.acceptable[0]) - 8)}" height="16" rx="3" fill="url(#p-${actor.id})" stroke="${colorOf(actor)}" stroke-width="2"/>`,
      );
      out.push(markShape(actor, colorOf(actor), at(position.ideal + 0.5), barY + 8, 14));
    }
    if (!relation.a || !relation.b) {
      const missing = [!relation.a ? a.name : "", !relation.b ? b.name : ""].filter(Boolean).join(" and ");
      out.push(text(TRACK_X + 8, top + TRACK_HEIGHT / 2 + 5, `No coded position for ${missing}`, `font-size="12" fill="${PALETTE.muted}"`));
    }
    out.push(text(TRACK_X, top + TRACK_HEIGHT + 15, `← ${issue.spectrum[0]!.label}`, `font-size="11" fill="${PALETTE.muted}"`));
    out.push(text(CHART_WIDTH - PAD, top + TRACK_HEIGHT + 15, `${issue.spectrum[n - 1]!.label} →`, `font-size="11" text-anchor="end" fill="${PALETTE.muted}"`));
    y += ROW_HEIGHT;
  }

  const height = citation(out, y, title, a, b, footer);
  return svgFile(title, summary, height, patterns(a, b), out);
}

export type HistoryImageInput = Omit<ChartImageInput, "rows"> & {
  issue: Pick<IssueView, "id" | "title" | "spectrum">;
  rows: readonly IssueTimelineRow[];
  events: readonly Pick<EventView, "date">[];
  start: string;
  end: string;
};

const OPTION_HEIGHT = 44;
const AXIS_LABEL_WIDTH = 260;

/** One issue over time (components/charts/issue-history-plot.tsx) as the text of an SVG file, drawn from the same geometry. */
export function toIssueHistorySvg({ issue, rows, a, b, events, start, end, title, summary, footer }: HistoryImageInput): string {
  const { overlap } = PALETTE;
  const out: string[] = [];
  let y = heading(out, title, summary);

  // legend: each side's ask (a line, the second dashed) and range, the ZOPA, the gap
  y += 30;
  let x = PAD;
  for (const [actor, dash] of [[a, ""], [b, ' stroke-dasharray="8 4"']] as const) {
    out.push(`<line x1="${x}" y1="${y - 4}" x2="${x + 26}" y2="${y - 4}" stroke="${colorOf(actor)}" stroke-width="3"${dash}/>`);
    out.push(`<rect x="${x + 34}" y="${y - 11}" width="26" height="14" rx="3" fill="url(#p-${actor.id})" stroke="${colorOf(actor)}" stroke-width="2"/>`);
    out.push(text(x + 68, y, `${actor.name}: asks for (line), could live with (band)`, `font-size="14" fill="${PALETTE.ink}"`));
    x += 120 + (actor.name.length + 40) * 7;
  }
  y += 24;
  out.push(`<rect x="${PAD}" y="${y - 11}" width="22" height="14" fill="url(#p-zopa)" stroke="${overlap}" stroke-width="2"/>`);
  out.push(text(PAD + 28, y, "Zone of possible agreement", `font-size="14" fill="${PALETTE.ink}"`));
  out.push(`<rect x="${PAD + 240}" y="${y - 11}" width="22" height="14" fill="url(#p-gap)"/>`);
  out.push(text(PAD + 268, y, "Gap · dotted lines: key events · black line: the as-of date", `font-size="14" fill="${PALETTE.ink}"`));
  y += 20;

  // the plot: options as rows (0 at the bottom), time from left to right
  const n = issue.spectrum.length;
  const left = PAD + AXIS_LABEL_WIDTH;
  const width = CHART_WIDTH - PAD - left;
  const top = y;
  const height = n * OPTION_HEIGHT;
  const px = (percent: number) => num(left + (percent / 100) * width);
  const py = (percent: number) => num(top + (percent / 100) * height);
  issue.spectrum.forEach((option) => {
    const rowTop = top + (n - 1 - option.value) * OPTION_HEIGHT;
    if (option.value % 2 === 0) out.push(`<rect x="${left}" y="${rowTop}" width="${width}" height="${OPTION_HEIGHT}" fill="${PALETTE["chart-row"]}"/>`);
    const lines = wrapText(`${option.value} ${option.label}`, AXIS_LABEL_WIDTH - 16, 12).slice(0, 2);
    lines.forEach((line, i) => out.push(text(left - 8, num(rowTop + OPTION_HEIGHT / 2 + 4 - (lines.length - 1) * 7 + i * 14), line, `font-size="12" text-anchor="end" fill="${PALETTE.ink}"`)));
  });
  for (const year of yearStarts(start, end)) {
    const at = px(xPercent(year, start, end));
    out.push(`<line x1="${at}" y1="${top}" x2="${at}" y2="${top + height}" stroke="${PALETTE["chart-grid"]}"/>`);
    out.push(text(at, top + height + 16, year.slice(0, 4), `font-size="12" text-anchor="middle" fill="${PALETTE.muted}"`));
  }
  const shapes = toHistoryGeometry(rows, n, start, end);
  const boxes = (list: typeof shapes.aBands, fill: string, stroke: string) =>
    list.map((box) => `<rect x="${px(box.x)}" y="${py(box.y)}" width="${num((box.width / 100) * width)}" height="${num((box.height / 100) * height)}" fill="${fill}"${stroke ? ` stroke="${stroke}" stroke-width="1.5"` : ""}/>`);
  out.push(...boxes(shapes.gaps, "url(#p-gap)", ""));
  out.push(...boxes(shapes.zopas, "url(#p-zopa)", overlap));
  out.push(...boxes(shapes.aBands, `url(#p-${a.id})`, colorOf(a)));
  out.push(...boxes(shapes.bBands, `url(#p-${b.id})`, colorOf(b)));
  for (const [steps, actor, dash] of [[shapes.aIdeals, a, ""], [shapes.bIdeals, b, ' stroke-dasharray="8 4"']] as const)
    for (const step of steps) {
      // a step from the run before comes down (or up) at the run's start, then the run goes on to its end
      const d = step.stepFromY === undefined ? `M${px(step.x1)},${py(step.y)} H${px(step.x2)}` : `M${px(step.x1)},${py(step.stepFromY)} V${py(step.y)} H${px(step.x2)}`;
      out.push(`<path d="${d}" fill="none" stroke="${colorOf(actor)}" stroke-width="3"${dash}/>`);
    }
  for (const event of events) {
    const at = px(xPercent(event.date, start, end));
    out.push(`<line x1="${at}" y1="${top}" x2="${at}" y2="${top + height}" stroke="${PALETTE["chart-faint"]}" stroke-dasharray="2 3"/>`);
  }
  const asOf = px(xPercent(footer.date, start, end));
  out.push(`<line x1="${asOf}" y1="${top}" x2="${asOf}" y2="${top + height}" stroke="${PALETTE.ink}" stroke-width="2"/>`);
  out.push(`<rect x="${left}" y="${top}" width="${width}" height="${height}" fill="none" stroke="${PALETTE["chart-faint"]}"/>`);
  y = top + height + 24;

  const imageHeight = citation(out, y, title, a, b, footer);
  return svgFile(title, summary, imageHeight, patterns(a, b), out);
}
