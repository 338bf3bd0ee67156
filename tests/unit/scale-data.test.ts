import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { toDatasetInfo } from "@/lib/dataset-info";
import { validateChangelog, validateDataset, validateDisputes, validateGlossary, validateReliability, validateSequencingB, validateWorksheets, type Problem } from "@/lib/schema";
import { scaleDataset } from "@/scripts/scale-data";

/*
 * The benchmark's synthetic data (scripts/scale-data.ts): ten times the statements and positions,
 * every copy valid under the same checks npm run data:check runs, and the same bytes for the same seed.
 */

const dataDir = path.join(import.meta.dirname, "..", "..", "data");
const files: Record<string, unknown> = Object.fromEntries(
  readdirSync(dataDir)
    .filter((name) => name.endsWith(".json"))
    .map((name) => [name, JSON.parse(readFileSync(path.join(dataDir, name), "utf8")) as unknown]),
);

type Row = { id: string; date?: string; source?: { url: string; date: string } } & Record<string, unknown>;
const list = (data: Record<string, unknown>, name: string) => data[name] as Row[];
const realStatements = list(files, "statements.json");
const realPositions = list(files, "positions.json");

const FACTOR = 10;
const scaled = scaleDataset(files, FACTOR);
const statements = list(scaled, "statements.json");
const positions = list(scaled, "positions.json");

/** Every problem data:check would report for these files (scripts/data-check.ts, in its order). */
function dataCheck(data: Record<string, unknown>): Problem[] {
  const today = new Date().toISOString().slice(0, 10);
  const read = (name: string) => data[`${name}.json`];
  const { dataset, problems } = validateDataset(
    { actors: read("actors"), issues: read("issues"), statements: read("statements"), positions: read("positions"), events: read("events"), documents: read("documents"), meta: read("meta") },
    today,
  );
  if (!dataset) return problems;
  return [
    ...problems,
    ...validateReliability({ reliability: read("reliability"), codingA: read("coding-a"), codingB: read("coding-b"), settlements: read("settlements") }, dataset).problems,
    ...validateChangelog(read("changelog"), dataset, { version: toDatasetInfo(dataset).version, today }).problems,
    ...validateDisputes(read("disputes"), dataset).problems,
    ...validateGlossary(read("glossary"), dataset).problems,
    ...validateSequencingB(read("sequencing-b"), dataset).problems,
    ...validateWorksheets(read("worksheets"), dataset).problems,
  ];
}

describe(scaleDataset, () => {
  it("writes exactly ten times the statements and positions", () => {
    expect(statements).toHaveLength(FACTOR * realStatements.length);
    expect(positions).toHaveLength(FACTOR * realPositions.length);
  });

  it("gives every record an id of its own", () => {
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
    expect(new Set(positions.map((p) => p.id)).size).toBe(positions.length);
  });

  it("passes every check of npm run data:check", () => {
    expect(dataCheck(scaled)).toEqual([]);
  });

  it("keeps the real records as they are, and every other file untouched", () => {
    const byId = new Map([...statements, ...positions].map((r) => [r.id, r]));
    for (const real of [...realStatements, ...realPositions]) expect(byId.get(real.id)).toEqual(real);
    for (const name of Object.keys(files).filter((n) => n !== "statements.json" && n !== "positions.json")) expect(scaled[name], name).toBe(files[name]);
  });

  it("copies a real statement for each synthetic one, changing only its id, its dates and its source's link", () => {
    const real = new Map(realStatements.map((s) => [s.id, s]));
    const currentTo = realStatements.map((s) => s.date!).sort().at(-1)!;
    for (const s of statements.filter((s) => !real.has(s.id))) {
      const original = real.get(s.id.replace(/-x\d+$/, ""));
      expect(original, s.id).toBeDefined();
      expect({ ...s, id: original!.id, date: original!.date, source: original!.source }, s.id).toEqual(original);
      expect(s.source!.url.startsWith(`${original!.source!.url}#x`), s.id).toBe(true);
      expect(s.date! <= currentTo, s.id).toBe(true);
    }
  });

  it("writes the same output for the same seed, and other output for another", () => {
    expect(JSON.stringify(scaleDataset(files, FACTOR))).toBe(JSON.stringify(scaled));
    expect(JSON.stringify(scaleDataset(files, FACTOR, 2))).not.toBe(JSON.stringify(scaled));
  });

  it("returns the data unchanged at factor 1, and refuses a factor that is not a whole number of at least 1", () => {
    const same = scaleDataset(files, 1);
    expect(same).toEqual(files);
    for (const name of Object.keys(files)) expect(same[name], name).toBe(files[name]);
    expect(() => scaleDataset(files, 0)).toThrow(RangeError);
    expect(() => scaleDataset(files, 2.5)).toThrow(RangeError);
  });
});
