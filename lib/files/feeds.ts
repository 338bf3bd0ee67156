import { Feed } from "feed";
import { ATOM_FEED_PATH, CHANGELOG_PATH, JSON_FEED_PATH, type ChangelogItem } from "../view/changelog";
import { messages } from "../view/messages";
import { pageMessages } from "../view/page-messages";

/*
 * The change log as feeds, written at build by the route handlers in app/corrections/: a JSON Feed
 * 1.1 (https://jsonfeed.org/version/1.1) and an Atom feed (RFC 4287). Both carry the same items,
 * newest first, each linking to its entry on the page, and are dated by the newest change, never by
 * the clock, so the same data always writes the same files.
 */

export type FeedContext = {
  /** The site's absolute address without a trailing slash ("https://parley.example"). */
  siteUrl: string;
  /** The dataset version the feed describes. */
  version: string;
};

type FeedItem = { id: string; url: string; title: string; text: string; date: Date; external?: string; tags: string[] };

/** The text of one entry: why, what changed and where the record is, in plain words. */
function toItemText(item: ChangelogItem, recordUrl: string | undefined): string {
  const change = item.field ? `Field: ${item.field}.` : undefined;
  const values = [item.from === undefined ? undefined : `Before: ${item.from}`, item.to === undefined ? undefined : `After: ${item.to}`];
  const where = recordUrl ? `${item.gone ? "Was" : "Record"}: ${item.record}, ${recordUrl}` : `Record: ${item.record} (${pageMessages.changelog.removed})`;
  return [item.why, change, ...values, where, `Dataset version ${item.version}.`].filter((line) => line !== undefined).join("\n");
}

function toFeedItems(items: readonly ChangelogItem[], { siteUrl }: FeedContext): FeedItem[] {
  return items.map((item) => {
    const external = item.href ? `${siteUrl}${item.href}` : undefined;
    return {
      id: `${siteUrl}${CHANGELOG_PATH}#${item.id}`,
      url: `${siteUrl}${CHANGELOG_PATH}#${item.id}`,
      title: `${pageMessages.changelog.kind[item.kind]}: ${item.label}${item.field ? ` (${item.field})` : ""}`,
      text: toItemText(item, external),
      // a change has a day, not a time: midnight UTC of that day
      date: new Date(`${item.date}T00:00:00Z`),
      external,
      tags: [item.kind, ...item.issues],
    };
  });
}

/** The feed's date: its newest change, or the dataset's day when the log is empty. */
const updatedOf = (items: readonly FeedItem[], { version }: FeedContext) => items[0]?.date ?? new Date(`${version.slice(0, 10)}T00:00:00Z`);

/**
 * The JSON Feed, version 1.1. Written here rather than with the `feed` package's json1(), which
 * writes version 1 with HTML content and a single author; 1.1 has content_text and authors.
 */
export function toJsonFeed(items: readonly ChangelogItem[], context: FeedContext): string {
  const feedItems = toFeedItems(items, context);
  const feed = {
    version: "https://jsonfeed.org/version/1.1",
    title: pageMessages.changelog.feedTitle,
    home_page_url: `${context.siteUrl}${CHANGELOG_PATH}`,
    feed_url: `${context.siteUrl}${JSON_FEED_PATH}`,
    description: `${pageMessages.changelog.feedDescription} Dataset version ${context.version}.`,
    language: "en",
    authors: [{ name: messages.site.name, url: `${context.siteUrl}/` }],
    items: feedItems.map((item) => ({
      id: item.id,
      url: item.url,
      ...(item.external ? { external_url: item.external } : {}),
      title: item.title,
      content_text: item.text,
      date_published: item.date.toISOString(),
      tags: item.tags,
    })),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}

/** Plain text made safe inside the package's `type="html"` elements, so a "<" or an "&" reads as itself. */
const toHtml = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\n/g, "<br>");

/** The Atom feed, written with the `feed` package. */
export function toAtomFeed(items: readonly ChangelogItem[], context: FeedContext): string {
  const feedItems = toFeedItems(items, context);
  const feed = new Feed({
    id: `${context.siteUrl}${CHANGELOG_PATH}`,
    title: pageMessages.changelog.feedTitle,
    description: `${pageMessages.changelog.feedDescription} Dataset version ${context.version}.`,
    link: `${context.siteUrl}${CHANGELOG_PATH}`,
    feedLinks: { atom: `${context.siteUrl}${ATOM_FEED_PATH}`, json: `${context.siteUrl}${JSON_FEED_PATH}` },
    language: "en",
    updated: updatedOf(feedItems, context),
    author: { name: messages.site.name, link: `${context.siteUrl}/` },
    // no generator element: the feed says what Parley is, not which library wrote it
    generator: false,
  });
  for (const item of feedItems) {
    feed.addItem({
      id: item.id,
      link: item.url,
      title: toHtml(item.title),
      date: item.date,
      content: toHtml(item.text),
      category: item.tags.map((term) => ({ term })),
    });
  }
  return `${feed.atom1()}\n`;
}
