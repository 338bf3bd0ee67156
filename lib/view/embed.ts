import { toEmbedQuery, toPinQuery, type EmbedState, type PinState } from "../url/embed";
import { messages } from "./messages";

/*
 * The embeds' pure parts: where each view's embed lives, whether its pin still holds, the code a
 * reader pastes into another site, and the height of its frame.
 */

/** The overview's three charts over time, each with an embed of its own (/embed/history/<chart>/). */
export const HISTORY_CHARTS = ["gaps", "status", "distance"] as const;
export type HistoryChart = (typeof HISTORY_CHARTS)[number];

/** Whether a path segment names one of the overview's charts over time. */
export const isHistoryChart = (value: string): value is HistoryChart => (HISTORY_CHARTS as readonly string[]).includes(value);

/**
 * Which chart an embed shows, and what sets its frame's height: the overview's spectrum chart (one
 * row per issue), one issue's row (every option's label under its track) above its chart over time,
 * one of the overview's charts over time (the strips, one row per issue; the distance chart, of a
 * fixed height), or a text's chart (one row per issue it has a clause on); and how many rows carry a
 * fragile mark, whose sentence adds lines to its row.
 */
export type EmbedLayout =
  | { kind: "overview"; rows: number; fragile?: number }
  | { kind: "issue"; fragile?: number }
  | { kind: "gaps"; rows: number }
  | { kind: "status"; rows: number }
  | { kind: "distance" }
  | { kind: "document"; rows: number };

export type EmbedChart = EmbedLayout["kind"];

/**
 * The embed of one chart of a full view, from the view's path and the chart: ("/", "overview") →
 * "/embed/overview/", ("/", "gaps") → "/embed/history/gaps/", ("/issues/ceasefire/", "issue") →
 * "/embed/issues/ceasefire/", ("/documents/<id>/", "document") → "/embed/documents/<id>/". The
 * overview holds four charts, so its path alone cannot say which one is meant.
 */
export function toEmbedPath(path: string, chart: EmbedChart): string {
  switch (chart) {
    case "overview":
      return "/embed/overview/";
    case "gaps":
    case "status":
    case "distance":
      return `/embed/history/${chart}/`;
    default:
      return `/embed${path}`;
  }
}

/**
 * The address of an embed, pinned to the dataset version it is made with: a dated view's embed
 * spells out its date, pair and evidence rule; a text's chart, which reads none, only its pin.
 */
export const toEmbedUrl = (origin: string, path: string, chart: EmbedChart, state: EmbedState | PinState) =>
  `${origin}${toEmbedPath(path, chart)}${"date" in state ? toEmbedQuery(state) : toPinQuery(state)}`;

/** The title of one of the overview's charts over time as its embed and its code name it: the pair named, since the embed stands on its own. */
export function toHistoryTitle(chart: HistoryChart, a: string, b: string): string {
  switch (chart) {
    case "gaps":
      return `Every issue over time: ${a} and ${b}`;
    case "status":
      return `${messages.status.strip}: every issue, ${a} and ${b}`;
    default:
      return `Overall distance over time: ${a} and ${b}`;
  }
}

/** The title of a text's chart as its embed and its code name it (the chart's caption without the date, as for the other views). */
export const toDocumentTitle = (shortTitle: string, a: string, b: string) => `${shortTitle} on each issue, against ${a} and ${b}`;

/** A view's title as an embed heads it and its code names it: with the evidence rule when weak positions are set aside, since the same view without it shows other verdicts. */
export const toEmbedTitle = (title: string, strong?: boolean) => (strong ? `${title} (${messages.evidence.strongOnly.toLowerCase()})` : title);

export type PinStatus = { kind: "unpinned" } | { kind: "current" } | { kind: "stale"; pinned: string; current: string };

/** Whether the version an embed was pinned to is still the data's: only then does the chart show what its author saw. */
export function comparePin(pinned: string | undefined, current: string): PinStatus {
  if (!pinned) return { kind: "unpinned" };
  return pinned === current ? { kind: "current" } : { kind: "stale", pinned, current };
}

