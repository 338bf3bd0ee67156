import Papa from "papaparse";
import type * as z from "zod";
import {
  fromPositionRow,
  fromStatementRow,
  OPTIONAL_COLUMNS,
  POSITION_COLUMNS,
  STATEMENT_COLUMNS,
  VERSION_COLUMN,
  WRAPPER_FIELDS,
} from "./data-files";
import { formatNumber } from "../view/format";
import { findInvisible, MAX_WORD_LENGTH, normalizeHttpsUrl, TEXT_LIMITS } from "../rules";
import { mergeById, type ImportMode, type StoredImport } from "./imported-data";
import { PositionSchema, StatementSchema, validateDataset, type Dataset, type Position, type Statement } from "../schema";

/*
 * The importer: a reader's file (CSV or JSON, shaped like the downloads) read, checked and laid
 * over the built-in data, all in the browser and all pure, so it is unit- and property-tested.
 * It never throws on any input: every failure is an ImportProblem in plain words, located by row
 * and column (CSV) or by JSON path. Limits are checked before the expensive step they guard:
 * size before reading, encoding before parsing, nesting depth before JSON.parse, rows while
 * parsing (the CSV parser stops one row past the limit).
 */

export const IMPORT_LIMITS = {
  /** Ten times the built-in data, and well inside what a browser lets a site keep. */
  maxBytes: 2 * 1024 * 1024,
  maxRows: 5_000,
  /** A download nests 4 levels (file › list › record › source); a little room, no more. */
  maxDepth: 6,
  /** Problems listed; the rest are counted. */
  maxProblems: 100,
};

export type ImportProblem = { where: string; message: string };
export type RecordKind = "statements" | "positions";
export type Format = "csv" | "json";

/** A file that was read and whose every record passed the schema on its own. */
export type ImportedFile = {
  fileName: string;
  format: Format;
  statements?: Statement[];
  positions?: Position[];
  /** The dataset version the file says it came from, if it says. */
  version?: string;
  /** A JSON file whose records sit under "statements"/"positions" (a download), rather than a bare list. */
  fromList?: boolean;
};

/** `capped`: counting stopped at `total`, so there are at least that many problems. */
export type ReadResult = { ok: true; file: ImportedFile } | { ok: false; problems: ImportProblem[]; total: number; capped?: boolean };

