import "server-only";
import { disputesOfDocument, disputesOfVerdict, indexDisputes } from "../disputes";
import type { Dispute } from "../schema";
import { describeDispute, type DisputeMarkView } from "../view/disputes";
import { getActors, getDataset, getDisputes } from "./data";

/*
 * The marks of the disputes on the records they touch, for the pages: built once per build from
 * data/disputes.json, so a text, a clause, a verdict or an event carries its mark with no
 * dispute data sent to the browser beyond the mark itself.
 */


const index = indexDisputes(getDisputes());
const nameOf = (id: string) => getActors().find((a) => a.id === id)?.name ?? id;
const toMark = (d: Dispute): DisputeMarkView => ({ id: d.id, title: d.title, line: describeDispute(d, nameOf) });
const provisionsOf = (document: string, issue?: string) =>
  getDataset()
    .provisions.filter((p) => p.document === document && (issue === undefined || p.issue === issue))
    .map((p) => p.id);

/** The disputes about a text or any of its clauses. */
export const getDocumentDisputeMarks = (document: string): DisputeMarkView[] => disputesOfDocument(index, document, provisionsOf(document)).map(toMark);

/** The disputes about one clause. */
export const getProvisionDisputeMarks = (provision: string): DisputeMarkView[] => (index.byProvision.get(provision) ?? []).map(toMark);

/** The disputes that touch a text's verdict on an issue: about the text, or one of its clauses on the issue, and bearing on the issue. */
export const getVerdictDisputeMarks = (document: string, issue: string): DisputeMarkView[] => disputesOfVerdict(index, document, issue, provisionsOf(document, issue)).map(toMark);

/** The disputes about each event, by event id: only the events a dispute touches. */
export const getEventDisputeMarks = (): Record<string, DisputeMarkView[]> =>
  Object.fromEntries([...index.byEvent].map(([event, disputes]) => [event, disputes.map(toMark)]));
