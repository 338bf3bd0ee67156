import "server-only";
import { DEFAULT_PAIR } from "../actors";
import { indexPositions } from "../analysis";
import { getActors, getDataset, getIssues, getPositions } from "./data";
import { sortByDate, toDocumentPositions, toStances } from "../documents";
import { getTimeContext } from "./time-context";
import { toCrosswalk, toDocumentIssues, toDocumentView, type CrosswalkView, type DocumentView } from "../view/documents";
import { toActorView, type ActorView, type TimeContext } from "../view/view-model";

/*
 * The documents of data/documents.json for the pages: getters and the views they draw, built once
 * per build from the validated dataset (lib/server/data.ts).
 */

const dataset = getDataset();
const documents = sortByDate(dataset.documents);
const stances = toStances(dataset.documents, dataset.provisions);
const documentPositions = toDocumentPositions(stances, dataset.documents, dataset.provisions);
const index = indexPositions(getPositions());

export const getDocuments = () => documents;
export const getDocument = (id: string) => documents.find((d) => d.id === id);
export const getProvisions = () => dataset.provisions;
export const getDocumentGaps = () => dataset.documentGaps;
export const getDocumentViews = (): DocumentView[] => documents.map(toDocumentView);

/** Each text as an actor of the compare controls: the text's colour, the first sponsor's mark shape. */
export function getDocumentActorViews(): ActorView[] {
  const actors = getActors();
  return documents.map((d) => ({
    id: d.id,
    name: d.shortTitle,
    shortName: d.shortTitle.length <= 16 ? d.shortTitle : `${d.shortTitle.slice(0, 15)}…`,
    color: "--color-actor-document",
    pattern: "crosshatch",
    shape: actors.find((a) => a.id === d.sponsors[0])?.shape ?? "circle",
    kind: "document",
  }));
}

/** The texts' stances as positions, so a text can be compared with any actor like an actor's position. */
export const getDocumentPositions = () => documentPositions;

/** The time context with every text among the actors to compare. */
export function getTimeContextWithDocuments(): TimeContext {
  const context = getTimeContext();
  return { ...context, actors: [...context.actors, ...getDocumentActorViews()] };
}

export const getActorViews = () => getActors().map(toActorView);

/** One issue's cross-walk, comparing each text with the default pair (Russia and Ukraine) on its own date. */
export function getCrosswalk(issueId: string): CrosswalkView {
  const issue = getIssues().find((i) => i.id === issueId);
  if (!issue) throw new Error(`unknown issue "${issueId}"`);
  return toCrosswalk(issue, dataset.documents, dataset.provisions, dataset.documentGaps, index, ...DEFAULT_PAIR);
}

/** A text's clauses grouped by issue, compared with the default pair (Russia and Ukraine) on the text's date. */
export function getDocumentIssues(id: string) {
  const document = getDocument(id);
  if (!document) throw new Error(`unknown document "${id}"`);
  return toDocumentIssues(document, getIssues(), dataset.provisions, index, ...DEFAULT_PAIR);
}
