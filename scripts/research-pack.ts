import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/*
 * Where the verified research pack lives and how to read it. It sits beside the checkout
 * (../shared/research/) on CI and on the maintainers' machines, and may be missing on any other
 * clone: callers get null and decide what that means (a test skips, a script explains).
 * PARLEY_RESEARCH points elsewhere; PARLEY_REQUIRE_RESEARCH=1 (set by .ci/run) turns a missing
 * pack into an error, so the checks that need it can never vanish silently on CI.
 */

export type ResearchRecord = {
  id: string;
  actor: string;
  speaker: string;
  date: string;
  event: string;
  issues: string[];
  stance: string;
  quote: string;
  source_url: string;
  source_title: string;
  source_publisher: string;
  source_date: string;
  source_kind: string;
  confidence: string;
};

export const researchDir = path.resolve(process.env.PARLEY_RESEARCH ?? path.join(import.meta.dirname, "..", "..", "shared", "research"));

/** The statement files of the pack, in the order they were written. */
export const researchStatementFiles = ["statements.jsonl", "statements-2026h2.jsonl"] as const;

export function researchPackPresent(): boolean {
  return existsSync(path.join(researchDir, researchStatementFiles[0]));
}

export function researchRequired(): boolean {
  return process.env.PARLEY_REQUIRE_RESEARCH === "1";
}

/** Reads a JSONL file of the pack; a line that is not JSON is reported with its file and line number. */
export function readResearchJsonl(file: string): ResearchRecord[] {
  const full = path.join(researchDir, file);
  if (!existsSync(full)) return [];
  return readFileSync(full, "utf8")
    .split("\n")
    .map((line, index) => ({ line, index }))
    .filter(({ line }) => line.trim() !== "")
    .map(({ line, index }) => {
      try {
        return JSON.parse(line) as ResearchRecord;
      } catch (error) {
        throw new Error(`${full}, line ${index + 1}: not JSON (${(error as Error).message})`);
      }
    });
}

/** Every statement record of the pack, each with the file it came from. */
export function readResearchStatements(): (ResearchRecord & { file: string })[] {
  return researchStatementFiles.flatMap((file) => readResearchJsonl(file).map((record) => ({ ...record, file })));
}
