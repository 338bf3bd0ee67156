import { describe, expect, it } from "vitest";
import { xml2js, type Element } from "xml-js";
import actors from "@/data/actors.json";
import changelog from "@/data/changelog.json";
import documents from "@/data/documents.json";
import events from "@/data/events.json";
import issues from "@/data/issues.json";
import meta from "@/data/meta.json";
import positions from "@/data/positions.json";
import statements from "@/data/statements.json";
import { toDatasetInfo } from "@/lib/dataset-info";
import { toAtomFeed, toJsonFeed } from "@/lib/files/feeds";
import { validateChangelog, validateDataset } from "@/lib/schema";
import { toChangelogItems, type ChangelogItem } from "@/lib/view/changelog";

const today = new Date().toISOString().slice(0, 10);
const { dataset } = validateDataset({ actors, issues, statements, positions, events, documents, meta }, today);
if (!dataset) throw new Error("data/ must be valid for these tests");
const info = toDatasetInfo(dataset);
const entries = validateChangelog(changelog, dataset, { version: info.version, today }).entries!;
// the same items the route handlers feed from (lib/server/changelog.ts), built from the same data
const items = toChangelogItems(entries, {
  statements: dataset.statements,
  positions: dataset.positions,
  documents: [],
  issues: dataset.issues,
  actorName: (id) => dataset.actors.find((a) => a.id === id)?.name ?? id,
  view: { latest: info.currentTo, defaultA: "russia", defaultB: "ukraine" },
});
const context = { siteUrl: "https://parley.example", version: info.version };

/** An item with the characters XML and HTML treat specially, to see them survive both feeds. */
const awkward: ChangelogItem = { ...items[0]!, id: "change-test", label: "Tom & Jerry <draft>", why: "A reason with < and & and \"quotes\"." };

type JsonFeed = {
  version: string;
  title: string;
  home_page_url: string;
  feed_url: string;
  authors: { name: string }[];
  items: { id: string; url: string; external_url?: string; title: string; content_text: string; date_published: string; tags: string[] }[];
};

describe(toJsonFeed, () => {
  const feed = JSON.parse(toJsonFeed(items, context)) as JsonFeed;
  it("is a JSON Feed 1.1 with its title, addresses and author", () => {
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.title).toBe("Parley: corrections and changes");
    expect(feed.home_page_url).toBe("https://parley.example/corrections/");
    expect(feed.feed_url).toBe("https://parley.example/corrections/feed.json");
    expect(feed.authors).toEqual([{ name: "Parley", url: "https://parley.example/" }]);
  });
  it("has one item per log entry, newest first, each with id, url, content_text and date_published", () => {
    expect(feed.items).toHaveLength(entries.length);
    for (const item of feed.items) {
      expect(item.id).toMatch(/^https:\/\/parley\.example\/corrections\/#change-\d+$/);
      expect(item.url).toBe(item.id);
      expect(item.content_text.length).toBeGreaterThan(0);
      expect(new Date(item.date_published).toISOString()).toBe(item.date_published);
    }
    expect(feed.items[0]!.id).toBe(`https://parley.example/corrections/#${entries.at(-1)!.id}`);
    const dates = feed.items.map((item) => item.date_published);
    expect([...dates].sort().reverse()).toEqual(dates);
  });
  it("says why, what changed and where the record is", () => {
    const first = feed.items[0]!;
    expect(first.content_text).toContain(items[0]!.why);
    expect(first.content_text).toContain(`Dataset version ${items[0]!.version}.`);
    expect(first.external_url).toBe(`https://parley.example${items[0]!.href}`);
    expect(first.tags).toEqual([items[0]!.kind, ...items[0]!.issues]);
  });
  it("keeps special characters as text", () => {
    const [item] = (JSON.parse(toJsonFeed([awkward], context)) as JsonFeed).items;
    expect(item!.title).toContain("Tom & Jerry <draft>");
    expect(item!.content_text).toContain('A reason with < and & and "quotes".');
  });
  it("writes the same file from the same data", () => {
    expect(toJsonFeed(items, context)).toBe(toJsonFeed(items, context));
  });
});

/** The child elements of an element with a name. */
const children = (element: Element | undefined, name: string) => (element?.elements ?? []).filter((e) => e.type === "element" && e.name === name);
const child = (element: Element | undefined, name: string) => children(element, name)[0];
/** The text of an element, CDATA included. */
const text = (element: Element | undefined) => (element?.elements ?? []).map((e) => e.text ?? e.cdata ?? "").join("");

describe(toAtomFeed, () => {
  const xml = toAtomFeed(items, context);
  // xml-js parses with sax in strict mode: ill-formed XML throws
  const doc = xml2js(xml, { compact: false }) as Element;
  const feed = child(doc, "feed");
  const entriesXml = children(feed, "entry");

  it("is well-formed Atom with the feed's id, title, updated and links", () => {
    expect(feed?.attributes?.xmlns).toBe("http://www.w3.org/2005/Atom");
    expect(text(child(feed, "id"))).toBe("https://parley.example/corrections/");
    expect(text(child(feed, "title"))).toBe("Parley: corrections and changes");
    expect(text(child(feed, "updated"))).toBe(`${items[0]!.date}T00:00:00.000Z`);
    expect(text(child(child(feed, "author"), "name"))).toBe("Parley");
    const links = children(feed, "link").map((l) => l.attributes);
    expect(links).toContainEqual({ rel: "alternate", href: "https://parley.example/corrections/" });
    expect(links).toContainEqual({ rel: "self", href: "https://parley.example/corrections/feed.atom" });
  });
  it("has an entry per log entry, each with id, title, updated and a link", () => {
    expect(entriesXml).toHaveLength(entries.length);
    for (const entry of entriesXml) {
      expect(text(child(entry, "id"))).toMatch(/^https:\/\/parley\.example\/corrections\/#change-\d+$/);
      expect(text(child(entry, "title")).length).toBeGreaterThan(0);
      expect(text(child(entry, "updated"))).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/);
      expect(child(entry, "link")?.attributes?.href).toBe(text(child(entry, "id")));
    }
    expect(text(child(entriesXml[0], "id"))).toBe(`https://parley.example/corrections/#${entries.at(-1)!.id}`);
  });
  it("keeps special characters as text in its HTML-typed title and content", () => {
    const entry = child(child(xml2js(toAtomFeed([awkward], context), { compact: false }) as Element, "feed"), "entry");
    expect(child(entry, "title")?.attributes?.type).toBe("html");
    expect(text(child(entry, "title"))).toContain("Tom &amp; Jerry &lt;draft&gt;");
    expect(text(child(entry, "content"))).toContain("A reason with &lt; and &amp; and");
  });
  it("writes the same file from the same data, dated by its newest change rather than the clock", () => {
    expect(toAtomFeed(items, context)).toBe(xml);
  });
});
