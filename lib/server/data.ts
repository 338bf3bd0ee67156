import "server-only";
import actors from "../../data/actors.json";
import issues from "../../data/issues.json";
import statements from "../../data/statements.json";
import positions from "../../data/positions.json";
import events from "../../data/events.json";
import documents from "../../data/documents.json";
import meta from "../../data/meta.json";
import reliability from "../../data/reliability.json";
import codingA from "../../data/coding-a.json";
import codingB from "../../data/coding-b.json";
import settlements from "../../data/settlements.json";
import changelog from "../../data/changelog.json";
import disputes from "../../data/disputes.json";
import glossary from "../../data/glossary.json";
import sequencingB from "../../data/sequencing-b.json";
import worksheets from "../../data/worksheets.json";
import { formatProblem, validateChangelog, validateDataset, validateDisputes, validateGlossary, validateReliability, validateSequencingB, validateWorksheets, type SequencingReading, type Worksheet, type GlossaryEntry, type ChangelogEntry, type Dataset, type DisputesData, type Position, type Statement, type ReliabilityData } from "../schema";
import { toDatasetInfo } from "../dataset-info";
import { toHistoryCounts } from "../view/changelog";
import { neighbourIndex } from "../view/statement";

/** The data of data/, validated once per build; invalid data stops the build with every problem listed. */
function loadDataset(): Dataset {
  const today = new Date().toISOString().slice(0, 10);
  const { dataset, problems } = validateDataset({ actors, issues, statements, positions, events, documents, meta }, today);
  if (!dataset) {
    throw new Error(`data/ does not match lib/schema.ts (${problems.length} problems):\n${problems.map(formatProblem).join("\n")}`);
  }
  return dataset;
}

const dataset = loadDataset();

/** The two codings and their settlements, checked against the dataset; invalid files stop the build too. */
function loadReliability(): ReliabilityData {
  const { data, problems } = validateReliability({ reliability, codingA, codingB, settlements }, dataset);
  if (!data) throw new Error(`data/ reliability files do not match lib/schema.ts (${problems.length} problems):\n${problems.map(formatProblem).join("\n")}`);
  return data;
}
const reliabilityData = loadReliability();

/** The change log, checked against the dataset it describes; an invalid log stops the build too. */
function loadChangelog(): ChangelogEntry[] {
  const today = new Date().toISOString().slice(0, 10);
  const { entries, problems } = validateChangelog(changelog, dataset, { version: toDatasetInfo(dataset).version, today });
  if (!entries) throw new Error(`data/changelog.json does not match lib/schema.ts (${problems.length} problems):\n${problems.map(formatProblem).join("\n")}`);
  return entries;
}
const changelogEntries = loadChangelog();

/** The disputed accounts, checked against the dataset; invalid disputes stop the build too. */
function loadDisputes(): DisputesData {
  const { data, problems } = validateDisputes(disputes, dataset);
  if (!data) throw new Error(`data/disputes.json does not match lib/schema.ts (${problems.length} problems):\n${problems.map(formatProblem).join("\n")}`);
  return data;
}
const disputesData = loadDisputes();

/** Each side's words, checked against the statements' quotes; an invalid glossary stops the build too. */
function loadGlossary(): GlossaryEntry[] {
  const { entries, problems } = validateGlossary(glossary, dataset);
  if (!entries) throw new Error(`data/glossary.json does not match lib/schema.ts (${problems.length} problems):\n${problems.map(formatProblem).join("\n")}`);
  return entries;
}
const glossaryEntries = loadGlossary();

/** The second reading of the stages, checked against the positions it reads. */
function loadSequencingB(): SequencingReading[] {
  const { readings, problems } = validateSequencingB(sequencingB, dataset);
  if (!readings) throw new Error(`data/sequencing-b.json does not match lib/schema.ts (${problems.length} problems):\n${problems.map(formatProblem).join("\n")}`);
  return readings;
}
const sequencingReadings = loadSequencingB();

/** The worksheets' discussion questions, one set per issue. */
function loadWorksheets(): Worksheet[] {
  const { worksheets: checked, problems } = validateWorksheets(worksheets, dataset);
  if (!checked) throw new Error(`data/worksheets.json does not match lib/schema.ts (${problems.length} problems):\n${problems.map(formatProblem).join("\n")}`);
  return checked;
}
const worksheetRecords = loadWorksheets();
const historyCounts = toHistoryCounts(changelogEntries);

export const getDataset = () => dataset;
export const getActors = () => dataset.actors;
export const getActor = (id: string) => dataset.actors.find((actor) => actor.id === id);
export const getIssues = () => dataset.issues;
export const getIssue = (id: string) => dataset.issues.find((issue) => issue.id === id);
export const getStatements = () => dataset.statements;

// a page per statement: each looks up its record, its neighbours and the positions citing it in
// indexes built once per build worker, not by a scan of every record on every page
let statementIndexes: { byId: Map<string, Statement>; neighbours: ReturnType<typeof neighbourIndex<Statement>>; citing: Map<string, Position[]> } | undefined;
function indexes() {
  if (!statementIndexes) {
    const citing = new Map<string, Position[]>();
    for (const p of dataset.positions) for (const id of new Set(p.evidence)) citing.set(id, [...(citing.get(id) ?? []), p]);
    statementIndexes = { byId: new Map(dataset.statements.map((s) => [s.id, s])), neighbours: neighbourIndex(dataset.statements), citing };
  }
  return statementIndexes;
}
export const getStatement = (id: string) => indexes().byId.get(id);
/** The same actor's statements just before and after this one, by date. */
export const getStatementNeighbours = (id: string) => indexes().neighbours.get(id) ?? {};
/** The positions that cite this statement as evidence. */
export const getPositionsCiting = (id: string) => indexes().citing.get(id) ?? [];
export const getPositions = () => dataset.positions;
export const getEvents = () => dataset.events;
export const getDatasetInfo = () => toDatasetInfo(dataset);
export const getReliability = () => reliabilityData;
/** The change log in the order the changes were made (the page and the feeds show it newest first). */
export const getChangelog = () => changelogEntries;
/** How many log entries each record has, by file: the cards' "History (n)" links. */
export const getHistoryCounts = () => historyCounts;
/** The disputed accounts, in date order. */
export const getDisputes = () => disputesData.disputes;
/** Each issue's worksheet questions. */
export const getWorksheets = () => worksheetRecords;
/** The independent second reading of the sequencing stages. */
export const getSequencingB = () => sequencingReadings;
/** Each side's words for the same things. */
export const getGlossary = () => glossaryEntries;
/** The disputes the deck gives a slide: the open ones, in date order. */
export const getOpenDisputes = () => disputesData.disputes.filter((d) => d.status === "open");
/** The candidate disputes looked into and left out, with why. */
export const getDisputesLeftOut = () => disputesData.leftOut;
