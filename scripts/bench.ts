// npm run bench — times the analysis (snapshot, history, diff) and the data validation on
// synthetic data of 1,000, 10,000 and 100,000 positions over 20 issues and 10 actors. Prints the
// median of repeated runs and how time grows with size; writes reports/quality/bench.json; exits 1
// when snapshot + history over 100,000 positions takes 50 ms or more.
//   BENCH_SIZES=1000,10000 to run fewer sizes
import { performance } from "node:perf_hooks";
import { diff, history, indexPositions, snapshot } from "../lib/analysis";
import { validateDataset, type Dataset, type RawDataset } from "../lib/schema";
import { formatTable, writeReport } from "./quality-report.mjs";
import { random } from "./random";

const ISSUES = 20;
const ACTORS = 10;
const FIRST_DAY = Date.UTC(2022, 0, 1);
const DAYS = 1460; // four years: 2022-01-01 to 2025-12-30
const TODAY = "2026-01-01";
const TARGET_MS = 50;

const dayToIso = (day: number) => new Date(FIRST_DAY + day * 86_400_000).toISOString().slice(0, 10);


/**
 * Valid data of the same shape as data/: `count` positions spread evenly over every actor and
 * issue, each group's positions on distinct days, each resting on a statement of its actor on its day.
 */
function syntheticData(count: number): RawDataset {
  const next = random(count);
  const pick = (n: number) => Math.floor(next() * n);
  const actors = Array.from({ length: ACTORS }, (_, i) => ({
    id: `actor-${i}`,
    name: `Actor ${i}`,
    shortName: `A${i}`,
    kind: i < 2 ? "party" : "mediator",
    color: `--color-actor-synthetic`,
    pattern: "solid",
    shape: "circle",
    description: "A synthetic actor for the benchmark.",
  }));
  const issues = Array.from({ length: ISSUES }, (_, i) => ({
    id: `issue-${i}`,
    title: `Issue ${i}`,
    question: "A synthetic question?",
    description: "A synthetic issue for the benchmark.",
    spectrum: Array.from({ length: 3 + (i % 5) }, (_, value) => ({ value, label: `Option ${value}`, description: "One option." })),
  }));
  const perGroup = Math.ceil(count / (ACTORS * ISSUES));
  const stride = Math.max(1, Math.floor(DAYS / perGroup));
  const statements = new Map<string, object>();
  const positions: object[] = [];
  for (let k = 0; positions.length < count; k++) {
    const actor = k % ACTORS;
    const issue = Math.floor(k / ACTORS) % ISSUES;
    const step = Math.floor(k / (ACTORS * ISSUES));
    const day = Math.min(DAYS - 1, step * stride + ((actor + issue) % stride));
    const date = dayToIso(day);
    const statementId = `s-${actor}-${day}`;
    if (!statements.has(statementId))
      statements.set(statementId, {
        id: statementId,
        actor: `actor-${actor}`,
        speaker: { name: `Speaker ${actor}`, role: "Minister" },
        date,
        event: "A synthetic occasion",
        issues: [`issue-${issue}`],
        summary: "A synthetic statement for the benchmark, of about the length real summaries have in the data.",
        quote: `Quote ${statementId}`,
        source: { title: "Synthetic source", publisher: "Benchmark", url: `https://example.org/${statementId}`, date, kind: "official" },
        confidence: "high",
      });
    const options = issues[issue]!.spectrum.length;
    const low = pick(options);
    const high = low + pick(options - low);
    positions.push({
      id: `p-${k}`,
      actor: `actor-${actor}`,
      issue: `issue-${issue}`,
      validFrom: date,
      ideal: low + pick(high - low + 1),
      acceptable: [low, high],
      salience: 1 + pick(5),
      evidence: [statementId],
      rationale: "A synthetic coding.",
      confidence: "medium",
      // the schema asks every party's position when its demand must be met (docs/coding.md §6)
      ...(actor < 2 ? { sequencing: { stage: "unknown", evidence: [], rationale: "A synthetic coding." } } : {}),
    });
  }
  const statementList = [...statements.values()];
  const events = Array.from({ length: 10 }, (_, i) => ({
    id: `event-${i}`,
    date: dayToIso(i * 140),
    title: `Event ${i}`,
    description: "A synthetic event.",
    statements: [],
  }));
  return { actors, issues, statements: statementList, positions, events, meta: { title: "Synthetic", revision: 1 } };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** The median time of `runs` runs of `task`, after two unmeasured warm-up runs. */
function time(runs: number, task: () => unknown): number {
  task();
  task();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    task();
    times.push(performance.now() - start);
  }
  return median(times);
}

