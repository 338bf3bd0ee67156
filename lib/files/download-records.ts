/*
 * Reading back the site's own downloads (/data/statements.json, /data/positions.json) when a view
 * fetches them. The files are the site's, but they arrive over the network, so each record is
 * checked for the fields a view draws before it is drawn; a problem names the file, the record and
 * the field, as every other data problem in Parley does. No zod here: these run in the browser,
 * where the schema's weight is not worth it for fields that are only read.
 */

/** Reads the fields of one record; each read throws naming the file, the record and the field. */
export type RecordReader = {
  /** Text at a field or a dotted path ("speaker.name"); empty text only when allowed. */
  text(path: string, allowEmpty?: boolean): string;
  /** One of a closed list of words at a field; `fallback` when the field is absent (a default of the schema's). */
  oneOf<T extends string>(path: string, values: readonly T[], fallback?: T): T;
  /** A list of ids (strings) at a field. */
  ids(field: string, what: string): string[];
  /** Fails for this record and field with the given reason. */
  fail(path: string, reason: string): never;
  /** The record as read from JSON, for a field that may be absent. */
  raw: unknown;
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

/** The value at a field or a dotted path ("speaker.name") of a record read from JSON, or undefined. */
export const valueAt = (record: unknown, path: string): unknown => path.split(".").reduce<unknown>((node, key) => (isRecord(node) ? node[key] : undefined), record);

/** Every record of the list `list` (e.g. "statements") in a download, each read by `read`. */
export function readDownload<T>(json: unknown, file: string, list: string, noun: string, read: (record: RecordReader) => T): T[] {
  const records = isRecord(json) ? json[list] : undefined;
  if (!Array.isArray(records)) throw new Error(`${file}: no "${list}" list in the file.`);
  return records.map((raw: unknown, i) => {
    const record = isRecord(raw) ? raw : {};
    const where = `${file} › ${noun} ${i + 1}${typeof record.id === "string" ? ` (${record.id})` : ""}`;
    const fail = (path: string, reason: string): never => {
      throw new Error(`${where} › ${path}: ${reason}`);
    };
    const at = (path: string) => valueAt(record, path);
    return read({
      fail,
      raw: record,
      text(path, allowEmpty = false) {
        const value = at(path);
        return typeof value === "string" && (allowEmpty || value !== "") ? value : fail(path, "expected text.");
      },
      oneOf(path, values, fallback) {
        const value = at(path);
        if (value === undefined && fallback !== undefined) return fallback;
        return values.find((v) => v === value) ?? fail(path, `expected one of ${values.join(", ")}.`);
      },
      ids(field, what) {
        const value = at(field);
        return Array.isArray(value) && value.every((id) => typeof id === "string") ? (value as string[]) : fail(field, `expected a list of ${what} ids.`);
      },
    });
  });
}
