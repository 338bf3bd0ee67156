import { toEmbedQuery, type EmbedState } from "../url/embed";

/*
 * The embeds' pure parts: where each view's embed lives, whether its pin still holds, the code a
 * reader pastes into another site, and the height of its frame.
 */

/** The embed of a full view's path: "/" → "/embed/overview/", "/issues/ceasefire/" → "/embed/issues/ceasefire/". */
export const toEmbedPath = (path: string) => (path === "/" ? "/embed/overview/" : `/embed${path}`);

/** The address of an embed, pinned to the dataset version it is made with. */
export const toEmbedUrl = (origin: string, path: string, state: EmbedState) => `${origin}${toEmbedPath(path)}${toEmbedQuery(state)}`;

export type PinStatus = { kind: "unpinned" } | { kind: "current" } | { kind: "stale"; pinned: string; current: string };

/** Whether the version an embed was pinned to is still the data's: only then does the chart show what its author saw. */
export function comparePin(pinned: string | undefined, current: string): PinStatus {
  if (!pinned) return { kind: "unpinned" };
  return pinned === current ? { kind: "current" } : { kind: "stale", pinned, current };
}

/**
 * What sets a frame's height: the overview's spectrum chart (one row per issue), or one issue's row
 * (every option's label under its track) above its chart over time; and how many rows carry a
 * fragile mark, whose sentence adds lines to its row.
 */
export type EmbedLayout = { kind: "overview"; rows: number; fragile?: number } | { kind: "issue"; fragile?: number };

/*
 * CSS pixels, measured on every embed (the default view, a stale pin, other pairs, texts as sides,
 * strong evidence only) with the site's stylesheet in this machine's Chromium, in a frame 768 px
 * wide: the narrowest at which the chart keeps its two columns (md:). Narrower, rows stack and
 * grow by a third, and the chart scrolls inside its frame. At 768 px the overview measured up to
 * 345 px besides its rows (the notice's 58 included), its rows 90–109 px (pole labels wrap at that
 * width) and a fragile mark about 75 px more; an issue's embed measured up to 1,082 px with the
 * notice, its fragile mark about 90 px more. Rounded up, so longer names and summaries still fit.
 */
export const EMBED_HEIGHTS = {
  /** Room kept below the source line for the stale-version notice (two lines), so a pin that no longer holds costs no scrolling. */
  notice: 70,
  /** The overview without its rows: padding, heading, caption, summary, key, the table's disclosure, the source line. */
  overview: 300,
  overviewRow: 105,
  /** An issue's embed: its heading, its spectrum row with the options' labels, its chart over time, the source line. */
  issue: 1080,
  fragile: 90,
} as const;

/** The frame's height in CSS pixels, the sum of its parts (EMBED_HEIGHTS). */
export function toEmbedHeight(layout: EmbedLayout): number {
  const h = EMBED_HEIGHTS;
  const body = layout.kind === "overview" ? h.overview + layout.rows * h.overviewRow : h.issue;
  return h.notice + body + (layout.fragile ?? 0) * h.fragile;
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
