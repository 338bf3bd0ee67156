import type { Coded } from "../analysis";
import type { WeakEvidenceView } from "./evidence";
import { readDownload, valueAt } from "../files/download-records";
import type { Actor, Event, Issue, Position, Sequencing, SpectrumLabels, Statement } from "../schema";
import { STAGE_ORDER } from "../sequencing";

/*
 * The plain values that cross from server pages to client components (no Map, Date or functions),
 * trimmed to what the views draw so the HTML payload stays small.
 */

/** An actor, or a text compared like one (kind "document", see lib/server/documents-data.ts). */
export type ActorView = Pick<Actor, "id" | "name" | "shortName" | "color" | "pattern" | "shape"> & { kind: Actor["kind"] | "document" };
/** An issue with its options' labels; the options' long descriptions stay on the issue page's server-rendered text. */
export type IssueView = Pick<Issue, "id" | "title" | "question"> & SpectrumLabels;
/** `disputes`: the disputes about the event (data/disputes.json), by id and title, where there are any. */
export type EventView = Pick<Event, "id" | "date" | "title"> & { disputes?: { id: string; title: string }[] };
export type StatementView = Pick<Statement, "id" | "actor" | "date" | "summary" | "issues" | "confidence" | "quoteLanguage"> & {
  speaker: string;
  url: string;
};

export const toActorView = ({ id, name, shortName, color, pattern, shape, kind }: Actor): ActorView => ({
  id, name, shortName, color, pattern, shape, kind,
});
export const toIssueView = ({ id, title, question, spectrum }: Issue): IssueView => ({
  id, title, question, spectrum: spectrum.map(({ value, label }) => ({ value, label })),
});
export const toEventView = ({ id, date, title }: Event): EventView => ({ id, date, title });
export const toStatementView = (s: Statement): StatementView => ({
  id: s.id, actor: s.actor, date: s.date, summary: s.summary, issues: s.issues, confidence: s.confidence, quoteLanguage: s.quoteLanguage,
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
  /** The latest day on which either default actor's position changed: where "what changed" opens. */
  lastChange?: string;
  /** The dataset version, for citations and chart images. */
  datasetVersion?: string;
  /** Parley's weak positions with the statements they rest on (lib/view/evidence.ts): fragile verdicts and the strong-evidence-only view. */
  weak?: WeakEvidenceView[];
};

/** A position without its rationale and confidence: enough for every chart, for "what changed" and for the slides' quotes. */
export const toCodedView = ({ id, actor, issue, validFrom, ideal, acceptable, salience, evidence }: Position): Coded => ({
  id, actor, issue, validFrom, ideal, acceptable, salience, evidence,
});

/** A position as the charts draw it, without the statements it rests on (the overview's payload: it cites none). */
export const toPlottedView = ({ id, actor, issue, validFrom, ideal, acceptable, salience }: Coded): Coded => ({
  id, actor, issue, validFrom, ideal, acceptable, salience,
});

const byDateThenId = (x: { date: string; id: string }, y: { date: string; id: string }) =>
  x.date < y.date ? -1 : x.date > y.date ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0;

/** The last `count` statements of either actor up to `date`, newest first (one day's statements in reverse order of id, so the list never depends on the input's order). */
export function latestStatements<S extends Pick<StatementView, "id" | "actor" | "date">>(statements: readonly S[], date: string, a: string, b: string, count = 8): S[] {
  return statements
    .filter((s) => s.date <= date && (s.actor === a || s.actor === b))
    .sort(byDateThenId)
    .slice(-count)
    .reverse();
}

const CONFIDENCES: readonly string[] = ["high", "medium", "low"] satisfies Statement["confidence"][];

/** The statements download (/data/statements.json) as the views draw it (lib/files/download-records.ts says how it is checked). */
export function statementViewsFromDownload(json: unknown, file = "/data/statements.json"): StatementView[] {
  return readDownload(json, file, "statements", "statement", (r): StatementView => {
    const confidence = r.text("confidence");
    if (!CONFIDENCES.includes(confidence)) r.fail("confidence", `expected one of ${CONFIDENCES.join(", ")}.`);
    return {
      id: r.text("id"),
      actor: r.text("actor"),
      date: r.text("date"),
      summary: r.text("summary"),
      issues: r.ids("issues", "issue"),
      confidence: confidence as Statement["confidence"],
      quoteLanguage: r.text("quoteLanguage"),
      speaker: r.text("speaker.name"),
      url: r.text("source.url"),
    };
  });
}

// the stages from lib/sequencing.ts, not the schema's enum: this runs in the browser, where zod is not loaded
const STAGES: readonly string[] = STAGE_ORDER;

/** Each position's sequencing, by position id, from the positions download (/data/positions.json); positions without one are left out. */
export function sequencingFromDownload(json: unknown, file = "/data/positions.json"): Map<string, Sequencing> {
  const entries = readDownload(json, file, "positions", "position", (r): [string, Sequencing] | undefined => {
    if (valueAt(r.raw, "sequencing") === undefined) return undefined;
    const stage = r.text("sequencing.stage");
    if (!STAGES.includes(stage)) r.fail("sequencing.stage", `expected one of ${STAGES.join(", ")}.`);
    return [r.text("id"), { stage: stage as Sequencing["stage"], evidence: r.ids("sequencing.evidence", "statement"), rationale: r.text("sequencing.rationale") }];
  });
  return new Map(entries.filter((entry) => entry !== undefined));
}

/** The statements each position cites, by position id, from the positions download (/data/positions.json). */
export function evidenceFromDownload(json: unknown, file = "/data/positions.json"): Map<string, string[]> {
  return new Map(readDownload(json, file, "positions", "position", (r): [string, string[]] => [r.text("id"), r.ids("evidence", "statement")]));
}
