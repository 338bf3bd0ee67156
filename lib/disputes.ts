import type { Dispute } from "./schema";

/*
 * Disputed accounts as the views read them: which disputes touch an event, a text, a clause or a
 * verdict, whether one is a claim that only one side makes, and which were known by a date. Pure.
 */

/** A claim no other party's account answers: one account only (the Anchorage "understandings", say). */
export const isOneSided = (d: Pick<Dispute, "accounts">) => d.accounts.length === 1;

/** What a dispute is about, by kind of record. */
export type DisputeTarget = { kind: "event" | "document" | "provision"; id: string };

export type DisputeIndex = {
  byEvent: ReadonlyMap<string, readonly Dispute[]>;
  byDocument: ReadonlyMap<string, readonly Dispute[]>;
  byProvision: ReadonlyMap<string, readonly Dispute[]>;
};

function group(disputes: readonly Dispute[], ids: (d: Dispute) => readonly string[]): Map<string, Dispute[]> {
  const map = new Map<string, Dispute[]>();
  for (const d of disputes) for (const id of new Set(ids(d))) map.set(id, [...(map.get(id) ?? []), d]);
  return map;
}

/** The disputes by the records they are about, each list in the disputes' (date) order. */
export function indexDisputes(disputes: readonly Dispute[]): DisputeIndex {
  return {
    byEvent: group(disputes, (d) => d.about.events),
    byDocument: group(disputes, (d) => d.about.documents),
    byProvision: group(disputes, (d) => d.about.provisions),
  };
}

/**
 * The disputes that touch a text's verdict on an issue: those about the text itself or about one of
 * its clauses (`provisions`: the ids of the text's clauses on the issue), and that bear on the issue.
 */
export function disputesOfVerdict(index: DisputeIndex, document: string, issue: string, provisions: readonly string[]): Dispute[] {
  const found = new Map<string, Dispute>();
  for (const d of index.byDocument.get(document) ?? []) if (d.issues.includes(issue)) found.set(d.id, d);
  for (const id of provisions) for (const d of index.byProvision.get(id) ?? []) if (d.issues.includes(issue)) found.set(d.id, d);
  return [...found.values()];
}

/** The disputes about a text or any of its clauses (`provisions`: the ids of all its clauses). */
export function disputesOfDocument(index: DisputeIndex, document: string, provisions: readonly string[]): Dispute[] {
  const found = new Map<string, Dispute>();
  for (const d of index.byDocument.get(document) ?? []) found.set(d.id, d);
  for (const id of provisions) for (const d of index.byProvision.get(id) ?? []) found.set(d.id, d);
  return [...found.values()].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

/**
 * The day a dispute was on the record: the day its last account was first stated (the earliest
 * statement of each account, the latest of those), so an as-of view before it shows no dispute
 * yet. `dateOf` gives a statement's date.
 */
export function knownFrom(d: Dispute, dateOf: (statement: string) => string | undefined): string {
  const firsts = d.accounts.map((account) => account.statements.map(dateOf).filter((day): day is string => day !== undefined).sort()[0] ?? d.date);
  return firsts.sort().at(-1) ?? d.date;
}

/** The counts a summary sentence gives: open, settled, and claims of one side only. */
export function countDisputes(disputes: readonly Dispute[]) {
  return {
    total: disputes.length,
    open: disputes.filter((d) => d.status === "open").length,
    settled: disputes.filter((d) => d.status === "settled").length,
    oneSided: disputes.filter(isOneSided).length,
  };
}
