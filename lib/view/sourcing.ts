import type { Sourcing, Statement } from "../schema";
import { formatDate } from "./format";
import { messages } from "./messages";

/*
 * Sourcing first (Reading Like a Historian): the questions a class asks of a statement before its
 * words, answered from the record's fields. Small on purpose: the deck's slides carry it.
 */

/** How the source knows what a statement reports, in words (docs/sourcing.md): the catalogue's, so the methodology and the cards say it alike. */
export const SOURCING_WORDS: Record<Sourcing, string> = messages.evidence.sourcing;

/** What sourcing first asks of a statement, answered from the record's own fields. */
export type SourcedStatement = Pick<Statement, "speaker" | "date" | "event" | "sourcing" | "confidence"> & { source: Pick<Statement["source"], "publisher"> };

/**
 * Sourcing first (Reading Like a Historian): before a statement's words, who said it, in what role,
 * when, on what occasion and to whom, how the source knows and how sure the record is.
 */
export function sourcingAnswers(s: SourcedStatement): [question: string, answer: string][] {
  return [
    ["Who said it?", s.speaker.name],
    ["In what role?", s.speaker.role || "not stated in the record"],
    ["When?", formatDate(s.date)],
    ["On what occasion, to whom?", s.event],
    ["How does the source know?", `${SOURCING_WORDS[s.sourcing]}; published by ${s.source.publisher}`],
    ["How sure is the record?", messages.confidence[s.confidence]],
  ];
}

/** Who said it, and in what role when the record says. */
const speakerOf = (s: SourcedStatement) => (s.speaker.role ? `${s.speaker.name}, ${s.speaker.role}` : s.speaker.name);

/**
 * The answers a projector has room for, run in before the quote: who, in what role, when, and how
 * the source knows when it is not on the record (the handout beside the slide answers the rest).
 */
export function sourcingLine(s: SourcedStatement): string {
  const how = s.sourcing === "on-record" ? "" : ` (${SOURCING_WORDS[s.sourcing]})`;
  return `${speakerOf(s)}, ${formatDate(s.date, "short")}${how}`;
}

/** The answers a printed handout has room for before the quote: who, in what role, when, on what occasion. */
export function sourcingLead(s: SourcedStatement): string {
  return `${speakerOf(s)}, ${formatDate(s.date)}; ${s.event}`;
}

/** The answers that follow the quote with its source on a handout: how the source knows, and how sure the record is. */
export function sourcingTrail(s: SourcedStatement): string {
  return `${SOURCING_WORDS[s.sourcing]}; ${messages.confidence[s.confidence].toLowerCase()}`;
}
