import type { Coded } from "../analysis";
import { formatNumber } from "../view/format";
import { valueAt } from "./download-records";
import { isHttpsUrl } from "../rules";
import type { Position, Statement } from "../schema";

/*
 * A reader's imported data as the browser keeps it (localStorage), and how it is laid over the
 * built-in data. Small and free of the schema library on purpose: every view loads it. The full
 * check (lib/files/import.ts, with the zod schemas) runs once, when the file is imported, and keeps the
 * records in the form it validated (links normalised); what is read back here is checked for the
 * fields the views rely on, by the same rules.
 */

export const STORAGE_KEY = "parley:import:v1";

/** Merge: a record with the id of a built-in one replaces it, others are added. Replace: the imported records stand in for the built-in ones of their kind. */
export type ImportMode = "merge" | "replace";
export type ImportedPart<T> = { fileName: string; importedAt: string; records: T[] };
export type StoredImport = {
  format: 1;
  mode: ImportMode;
  /** The dataset version the import was checked against. */
  baseVersion: string;
  statements?: ImportedPart<Statement>;
  positions?: ImportedPart<Position>;
};

/*
 * The reader checks each stored record for the fields the views draw, with the same link rule as
 * the schema (lib/rules.ts), and says what is wrong where: a stored import it cannot read is never
 * silently dropped, but shown with its problems so the reader can download it and decide.
 */
type Check = (value: unknown) => string | undefined; // undefined when fine, else what is wrong
const text: Check = (v) => (typeof v === "string" ? undefined : "expected text");
const int: Check = (v) => (Number.isInteger(v) ? undefined : "expected a whole number");
const textList: Check = (v) => (Array.isArray(v) && v.every((x) => typeof x === "string") ? undefined : "expected a list of ids");
const optionalText: Check = (v) => (v === undefined ? undefined : text(v));
const link: Check = (v) => (isHttpsUrl(v) ? undefined : "expected an https:// link");
const range: Check = (v) => (Array.isArray(v) && v.length === 2 && v.every(Number.isInteger) ? undefined : "expected [low, high]");

const STATEMENT_FIELDS: [string, Check][] = [
  ["id", text], ["actor", text], ["date", text], ["event", text], ["summary", text], ["quote", text], ["issues", textList], ["confidence", text],
  ["quoteLanguage", optionalText], ["quoteTranslation", optionalText], ["quoteNote", optionalText], ["sourcing", optionalText],
  ["speaker.name", text], ["speaker.role", text],
  ["source.title", text], ["source.publisher", text], ["source.url", link], ["source.date", text], ["source.kind", text],
];
const POSITION_FIELDS: [string, Check][] = [
  ["id", text], ["actor", text], ["issue", text], ["validFrom", text], ["ideal", int], ["acceptable", range], ["salience", int], ["evidence", textList], ["rationale", text], ["confidence", text],
];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** A stored import read back, or what makes it unreadable (each problem names the record and the field). */
export type StoredImportReading = { stored?: StoredImport; problems: string[] };

const MAX_LISTED = 20;

export function inspectStoredImport(raw: string | null): StoredImportReading {
  if (!raw) return { problems: [] };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    return { problems: [`The stored text is not JSON (${error instanceof Error ? error.message.slice(0, 80) : "unreadable"}).`] };
  }
  const problems: string[] = [];
  if (!isObject(value)) return { problems: ["The stored text is not an object holding statements or positions."] };
  if (value.format !== 1) problems.push(`format: expected 1 (found ${JSON.stringify(value.format)?.slice(0, 20)})`);
  if (value.mode !== "merge" && value.mode !== "replace") problems.push("mode: expected merge or replace");
  if (typeof value.baseVersion !== "string") problems.push("baseVersion: expected text");
  for (const kind of ["statements", "positions"] as const) {
    const part = value[kind];
    if (part === undefined) continue;
    if (!isObject(part) || typeof part.fileName !== "string" || typeof part.importedAt !== "string" || !Array.isArray(part.records)) {
      problems.push(`${kind}: expected { fileName, importedAt, records }`);
      continue;
    }
    const fields = kind === "statements" ? STATEMENT_FIELDS : POSITION_FIELDS;
    part.records.forEach((record: unknown, index: number) => {
      const id = isObject(record) && typeof record.id === "string" ? ` (id ${JSON.stringify(record.id.slice(0, 60))})` : "";
      for (const [path, check] of fields) {
        const wrong = check(valueAt(record, path));
        if (wrong) problems.push(`${kind} record ${index + 1}${id}, field ${path}: ${wrong}`);
      }
    });
  }
  if (problems.length > 0)
    return { problems: problems.length > MAX_LISTED ? [...problems.slice(0, MAX_LISTED), `…and ${formatNumber(problems.length - MAX_LISTED)} more`] : problems };
  const stored = value as StoredImport;
  // imports kept before quotes carried their language hold English quotes
  for (const s of stored.statements?.records ?? []) {
    s.quoteLanguage ??= "en";
    s.quoteTranslation ??= "";
    s.quoteNote ??= "";
    s.sourcing ??= "undetermined";
  }
  return { stored, problems: [] };
}

/** The stored import, or undefined when there is none or it cannot be read. */
export function readStoredImport(raw: string | null): StoredImport | undefined {
  return inspectStoredImport(raw).stored;
}

/** The built-in records with the imported ones laid over them. */
export function mergeById<T extends { id: string }>(base: readonly T[], imported: readonly T[] | undefined, mode: ImportMode): T[] {
  if (!imported) return [...base];
  if (mode === "replace") return [...imported];
  const byId = new Map(imported.map((record) => [record.id, record]));
  const merged = base.map((record) => byId.get(record.id) ?? record);
  const known = new Set(base.map((record) => record.id));
  return [...merged, ...imported.filter((record) => !known.has(record.id))];
}

/** Oldest first, as the data files are, so "the latest statements" stay the last ones. */
const byDate = <T extends { date: string; id: string }>(records: T[]) =>
  records.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0));

/** Statements of any view shape with the imported ones merged in, `convert` turning a full statement into that shape. */
export function mergeStatements<T extends { id: string; date: string }>(base: readonly T[], stored: StoredImport | undefined, convert: (s: Statement) => T): T[] {
  if (!stored?.statements) return [...base];
  return byDate(mergeById(base, stored.statements.records.map(convert), stored.mode));
}

/** Views may hold positions trimmed to what they draw (Coded); an imported position is a full one. */
export const mergePositions = <P extends Coded>(base: readonly P[], stored: StoredImport | undefined) =>
  mergeById<P | Position>(base, stored?.positions?.records, stored?.mode ?? "merge");

/** "3 statements and 12 positions": what an import holds, in words. */
export function describeImport(stored: StoredImport): string {
  const parts: string[] = [];
  const count = (n: number, noun: string) => `${formatNumber(n)} ${noun}${n === 1 ? "" : "s"}`;
  if (stored.statements) parts.push(count(stored.statements.records.length, "statement"));
  if (stored.positions) parts.push(count(stored.positions.records.length, "position"));
  return parts.join(" and ");
}
