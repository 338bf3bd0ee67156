import type { Coded } from "./analysis";
import type { Actor, Event, Issue, Position, SpectrumLabels, Statement } from "./schema";

/*
 * The plain values that cross from server pages to client components (no Map, Date or functions),
 * trimmed to what the views draw so the HTML payload stays small.
 */

/** An actor, or a text compared like one (kind "document", see lib/documents-data.ts). */
export type ActorView = Pick<Actor, "id" | "name" | "shortName" | "color" | "pattern" | "shape"> & { kind: Actor["kind"] | "document" };
/** An issue with its options' labels; the options' long descriptions stay on the issue page's server-rendered text. */
export type IssueView = Pick<Issue, "id" | "title" | "question"> & SpectrumLabels;
export type EventView = Pick<Event, "id" | "date" | "title">;
export type StatementView = Pick<Statement, "id" | "actor" | "date" | "summary" | "issues" | "confidence"> & {
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

/**
 * The statements download (/data/statements.json) as the views draw it. The file is the site's
 * own, but it arrives over the network, so each record is checked before it is drawn; a problem
 * names the file, the record and the field.
 */
export function statementViewsFromDownload(json: unknown, file = "/data/statements.json"): StatementView[] {
  const list = typeof json === "object" && json !== null && "statements" in json ? json.statements : undefined;
  if (!Array.isArray(list)) throw new Error(`${file}: no "statements" list in the file.`);
  return list.map((raw: unknown, i): StatementView => {
    const record = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
    const where = `${file} › statement ${i + 1}${typeof record.id === "string" ? ` (${record.id})` : ""}`;
    const text = (value: unknown, field: string): string => {
      if (typeof value !== "string" || value === "") throw new Error(`${where} › ${field}: expected text.`);
      return value;
    };
    const nested = (name: string) => (typeof record[name] === "object" && record[name] !== null ? (record[name] as Record<string, unknown>) : {});
    const issues = record.issues;
    if (!Array.isArray(issues) || !issues.every((issue) => typeof issue === "string")) throw new Error(`${where} › issues: expected a list of issue ids.`);
    const confidence = text(record.confidence, "confidence");
    if (!CONFIDENCES.includes(confidence)) throw new Error(`${where} › confidence: expected one of ${CONFIDENCES.join(", ")}.`);
    return {
      id: text(record.id, "id"),
      actor: text(record.actor, "actor"),
      date: text(record.date, "date"),
      summary: text(record.summary, "summary"),
      issues,
      confidence: confidence as Statement["confidence"],
      speaker: text(nested("speaker").name, "speaker.name"),
      url: text(nested("source").url, "source.url"),
    };
  });
}

/**
 * The statements each position cites, by position id, from the positions download
 * (/data/positions.json); a problem names the file, the record and the field.
 */
export function evidenceFromDownload(json: unknown, file = "/data/positions.json"): Map<string, string[]> {
  const list = typeof json === "object" && json !== null && "positions" in json ? json.positions : undefined;
  if (!Array.isArray(list)) throw new Error(`${file}: no "positions" list in the file.`);
  return new Map(
    list.map((raw: unknown, i): [string, string[]] => {
      const record = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
      const where = `${file} › position ${i + 1}${typeof record.id === "string" ? ` (${record.id})` : ""}`;
      if (typeof record.id !== "string" || record.id === "") throw new Error(`${where} › id: expected text.`);
      const evidence = record.evidence;
      if (!Array.isArray(evidence) || !evidence.every((id) => typeof id === "string")) throw new Error(`${where} › evidence: expected a list of statement ids.`);
      return [record.id, evidence];
    }),
  );
}