/*
 * CSS pixels, measured on every embed (the default view, a stale pin, other dates and pairs, texts
 * as sides, strong evidence only) with the site's stylesheet in this machine's Chromium, in a frame
 * 768 px wide: the narrowest at which the charts keep their two columns (md:). Narrower, rows stack
 * and grow by a third, and the chart scrolls inside its frame. At 768 px, stale notice (58 px)
 * included:
 * - the overview measured 323–345 px besides its rows; with each row's status and its reason under
 *   the verdict, its 14 rows came to 1,648–2,096 px (106–197 px a row), at most 2,440 px in all
 *   (Russia and the United States, six fragile marks). The status makes the left column the taller
 *   one, so a fragile sentence beside it adds less than on an issue: about 40 px a mark, fitted;
 * - an issue's embed measured up to 1,112 px, 1,192 px with a fragile mark (its options' labels
 *   mostly keep the right column the taller one, so the status adds little);
 * - the gap strip up to 717 px and the status strip up to 746 px for 14 issues, 24 px a row
 *   (a two-line heading or summary included); the distance chart, fixed, up to 505 px;
 * - a text's chart 485–1,489 px for 1–11 issues, its rows 98–117 px, up to 394 px besides them.
 * Rounded up, so longer names and summaries still fit.
 */
export const EMBED_HEIGHTS = {
  /** Room kept below the source line for the stale-version notice (two lines), so a pin that no longer holds costs no scrolling. */
  notice: 70,
  /** The overview without its rows: padding, heading, caption, summary, key, the table's disclosure, the source line. */
  overview: 300,
  /** One issue's row of the overview: title, verdict, status and its reason beside the track. */
  overviewRow: 135,
  overviewFragile: 45,
  /** An issue's embed: its heading, its spectrum row with the options' labels and its status, its chart over time, the source line. */
  issue: 1080,
  issueFragile: 90,
  /** The gap strip and the status strip without their rows: heading, caption, summary, the year axis, the key, the table's disclosure, the source line. */
  gaps: 340,
  gapsRow: 24,
  status: 350,
  statusRow: 24,
  /** The distance chart, whose box is fixed (h-56), with its heading, caption, summary, table's disclosure and source line. */
  distance: 450,
  /** A text's chart without its rows: heading (up to two lines), caption, summary, key, the table's disclosure, the source line. */
  document: 330,
  documentRow: 118,
} as const;

/** The frame's height in CSS pixels, the sum of its parts (EMBED_HEIGHTS). */
export function toEmbedHeight(layout: EmbedLayout): number {
  const h = EMBED_HEIGHTS;
  switch (layout.kind) {
    case "overview":
      return h.notice + h.overview + layout.rows * h.overviewRow + (layout.fragile ?? 0) * h.overviewFragile;
    case "issue":
      return h.notice + h.issue + (layout.fragile ?? 0) * h.issueFragile;
    case "gaps":
      return h.notice + h.gaps + layout.rows * h.gapsRow;
    case "status":
      return h.notice + h.status + layout.rows * h.statusRow;
    case "distance":
      return h.notice + h.distance;
    default:
      return h.notice + h.document + layout.rows * h.documentRow;
  }
}

const escapeAttribute = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * The code to paste: an iframe as wide as the column it sits in, of a fixed height, with a title
 * that names the chart for screen readers (WCAG 4.1.2). Borderless, so a frame in a 768 px column
 * is 768 px inside (a frame's default 2 px border would drop the chart below its two-column width).
 * Attribute values are escaped, so an `&` in the address reads as HTML expects and a title cannot
 * end its attribute.
 */
export function toEmbedSnippet({ src, title, height }: { src: string; title: string; height: number }): string {
  return `<iframe src="${escapeAttribute(src)}" width="100%" height="${Math.round(height)}" title="${escapeAttribute(title)}" style="border:0" loading="lazy"></iframe>`;
}
