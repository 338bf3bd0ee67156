import Papa from "papaparse";
import type { DatasetInfo } from "../dataset-info";
import type { Dispute, Position, ReliabilityData, Statement } from "../schema";

/*
 * The download files (/data/statements.csv, .json, /data/positions.csv, .json) and their reverse,
 * in one place, so what the site writes is exactly what the importer reads back.
 *
 * CSV: UTF-8 with a byte-order mark (so Excel reads accents and curly quotes), a header row, one
 * record a row. A column is named by the field's path in the JSON record ("speaker.name",
 * "source.url"), so a problem found in a cell names the same field in both formats. Lists
 * (issues, evidence) are ids joined by LIST_SEPARATOR; a position's acceptable range [low, high]
 * is two columns, acceptable.low and acceptable.high. Every row carries the dataset version in
 * its first column, datasetVersion. A cell that would start with =, +, -, @, a tab or a carriage
 * return is written with a leading apostrophe so a spreadsheet never runs it as a formula, and a
 * cell that starts with an apostrophe gets one more; the importer removes one again.
 *
 * JSON: an object { dataset, version, currentTo, count, statements | positions: [...] } whose
 * records are exactly those of data/*.json.
 */

export const LIST_SEPARATOR = ";";
export const VERSION_COLUMN = "datasetVersion";

export const STATEMENT_COLUMNS = [
  "id",
  "actor",
  "speaker.name",
  "speaker.role",
  "date",
  "event",
  "issues",
  "summary",
  "quote",
  "quoteLanguage",
  "quoteTranslation",
  "quoteNote",
  "source.title",
  "source.publisher",
  "source.url",
  "source.date",
  "source.kind",
  "confidence",
  "sourcing",
] as const;

export const POSITION_COLUMNS = [
  "id",
  "actor",
  "issue",
  "validFrom",
  "ideal",
  "acceptable.low",
  "acceptable.high",
  "salience",
  "evidence",
  "rationale",
  "confidence",
  "sequencing.stage",
  "sequencing.evidence",
  "sequencing.rationale",
] as const;

/** Columns a file may lack: downloads made before quotes carried their language (their quotes are English). */
export const OPTIONAL_COLUMNS: readonly string[] = ["quoteLanguage", "quoteTranslation", "quoteNote", "sourcing", "sequencing.stage", "sequencing.evidence", "sequencing.rationale"];

export type StatementColumn = (typeof STATEMENT_COLUMNS)[number];
export type PositionColumn = (typeof POSITION_COLUMNS)[number];
type Cell = string | number;

/** What one column of a download holds, for the methodology page. */
export const COLUMN_HELP: Record<StatementColumn | PositionColumn | typeof VERSION_COLUMN, string> = {
  datasetVersion: "the dataset version the row was downloaded from (the same in every row)",
  id: "the record's id (kebab-case, unique)",
  actor: "the actor's id: russia, ukraine, united-states, …",
  "speaker.name": "who spoke, or the office that issued the text",
  "speaker.role": "the speaker's office (may be empty)",
  date: "the day of the statement, YYYY-MM-DD",
  event: "the occasion",
  issues: `the issue ids the statement bears on, separated by "${LIST_SEPARATOR}"`,
  summary: "Parley's summary in its own words (at most 45 words)",
  quote: "verbatim from the source, in the source's own language, at most 25 words, or empty",
  quoteLanguage: "the language of the quote's words, as a BCP 47 tag (en, pl, uk, ru); empty means en",
  quoteTranslation: "Parley's own English translation of a quote that is not in English; empty for an English quote",
  quoteNote: "whose words the quote is when they are not the speaker's (for example a news agency's summary of a draft), or empty",
  "source.title": "the source's headline; a [bracketed] title is a description",
  "source.publisher": "who published it; a wire read on a partner site names both",
  "source.url": "the https link to the source",
  "source.date": "the source's date: YYYY-MM-DD, YYYY-MM or YYYY",
  "source.kind": "official, wire, press, academic, encyclopedia or other",
  confidence: "high, medium or low",
  sourcing: "how the source knows it: on-record, reported, anonymous, leaked or undetermined; empty means undetermined",
  issue: "the issue id",
  validFrom: "the day from which this coding holds, until the actor's next position on the issue",
  ideal: "the option value the actor asks for (0 is the first option of the issue's spectrum)",
  "acceptable.low": "the lowest option value the actor has said it could live with",
  "acceptable.high": "the highest option value the actor has said it could live with",
  salience: "how central the actor says the issue is, 1 to 5",
  evidence: `the ids of the statements the coding rests on, separated by "${LIST_SEPARATOR}"`,
  rationale: "why Parley codes the position so",
  "sequencing.stage": "when the actor wants its demand met: before-talks, before-ceasefire, in-settlement, after-settlement or unknown; empty when not coded (only the parties' positions are)",
  "sequencing.evidence": `the ids of the statements that state the order, separated by "${LIST_SEPARATOR}"`,
  "sequencing.rationale": "why Parley reads that stage from the statements",
};

