import "server-only";
import { DEFAULT_PAIR } from "../actors";
import { indexPositions } from "../analysis";
import { closestTexts, toLedger } from "../ledger";
import { getActors, getDataset, getDatasetInfo, getIssues, getPositions } from "./data";
import { describeLedger, toDocumentLedger, toIssueLedger, toLedgerView, type DocumentLedgerView, type IssueLedgerView, type LedgerLine, type LedgerView } from "../view/ledger";
import { getVerdictDisputeMarks } from "./disputes-data";
import { toActorView, type ActorView } from "../view/view-model";

/*
 * The red-line ledger for the pages, built once per build: every text judged against every actor
 * with coded positions (so /ledger/ can show any pair without the positions themselves), and the
 * default pair's row and column for the document and issue pages.
 */

const dataset = getDataset();
const index = indexPositions(getPositions());
const coded = new Set(getPositions().map((p) => p.actor));
// the default pair first, so the sections' two sides are the ledger's first two
const sides = [...DEFAULT_PAIR, ...getActors().filter((a) => coded.has(a.id) && !DEFAULT_PAIR.some((id) => id === a.id)).map((a) => a.id)];
const ledger = toLedger(dataset.documents, dataset.provisions, getIssues(), index, sides);
const closest = closestTexts(ledger, ...DEFAULT_PAIR);
const defaults = { latest: getDatasetInfo().currentTo, defaultA: DEFAULT_PAIR[0], defaultB: DEFAULT_PAIR[1] };

const nameOf = (id: string) => getActors().find((a) => a.id === id)?.name ?? id;
const names: [string, string] = [nameOf(DEFAULT_PAIR[0]), nameOf(DEFAULT_PAIR[1])];

/** The actors the ledger judges, in its order: the sides a reader may pair. */
export const getLedgerActors = (): ActorView[] => sides.map((id) => toActorView(getActors().find((a) => a.id === id)!));

/** Every text's verdicts for every side, trimmed for the browser. */
export const getLedgerView = (): LedgerView => {
  const view = toLedgerView(ledger, dataset.documents, getIssues());
  return {
    ...view,
    rows: view.rows.map((row) => ({
      ...row,
      cells: row.cells.map((cell) => {
        const disputes = getVerdictDisputeMarks(row.document.id, cell.issue);
        return disputes.length > 0 ? { ...cell, disputes } : cell;
      }),
    })),
  };
};

/** Each line with the disputes that touch its verdict. */
const withDisputes = <V extends { lines: LedgerLine[] }>(view: V): V => ({
  ...view,
  lines: view.lines.map((line) => {
    const disputes = getVerdictDisputeMarks(line.document.id, line.issue.id);
    return disputes.length > 0 ? { ...line, disputes } : line;
  }),
});

/** The dates and pair a positions link leaves out of its query. */
export const getLedgerDefaults = () => defaults;

/** A text's ledger row against the default pair, for its document page. */
export const getDocumentLedger = (id: string): DocumentLedgerView => withDisputes(toDocumentLedger(ledger, id, getIssues(), dataset.documents, dataset.provisions, names, defaults));

/** An issue's ledger column against the default pair, for its issue page. */
export const getIssueLedger = (id: string): IssueLedgerView => withDisputes(toIssueLedger(ledger, closest, id, getIssues(), dataset.documents, dataset.provisions, names, defaults));

/** The ledger in one sentence for the default pair over every text, as /ledger/ prerenders it. */
export const getLedgerSummary = (): string => describeLedger(getLedgerView().rows, closest, ...names, "");
