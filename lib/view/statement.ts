import { readDownload, valueAt, type RecordReader } from "../files/download-records";
import type { Actor, Confidence, Issue, Position, Sourcing, SourceKind, Statement } from "../schema";
import { messages } from "./messages";

/*
 * A statement's own page (/statements/<id>/): its address, the coded positions that rest on it, and
 * where an old anchor on an issue page (/issues/<issue>/#<id>) should send a reader once the issue
 * page lists only its newest statements. Pure, so it is unit-tested and the pages stay thin.
 */

/** Statements an issue page lists per side (and for the others), newest first: the rest are a link away, so the page does not grow with the data. */
export const ISSUE_STATEMENTS_LISTED = 10;

/** Where a statement can be read and cited: its own page, whichever issue it speaks to. */
export const statementHref = (id: string) => `/statements/${encodeURIComponent(id)}/`;

/** Statement ids are kebab-case and carry their day (the research's ids all do, and tests/unit/statement-pages.test.ts holds every one to it), which no section anchor of a page does. */
const STATEMENT_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const HAS_DAY = /(^|-)\d{4}-\d{2}-\d{2}(-|$)/;

/**
 * Where an issue page's `#<id>` should go when nothing on the page has that id: the statement's own
 * page, for an id shaped like a statement's; undefined (stay) for anything else, so a mistyped
 * section anchor never leaves the page.
 */
export function anchorRedirect(hash: string, onPage: (id: string) => boolean): string | undefined {
  let id: string;
  try {
    id = decodeURIComponent(hash.replace(/^#/, ""));
  } catch {
    return undefined;
  }
  if (id === "" || onPage(id) || !STATEMENT_ID.test(id) || !HAS_DAY.test(id)) return undefined;
  return statementHref(id);
}

export type CitingPosition = {
  id: string;
  actor: string;
  actorName: string;
  issue: string;
  issueTitle: string;
  validFrom: string;
  /** The option asked for, and the range the actor could accept, as the codebook words them. */
  ideal: string;
  acceptable: string;
  /** The issue page at the day the position starts, so the reader sees it in force. */
  href: string;
};

const optionLabel = (issue: Pick<Issue, "spectrum">, value: number) => issue.spectrum.find((o) => o.value === value)?.label ?? String(value);

/** The coded positions that cite `statement` as evidence, oldest first, each with the issue page on the day it starts. */
export function positionsCiting(
  statement: Pick<Statement, "id">,
  positions: readonly Position[],
  issues: readonly Pick<Issue, "id" | "title" | "spectrum">[],
  actors: readonly Pick<Actor, "id" | "name">[],
): CitingPosition[] {
  const issueById = new Map(issues.map((issue) => [issue.id, issue]));
  const nameOf = new Map(actors.map((actor) => [actor.id, actor.name]));
  return positions
    .filter((p) => p.evidence.includes(statement.id))
    .flatMap((p) => {
      const issue = issueById.get(p.issue);
      if (!issue) return [];
      const [low, high] = p.acceptable;
      return [
        {
          id: p.id,
          actor: p.actor,
          actorName: nameOf.get(p.actor) ?? p.actor,
          issue: p.issue,
          issueTitle: issue.title,
          validFrom: p.validFrom,
          ideal: optionLabel(issue, p.ideal),
          acceptable: low === high ? optionLabel(issue, low) : `${optionLabel(issue, low)} to ${optionLabel(issue, high)}`,
          href: `/issues/${p.issue}/?date=${p.validFrom}`,
        },
      ];
    })
    .sort((x, y) => (x.validFrom < y.validFrom ? -1 : x.validFrom > y.validFrom ? 1 : x.id < y.id ? -1 : 1));
}

/**
 * Each statement's neighbours by the same actor, by date (then id): the one before and the one
 * after, for reading a side's record in order. Built once for all statements, so a build that
 * renders a page per statement sorts each actor's record once, not once per page.
 */
export function neighbourIndex<S extends Pick<Statement, "id" | "actor" | "date">>(statements: readonly S[]): Map<string, { previous?: S; next?: S }> {
  const byActor = new Map<string, S[]>();
  for (const s of statements) byActor.set(s.actor, [...(byActor.get(s.actor) ?? []), s]);
  const index = new Map<string, { previous?: S; next?: S }>();
  for (const own of byActor.values()) {
    own.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    own.forEach((s, i) => index.set(s.id, { previous: own[i - 1], next: own[i + 1] }));
  }
  return index;
}

// the catalogue's keys, not the schema's enums: this runs in the browser, where zod is not loaded
const KINDS = Object.keys(messages.sourceKind) as SourceKind[];
const GRADES = Object.keys(messages.confidence) as Confidence[];
const SOURCINGS = Object.keys(messages.evidence.sourcing) as Sourcing[];

/** Text at a field the schema defaults: the default when the record leaves the field out. */
const optional = (r: RecordReader, path: string, fallback: string) => (valueAt(r.raw, path) === undefined ? fallback : r.text(path, fallback === ""));

/**
 * The statements download (/data/statements.json) read back whole, as the explorer lists it once a
 * reader searches, filters or pages past the prerendered rows; each record is checked for every field
 * the list draws (lib/files/download-records.ts), and a problem names the file, record and field.
 */
export function statementsFromDownload(json: unknown, file = "/data/statements.json"): Statement[] {
  return readDownload(json, file, "statements", "statement", (r): Statement => ({
    id: r.text("id"),
    actor: r.text("actor"),
    speaker: { name: r.text("speaker.name"), role: r.text("speaker.role", true) },
    date: r.text("date"),
    event: r.text("event"),
    issues: r.ids("issues", "issue"),
    summary: r.text("summary"),
    quote: r.text("quote", true),
    // the schema's defaults when a record leaves them out
    quoteLanguage: optional(r, "quoteLanguage", "en"),
    quoteTranslation: optional(r, "quoteTranslation", ""),
    quoteNote: optional(r, "quoteNote", ""),
    source: { title: r.text("source.title"), publisher: r.text("source.publisher"), url: r.text("source.url"), date: r.text("source.date"), kind: r.oneOf("source.kind", KINDS) },
    confidence: r.oneOf("confidence", GRADES),
    sourcing: r.oneOf("sourcing", SOURCINGS, "undetermined"),
  }));
}
