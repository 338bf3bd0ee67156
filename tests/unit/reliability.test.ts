import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import actors from "@/data/actors.json";
import codingA from "@/data/coding-a.json";
import codingB from "@/data/coding-b.json";
import issues from "@/data/issues.json";
import positions from "@/data/positions.json";
import reliability from "@/data/reliability.json";
import settlements from "@/data/settlements.json";
import statements from "@/data/statements.json";
import { findPosition, indexPositions } from "@/lib/analysis";
import { toReliabilityTable } from "@/lib/view/reliability";
import { ActorSchema, PositionSchema, validateReliability, type Statement } from "@/lib/schema";

const root = path.join(import.meta.dirname, "..", "..");
const sha256 = (file: string) => createHash("sha256").update(readFileSync(path.join(root, file))).digest("hex");
const dataset = { actors: actors.map((a) => ActorSchema.parse(a)), statements: statements as Statement[], issues, positions: positions.map((p) => PositionSchema.parse(p)) };

describe("the two codings", () => {
  it("are unchanged since agreement was measured (a later edit would make the published figures a tuned result)", () => {
    for (const coding of reliability.codings) expect(sha256(coding.file), coding.file).toBe(coding.sha256);
  });
  it("validate against the position schema and the statements they cite", () => {
    expect(validateReliability({ reliability, codingA, codingB, settlements }, dataset).problems).toEqual([]);
  });
  it("each code every Russia and Ukraine issue, and coding A is the project's coding as it stood", () => {
    for (const coding of [codingA, codingB])
      for (const actor of ["russia", "ukraine"]) expect(new Set(coding.filter((p) => p.actor === actor).map((p) => p.issue)).size, actor).toBe(issues.length);
  });
  it("names the file, record and field of a problem", () => {
    const broken = [{ ...codingB[0]!, evidence: ["no-such-statement"] }];
    expect(validateReliability({ reliability, codingA, codingB: broken, settlements }, dataset).problems).toContainEqual(
      expect.objectContaining({ file: "data/coding-b.json", record: `"${codingB[0]!.id}"`, field: "evidence.0", message: 'unknown statement "no-such-statement"' }),
    );
  });
});

describe(toReliabilityTable, () => {
  const data = validateReliability({ reliability, codingA, codingB, settlements }, dataset).data!;
  const table = toReliabilityTable(data, issues, new Map(actors.map((a) => [a.id, a.name])), "2026-10-10");
  it("has a row per issue, an overall row and one per actor, with shares between 0 and 1", () => {
    expect(table.rows.map((row) => row.issue?.id)).toEqual(issues.map((issue) => issue.id));
    expect(table.withinActor.map((row) => row.label)).toEqual(["Russia only", "Ukraine only"]);
    for (const row of [...table.rows, table.overall, ...table.withinActor])
      for (const share of [row.exact, row.withinOne, row.sameRelation])
        if (share !== null) {
          expect(share).toBeGreaterThanOrEqual(0);
          expect(share).toBeLessThanOrEqual(1);
        }
  });
  it("counts the positions each coder coded", () => {
    expect(table.overall.positionsA).toBe(codingA.length);
    expect(table.overall.positionsB).toBe(codingB.length);
  });
  it("lists the three issues with the lowest exact agreement, worst first", () => {
    expect(table.lowest).toHaveLength(3);
    expect(table.lowest[0]!.exact).toBeLessThanOrEqual(table.lowest[2]!.exact!);
    expect(Math.min(...table.rows.map((row) => row.exact ?? 1))).toBe(table.lowest[0]!.exact);
  });
});

describe("the settlements", () => {
  const index = indexPositions(dataset.positions);
  it("are what the data now says: on every disputed date the position in force is one the settlement names", () => {
    const off: string[] = [];
    for (const s of settlements)
      for (const date of s.dates)
        for (const actor of s.actor === "both" ? ["russia", "ukraine"] : [s.actor]) {
          const inForce = findPosition(index, actor, s.issue, date);
          if (inForce && !s.final.includes(inForce.id)) off.push(`${s.id}: ${actor} on ${date} is ${inForce.id}, not one of ${s.final.join(", ")}`);
        }
    expect(off).toEqual([]);
  });
  it("settle every disagreement the comparison found, once", () => {
    const table = toReliabilityTable(validateReliability({ reliability, codingA, codingB, settlements }, dataset).data!, issues, new Map(), "2026-10-10");
    const settled = new Set(settlements.flatMap((s) => s.dates.map((date) => `${s.issue} ${date}`)));
    const unsettled = table.overall.disagreements.filter((d) => !settled.has(`${d.issue} ${d.date}`)).map((d) => `${d.issue} ${d.date} ${d.actor}`);
    expect(unsettled).toEqual([]);
  });
});
