// npx tsx scripts/scale-data.ts <factor> <outDir> [srcDir=data] — writes a copy of data/ with
// `factor` times the statements and positions, valid under lib/schema.ts (npm run data:check), so a
// benchmark can build the site on data of a future size and see how page weight and speed grow.
//
// Every synthetic record is a copy of a real one, marked only by its id (`<id>-x<k>`): same text,
// same fields, same size, so the pages grow the way real additions would make them grow. What
// changes, and why (lib/schema.ts):
//   statements: a new date, drawn from the real data's range and never after the day the data is
//     current to (the latest real statement), so no date is in the future and the dataset version
//     (lib/dataset-info.ts), which the change log is checked against, stays what it is; the source's
//     date moves with it; the source URL gets a fragment (#x<k>), because a quote may appear only
//     once per source ("same source and quote") and quotes are kept verbatim.
//   positions: the evidence (and sequencing evidence) of copy k points to copy k of the same
//     statements; validFrom is the date of the latest of them, as the convention sets it
//     (docs/coding.md §3: evidence is never newer than the position). Two rules of lib/schema.ts
//     then decide the rest: no two positions of one actor and issue start on the same day, and none
//     starts while another's sequencing evidence still runs (a stage rests on the actor's statements
//     dated before its next position on the issue). A copy whose day those rules bar moves its
//     statements, when no other position cites them yet, to a free day; or cites another copy of
//     them; and only when neither works starts a day or so after its evidence, which the schema
//     allows. Sequencing evidence dated after the start is swapped for a copy dated by it.
// Every other file is returned as it was: its references point at real statements and positions,
// which are all kept, so no rule forces a change (copying them byte for byte also keeps the SHA-256
// of the codings that data/reliability.json records).
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as z from "zod";
import { addDays, daysBetween } from "../lib/dates";
import { random } from "./random";

/** Only the fields the copying reads; every other field passes through untouched, in its order. */
const RawStatement = z.looseObject({
  id: z.string(),
  actor: z.string(),
  date: z.string(),
  issues: z.array(z.string()),
  source: z.looseObject({ url: z.string(), date: z.string() }),
});
type RawStatement = z.infer<typeof RawStatement>;

const RawPosition = z.looseObject({
  id: z.string(),
  actor: z.string(),
  issue: z.string(),
  validFrom: z.string(),
  evidence: z.array(z.string()),
  sequencing: z.looseObject({ evidence: z.array(z.string()) }).optional(),
});
type RawPosition = z.infer<typeof RawPosition>;

const copyId = (id: string, k: number) => `${id}-x${k}`;
const latest = (dates: readonly string[]) => dates.reduce((last, d) => (d > last ? d : last), "0000-00-00");

/** A source date moved by `days`, at the precision it was written with (YYYY-MM-DD, YYYY-MM or YYYY), never after `currentTo`. */
function moveSourceDate(date: string, days: number, currentTo: string): string {
  const full = date.length === 10 ? date : date.length === 7 ? `${date}-01` : `${date}-01-01`;
  const moved = addDays(full, days);
  return (moved > currentTo ? currentTo : moved).slice(0, date.length);
}

/**
 * The starts of one actor's positions on one issue, and the spans in which a position's sequencing
 * evidence runs past its start: a later start inside such a span would end the position before the
 * statement that states its order, which checkSequencing rejects.
 */
type Group = { starts: Set<string>; spans: [from: string, to: string][] };

function fits(group: Group, start: string, sequencingTo: string): boolean {
  if (group.starts.has(start)) return false;
  if (group.spans.some(([from, to]) => start > from && start <= to)) return false;
  for (const other of group.starts) if (other > start && other <= sequencingTo) return false;
  return true;
}

function place(group: Group, start: string, sequencingTo: string) {
  group.starts.add(start);
  if (sequencingTo > start) group.spans.push([start, sequencingTo]);
}

