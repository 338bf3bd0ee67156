import type { ChangeKind, ChangelogEntry, ChangelogFile, Position, SpectrumLabels, Statement } from "../schema";
import { statementHref } from "./statement";
import { ALL_CHANGES, toChangelogQuery, type ChangelogFilter } from "../url/changelog";
import { toQuery, type ViewDefaults } from "../url/view-state";
import { formatDate, formatNumber, formatOption, formatRange, LOCALE } from "./format";
import { pageMessages } from "./page-messages";

/*
 * The change log as the page, the feeds and the cards' history links show it: each entry with its
 * record in words and a link to where the record is shown, newest first, and the sentence that
 * sums up what a filter shows.
 */

/** Where the log is listed. */
export const CHANGELOG_PATH = "/corrections/";
export const JSON_FEED_PATH = `${CHANGELOG_PATH}feed.json`;
export const ATOM_FEED_PATH = `${CHANGELOG_PATH}feed.atom`;

/** The kinds in the order the filter offers them, from the message catalogue (the schema's zod enum stays out of the page's scripts). */
export const CHANGE_KINDS = Object.keys(pageMessages.changelog.kind) as ChangeKind[];

/** How many log entries each record has, by file; a record without entries is absent. */
export type HistoryCounts = Record<ChangelogFile, Record<string, number>>;

export function toHistoryCounts(entries: readonly Pick<ChangelogEntry, "file" | "record">[]): HistoryCounts {
  const counts: HistoryCounts = { statements: {}, positions: {}, documents: {} };
  for (const { file, record } of entries) counts[file][record] = (counts[file][record] ?? 0) + 1;
  return counts;
}

/** The log filtered to one record: a card's "History (n)" link. */
export const toHistoryHref = (record: string) => `${CHANGELOG_PATH}${toChangelogQuery({ ...ALL_CHANGES, record })}`;

/** One entry as the page and the feeds show it. */
export type ChangelogItem = Omit<ChangelogEntry, "from" | "to"> & {
  /** The record in words ("Russia on Territory, from 19 December 2025"), or its id when it is gone from the data. */
  label: string;
  /** Where the record is shown: a statement on its issue page, a position on its issue page at its date; a removed position's issue page. */
  href?: string;
  /** The record is no longer in the data. */
  gone: boolean;
  /** The old and the new value, with option labels where the value is a coding. */
  from?: string;
  to?: string;
  /** Values too long to say in a line (a summary, a rationale), shown in a disclosure. */
  long: boolean;
};

type Named = { id: string; title: string };
export type ChangelogLookups = {
  statements: readonly Pick<Statement, "id" | "issues" | "speaker" | "date">[];
  positions: readonly Pick<Position, "id" | "actor" | "issue" | "validFrom">[];
  /** Documents, provisions and gaps: each with the document it belongs to (a document is its own). */
  documents: readonly { id: string; document: string | null; title: string }[];
  issues: readonly (Named & SpectrumLabels)[];
  actorName: (id: string) => string;
  view: ViewDefaults;
};

/** Longer than this, a value goes in a disclosure rather than in the line. */
const INLINE_LIMIT = 48;

/** A coding's numbers with the options they stand for: "1" → "1 (label)", "[0, 2]" → "[0, 2] (label to label)". */
export function withOptionLabels(text: string, issue: SpectrumLabels | undefined): string {
  if (!issue) return text;
  return text
    .replace(/\[(\d+), (\d+)\]/g, (whole, low: string, high: string) => `${whole} (${formatRange(issue, [Number(low), Number(high)])})`)
    .replace(/(^|ideal )(\d+)(?=$|,)/g, (whole, before: string, value: string) => `${before}${value} (${formatOption(issue, Number(value))})`);
}

