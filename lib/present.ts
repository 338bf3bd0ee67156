import { findPosition, indexPositions, type Coded, type Relation } from "./analysis";
import { readDownload } from "./files/download-records";
import type { Confidence, Position, Sourcing, Statement } from "./schema";

/* The schema's closed lists, spelled out so the browser's reader need not load zod (a unit test holds them to the schema). */
export const SOURCINGS = ["on-record", "reported", "anonymous", "leaked", "undetermined"] as const satisfies readonly Sourcing[];
export const CONFIDENCES = ["high", "medium", "low"] as const satisfies readonly Confidence[];

/*
 * The classroom deck of DESIGN.md §3 as plain data: which slides it holds, in what order, how a
 * /present/… path names one, and what a slide shows at each reveal step. Pure, so it is unit-tested
 * and runs the same at build and in the browser.
 */

export type Slide =
  | { kind: "title"; slug: "" }
  | { kind: "issue"; slug: string; issue: string }
  | { kind: "dispute"; slug: string; dispute: string }
  | { kind: "summary"; slug: typeof SUMMARY_SLUG };

export const SUMMARY_SLUG = "summary";

/** A dispute's slide address: its id after "dispute-", so it can never be taken for an issue's. */
export const disputeSlug = (id: string) => `dispute-${id}`;

/**
 * The deck: a title slide, one slide per issue in the order given (the seed issues lead the data),
 * one per open dispute (`disputeIds`, in date order), a summary.
 */
export function toDeck(issueIds: readonly string[], disputeIds: readonly string[] = []): Slide[] {
  for (const id of issueIds)
    if (id === SUMMARY_SLUG || /^\d+$/.test(id) || id.startsWith("dispute-")) throw new Error(`issue id "${id}" would clash with a slide address of the deck`);
  return [
    { kind: "title", slug: "" },
    ...issueIds.map((issue): Slide => ({ kind: "issue", slug: issue, issue })),
    ...disputeIds.map((dispute): Slide => ({ kind: "dispute", slug: disputeSlug(dispute), dispute })),
    { kind: "summary", slug: SUMMARY_SLUG },
  ];
}

/** Whether a slide steps through a reveal: the issues' (question, one side, the other, the verdict) and the disputes' (question, one account, the other, what is left open). */
export const hasReveal = (slide: Slide | undefined) => slide?.kind === "issue" || slide?.kind === "dispute";

/** The slide a /present/… path names, by its slug or by its number (1 is the title); undefined when none. */
export function findSlideIndex(deck: readonly Slide[], pathname: string): number | undefined {
  const segments = pathname.split("/").filter(Boolean);
  const at = segments.indexOf("present");
  if (at < 0) return undefined;
  const name = segments[at + 1] ?? "";
  if (/^\d+$/.test(name)) {
    const index = Number(name) - 1;
    return index >= 0 && index < deck.length ? index : undefined;
  }
  const index = deck.findIndex((slide) => slide.slug === name);
  return index >= 0 ? index : undefined;
}

/** The address of a slide by its name: /present/ for the title, /present/ceasefire/ for an issue. */
export const slidePath = (slide: Slide) => (slide.slug ? `/present/${slide.slug}/` : "/present/");

/** The parts of a statement a slide or handout shows. */
export type EvidenceView = Pick<Statement, "id" | "actor" | "date" | "speaker" | "event" | "sourcing" | "confidence" | "quote" | "quoteLanguage" | "quoteTranslation" | "quoteNote" | "summary" | "issues"> & {
  source: Pick<Statement["source"], "title" | "publisher" | "url" | "date">;
};

export const toEvidenceView = ({ id, actor, date, speaker, event, sourcing, confidence, quote, quoteLanguage, quoteTranslation, quoteNote, summary, issues, source }: Statement): EvidenceView => ({
  id, actor, date, speaker: { name: speaker.name, role: speaker.role }, event, sourcing, confidence, quote, quoteLanguage, quoteTranslation, quoteNote, summary, issues,
  source: { title: source.title, publisher: source.publisher, url: source.url, date: source.date },
});

/**
 * The statements a view's slides and handouts can quote: the evidence of both actors' positions in
 * force on `date`, on every issue. A page carries these for its default view only; another view
 * fetches every statement (evidenceViewsFromDownload).
 */
export function evidenceOfView(positions: readonly Coded[], issues: readonly string[], a: string, b: string, date: string): Set<string> {
  const index = indexPositions(positions);
  const ids = new Set<string>();
  for (const issue of issues)
    for (const actor of [a, b]) for (const id of findPosition(index, actor, issue, date)?.evidence ?? []) ids.add(id);
  return ids;
}