export const toStatementRow = (s: Statement): Record<StatementColumn, Cell> => ({
  id: s.id,
  actor: s.actor,
  "speaker.name": s.speaker.name,
  "speaker.role": s.speaker.role,
  date: s.date,
  event: s.event,
  issues: s.issues.join(LIST_SEPARATOR),
  summary: s.summary,
  quote: s.quote,
  quoteLanguage: s.quoteLanguage,
  quoteTranslation: s.quoteTranslation,
  quoteNote: s.quoteNote,
  "source.title": s.source.title,
  "source.publisher": s.source.publisher,
  "source.url": s.source.url,
  "source.date": s.source.date,
  "source.kind": s.source.kind,
  confidence: s.confidence,
  sourcing: s.sourcing,
});

export const toPositionRow = (p: Position): Record<PositionColumn, Cell> => ({
  id: p.id,
  actor: p.actor,
  issue: p.issue,
  validFrom: p.validFrom,
  ideal: p.ideal,
  "acceptable.low": p.acceptable[0],
  "acceptable.high": p.acceptable[1],
  salience: p.salience,
  evidence: p.evidence.join(LIST_SEPARATOR),
  rationale: p.rationale,
  confidence: p.confidence,
  "sequencing.stage": p.sequencing?.stage ?? "",
  "sequencing.evidence": p.sequencing?.evidence.join(LIST_SEPARATOR) ?? "",
  "sequencing.rationale": p.sequencing?.rationale ?? "",
});

const BOM = "\uFEFF";
/**
 * Cells a spreadsheet would run as a formula get a leading apostrophe; so does a cell that already
 * starts with one, so that the importer, which removes one apostrophe, gives back a genuine one.
 */
