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

/** The parts of a statement of data/ that come from its research record. */
export type CarriedStatement = {
  actor: string; date: string; event: string; issues: string[]; quote: string; confidence: string;
  source: { url: string; title: string; publisher: string; date: string; kind: string };
};

/**
 * Every field a statement carries over from its research record unchanged, as [field, research
 * value, data value]: what the dataset test and npm run research:diff both compare. The research
 * files "elections" as an issue of its own; Parley files it under legitimacy.
 */
export function carriedFields(r: ResearchRecord, s: CarriedStatement): [string, unknown, unknown][] {
  const issues = [...new Set(r.issues.map((issue) => (issue === "elections" ? "legitimacy" : issue)))];
  return [
    ["actor", r.actor, s.actor], ["date", r.date, s.date], ["event", r.event, s.event], ["issues", issues, s.issues], ["quote", r.quote, s.quote],
    ["confidence", r.confidence, s.confidence], ["source.url", r.source_url, s.source.url], ["source.title", r.source_title, s.source.title],
    ["source.publisher", r.source_publisher, s.source.publisher], ["source.date", r.source_date, s.source.date], ["source.kind", r.source_kind, s.source.kind],
  ];
}
