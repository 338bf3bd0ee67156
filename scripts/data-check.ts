// npm run data:check — every problem in data/, with its file, record and field; exits 1 on any.
//   npm run data:check -- path/to/dir   checks another directory laid out like data/
import { readFileSync } from "node:fs";
import path from "node:path";
import { toDatasetInfo } from "../lib/dataset-info";
import { formatProblem, validateChangelog, validateDataset, validateDisputes, validateGlossary, validateReliability, validateSequencingB, validateWorksheets, type Problem, type RawDataset } from "../lib/schema";

const dir = process.argv[2] ?? path.join(import.meta.dirname, "..", "data");
const problems: Problem[] = [];

function readJson(name: string): unknown {
  const file = path.join(dir, `${name}.json`);
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    problems.push({ file: `data/${name}.json`, record: "(file)", field: "(root)", message: error instanceof Error ? error.message : String(error) });
    return undefined;
  }
}

const raw: RawDataset = {
  actors: readJson("actors"),
  issues: readJson("issues"),
  statements: readJson("statements"),
  positions: readJson("positions"),
  events: readJson("events"),
  documents: readJson("documents"),
  meta: readJson("meta"),
};
const today = new Date().toISOString().slice(0, 10);
if (problems.length === 0) {
  const { dataset, problems: found } = validateDataset(raw, today);
  problems.push(...found);
  const reliability = { reliability: readJson("reliability"), codingA: readJson("coding-a"), codingB: readJson("coding-b"), settlements: readJson("settlements") };
  if (dataset && problems.length === 0) problems.push(...validateReliability(reliability, dataset).problems);
  if (dataset) problems.push(...validateChangelog(readJson("changelog"), dataset, { version: toDatasetInfo(dataset).version, today }).problems);
  if (dataset) problems.push(...validateDisputes(readJson("disputes"), dataset).problems);
  if (dataset) problems.push(...validateGlossary(readJson("glossary"), dataset).problems);
  if (dataset) problems.push(...validateSequencingB(readJson("sequencing-b"), dataset).problems);
  if (dataset) problems.push(...validateWorksheets(readJson("worksheets"), dataset).problems);
}

if (problems.length > 0) {
  console.error(`data:check found ${problems.length} problem${problems.length === 1 ? "" : "s"} in ${dir}:`);
  for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
  process.exit(1);
}
const count = (value: unknown) => (Array.isArray(value) ? value.length : 0);
const list = (name: string) => (raw.documents && typeof raw.documents === "object" ? count((raw.documents as Record<string, unknown>)[name]) : 0);
console.log(
  `data:check: OK — ${count(raw.actors)} actors, ${count(raw.issues)} issues, ${count(raw.statements)} statements, ${count(raw.positions)} positions, ${count(raw.events)} events, ` +
    `${list("documents")} documents with ${list("provisions")} provisions and ${list("gaps")} gaps, ${count(readJson("changelog"))} change-log entries, ${count((readJson("disputes") as { disputes?: unknown } | undefined)?.disputes)} disputes`,
);
