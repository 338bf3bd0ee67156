import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { carriedFields, readResearchStatements, researchDir, researchPackPresent, researchRequired } from "@/scripts/research-pack";
import corrections from "@/data/research-corrections.json";
import excluded from "@/data/excluded.json";
import positions from "@/data/positions.json";
import statements from "@/data/statements.json";
import issues from "@/data/issues.json";

/*
 * The dataset checked against the verified research pack it comes from (../shared/research/):
 * nothing invented, nothing lost, and the summaries in Parley's own words.
 */

const packPresent = researchPackPresent();
if (!packPresent && !researchRequired())
  process.stdout.write(`dataset.test.ts: research pack not found at ${researchDir}; skipping the checks against it (set PARLEY_RESEARCH to its folder to run them)\n`);

describe.skipIf(!packPresent && !researchRequired())("the dataset against the research pack", () => {
  it("finds the research pack beside the checkout", () => {
    expect(packPresent, `expected the research pack at ${researchDir} (PARLEY_REQUIRE_RESEARCH=1 says it must be there)`).toBe(true);
  });
  const research = packPresent ? readResearchStatements() : [];
  // a field that differs from the research on purpose: each one recorded with the research's value, ours and why
  const corrected = new Set(corrections.map((c) => `${c.record} › ${c.field}: ${JSON.stringify(c.value)} ≠ research ${JSON.stringify(c.research)}`));
  const byId = new Map(research.map((r) => [r.id, r]));

  it("keeps every statement's id, actor, dates, event, issues, quote, source and confidence exactly", () => {
    const mismatches: string[] = [];
    for (const s of statements) {
      const r = byId.get(s.id);
      if (!r) {
        mismatches.push(`${s.id}: not in the research pack`);
        continue;
      }
      for (const [field, theirs, ours] of carriedFields(r, s))
        if (JSON.stringify(ours) !== JSON.stringify(theirs)) mismatches.push(`${s.id} › ${field}: ${JSON.stringify(ours)} ≠ research ${JSON.stringify(theirs)}`);
    }
    expect(mismatches.filter((m) => !corrected.has(m))).toEqual([]);
    // every recorded correction still applies: none is left behind after the data or the pack changed
    expect([...corrected].filter((c) => !mismatches.includes(c))).toEqual([]);
  });

  it("is what npm run research:diff calls current: nothing new, changed or missing", () => {
    const run = spawnSync("npx", ["tsx", "scripts/research-diff.ts"], { encoding: "utf8", env: { ...process.env, PARLEY_RESEARCH: researchDir } });
    expect(run.stdout).toContain("nothing new, nothing changed, nothing missing");
    expect(run.status).toBe(0);
  }, 30_000);

  it("holds every research record, or lists it in excluded.json with a reason", () => {
    const kept = new Set([...statements.map((s) => s.id), ...excluded.map((e: { id: string }) => e.id)]);
    expect(research.filter((r) => !kept.has(r.id)).map((r) => r.id)).toEqual([]);
    expect(research.length).toBe(241 + 42);
  });

  it("writes every summary anew: no six words in a row from the research stance, outside the quote", () => {
    const words = (text: string) => text.toLowerCase().match(/[a-z0-9']+/g) ?? [];
    const copied: string[] = [];
    for (const s of statements) {
      const r = byId.get(s.id);
      if (!r) continue;
      const quoteWords = new Set(words(r.quote));
      const stance = words(r.stance);
      const shingles = new Set(stance.slice(0, -5).map((_, i) => stance.slice(i, i + 6).join(" ")));
      const ours = words(s.summary);
      for (let i = 0; i + 6 <= ours.length; i++) {
        const run = ours.slice(i, i + 6);
        if (shingles.has(run.join(" ")) && !run.every((w) => quoteWords.has(w))) {
          copied.push(`${s.id}: "${run.join(" ")}"`);
          break;
        }
      }
    }
    expect(copied).toEqual([]);
  });
});

/**
 * Statements tagged with an issue that state no position on it (docs/coding.md: a remark that gives
 * neither a demand nor an acceptance makes no position), each with the reason. The actor's coding
 * on the issue starts with its next statement.
 */
const STATES_NO_POSITION: Record<string, string> = {
  // Peskov spoke of whether Moscow would talk to Zelensky, not of who may sign for Ukraine; the
  // research reads the exchange as mutual delegitimisation with no overlap, and coding it as
  // "sitting authorities sign" showed a false agreement from November 2023 to May 2024.
  "ru-2022-10-04-peskov-next-president": "legitimacy",
};

describe("the coding", () => {
  it("codes Russia and Ukraine on every issue from the day of their first statement on it", () => {
    const missing: string[] = [];
    for (const actor of ["russia", "ukraine"])
      for (const issue of issues) {
        const first = statements
          .filter((s) => s.actor === actor && s.issues.includes(issue.id) && STATES_NO_POSITION[s.id] !== issue.id)
          .map((s) => s.date)
          .sort()[0];
        if (!first) continue;
        const coded = positions.filter((p) => p.actor === actor && p.issue === issue.id).map((p) => p.validFrom).sort()[0];
        if (!coded || coded > first) missing.push(`${actor} on ${issue.id}: first statement ${first}, first position ${coded ?? "none"}`);
      }
    expect(missing).toEqual([]);
  });

  it("follows the convention (docs/coding.md): a range runs from the ideal toward the other side's pole only", () => {
    // option 0 is the pole Ukraine argues for and the last option Russia's, on every spectrum
    const off = positions
      .filter((p) => (p.actor === "ukraine" && p.ideal !== p.acceptable[0]) || (p.actor === "russia" && p.ideal !== p.acceptable[1]))
      .map((p) => `${p.id}: ideal ${p.ideal}, acceptable [${p.acceptable.join(", ")}]`);
    expect(off).toEqual([]);
  });

  it("has well over 100 positions, with Russia and Ukraine on every issue", () => {
    expect(positions.length).toBeGreaterThan(100);
    for (const actor of ["russia", "ukraine"]) expect(new Set(positions.filter((p) => p.actor === actor).map((p) => p.issue)).size).toBe(issues.length);
  });
});