/** The statements download (/data/statements.json) as slides and handouts show it (lib/files/download-records.ts says how it is checked). */
export function evidenceViewsFromDownload(json: unknown, file = "/data/statements.json"): EvidenceView[] {
  return readDownload(json, file, "statements", "statement", (r): EvidenceView => ({
    id: r.text("id"),
    actor: r.text("actor"),
    date: r.text("date"),
    speaker: { name: r.text("speaker.name"), role: r.text("speaker.role", true) },
    event: r.text("event"),
    // the schema's default when a record leaves it out
    sourcing: r.oneOf("sourcing", SOURCINGS, "undetermined"),
    confidence: r.oneOf("confidence", CONFIDENCES),
    quote: r.text("quote", true),
    quoteLanguage: r.text("quoteLanguage"),
    quoteTranslation: r.text("quoteTranslation", true),
    quoteNote: r.text("quoteNote", true),
    summary: r.text("summary"),
    issues: r.ids("issues", "issue"),
    source: { title: r.text("source.title"), publisher: r.text("source.publisher"), url: r.text("source.url"), date: r.text("source.date") },
  }));
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** A slide shows a short quote: longer ones are elided there (the handout prints them whole). */
export const SHORT_QUOTE_CHARS = 120;
/** A quote shown with its translation takes two lines of the slide: each is cut shorter. */
export const SHORT_TRANSLATED_QUOTE_CHARS = 64;

/**
 * The statement whose quote a slide shows for a position: one of its own evidence, never another.
 * Quotes tagged with the issue come first, then quotes long enough to carry meaning (six words or
 * more), then short ones, then statements about fewer issues (more to the point), then the analyst's
 * order of evidence.
 */
export function pickQuote(position: Pick<Position, "issue"> & Partial<Pick<Position, "evidence">>, byId: ReadonlyMap<string, EvidenceView>): EvidenceView | undefined {
  const quoted = (position.evidence ?? [])
    .map((id, order) => ({ statement: byId.get(id), order }))
    .filter((entry): entry is { statement: EvidenceView; order: number } => Boolean(entry.statement?.quote));
  const rank = ({ statement, order }: { statement: EvidenceView; order: number }) => [
    statement.issues.includes(position.issue) ? 0 : 1,
    words(statement.quote) >= 6 ? 0 : 1,
    statement.quote.length <= SHORT_QUOTE_CHARS ? 0 : 1,
    statement.issues.length,
    order,
  ];
  quoted.sort((x, y) => {
    const [rx, ry] = [rank(x), rank(y)];
    for (let i = 0; i < rx.length; i++) if (rx[i] !== ry[i]) return rx[i]! - ry[i]!;
    return 0;
  });
  return quoted[0]?.statement;
}

/**
 * A quote cut to at most `max` characters, with an ellipsis where words were left out: at the end of
 * a clause when one ends in the second half, otherwise at a word boundary.
 */
export function toShortQuote(quote: string, max = SHORT_QUOTE_CHARS): string {
  if (quote.length <= max) return quote;
  const head = quote.slice(0, max + 1); // one more, so a word ending exactly at max is kept
  const clause = Math.max(...[", ", "; ", ": ", ". ", " – ", " — "].map((separator) => head.lastIndexOf(separator)));
  const space = head.lastIndexOf(" ");
  const cut = clause >= max / 2 ? clause : space > 0 ? space : max;
  // an elision reads badly after "and" or "the": drop a trailing little word with the rest
  const kept = head.slice(0, cut).replace(/[\s,;:.\u2013\u2014-]+$/, "").replace(/\s+(and|or|but|the|a|an|of|to|in|on|for|with|by|at|as|that)$/i, "");
  return `${kept}…`;
}

/** Steps of the reveal on an issue slide: 0 the question and the empty spectrum, 1 side A, 2 side B, 3 the overlap or gap. */
export const REVEAL_STEPS = 3;

/** The relation as far as the reveal has gone: sides not yet shown are left out, and so is the verdict until the last step. */
export function toRevealedRelation(relation: Relation, step: number): Relation {
  if (step >= REVEAL_STEPS) return relation;
  return { issue: relation.issue, kind: "unknown", a: step >= 1 ? relation.a : undefined, b: step >= 2 ? relation.b : undefined, gap: 0 };
}