type Row = { size: number; statements: number; validate: number; index: number; snapshot: number; history: number; snapshotAndHistory: number; diff: number };

function bench(size: number): Row {
  const raw = syntheticData(size);
  const { dataset, problems } = validateDataset(raw, TODAY);
  if (!dataset) throw new Error(`the synthetic data is invalid: ${problems.slice(0, 3).map((p) => p.message).join("; ")}`);
  const { positions, issues }: Dataset = dataset;
  // sub-millisecond timings need many runs for a steady median; the largest size needs few
  const runs = size >= 100_000 ? 11 : size >= 10_000 ? 51 : 201;
  const [a, b] = ["actor-0", "actor-1"];
  const date = dayToIso(DAYS - 1);
  const index = indexPositions(positions);
  const row: Row = {
    size,
    statements: dataset.statements.length,
    validate: time(size >= 100_000 ? 3 : size >= 10_000 ? 7 : 21, () => validateDataset(raw, TODAY)),
    index: time(runs, () => indexPositions(positions)),
    snapshot: time(runs, () => snapshot(index, issues, date, a, b)),
    history: time(runs, () => history(positions, issues, a, b)),
    // the whole cost of a first view: index the positions, take today's snapshot and the history
    snapshotAndHistory: time(runs, () => {
      snapshot(indexPositions(positions), issues, date, a, b);
      history(positions, issues, a, b);
    }),
    diff: time(runs, () => diff(index, issues, dayToIso(365), date, a, b)),
  };
  return row;
}

const sizes = (process.env.BENCH_SIZES ?? "1000,10000,100000").split(",").map(Number);
const rows = sizes.map((size) => {
  const row = bench(size);
  console.log(`  measured ${size.toLocaleString("en")} positions`);
  return row;
});

const ms = (value: number) => (value < 0.1 ? value.toFixed(3) : value < 10 ? value.toFixed(2) : value.toFixed(1));
const columns = ["validate", "index", "snapshot", "history", "snapshotAndHistory", "diff"] as const;
const labels = { validate: "validation", index: "index", snapshot: "snapshot", history: "history", snapshotAndHistory: "index+snapshot+history", diff: "diff" };

/** How time grows with size between two rows: the exponent k in time ∝ size^k. */
const growth = (from: Row, to: Row, key: (typeof columns)[number]) => Math.log(to[key] / from[key]) / Math.log(to.size / from.size);

console.log(
  `\nMedian ms of repeated runs (Node ${process.version}), ${ISSUES} issues, ${ACTORS} actors:\n\n` +
    formatTable(
      ["positions", "statements", ...columns.map((c) => labels[c])],
      rows.map((r) => [r.size.toLocaleString("en"), r.statements.toLocaleString("en"), ...columns.map((c) => ms(r[c]))]),
    ),
);
const growthRows = rows.slice(1).map((row, i) => ({
  from: rows[i]!.size,
  to: row.size,
  exponents: Object.fromEntries(columns.map((c) => [c, Number(growth(rows[i]!, row, c).toFixed(2))])),
}));
if (growthRows.length > 0)
  console.log(
    "\nGrowth: k in time ∝ size^k (1 is linear; snapshot on an index grows with the issues, not the positions):\n\n" +
      formatTable(
        ["sizes", ...columns.map((c) => labels[c])],
        growthRows.map((g) => [`${g.from.toLocaleString("en")} → ${g.to.toLocaleString("en")}`, ...columns.map((c) => g.exponents[c]!.toFixed(2))]),
      ),
  );

const largest = rows.find((r) => r.size === 100_000);
const file = writeReport("bench", { issues: ISSUES, actors: ACTORS, targetMs: TARGET_MS, rows, growth: growthRows });
console.log(`\nwritten to ${file.replace(`${process.cwd()}/`, "")}`);
if (largest && largest.snapshotAndHistory >= TARGET_MS) {
  console.error(`\nindex + snapshot + history over 100,000 positions: ${ms(largest.snapshotAndHistory)} ms, target < ${TARGET_MS} ms`);
  process.exit(1);
}
if (largest) console.log(`\nindex + snapshot + history over 100,000 positions: ${ms(largest.snapshotAndHistory)} ms (target < ${TARGET_MS} ms)`);