const FORMULA_START = /^['=+\-@\t\r]/;

function toCsv<C extends string>(columns: readonly C[], rows: Record<C, Cell>[], version: string): string {
  const fields = [VERSION_COLUMN, ...columns];
  const data = rows.map((row) => [version, ...columns.map((column) => row[column])]);
  return BOM + Papa.unparse({ fields, data }, { escapeFormulae: FORMULA_START, newline: "\r\n" }) + "\r\n";
}

export const toStatementsCsv = (statements: readonly Statement[], version: string) => toCsv(STATEMENT_COLUMNS, statements.map(toStatementRow), version);
export const toPositionsCsv = (positions: readonly Position[], version: string) => toCsv(POSITION_COLUMNS, positions.map(toPositionRow), version);

/** The fields of a JSON download besides its records. */
export type DataFileHeader = { dataset: string; version: string; currentTo: string; count: number; about: string };
export const WRAPPER_FIELDS = ["dataset", "version", "currentTo", "count", "about"] as const;

const header = (info: DatasetInfo, count: number, what: string): DataFileHeader => ({
  dataset: "Parley",
  version: info.version,
  currentTo: info.currentTo,
  count,
  about: `${what} of Parley, dataset version ${info.version}, data current to ${info.currentTo}. Fields and coding: /methodology/`,
});

export const toStatementsJson = (statements: readonly Statement[], info: DatasetInfo) =>
  JSON.stringify({ ...header(info, statements.length, "The sourced statements"), statements }, null, 1) + "\n";
export const toPositionsJson = (positions: readonly Position[], info: DatasetInfo) =>
  JSON.stringify({ ...header(info, positions.length, "The coded positions"), positions }, null, 1) + "\n";

export const toDisputesJson = (disputes: readonly Dispute[], info: DatasetInfo) =>
  JSON.stringify({ ...header(info, disputes.length, "The disputed accounts"), disputes }, null, 1) + "\n";

/** The disputes' download: not a template for the importer, which reads statements and positions only. */
export const DISPUTES_DOWNLOAD = { href: "/data/disputes.json", label: "Disputes (JSON)", type: "application/json; charset=utf-8" } as const;

/** The file names and media types of the downloads, as linked from the footer and the methodology page. */
export const DOWNLOADS = [
  { href: "/data/statements.csv", label: "Statements (CSV)", type: "text/csv; charset=utf-8" },
  { href: "/data/statements.json", label: "Statements (JSON)", type: "application/json; charset=utf-8" },
  { href: "/data/positions.csv", label: "Positions (CSV)", type: "text/csv; charset=utf-8" },
  { href: "/data/positions.json", label: "Positions (JSON)", type: "application/json; charset=utf-8" },
] as const;

/** A cell as the importer reads it: with the spreadsheet's formula guard (one leading apostrophe) removed. */
export const unescapeCell = (cell: string) => (/^'['=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

const splitList = (cell: string) =>
  cell
    .split(LIST_SEPARATOR)
    .map((item) => item.trim())
    .filter(Boolean);

/** A whole number written in a cell, or the cell unchanged so the schema says what is wrong with it. */
const toInteger = (cell: string): number | string => (/^\s*\d{1,9}\s*$/.test(cell) ? Number(cell) : cell);

type Row = Record<string, string>;
const cell = (row: Row, column: string) => unescapeCell(row[column] ?? "");

/** A statements.csv row as the JSON record the schema checks (not yet checked). */
export const fromStatementRow = (row: Row) => ({
  id: cell(row, "id").trim(),
  actor: cell(row, "actor").trim(),
  speaker: { name: cell(row, "speaker.name"), role: cell(row, "speaker.role") },
  date: cell(row, "date").trim(),
  event: cell(row, "event"),
  issues: splitList(cell(row, "issues")),
  summary: cell(row, "summary"),
  quote: cell(row, "quote"),
  // files written before these columns existed hold English quotes: a missing or empty cell is "en"
  quoteLanguage: cell(row, "quoteLanguage").trim() || undefined,
  quoteTranslation: cell(row, "quoteTranslation"),
  quoteNote: cell(row, "quoteNote"),
  source: {
    title: cell(row, "source.title"),
    publisher: cell(row, "source.publisher"),
    url: cell(row, "source.url").trim(),
    date: cell(row, "source.date").trim(),
    kind: cell(row, "source.kind").trim(),
  },
  confidence: cell(row, "confidence").trim(),
  // files written before the column existed do not say: empty is "undetermined"
  sourcing: cell(row, "sourcing").trim() || undefined,
});

/** A positions.csv row as the JSON record the schema checks (not yet checked). */
export const fromPositionRow = (row: Row) => ({
  id: cell(row, "id").trim(),
  actor: cell(row, "actor").trim(),
  issue: cell(row, "issue").trim(),
  validFrom: cell(row, "validFrom").trim(),
  ideal: toInteger(cell(row, "ideal")),
  acceptable: [toInteger(cell(row, "acceptable.low")), toInteger(cell(row, "acceptable.high"))],
  salience: toInteger(cell(row, "salience")),
  evidence: splitList(cell(row, "evidence")),
  rationale: cell(row, "rationale"),
  confidence: cell(row, "confidence").trim(),
  // a file without the columns, or a row with an empty stage, carries no sequencing
  sequencing: cell(row, "sequencing.stage").trim()
    ? { stage: cell(row, "sequencing.stage").trim(), evidence: splitList(cell(row, "sequencing.evidence")), rationale: cell(row, "sequencing.rationale") }
    : undefined,
});

/** The reliability downloads (/data/coding-a.json, /data/coding-b.json, /data/settlements.json): each file of data/ with the dataset's header. */
export function toReliabilityJson(file: "coding-a" | "coding-b" | "settlements", data: ReliabilityData, info: DatasetInfo): string {
  const { reliability } = data;
  const coding = (name: "A" | "B", positions: readonly Position[]) => ({
    about: `Coding ${name} of the Russia and Ukraine positions, one of two independent codings, as it stood when agreement was measured (${reliability.measuredOn}). Method: /methodology/#reliability`,
    coder: reliability.codings.find((c) => c.name === name)?.coder ?? "",
    count: positions.length,
    positions,
  });
  const body =
    file === "settlements"
      ? { about: "The settlement of each disagreement between the two codings by a third read. Method: /methodology/#settlements", count: data.settlements.length, settlements: data.settlements }
      : file === "coding-a"
        ? coding("A", data.codingA)
        : coding("B", data.codingB);
  return JSON.stringify({ dataset: "Parley", version: info.version, measuredOn: reliability.measuredOn, ...body }, null, 1) + "\n";
}
