import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { Sourcing, StatementSchema } from "@/lib/schema";
import { sourcingAnswers, sourcingLead, sourcingLine, sourcingTrail } from "@/lib/view/sourcing";

/*
 * Every statement says how its source knows its words (`sourcing`), written in the file itself rather
 * than left to the schema's default, and docs/sourcing.md states the same counts and the same
 * non-on-record records as the data: the codebook's numbers cannot drift from the file they describe.
 */

const root = path.resolve(import.meta.dirname, "..", "..");
const raw = JSON.parse(readFileSync(path.join(root, "data", "statements.json"), "utf8")) as Record<string, unknown>[];
const doc = readFileSync(path.join(root, "docs", "sourcing.md"), "utf8");
const values = Sourcing.options;

const countOf = (value: string) => raw.filter((s) => s.sourcing === value).length;

describe("the sourcing of every statement", () => {
  it("is written in the raw JSON of every statement, right after confidence", () => {
    expect(raw.length).toBe(283);
    expect(raw.filter((s) => !Object.hasOwn(s, "sourcing")).map((s) => s.id)).toEqual([]);
    expect(raw.filter((s) => Object.keys(s)[Object.keys(s).indexOf("confidence") + 1] !== "sourcing").map((s) => s.id)).toEqual([]);
  });

  it("is one of the schema's values, and the schema reads it back unchanged", () => {
    expect(raw.filter((s) => !Sourcing.safeParse(s.sourcing).success).map((s) => `${s.id}: ${JSON.stringify(s.sourcing)}`)).toEqual([]);
    for (const s of raw) expect(StatementSchema.parse(s).sourcing).toBe(s.sourcing);
  });

  it("has the counts per value that docs/sourcing.md states", () => {
    const stated = new Map([...doc.matchAll(/^- (on-record|reported|anonymous|leaked|undetermined): (\d+)$/gm)].map((m) => [m[1], Number(m[2])]));
    expect([...stated.keys()].sort()).toEqual([...values].sort());
    for (const value of values) expect(countOf(value), `${value}: data vs docs/sourcing.md`).toBe(stated.get(value));
    expect([...stated.values()].reduce((a, b) => a + b, 0)).toBe(raw.length);
    expect(doc).toContain(`Total ${raw.length}. Could not be decided (\`undetermined\`): ${countOf("undetermined")}.`);
  });

  it("lists in docs/sourcing.md exactly the statements that are not on-record, with their values", () => {
    const rows = [...doc.matchAll(/^\| `([a-z0-9-]+)` \| ([a-z-]+) \| .+ \|$/gm)].map((m) => `${m[1]}: ${m[2]}`);
    const data = raw.filter((s) => s.sourcing !== "on-record").map((s) => `${s.id}: ${s.sourcing}`);
    expect(rows.sort()).toEqual(data.sort());
  });
});

describe("sourcing first, answered from the record", () => {
  const record = { speaker: { name: "Dmitry Peskov", role: "Kremlin spokesman" }, date: "2025-12-29", event: "Briefing to reporters", sourcing: "reported", confidence: "medium", source: { publisher: "TASS" } } as const;
  it("asks the six questions in order, each answered from a field", () => {
    expect(sourcingAnswers(record)).toEqual([
      ["Who said it?", "Dmitry Peskov"],
      ["In what role?", "Kremlin spokesman"],
      ["When?", "29 December 2025"],
      ["On what occasion, to whom?", "Briefing to reporters"],
      ["How does the source know?", "reported by one outlet; published by TASS"],
      ["How sure is the record?", "Medium confidence"],
    ]);
    expect(sourcingAnswers({ ...record, speaker: { name: "N", role: "" } })[1]).toEqual(["In what role?", "not stated in the record"]);
  });
  it("fits a projector's line, naming how the source knows only when it is not on the record", () => {
    expect(sourcingLine(record)).toBe("Dmitry Peskov, Kremlin spokesman, 29 Dec 2025 (reported by one outlet)");
    expect(sourcingLine({ ...record, sourcing: "on-record", speaker: { name: "N", role: "" } })).toBe("N, 29 Dec 2025");
  });
  it("splits a handout's answers around the quote: who, role, when and occasion before; how the source knows and how sure after", () => {
    expect(sourcingLead(record)).toBe("Dmitry Peskov, Kremlin spokesman, 29 December 2025; Briefing to reporters");
    expect(sourcingTrail(record)).toBe("reported by one outlet; medium confidence");
  });
});
