// npm run research:diff — what the research pack beside the checkout holds that data/ does not, and
// what differs: new records, changed fields (id › field: research value ≠ data value), records of
// data/ the pack no longer has. Exits 0 when the data carries the pack exactly (fields corrected on
// purpose, listed in data/research-corrections.json, are reported apart), 1 when something is new,
// changed or missing, and 2 when there is no pack to compare with.
import { readFileSync } from "node:fs";
import path from "node:path";
import { carriedFields, type CarriedStatement, readResearchJsonl, readResearchStatements, researchDir, researchPackPresent } from "./research-pack";

type Correction = { record: string; field: string; research: unknown; value: unknown };
type Statement = CarriedStatement & { id: string };
type Provision = { id: string; document: string; issue: string; quote: string; numbers: string; confidence: string; source: { url: string; publisher: string } };

/** The report is this script's output: written to standard output, a line at a time. */
const print = (line: string) => process.stdout.write(`${line}\n`);

const dataDir = path.join(import.meta.dirname, "..", "data");
const read = <T>(name: string): T => JSON.parse(readFileSync(path.join(dataDir, name), "utf8")) as T;

if (!researchPackPresent()) {
  console.error(`research:diff: no research pack at ${researchDir}. Lay the pack beside the checkout (../shared/research/) or set PARLEY_RESEARCH to its folder.`);
  process.exit(2);
}

const statements = read<Statement[]>("statements.json");
const excluded = new Set(read<{ id: string }[]>("excluded.json").map((e) => e.id));
const corrections = read<Correction[]>("research-corrections.json");
const documents = read<{ provisions: Provision[] }>("documents.json");

const isCorrection = (id: string, field: string, research: unknown, value: unknown) =>
  corrections.some((c) => c.record === id && c.field === field && JSON.stringify(c.research) === JSON.stringify(research) && JSON.stringify(c.value) === JSON.stringify(value));

const lines = { new: [] as string[], changed: [] as string[], missing: [] as string[], corrected: [] as string[] };
const show = (value: unknown) => JSON.stringify(value);

function compare(kind: string, id: string, pairs: [string, unknown, unknown][]) {
  for (const [field, research, value] of pairs) {
    if (JSON.stringify(research) === JSON.stringify(value)) continue;
    (isCorrection(id, field, research, value) ? lines.corrected : lines.changed).push(`${kind} ${id} › ${field}: research ${show(research)} ≠ data ${show(value)}`);
  }
}

const research = readResearchStatements();
const byId = new Map(statements.map((s) => [s.id, s]));
for (const r of research) {
  const s = byId.get(r.id);
  if (!s) {
    if (!excluded.has(r.id)) lines.new.push(`statement ${r.id} (${r.file}, ${r.date}, ${r.actor}): not in data/statements.json`);
    continue;
  }
  compare("statement", r.id, carriedFields(r, s));
}
const researchIds = new Set(research.map((r) => r.id));
for (const s of statements) if (!researchIds.has(s.id)) lines.missing.push(`statement ${s.id}: in data/statements.json, not in the research pack`);

type ResearchProvision = { id: string; doc_id: string; issue: string; quote: string; numbers: string; source_url: string; confidence: string };
const provisions = readResearchJsonl("documents.jsonl") as unknown as ResearchProvision[];
const provisionById = new Map(documents.provisions.map((p) => [p.id, p]));
for (const r of provisions) {
  const p = provisionById.get(r.id);
  if (!p) {
    lines.new.push(`provision ${r.id} (documents.jsonl): not in data/documents.json`);
    continue;
  }
  compare("provision", r.id, [
    ["document", r.doc_id, p.document], ["issue", r.issue === "elections" ? "legitimacy" : r.issue, p.issue], ["quote", r.quote, p.quote], ["numbers", r.numbers, p.numbers],
    ["source.url", r.source_url, p.source.url], ["confidence", r.confidence, p.confidence],
  ]);
}
const provisionIds = new Set(provisions.map((r) => r.id));
for (const p of documents.provisions) if (!provisionIds.has(p.id)) lines.missing.push(`provision ${p.id}: in data/documents.json, not in the research pack`);

print(`research:diff: data/ against ${researchDir}`);
print(`  ${research.length} research statements, ${statements.length} in data/ (${excluded.size} excluded with a reason); ${provisions.length} research provisions, ${documents.provisions.length} in data/`);
for (const [title, list] of [["New in the research", lines.new], ["Changed", lines.changed], ["Missing from the research", lines.missing], ["Corrected on purpose (data/research-corrections.json)", lines.corrected]] as const) {
  print(`\n${title}: ${list.length}`);
  for (const line of list) print(`  ${line}`);
}
const problems = lines.new.length + lines.changed.length + lines.missing.length;
print(problems === 0 ? "\nresearch:diff: nothing new, nothing changed, nothing missing." : `\nresearch:diff: ${problems} to review.`);
process.exit(problems === 0 ? 0 : 1);