function parseList<S extends z.ZodType>(files: Record<string, unknown>, name: string, schema: S): { raw: Record<string, unknown>[]; records: z.infer<S>[] } {
  const value = files[name];
  if (!Array.isArray(value)) throw new Error(`scaleDataset: ${name} must be a JSON array of records`);
  const records = value.map((item, i) => {
    const parsed = schema.safeParse(item);
    if (!parsed.success) throw new Error(`scaleDataset: ${name} record #${i + 1} is not a record the copying can read: ${parsed.error.message}`);
    return parsed.data;
  });
  return { raw: value as Record<string, unknown>[], records };
}

/** Two lists in date order merged, the first list's own order kept (a stable merge, not a sort, so real records never move). */
function mergeByDate<T>(first: readonly T[], second: readonly T[], dateOf: (t: T) => string): T[] {
  const out: T[] = [];
  let j = 0;
  for (const item of first) {
    while (j < second.length && dateOf(second[j]!) < dateOf(item)) out.push(second[j++]!);
    out.push(item);
  }
  return out.concat(second.slice(j));
}

/** How many synthetic positions could not simply take their evidence's day, and what they took instead. */
export type ScaleReport = {
  /** Positions whose statements (not yet cited by another) were moved together to a free day. */
  moved: number;
  /** Positions citing another copy of a statement than their own, because theirs was already cited on a day taken in their group. */
  substituted: number;
  /** Positions whose sequencing cites another copy of a statement, dated by the start, because its own copy ran into a later start. */
  swapped: number;
  /** Positions starting some days after their latest evidence (the schema allows it; the convention dates a position by it). */
  lagged: number;
};

/**
 * The files of data/ (parsed JSON keyed by file name) with `factor` times the statements and
 * positions: the real records first, in their order, and `factor − 1` synthetic copies of each.
 * Factor 1 returns the files unchanged.
 */
export function scaleDataset(files: Record<string, unknown>, factor: number, seed = 1): Record<string, unknown> {
  return scaleWithReport(files, factor, seed).files;
}

