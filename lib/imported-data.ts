import type { Coded } from "./analysis";
import { formatNumber } from "./format";
import type { Position, Statement } from "./schema";

/*
 * A reader's imported data as the browser keeps it (localStorage), and how it is laid over the
 * built-in data. Small and free of the schema library on purpose: every view loads it. The full
 * check (lib/import.ts, with the zod schemas) runs once, when the file is imported; what is read
 * back here is only checked for the shape the views rely on, so a damaged entry is ignored rather
 * than breaking a page.
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

type Guard = (value: unknown) => boolean;
const isString: Guard = (v) => typeof v === "string";
const isInt: Guard = (v) => Number.isInteger(v);
const isStringList: Guard = (v) => Array.isArray(v) && v.every(isString);
const shape =
  (fields: Record<string, Guard>): Guard =>
  (v) =>
    typeof v === "object" && v !== null && !Array.isArray(v) && Object.entries(fields).every(([key, guard]) => guard((v as Record<string, unknown>)[key]));

const isStatement = shape({
  id: isString,
  actor: isString,
  date: isString,
  event: isString,
  summary: isString,
  quote: isString,
  issues: isStringList,
  confidence: isString,
  speaker: shape({ name: isString, role: isString }),
  // never a link that is not https, whatever was written into the browser's storage
  source: shape({ title: isString, publisher: isString, url: (v) => typeof v === "string" && v.startsWith("https://"), date: isString, kind: isString }),
});
const isPosition = shape({
  id: isString,
  actor: isString,
  issue: isString,
  validFrom: isString,
  ideal: isInt,
  acceptable: (v) => Array.isArray(v) && v.length === 2 && v.every(isInt),
  salience: isInt,
  evidence: isStringList,
  rationale: isString,
  confidence: isString,
});
const isPart = (records: Guard): Guard => shape({ fileName: isString, importedAt: isString, records: (v) => Array.isArray(v) && v.every(records) });

/** The stored import, or undefined when there is none or it cannot be read. */
export function readStoredImport(raw: string | null): StoredImport | undefined {
  if (!raw) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const ok =
    shape({ format: (v) => v === 1, mode: (v) => v === "merge" || v === "replace", baseVersion: isString })(value) &&
    ["statements", "positions"].every((key) => {
      const part = (value as Record<string, unknown>)[key];
      return part === undefined || isPart(key === "statements" ? isStatement : isPosition)(part);
    });
  return ok ? (value as StoredImport) : undefined;
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
