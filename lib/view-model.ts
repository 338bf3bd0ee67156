import type { Coded } from "./analysis";
import type { Actor, Event, Issue, Position, Statement } from "./schema";

/*
 * The plain values that cross from server pages to client components (no Map, Date or functions),
 * trimmed to what the views draw so the HTML payload stays small.
 */

/** An actor, or a text compared like one (kind "document", see lib/documents-data.ts). */
export type ActorView = Pick<Actor, "id" | "name" | "shortName" | "color" | "pattern" | "shape"> & { kind: Actor["kind"] | "document" };
export type IssueView = Pick<Issue, "id" | "title" | "question" | "spectrum">;
export type EventView = Pick<Event, "id" | "date" | "title">;
export type StatementView = Pick<Statement, "id" | "actor" | "date" | "summary" | "issues" | "confidence"> & {
  speaker: string;
  url: string;
};

export const toActorView = ({ id, name, shortName, color, pattern, shape, kind }: Actor): ActorView => ({
  id, name, shortName, color, pattern, shape, kind,
});
export const toIssueView = ({ id, title, question, spectrum }: Issue): IssueView => ({ id, title, question, spectrum });
export const toEventView = ({ id, date, title }: Event): EventView => ({ id, date, title });
export const toStatementView = (s: Statement): StatementView => ({
  id: s.id, actor: s.actor, date: s.date, summary: s.summary, issues: s.issues, confidence: s.confidence,
  speaker: s.speaker.name, url: s.source.url,
});

/** The shared inputs of every dated, two-actor view. */
export type TimeContext = {
  actors: ActorView[];
  events: EventView[];
  earliest: string;
  latest: string;
  defaultA: string;
  defaultB: string;
  /** The dataset version, for citations and chart images. */
  datasetVersion?: string;
};

/** A position without its rationale and confidence: enough for every chart and for "what changed". */
export const toCodedView = ({ id, actor, issue, validFrom, ideal, acceptable, salience, evidence }: Position): Coded => ({
  id, actor, issue, validFrom, ideal, acceptable, salience, evidence,
});