/** scaleDataset, with what the placing of the positions had to do. */
export function scaleWithReport(files: Record<string, unknown>, factor: number, seed = 1): { files: Record<string, unknown>; report: ScaleReport } {
  if (!Number.isInteger(factor) || factor < 1) throw new RangeError(`scaleDataset: factor must be an integer ≥ 1, not ${factor}`);
  if (factor === 1) return { files: { ...files }, report: { moved: 0, substituted: 0, swapped: 0, lagged: 0 } };
  const next = random(seed);
  const statements = parseList(files, "statements.json", RawStatement);
  const positions = parseList(files, "positions.json", RawPosition);
  if (statements.records.length === 0) throw new Error("scaleDataset: statements.json holds no statement to copy");

  const firstDay = statements.records.reduce((first, s) => (s.date < first ? s.date : first), "9999-12-31");
  const currentTo = latest(statements.records.map((s) => s.date));
  const span = daysBetween(firstDay, currentTo);

  // No synthetic statement predates the actor's first position on any of its issues: the real data
  // codes Russia and Ukraine on every issue from their first statement on it (tests/unit/dataset.test.ts),
  // and the coverage matrix would otherwise show statements before the first coded day.
  const firstCoded = new Map<string, string>();
  for (const p of positions.records) {
    const key = `${p.actor}/${p.issue}`;
    const day = firstCoded.get(key);
    if (day === undefined || p.validFrom < day) firstCoded.set(key, p.validFrom);
  }

  // Copy k is the real record set moved along the range by its own shift, wrapping at the end: the
  // copies spread over the whole range, yet within a copy the statements keep their spacing (an
  // occasion's statements stay together, a restatement stays near the position it restates). The
  // shifts are range/factor apart, give or take a quarter of that, so no copy lies on another.
  const days = span + 1;
  const shifts = Array.from({ length: factor - 1 }, (_, i) => Math.round(((i + 1 + (next() - 0.5) / 2) * days) / factor));
  const dateOf = new Map<string, string>(statements.records.map((s) => [s.id, s.date]));
  /** Each synthetic statement's original (its index in statements.json) and the first day it may have. */
  const origin = new Map<string, { index: number; earliest: string }>();
  for (let k = 1; k < factor; k++)
    statements.records.forEach((s, index) => {
      const earliest = latest([firstDay, ...s.issues.map((issue) => firstCoded.get(`${s.actor}/${issue}`) ?? firstDay)]);
      const low = Math.min(span, daysBetween(firstDay, earliest));
      let offset = (daysBetween(firstDay, s.date) + shifts[k - 1]!) % days;
      // a day before the actor is coded on the issue is folded into the days the copy may have
      if (offset < low) offset = low + (offset % (days - low));
      const id = copyId(s.id, k);
      dateOf.set(id, addDays(firstDay, offset));
      origin.set(id, { index, earliest });
    });
  const date = (id: string) => {
    const day = dateOf.get(id);
    if (day === undefined) throw new Error(`scaleDataset: a position cites the unknown statement "${id}"`);
    return day;
  };

  const groups = new Map<string, Group>();
  const groupOf = (p: RawPosition) => {
    const key = `${p.actor}/${p.issue}`;
    const group = groups.get(key) ?? { starts: new Set<string>(), spans: [] };
    groups.set(key, group);
    return group;
  };
  for (const p of positions.records) place(groupOf(p), p.validFrom, latest((p.sequencing?.evidence ?? []).map(date)));

  // A statement a placed position cites keeps its day from then on; one no position cites yet may
  // still be moved, which is how a copy whose natural day is taken finds a free one.
  const pinned = new Set<string>();
  /** The positions (by index) that cite each real statement as evidence. */
  const citers = new Map<string, number[]>();
  positions.records.forEach((p, q) => {
    for (const id of new Set(p.evidence)) citers.set(id, [...(citers.get(id) ?? []), q]);
  });
  const report: ScaleReport = { moved: 0, substituted: 0, swapped: 0, lagged: 0 };
  const copies = new Map<string, Record<string, unknown>[]>();
  for (let k = 1; k < factor; k++)
    positions.records.forEach((p, i) => {
      const group = groupOf(p);
      /** The synthetic copies of a real statement, copy k first. */
      const copiesOf = (id: string) => Array.from({ length: factor - 1 }, (_, j) => copyId(id, ((k - 1 + j) % (factor - 1)) + 1));
      /** The position copy starting on `start`, with the statements dated by `dayOf`, if it fits its group. */
      const attempt = (start: string, dayOf: (id: string) => string) => {
        if (start > currentTo) return undefined;
        const own = p.sequencing?.evidence.map((id) => copyId(id, k));
        const ownTo = latest((own ?? []).map(dayOf));
        // Statements of the order dated by the start come first: one dated after it (a restatement)
        // would bar every later start of the group until its day, which at ten times the density
        // leaves the other copies nowhere to go. A later one is swapped for another copy of the same
        // statement dated by the start or, when there is none, for one no position cites yet, moved
        // to the start's day; it is kept only when neither can be had.
        const moved = new Map<string, string>();
        const kept = p.sequencing?.evidence.map((id, j) => {
          const mine = own![j]!;
          if (dayOf(mine) <= start) return mine;
          const earlier = copiesOf(id).filter((other) => dayOf(other) <= start);
          // a copy already cited keeps its day anyway: citing it leaves the free ones free to move
          const swap = earlier.find((other) => pinned.has(other)) ?? earlier[0];
          if (swap) return swap;
          const movable = copiesOf(id).find((other) => !pinned.has(other) && origin.get(other)!.earliest <= start);
          if (!movable) return mine;
          moved.set(movable, start);
          return movable;
        });
        const keptTo = latest((kept ?? []).map((id) => moved.get(id) ?? dayOf(id)));
        if (fits(group, start, keptTo)) return { start, sequencing: kept, sequencingTo: keptTo, swapped: kept?.some((id, j) => id !== own![j]) ?? false, moved };
        return fits(group, start, ownTo) ? { start, sequencing: own, sequencingTo: ownTo, swapped: false, moved: new Map<string, string>() } : undefined;
      };
      /**
       * Whether the copies of this round not placed yet that cite one of these statements would still
       * find their day free once the statements are dated by `dayOf` (one statement often sets the
       * positions on several issues, which then start on its day).
       */
      const othersFit = (evidence: readonly string[], dayOf: (id: string) => string, start: string) => {
        const cited = new Set(evidence);
        return [...new Set(p.evidence.flatMap((id) => citers.get(id) ?? []))].every((q) => {
          if (q <= i) return true;
          const other = positions.records[q]!;
          const theirs = other.evidence.map((id) => copyId(id, k));
          if (!theirs.some((id) => cited.has(id))) return true;
          const day = latest(theirs.map(dayOf));
          const theirGroup = groupOf(other);
          return !(theirGroup === group && day === start) && !theirGroup.starts.has(day) && !theirGroup.spans.some(([from, to]) => day > from && day <= to);
        });
      };
      /** The evidence on its own days or, failing that, its statements no position cites yet moved together to a free day. */
      const placeOn = (evidence: readonly string[]) => {
        const natural = attempt(latest(evidence.map(date)), date);
        if (natural && othersFit(evidence, date, natural.start)) return { found: natural, moved: natural.moved };
        const free = evidence.filter((id) => !pinned.has(id));
        const fixed = latest([addDays(firstDay, -1), ...evidence.filter((id) => pinned.has(id)).map(date)]);
        const freeTo = latest(free.map(date));
        const room = daysBetween(fixed, currentTo);
        let fallback = natural ? { found: natural, moved: natural.moved } : undefined;
        for (let tries = 0; free.length > 0 && tries < 64 && room > 0; tries++) {
          const delta = daysBetween(freeTo, addDays(fixed, 1 + Math.floor(next() * room)));
          const moved = new Map(free.map((id) => [id, addDays(date(id), delta)]));
          if ([...moved].some(([id, day]) => day > currentTo || day < origin.get(id)!.earliest)) continue;
          const dayOf = (id: string) => moved.get(id) ?? date(id);
          const found = attempt(latest(evidence.map(dayOf)), dayOf);
          if (!found) continue;
          const both = new Map([...moved, ...found.moved]);
          if (othersFit(evidence, dayOf, found.start)) return { found, moved: both };
          fallback ??= { found, moved: both };
        }
        return fallback;
      };
      let evidence = p.evidence.map((id) => copyId(id, k));
      let placed = placeOn(evidence);
      if (!placed) {
        // copy k of a statement is cited at its day by a position of another issue (one statement
        // often sets several): cite another copy of it that nothing cites yet, on a free day
        const substitute = p.evidence.map((id, j) => (pinned.has(evidence[j]!) ? (copiesOf(id).find((other) => !pinned.has(other)) ?? evidence[j]!) : evidence[j]!));
        placed = placeOn(substitute);
        if (placed) {
          evidence = substitute;
          report.substituted++;
        }
      } else if (placed.moved.size > 0) report.moved++;
      // every copy is cited already: another copy of the statements, on the day it has
      for (let j = 1; !placed && j < factor - 1; j++) {
        const c = ((k - 1 + j) % (factor - 1)) + 1;
        const other = p.evidence.map((id) => copyId(id, c));
        const found = attempt(latest(other.map(date)), date);
        if (found) {
          placed = { found, moved: found.moved };
          evidence = other;
          report.substituted++;
        }
      }
      // the last resort: a start some days after the evidence (of any copy), which the schema allows:
      // evidence is never newer than the position
      for (let lag = 1; !placed && lag <= span; lag++)
        for (let j = 0; !placed && j < factor - 1; j++) {
          const other = p.evidence.map((id) => copyId(id, ((k - 1 + j) % (factor - 1)) + 1));
          const found = attempt(addDays(latest(other.map(date)), lag), date);
          if (found) {
            placed = { found, moved: found.moved };
            evidence = other;
            report.lagged++;
          }
        }
      if (!placed) throw new Error(`scaleDataset: no free day for copy ${k} of position "${p.id}"`);
      const { found, moved } = placed;
      for (const [id, day] of moved) dateOf.set(id, day);
      if (found.swapped) report.swapped++;
      place(group, found.start, found.sequencingTo);
      for (const id of [...evidence, ...(found.sequencing ?? [])]) pinned.add(id);
      const raw = positions.raw[i]!;
      const copy: Record<string, unknown> = { ...raw, id: copyId(p.id, k), validFrom: found.start, evidence };
      if (found.sequencing) copy.sequencing = { ...(raw.sequencing as Record<string, unknown>), evidence: found.sequencing };
      const key = `${p.actor}/${p.issue}`;
      copies.set(key, [...(copies.get(key) ?? []), copy]);
    });

  // the statements written once their days are final: copy k of each real one, in date order (copy, then file order, on a day)
  const synthetic = [...origin].map(([id, { index }]) => {
    const raw = statements.raw[index]!;
    const s = statements.records[index]!;
    const day = date(id);
    const source = raw.source as Record<string, unknown>;
    const k = id.slice(id.lastIndexOf("-x") + 2);
    return { ...raw, id, date: day, source: { ...source, url: `${s.source.url}#x${k}`, date: moveSourceDate(s.source.date, daysBetween(s.date, day), currentTo) } };
  });
  synthetic.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  // each group's copies, in date order, right after the group's last real position: the file stays grouped as it is
  const lastOfGroup = new Map(positions.records.map((p, i) => [`${p.actor}/${p.issue}`, i]));
  const scaledPositions = positions.raw.flatMap((raw, i) => {
    const p = positions.records[i]!;
    const key = `${p.actor}/${p.issue}`;
    if (lastOfGroup.get(key) !== i) return [raw];
    const group = (copies.get(key) ?? []).sort((a, b) => (String(a.validFrom) < String(b.validFrom) ? -1 : 1));
    return [raw, ...group];
  });

  return {
    files: { ...files, "statements.json": mergeByDate(statements.raw, synthetic, (s) => dateOf.get(String(s.id))!), "positions.json": scaledPositions },
    report,
  };
}