const MB = 1024 * 1024;
const formatSize = (bytes: number) => (bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${formatNumber(Math.ceil(bytes / 1024))} KB`);
const shorten = (value: string, max = 40) => JSON.stringify(value.length > max ? `${value.slice(0, max)}…` : value);
const fail = (where: string, message: string): ReadResult => ({ ok: false, problems: [{ where, message }], total: 1 });

/** Whether a file may be read at all: checked on its size alone, before a byte is read. */
export function checkFileSize(name: string, size: number): ReadResult | undefined {
  if (size === 0) return fail(name, "The file is empty.");
  if (size > IMPORT_LIMITS.maxBytes)
    return fail(
      name,
      `The file is ${formatSize(size)}; Parley imports files up to ${formatSize(IMPORT_LIMITS.maxBytes)} (about ${formatNumber(IMPORT_LIMITS.maxRows)} records). Split it, or import only the records you changed.`,
    );
  return undefined;
}

const SIGNATURES: [number[], string][] = [
  [[0x50, 0x4b, 0x03, 0x04], "a ZIP archive — an Excel (.xlsx) or LibreOffice (.ods) workbook is one. In the spreadsheet, save as “CSV UTF-8” and import that"],
  [[0xd0, 0xcf, 0x11, 0xe0], "an old Excel (.xls) workbook. In Excel, save as “CSV UTF-8” and import that"],
  [[0x25, 0x50, 0x44, 0x46], "a PDF document"],
  [[0x89, 0x50, 0x4e, 0x47], "a PNG image"],
  [[0xff, 0xd8, 0xff], "a JPEG image"],
  [[0x47, 0x49, 0x46, 0x38], "a GIF image"],
  [[0x1f, 0x8b], "a gzip archive"],
  [[0x7f, 0x45, 0x4c, 0x46], "a program"],
  [[0x4d, 0x5a], "a Windows program"],
];

/** The offset of the first byte that is not valid UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    // overlong forms and UTF-16 surrogates are invalid too
    if (b === 0xe0 && bytes[i + 1]! < 0xa0) return i;
    if (b === 0xed && bytes[i + 1]! > 0x9f) return i;
    if (b === 0xf0 && bytes[i + 1]! < 0x90) return i;
    if (b === 0xf4 && bytes[i + 1]! > 0x8f) return i;
    i += length;
  }
  return -1;
}

/** The file's bytes as text, or why they are not UTF-8 text. */
export function decodeText(name: string, bytes: Uint8Array): { text: string } | { problem: ReadResult } {
  for (const [signature, what] of SIGNATURES) {
    if (signature.every((byte, i) => bytes[i] === byte)) return { problem: fail(name, `This is ${what}, not a CSV or JSON text file.`) };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return { problem: fail(name, "The file is saved as UTF-16. Save it as UTF-8 (in Excel: “CSV UTF-8”) and import it again.") };
  const head = bytes.subarray(0, 64 * 1024);
  if (head.includes(0)) return { problem: fail(name, "This is a binary file, not a CSV or JSON text file.") };
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  const bad = firstInvalidUtf8(body);
  if (bad >= 0) {
    let line = 1;
    for (let i = 0; i < bad; i++) if (body[i] === 0x0a) line++;
    return {
      problem: fail(
        `${name}, line ${formatNumber(line)}`,
        "The file is not UTF-8 text: it was probably saved in an older encoding such as Windows-1252 or Latin-1. Save it as UTF-8 (in Excel: “CSV UTF-8”) and import it again.",
      ),
    };
  }
  return { text: new TextDecoder("utf-8").decode(body) };
}

/** How deep a JSON text nests, counted without parsing it; stops as soon as it passes `limit`. */
export function jsonDepth(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

/* ---------- locating and wording problems ---------- */

/** Where a record sits in its file: "Row 5 (id "x")" for CSV, "positions[3] (id "x")" for JSON. */
type Locator = { label: (index: number, id?: string) => string; field: (kind: RecordKind, path: readonly PropertyKey[]) => string };

const idSuffix = (id?: string) => (id ? ` (id ${shorten(id, 80)})` : "");

const csvLocator: Locator = {
  // the header is row 1 in a spreadsheet, so the first record is row 2
  label: (index, id) => `Row ${formatNumber(index + 2)}${idSuffix(id)}`,
  field: (_kind, path) => {
    const [head, next] = path;
    if (head === undefined) return "the whole row";
    if (head === "acceptable") return next === 0 ? "column acceptable.low" : next === 1 ? "column acceptable.high" : "columns acceptable.low and acceptable.high";
    if ((head === "issues" || head === "evidence") && typeof next === "number") return `column ${head} (item ${next + 1})`;
    if ((head === "speaker" || head === "source") && typeof next === "string") return `column ${head}.${next}`;
    return `column ${String(head)}`;
  },
};

const jsonLocator = (root: string): Locator => ({
  label: (index, id) => `${root}[${index}]${idSuffix(id)}`,
  field: (_kind, path) => (path.length === 0 ? "the whole record" : path.map((key) => (typeof key === "number" ? `[${key}]` : `.${String(key)}`)).join("").replace(/^\./, "field ")),
});

const describeValue = (value: unknown) =>
  value === undefined
    ? ""
    : typeof value === "string"
      ? value === ""
        ? " (it is empty)"
        : ` (found ${shorten(value)})`
      : ` (found ${Array.isArray(value) ? "a list" : value === null ? "null" : typeof value === "object" ? "an object" : shorten(String(value))})`;

/** A schema issue in plain words. Parley's own schema messages are already plain; zod's defaults are reworded. */
export function toPlainMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type": {
      if (issue.input === undefined) return "is missing";
      const expected = issue.expected === "int" || issue.expected === "number" ? "a whole number" : issue.expected === "string" ? "text" : issue.expected === "array" || issue.expected === "tuple" ? "a list" : issue.expected === "object" ? "an object with its own fields" : issue.expected;
      return `must be ${expected}${describeValue(issue.input)}`;
    }
    case "invalid_value":
      return `must be one of ${issue.values.map((v) => String(v)).join(", ")}${describeValue(issue.input)}`;
    case "unrecognized_keys":
      return `has ${issue.keys.length === 1 ? "a field" : "fields"} Parley does not know: ${issue.keys.map((key) => shorten(key)).join(", ")}`;
    case "too_small":
      if (issue.origin === "string") return Number(issue.minimum) <= 1 ? "must not be empty" : `must be at least ${issue.minimum} characters`;
      if (issue.origin === "array") return `needs at least ${issue.minimum} ${Number(issue.minimum) === 1 ? "item" : "items"}`;
      return `must be at least ${issue.minimum}${describeValue(issue.input)}`;
    case "too_big":
      if (issue.origin === "string") return `is longer than ${issue.maximum} characters`;
      if (issue.origin === "array") return `has more than ${issue.maximum} items`;
      return `must be at most ${issue.maximum}${describeValue(issue.input)}`;
    case "invalid_format":
      if (typeof issue.input === "string" && /^\s*(javascript|data|vbscript|file):/i.test(issue.input))
        return "is a link that could run code or open a local file; use the https:// address of the source";
      return `${issue.message}${describeValue(issue.input)}`;
    case "custom":
      if (typeof issue.input === "string" && /^\s*(javascript|data|vbscript|file):/i.test(issue.input))
        return "is a link that could run code or open a local file; use the https:// address of the source";
      return issue.message;
    default:
      return `${issue.message}${describeValue(issue.input)}`;
  }
}

/** Text fields of the records: the places where markup or control characters must not hide. */
const TEXT_FIELDS: Record<RecordKind, string[][]> = {
  statements: [["speaker", "name"], ["speaker", "role"], ["event"], ["summary"], ["quote"], ["quoteTranslation"], ["quoteNote"], ["source", "title"], ["source", "publisher"], ["source", "date"]],
  positions: [["rationale"]],
};
// a tag, a comment or a processing instruction: "<b", "</", "<!", "<?"
const MARKUP = /<\s*[a-z!?/]/i;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const LONG_WORD = new RegExp(`\\S{${MAX_WORD_LENGTH + 1}}`);

function textProblems(kind: RecordKind, record: unknown): { path: string[]; message: string }[] {
  const found: { path: string[]; message: string }[] = [];
  for (const path of TEXT_FIELDS[kind]) {
    let value: unknown = record;
    for (const key of path) value = value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
    if (typeof value !== "string") continue;
    const markup = MARKUP.exec(value);
    const limit = TEXT_LIMITS[path.join(".")];
    const invisible = findInvisible(value);
    if (markup) found.push({ path, message: `contains HTML or script markup (${shorten(value.slice(markup.index, markup.index + 12), 12)}); Parley takes plain text only` });
    else if (CONTROL.test(value)) found.push({ path, message: "contains control characters that are not text" });
    else if (invisible)
      found.push({ path, message: `contains an invisible formatting character (${invisible}: a direction override or a zero-width character) that can make text read differently from what it is; remove it` });
    else if (limit !== undefined && value.length > limit) found.push({ path, message: `is ${formatNumber(value.length)} characters long; the limit is ${formatNumber(limit)}` });
    else if (LONG_WORD.test(value)) found.push({ path, message: `has a run of more than ${MAX_WORD_LENGTH} characters without a space, which no page can wrap; break it up` });
  }
  return found;
}

class ProblemList {
  readonly items: ImportProblem[] = [];
  total = 0;
  /** Counting stops here: past it, more messages help no one, and the reader is told "at least". */
  static readonly COUNT_LIMIT = IMPORT_LIMITS.maxProblems * 10;
  add(where: string, message: string) {
    if (this.full) return;
    this.total++;
    if (this.items.length < IMPORT_LIMITS.maxProblems) this.items.push({ where, message });
  }
  get full() {
    return this.total >= ProblemList.COUNT_LIMIT;
  }
  result(): { ok: false; problems: ImportProblem[]; total: number; capped: boolean } {
    return { ok: false, problems: this.items, total: this.total, capped: this.full };
  }
}

/** Every raw record checked on its own with the same zod schema as data/, then for markup and repeated ids. */
function checkRecords<T extends Statement | Position>(kind: RecordKind, raws: readonly unknown[], locate: Locator, problems: ProblemList): T[] {
  const schema = kind === "statements" ? StatementSchema : PositionSchema;
  const records: T[] = [];
  const firstIndex = new Map<string, number>();
  raws.forEach((raw, index) => {
    if (problems.full) return;
    const id = raw && typeof raw === "object" && typeof (raw as { id?: unknown }).id === "string" ? (raw as { id: string }).id : undefined;
    const where = (path: readonly PropertyKey[]) => `${locate.label(index, id)}, ${locate.field(kind, path)}`;
    const result = schema.safeParse(raw, { reportInput: true });
    const text = textProblems(kind, raw);
    if (!result.success) for (const issue of result.error.issues) problems.add(where(issue.path), toPlainMessage(issue));
    for (const { path, message } of text) problems.add(where(path), message);
    if (!result.success || text.length > 0) return;
    const seen = firstIndex.get(result.data.id);
    if (seen !== undefined) {
      problems.add(where(["id"]), `the file already has this id, in ${locate.label(seen)}`);
      return;
    }
    firstIndex.set(result.data.id, index);
    // kept in the form the URL parser reads ("HTTPS://X.org" → "https://x.org/"), the form the stored import's reader checks
    if ("source" in result.data) result.data.source.url = normalizeHttpsUrl(result.data.source.url);
    records.push(result.data as T);
  });
  return records;
}

const done = (file: ImportedFile, problems: ProblemList): ReadResult => (problems.total > 0 ? problems.result() : { ok: true, file });

/** A file with a header or a wrapper but no records replaces nothing: it is refused, so an earlier import is never wiped by it. */
const NOTHING_TO_IMPORT = "Nothing to import: the file holds no records. Your earlier import, if any, is unchanged.";

/* ---------- CSV ---------- */

function readCsv(fileName: string, text: string): ReadResult {
  const problems = new ProblemList();
  const parsed = Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: "greedy",
    preview: IMPORT_LIMITS.maxRows + 1,
    delimitersToGuess: [",", ";", "\t"],
    transformHeader: (header) => header.trim(),
  });
  if (parsed.data.length > IMPORT_LIMITS.maxRows)
    return fail(fileName, `The file has more than ${formatNumber(IMPORT_LIMITS.maxRows)} rows; Parley imports up to ${formatNumber(IMPORT_LIMITS.maxRows)} at a time. Split it, or import only the records you changed.`);
  const header = parsed.meta.fields ?? [];
  const kind: RecordKind | undefined = header.includes("validFrom") ? "positions" : header.includes("speaker.name") ? "statements" : undefined;
  if (!kind)
    return fail(
      `${fileName}, row 1`,
      "The header row is not that of statements.csv or positions.csv: it needs the column names of a download (a statements file has speaker.name, a positions file has validFrom). Start from a download and keep its first row.",
    );
  const columns: readonly string[] = kind === "statements" ? STATEMENT_COLUMNS : POSITION_COLUMNS;
  const renamed = Object.values(parsed.meta.renamedHeaders ?? {});
  for (const column of new Set(renamed)) problems.add(`${fileName}, row 1`, `the column ${shorten(column)} appears more than once`);
  for (const column of header) {
    if (column !== VERSION_COLUMN && !columns.includes(column) && !renamed.some((name) => column.startsWith(`${name}_`)))
      problems.add(`${fileName}, row 1`, `the column ${shorten(column)} is not one of a ${kind} file (${columns.join(", ")})`);
  }
  for (const column of columns) if (!header.includes(column) && !OPTIONAL_COLUMNS.includes(column)) problems.add(`${fileName}, row 1`, `the column ${shorten(column)} is missing`);
  if (problems.total === 0 && parsed.data.length === 0) return fail(fileName, NOTHING_TO_IMPORT);
  for (const error of parsed.errors.slice(0, IMPORT_LIMITS.maxProblems)) {
    // the parser counts a quote error's row one past the record that opened the quote
    const row = error.row === undefined ? undefined : error.type === "Quotes" ? Math.max(0, error.row - 1) : error.row;
    const where = row === undefined ? fileName : csvLocator.label(row);
    const message =
      error.code === "TooFewFields" || error.code === "TooManyFields"
        ? `has ${error.code === "TooFewFields" ? "fewer" : "more"} cells than the header row (${header.length}); a text with a comma must be in double quotes`
        : error.code === "MissingQuotes" || error.code === "InvalidQuotes"
          ? "has a double quote that is never closed"
          : "could not be read as CSV";
    problems.add(where, message);
  }
  if (problems.total > 0) return problems.result();
  const versions = new Set(parsed.data.map((row) => row[VERSION_COLUMN]).filter(Boolean));
  const raws: unknown[] = kind === "statements" ? parsed.data.map(fromStatementRow) : parsed.data.map(fromPositionRow);
  const records = checkRecords(kind, raws, csvLocator, problems);
  return done({ fileName, format: "csv", [kind]: records, version: versions.size === 1 ? [...versions][0] : undefined }, problems);
}

/* ---------- JSON ---------- */

function kindOfList(list: unknown[]): RecordKind | undefined {
  const first = list.find((item): item is object => typeof item === "object" && item !== null && !Array.isArray(item));
  if (!first) return undefined;
  if ("validFrom" in first || "acceptable" in first) return "positions";
  if ("speaker" in first || "summary" in first) return "statements";
  return undefined;
}

function readJson(fileName: string, text: string): ReadResult {
  const depth = jsonDepth(text, IMPORT_LIMITS.maxDepth);
  if (depth > IMPORT_LIMITS.maxDepth)
    return fail(fileName, `The JSON nests more than ${IMPORT_LIMITS.maxDepth} levels deep; a Parley file nests 4 (file, list, record, source). It is not a Parley file.`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message.replace(/^JSON\.parse: /, "") : "";
    // engines differ: V8 may say "at position 12", V8 and Firefox "line 2 column 5", or neither
    const position = /position (\d+)/.exec(detail);
    const lineColumn = /line (\d+) column (\d+)/.exec(detail);
    let where = fileName;
    if (lineColumn) where = `${fileName}, line ${lineColumn[1]}, column ${lineColumn[2]}`;
    else if (position) {
      const before = text.slice(0, Number(position[1]));
      where = `${fileName}, line ${formatNumber(before.split("\n").length)}, column ${formatNumber(before.length - before.lastIndexOf("\n"))}`;
    }
    return fail(where, `The file is not valid JSON${detail ? ` (${detail.slice(0, 120)})` : ""}.`);
  }
  const problems = new ProblemList();
  const lists: Partial<Record<RecordKind, unknown[]>> = {};
  let version: string | undefined;
  if (Array.isArray(value)) {
    if (value.length > IMPORT_LIMITS.maxRows)
      return fail(fileName, `The file has ${formatNumber(value.length)} records; Parley imports up to ${formatNumber(IMPORT_LIMITS.maxRows)} at a time. Split it, or import only the records you changed.`);
    if (value.length === 0) return fail(fileName, NOTHING_TO_IMPORT);
    const kind = kindOfList(value);
    if (!kind) return fail(fileName, "The list holds neither statements nor positions: each record needs the fields of a download (a statement has speaker and summary, a position has validFrom and acceptable).");
    lists[kind] = value;
  } else if (value && typeof value === "object") {
    const object = value as Record<string, unknown>;
    for (const key of Object.keys(object)) {
      if (key !== "statements" && key !== "positions" && !(WRAPPER_FIELDS as readonly string[]).includes(key))
        problems.add(fileName, `has a top-level field Parley does not know: ${shorten(key)} (expected statements, positions, ${WRAPPER_FIELDS.join(", ")})`);
    }
    for (const kind of ["statements", "positions"] as const) {
      if (object[kind] === undefined) continue;
      // an empty list beside a full one holds nothing to import: it must not wipe the earlier import of its kind
      if (Array.isArray(object[kind])) {
        if ((object[kind] as unknown[]).length > 0) lists[kind] = object[kind] as unknown[];
      }
      else problems.add(`${fileName}, ${kind}`, "must be a list of records");
    }
    if (object.statements === undefined && object.positions === undefined && problems.total === 0) problems.add(fileName, "holds neither a statements nor a positions list");
    if (typeof object.version === "string") version = object.version;
  } else {
    return fail(fileName, "The JSON is neither a list of records nor an object holding statements or positions.");
  }
  const rows = (lists.statements?.length ?? 0) + (lists.positions?.length ?? 0);
  if (rows > IMPORT_LIMITS.maxRows)
    return fail(fileName, `The file has ${formatNumber(rows)} records; Parley imports up to ${formatNumber(IMPORT_LIMITS.maxRows)} at a time. Split it, or import only the records you changed.`);
  if (problems.total > 0) return problems.result();
  if (rows === 0 || (!lists.statements && !lists.positions)) return fail(fileName, NOTHING_TO_IMPORT);
  const bare = Array.isArray(value);
  const file: ImportedFile = { fileName, format: "json", version, fromList: !bare };
  if (lists.statements) file.statements = checkRecords("statements", lists.statements, jsonLocator(bare ? "" : "statements"), problems);
  if (lists.positions) file.positions = checkRecords("positions", lists.positions, jsonLocator(bare ? "" : "positions"), problems);
  return done(file, problems);
}

/** A text already decoded: JSON when it looks like JSON or is named .json, CSV otherwise. */
export function readImportText(fileName: string, text: string): ReadResult {
  if (text.trim() === "") return fail(fileName, "The file is empty: nothing to import. Your earlier import, if any, is unchanged.");
  const looksJson = /^\s*[[{]/.test(text);
  if (/\.json$/i.test(fileName) || looksJson) return readJson(fileName, text);
  return readCsv(fileName, text);
}

/** A whole file, from its bytes: size, kind of content, encoding, then its records. Never throws. */
export function readImportFile(fileName: string, bytes: Uint8Array): ReadResult {
  try {
    const tooBig = checkFileSize(fileName, bytes.length);
    if (tooBig) return tooBig;
    const decoded = decodeText(fileName, bytes);
    if ("problem" in decoded) return decoded.problem;
    return readImportText(fileName, decoded.text);
  } catch (error) {
    // a last line of defence: a bug in a check must not break the page or lose the earlier import
    return fail(fileName, `The file could not be read (${error instanceof Error ? error.message.slice(0, 120) : "unknown error"}).`);
  }
}

/* ---------- laying the file over the built-in data ---------- */

export type ValidateResult = { ok: true; stored: StoredImport; notes: string[] } | { ok: false; problems: ImportProblem[]; total: number; capped?: boolean };

/**
 * The import that results from adding `file` to the reader's earlier import (a file of statements
 * replaces the earlier imported statements; positions likewise), checked as a whole dataset with
 * validateDataset — the rules the build applies to data/ — before anything is kept.
 */
export function validateImport(
  base: Pick<Dataset, "actors" | "issues" | "statements" | "positions" | "events" | "meta">,
  file: ImportedFile,
  previous: StoredImport | undefined,
  mode: ImportMode,
  today: string,
  baseVersion: string,
  /** The last day Parley's views reach (the data's current-to date): a record after it could never be shown, so it is refused. */
  lastDate?: string,
): ValidateResult {
  const importedAt = new Date().toISOString();
  const stored: StoredImport = {
    format: 1,
    mode,
    baseVersion,
    statements: file.statements ? { fileName: file.fileName, importedAt, records: file.statements } : previous?.statements,
    positions: file.positions ? { fileName: file.fileName, importedAt, records: file.positions } : previous?.positions,
  };
  /** Where an imported record sits: in this file by row or path, or in the earlier import by path. */
  const locate = (kind: RecordKind, id: string, field: string): string | undefined => {
    const part = stored[kind];
    const index = part ? part.records.findIndex((record) => record.id === id) : -1;
    if (!part || index < 0) return undefined;
    const fromThisFile = (kind === "statements" ? file.statements : file.positions) !== undefined;
    const locator = !fromThisFile ? jsonLocator(`your earlier ${kind}`) : file.format === "csv" ? csvLocator : jsonLocator(file.fromList ? kind : "");
    return `${fromThisFile ? "" : `${part.fileName}: `}${locator.label(index, id)}, ${locator.field(kind, fieldPath(field))}`;
  };
  if (lastDate) {
    // a record after the data's last day is accepted by the schema, but no view's time controls reach it
    const late = new ProblemList();
    const message = (date: string) => `${date} is after ${lastDate}, the last day Parley’s data and its time controls reach, so no view could show it. Date it on or before ${lastDate}.`;
    const isLate = (date: string) => date > lastDate && date <= today;
    for (const s of file.statements ?? []) if (isLate(s.date)) late.add(locate("statements", s.id, "date") ?? file.fileName, message(s.date));
    for (const p of file.positions ?? []) if (isLate(p.validFrom)) late.add(locate("positions", p.id, "validFrom") ?? file.fileName, message(p.validFrom));
    if (late.total > 0) return late.result();
  }
  const statements = mergeById(base.statements, stored.statements?.records, mode);
  const positions = mergeById(base.positions, stored.positions?.records, mode);
  // events only mark the timeline: a statement an import removed drops out of its event, the event stays
  const ids = new Set(statements.map((s) => s.id));
  const events = base.events.map((e) => ({ ...e, statements: e.statements.filter((id) => ids.has(id)) }));
  const { problems } = validateDataset({ actors: base.actors, issues: base.issues, statements, positions, events, meta: base.meta }, today, { sequencing: "optional" });
  if (problems.length === 0) {
    const notes: string[] = [];
    if (file.version && file.version !== baseVersion) notes.push(`The file says it came from dataset version ${file.version}; Parley’s data is now at version ${baseVersion}.`);
    return { ok: true, stored, notes };
  }
  const list = new ProblemList();
  const builtIn = problems.filter((problem) => {
    const kind = problem.file.includes("positions") ? "positions" : problem.file.includes("statements") ? "statements" : undefined;
    return !kind || !stored[kind]?.records.some((record) => `"${record.id}"` === problem.record);
  }).length;
  if (builtIn > 0)
    list.add(
      "Your import as a whole",
      `${formatNumber(builtIn)} of Parley’s own records would refer to records your import replaces or removes${mode === "replace" ? ": with “replace”, import the statements and the positions that cite them together, or choose “merge”" : ""}.`,
    );
  for (const problem of problems) {
    const kind = problem.file.includes("positions") ? "positions" : problem.file.includes("statements") ? "statements" : undefined;
    const id = problem.record.replace(/^"|"$/g, "");
    const where = kind ? locate(kind, id, problem.field) : undefined;
    if (where) list.add(where, problem.message);
    else {
      const noun = problem.file.replace(/^data\/|s\.json$/g, "");
      list.add(`Built-in ${noun} ${shorten(id)}, field ${problem.field}`, `${problem.message} — because your import replaces or removes what it refers to`);
    }
  }
  return list.result();
}

/** A dotted field of validateDataset ("evidence.0") as a path (["evidence", 0]). */
const fieldPath = (field: string): PropertyKey[] => (field ? field.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part)) : []);

