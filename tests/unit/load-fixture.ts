import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import type { RawDataset } from "@/lib/schema";

const root = path.join(import.meta.dirname, "..", "fixtures");
const read = (file: string) => JSON.parse(readFileSync(file, "utf8"));

export const loadBase = (): RawDataset => ({
  actors: read(path.join(root, "base", "actors.json")),
  issues: read(path.join(root, "base", "issues.json")),
  statements: read(path.join(root, "base", "statements.json")),
  positions: read(path.join(root, "base", "positions.json")),
  events: read(path.join(root, "base", "events.json")),
  documents: read(path.join(root, "base", "documents.json")),
  meta: read(path.join(root, "base", "meta.json")),
});

/** `list` picks the list inside data/documents.json, which holds documents, provisions and gaps. */
type Edit = { file: keyof RawDataset; list?: string; index: number; set?: Record<string, unknown>; copyAs?: Record<string, unknown> };
export type BrokenFixture = { name: string; description: string; edit: Edit; expect: { file: string; field: string; message: string } };

export const brokenFixtures = (): BrokenFixture[] =>
  readdirSync(path.join(root, "broken"))
    .filter((file) => file.endsWith(".json"))
    .map((file) => ({ name: file.replace(/\.json$/, ""), ...read(path.join(root, "broken", file)) }));

function setPath(target: Record<string, unknown>, dotted: string, value: unknown) {
  const keys = dotted.split(".");
  let node = target;
  for (const k of keys.slice(0, -1)) node = node[k] as Record<string, unknown>;
  node[keys.at(-1)!] = value;
}

/** The base dataset with one fixture's edit applied. */
export function applyFixture(fixture: BrokenFixture): RawDataset {
  const data = loadBase();
  const file = data[fixture.edit.file];
  const records = (fixture.edit.list ? (file as Record<string, unknown>)[fixture.edit.list] : file) as Record<string, unknown>[];
  const record = records[fixture.edit.index]!;
  if (fixture.edit.copyAs) records.push({ ...structuredClone(record), ...fixture.edit.copyAs });
  for (const [key, value] of Object.entries(fixture.edit.set ?? {})) setPath(record, key, value);
  return data;
}