function main(args: readonly string[]) {
  const [factorArg, outDir, srcDir = "data"] = args;
  const factor = Number(factorArg);
  if (!outDir || !Number.isInteger(factor) || factor < 1) {
    console.error("usage: npx tsx scripts/scale-data.ts <factor> <outDir> [srcDir=data]");
    process.exit(2);
  }
  const names = readdirSync(srcDir);
  const jsonNames = names.filter((name) => name.endsWith(".json") && statSync(path.join(srcDir, name)).isFile());
  const files = Object.fromEntries(jsonNames.map((name) => [name, JSON.parse(readFileSync(path.join(srcDir, name), "utf8")) as unknown]));
  const { files: scaled, report } = scaleWithReport(files, factor);
  mkdirSync(outDir, { recursive: true });
  let copied = 0;
  for (const name of names) {
    const from = path.join(srcDir, name);
    const to = path.join(outDir, name);
    // a file the scaling left as it was is copied byte for byte (its formatting, and the codings' SHA-256)
    if (!jsonNames.includes(name) || scaled[name] === files[name]) {
      if (statSync(from).isDirectory()) cpSync(from, to, { recursive: true });
      else copyFileSync(from, to);
      copied++;
    } else writeFileSync(to, `${JSON.stringify(scaled[name], null, 1)}\n`);
  }
  const count = (name: string) => (Array.isArray(scaled[name]) ? scaled[name].length : 0);
  console.log(
    `scale-data: ×${factor} → ${outDir}: ${count("statements.json")} statements, ${count("positions.json")} positions, ${copied} files copied unchanged; ` +
      `synthetic positions moved to a free day ${report.moved}, citing another copy ${report.substituted}, with a sequencing statement swapped ${report.swapped}, starting after their evidence ${report.lagged}`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