/** The entries newest first, each with its record in words and its link. */
export function toChangelogItems(entries: readonly ChangelogEntry[], lookups: ChangelogLookups): ChangelogItem[] {
  const statementById = new Map(lookups.statements.map((s) => [s.id, s]));
  const positionById = new Map(lookups.positions.map((p) => [p.id, p]));
  const documentById = new Map(lookups.documents.map((d) => [d.id, d]));
  const issueById = new Map(lookups.issues.map((i) => [i.id, i]));
  const { latest, defaultA, defaultB } = lookups.view;

  const describe = (e: ChangelogEntry): Pick<ChangelogItem, "label" | "href" | "gone"> => {
    if (e.file === "statements") {
      const s = statementById.get(e.record);
      return s ? { label: `${s.speaker.name}, ${formatDate(s.date)}`, href: statementHref(s.id), gone: false } : { label: e.record, gone: true };
    }
    if (e.file === "positions") {
      const p = positionById.get(e.record);
      if (!p) return { label: e.record, href: e.issues[0] ? `/issues/${e.issues[0]}/` : undefined, gone: true };
      // the position's own date and actor, beside the default counterpart, so the card shows this very coding
      const state = { date: p.validFrom, a: p.actor === defaultB ? defaultA : p.actor, b: defaultB };
      return {
        label: `${lookups.actorName(p.actor)} on ${issueById.get(p.issue)?.title ?? p.issue}, from ${formatDate(p.validFrom)}`,
        href: `/issues/${p.issue}/${toQuery(state, { latest, defaultA, defaultB })}`,
        gone: false,
      };
    }
    const d = documentById.get(e.record);
    if (!d) return { label: e.record, gone: true };
    return { label: d.title, href: d.document ? `/documents/${d.document}/` : "/documents/", gone: false };
  };

  const items = entries.map((e, order) => {
    const coding = e.file === "positions" && (e.field === undefined || e.field === "ideal" || e.field === "acceptable") ? issueById.get(e.issues[0] ?? "") : undefined;
    const from = e.from === undefined ? undefined : withOptionLabels(e.from, coding);
    const to = e.to === undefined ? undefined : withOptionLabels(e.to, coding);
    const item: ChangelogItem = { ...e, ...describe(e), from, to, long: (e.from?.length ?? 0) > INLINE_LIMIT || (e.to?.length ?? 0) > INLINE_LIMIT };
    return { item, order };
  });
  // the file is in the order the changes were made: newest first is latest date, then latest in the file
  return items.sort((x, y) => (x.item.date === y.item.date ? y.order - x.order : x.item.date < y.item.date ? 1 : -1)).map(({ item }) => item);
}

/** The entries a filter keeps. */
export function filterChangelog<T extends Pick<ChangelogEntry, "kind" | "issues" | "record">>(items: readonly T[], filter: ChangelogFilter): T[] {
  return items.filter((e) => (!filter.kind || e.kind === filter.kind) && (!filter.issue || e.issues.includes(filter.issue)) && (!filter.record || e.record === filter.record));
}

const list = new Intl.ListFormat(LOCALE, { style: "long", type: "conjunction" });

/** "42 new statements, 6 new positions and 11 removals": the kinds present, in the filter's order. */
export function formatKindCounts(items: readonly Pick<ChangelogEntry, "kind">[]): string {
  const parts = CHANGE_KINDS.map((kind) => ({ kind, n: items.filter((e) => e.kind === kind).length }))
    .filter(({ n }) => n > 0)
    .map(({ kind, n }) => pageMessages.changelog.kindCount[kind](n));
  return list.format(parts);
}

/**
 * The summary above the list: every change by kind and the versions they span, or, under a
 * filter, how many of them it shows and of what kinds.
 */
export function describeChangelog(
  all: readonly Pick<ChangelogEntry, "kind" | "version">[],
  shown: readonly Pick<ChangelogEntry, "kind">[],
  filter: ChangelogFilter,
  names: { issue: (id: string) => string; record: (id: string) => string },
): string {
  const total = pageMessages.changelog.changes(all.length);
  if (all.length === 0) return "No change to the data is recorded yet.";
  if (!filter.kind && !filter.issue && !filter.record) {
    const versions = [...new Set(all.map((e) => e.version))].sort();
    const span = versions.length === 1 ? `in dataset version ${versions[0]}` : `in ${formatNumber(versions.length)} dataset versions, ${versions[0]} to ${versions.at(-1)}`;
    return `${total} to the data, newest first: ${formatKindCounts(all)}, ${span}.`;
  }
  const what = [
    filter.kind ? pageMessages.changelog.kind[filter.kind as ChangeKind] ?? filter.kind : undefined,
    filter.issue ? `on ${names.issue(filter.issue)}` : undefined,
    filter.record ? `to ${names.record(filter.record)}` : undefined,
  ].filter(Boolean);
  const head = `Showing ${formatNumber(shown.length)} of ${total} (${what.join(", ")})`;
  return shown.length === 0 ? `${head}: none matches.` : `${head}: ${formatKindCounts(shown)}.`;
}
