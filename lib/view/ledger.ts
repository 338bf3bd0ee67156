import { bestOf, type Closeness, type Closest, type Ledger, type LedgerShape, type Verdict, type VerdictKind } from "../ledger";
import type { Document, DocumentKind, Issue, Provision, Range, SpectrumLabels } from "../schema";
import { toQuery, type ViewDefaults } from "../url/view-state";
import { formatDate, formatNumber, formatSteps, LOCALE } from "./format";
import { messages } from "./messages";
import { formatPlacement } from "./sentences";
import { pageMessages } from "./page-messages";
import type { DisputeMarkView } from "./disputes";

/*
 * The red-line ledger's views and words: the plain values /ledger/ hands to the browser (every side's
 * verdicts, trimmed), the rows the document and issue pages draw on the server, the links of a cell,
 * and the sentences that sum them up. The rules themselves are in lib/ledger.ts.
 */

const m = pageMessages.ledger;

/** A verdict as the browser gets it: its kind and, for a crossing, how far. */
export type VerdictView = { kind: VerdictKind; steps?: number; least?: number };

export const toVerdictView = (v: Verdict): VerdictView => (v.kind === "crosses" ? { kind: v.kind, steps: v.steps, least: v.least } : { kind: v.kind });

const SILENT: VerdictView = { kind: "silent" };

/** One text on one issue it places or mentions: the clause a cell links to, how many there are, each side's verdict by actor id. */
export type LedgerCellView = {
  issue: string;
  provision?: string;
  clauses: number;
  verdicts: Partial<Record<string, VerdictView>>;
  /** The disputes that touch the verdict, as marks (lib/server/disputes-data.ts). */
  disputes?: DisputeMarkView[];
};
export type LedgerRowView = { document: Pick<Document, "id" | "shortTitle" | "date" | "kind">; cells: LedgerCellView[] };
/** The whole ledger for the browser: a cell only where a text places or mentions an issue; every other cell is silent. */
export type LedgerView = { issues: Pick<Issue, "id" | "title">[]; sides: string[]; rows: LedgerRowView[] };

export function toLedgerView(ledger: Ledger, documents: readonly Document[], issues: readonly Pick<Issue, "id" | "title">[]): LedgerView {
  const byId = new Map(documents.map((d) => [d.id, d]));
  return {
    issues: issues.map(({ id, title }) => ({ id, title })),
    sides: ledger.sides,
    rows: ledger.rows.map((row) => {
      const { id, shortTitle, date, kind } = byId.get(row.document)!;
      const cells = row.cells
        .filter((cell) => cell.stance || cell.provisions.length > 0)
        .map((cell): LedgerCellView => ({
          issue: cell.issue,
          provision: cell.provisions[0],
          clauses: cell.provisions.length,
          // a silent cell's verdicts are all "silent": left out, as every absent verdict reads
          verdicts: cell.stance ? Object.fromEntries(ledger.sides.map((side, i) => [side, toVerdictView(cell.verdicts[i]!)])) : {},
        }));
      return { document: { id, shortTitle, date, kind }, cells };
    }),
  };
}

/** A side's verdict in a cell; silent where the text places nothing. */
export const verdictIn = (cell: LedgerCellView | undefined, side: string): VerdictView => cell?.verdicts[side] ?? SILENT;

/** The rows shown, for two sides, in the shape closestTexts ranks. */
export function toPairLedger(issues: readonly { id: string }[], rows: readonly LedgerRowView[], a: string, b: string): LedgerShape {
  return {
    sides: [a, b],
    issues: issues.map((i) => i.id),
    rows: rows.map((row) => {
      const cells = new Map(row.cells.map((c) => [c.issue, c]));
      return { document: row.document.id, date: row.document.date, cells: issues.map((i) => ({ verdicts: [verdictIn(cells.get(i.id), a), verdictIn(cells.get(i.id), b)] })) };
    }),
  };
}

/** A verdict as a cell shows it: a glyph, and a word that says the same, so neither colour nor glyph stands alone. */
export function formatVerdict(v: VerdictView): { glyph: string; word: string } {
  const glyph = m.glyph[v.kind];
  if (v.kind !== "crosses") return { glyph, word: m.verdict[v.kind] };
  const steps = v.steps ?? 0;
  const least = v.least ?? steps;
  return { glyph, word: least === 0 ? m.crossesInPart(steps) : least < steps ? m.crossesBetween(least, steps) : m.crosses(steps) };
}

/** The link to the positions a text was judged against: the issue page on the text's date, for the pair. */
export const judgedHref = (issue: string, date: string, a: string, b: string, defaults: ViewDefaults) => `/issues/${issue}/${toQuery({ date, a, b }, defaults)}`;

/** Whether a cell has anything to judge against for the pair: otherwise the positions link would show nothing. */
export const isJudgedFor = (cell: LedgerCellView | undefined, a: string, b: string) =>
  [verdictIn(cell, a), verdictIn(cell, b)].some((v) => v.kind === "within" || v.kind === "crosses");

const oneDecimal = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });

/** A ranked text's score in words: on one issue, or over every issue it was judged on. */
export function formatCloseness(c: Closeness, overall: boolean): string {
  if (!overall) return c.steps === 0 ? "within both ranges" : `${formatSteps(c.steps)} crossed by the two sides together`;
  const perIssue = `${oneDecimal.format(c.steps / c.judged)} ${c.steps === c.judged ? "step" : "steps"} crossed per issue`;
  return `${perIssue} over ${formatNumber(c.judged)} ${c.judged === 1 ? "issue" : "issues"} judged for both, within both on ${formatNumber(c.within)}`;
}

const kindLabels: Record<DocumentKind, string> = messages.documents.kind;

/**
 * The ledger in one sentence: how many of the texts shown put both sides within their ranges on
 * some issue, and which came closest overall.
 */
export function describeLedger(
  shown: readonly Pick<LedgerRowView, "document">[],
  closest: Pick<Closest, "overall">,
  nameA: string,
  nameB: string,
  kind: string,
): string {
  const label = kind in kindLabels ? kindLabels[kind as DocumentKind].toLowerCase() : "";
  const texts = `${formatNumber(shown.length)} ${shown.length === 1 ? "text" : "texts"}${label ? ` of the kind “${label}”` : ""}`;
  const within = closest.overall.filter((c) => c.within > 0).length;
  const titleOf = new Map(shown.map((r) => [r.document.id, r.document.shortTitle]));
  const head =
    within === 0
      ? `Of ${texts}, none placed both ${nameA} and ${nameB} within their ranges on any issue`
      : `Of ${texts}, ${formatNumber(within)} placed both ${nameA} and ${nameB} within their ranges on at least one issue`;
  const best = bestOf(closest.overall);
  if (best.length === 0) return `${head}; none was judged for both sides on any issue.`;
  const names = best.map((c) => titleOf.get(c.document) ?? c.document);
  const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
  return `${head}; the closest overall ${names.length === 1 ? "was" : "were"} ${list} (${formatCloseness(best[0]!, true)}).`;
}

/** The rules, in the order the methodology and the ledger print them. */
export const LEDGER_RULES: readonly { term: string; glyph?: string; rule: string }[] = [
  { term: "Options judged", rule: m.rules.judged },
  { term: "Within", glyph: m.glyph.within, rule: m.rules.within },
  { term: "Crosses n", glyph: m.glyph.crosses, rule: m.rules.crosses },
  { term: "Silent", glyph: m.glyph.silent, rule: m.rules.silent },
  { term: "No position", glyph: m.glyph["no-position"], rule: m.rules.noPosition },
  { term: "Closest", rule: m.rules.closest },
];

/*
 * The ledger's sections on the document and issue pages: server-rendered, for the default pair,
 * with the words the full table leaves out (where the text sits, what each side could live with).
 */

/** One side's verdict with the range it was judged against. */
export type SideVerdict = VerdictView & { range?: Range; since?: string };
/** A line of a section: one issue of a text (document page) or one text on an issue (issue page). */
export type LedgerLine = {
  document: Pick<Document, "id" | "shortTitle" | "date">;
  issue: Pick<Issue, "id" | "title"> & SpectrumLabels;
  /** Where the text sits, in words; absent when silent. */
  placed?: string;
  clauses: Pick<Provision, "id" | "label">[];
  a: SideVerdict;
  b: SideVerdict;
  /** The issue page on the text's date, when either side was judged. */
  judgedHref?: string;
  /** The disputes that touch this verdict (lib/server/disputes-data.ts). */
  disputes?: DisputeMarkView[];
};

type SectionIssue = Pick<Issue, "id" | "title"> & SpectrumLabels;

function toLine(ledger: Ledger, rowIndex: number, issueIndex: number, issue: SectionIssue, documents: ReadonlyMap<string, Document>, provisions: ReadonlyMap<string, Provision>, defaults: ViewDefaults): LedgerLine {
  const row = ledger.rows[rowIndex]!;
  const cell = row.cells[issueIndex]!;
  const document = documents.get(row.document)!;
  const side = (i: number): SideVerdict => {
    const v = cell.verdicts[i]!;
    return "position" in v ? { ...toVerdictView(v), range: v.position.acceptable, since: v.position.validFrom } : toVerdictView(v);
  };
  const [a, b] = [side(0), side(1)];
  const judged = [a, b].some((v) => v.kind === "within" || v.kind === "crosses");
  return {
    document: { id: document.id, shortTitle: document.shortTitle, date: document.date },
    issue: { id: issue.id, title: issue.title, spectrum: issue.spectrum },
    placed: cell.stance ? formatPlacement(issue, cell.stance.placement) : undefined,
    clauses: cell.provisions.map((id) => ({ id, label: provisions.get(id)?.label ?? "" })),
    a,
    b,
    judgedHref: judged ? judgedHref(issue.id, row.date, ledger.sides[0]!, ledger.sides[1]!, defaults) : undefined,
  };
}

export type DocumentLedgerView = { lines: LedgerLine[]; silent: Pick<Issue, "id" | "title">[]; summary: string };

/** A text's ledger row for the document page: the issues it places or mentions, the others it is silent on. `ledger` judges the pair first. */
export function toDocumentLedger(
  ledger: Ledger,
  documentId: string,
  issues: readonly SectionIssue[],
  documents: readonly Document[],
  provisions: readonly Provision[],
  names: [string, string],
  defaults: ViewDefaults,
): DocumentLedgerView {
  const r = ledger.rows.findIndex((row) => row.document === documentId);
  if (r < 0) throw new Error(`unknown document "${documentId}"`);
  const docs = new Map(documents.map((d) => [d.id, d]));
  const clauses = new Map(provisions.map((p) => [p.id, p]));
  const row = ledger.rows[r]!;
  const lines: LedgerLine[] = [];
  const silent: Pick<Issue, "id" | "title">[] = [];
  issues.forEach((issue, k) => {
    const cell = row.cells[k]!;
    if (cell.stance || cell.provisions.length > 0) lines.push(toLine(ledger, r, k, issue, docs, clauses, defaults));
    else silent.push({ id: issue.id, title: issue.title });
  });
  return { lines, silent, summary: describeDocumentLedger(docs.get(documentId)!, lines, names) };
}

const count = (lines: readonly LedgerLine[], side: "a" | "b", kind: VerdictKind) => lines.filter((l) => l[side].kind === kind).length;

/** A text's ledger row in one sentence: on how many issues it placed each side within, and crossed it. */
export function describeDocumentLedger(document: Pick<Document, "shortTitle" | "date">, lines: readonly LedgerLine[], [nameA, nameB]: [string, string]): string {
  const placed = lines.filter((l) => l.placed).length;
  if (placed === 0) return `${document.shortTitle} places no issue on its spectrum, so no red line of ${nameA} or ${nameB} is judged.`;
  const both = lines.filter((l) => l.a.kind === "within" && l.b.kind === "within").length;
  const side = (s: "a" | "b", name: string) =>
    `within ${name}'s range on ${formatNumber(count(lines, s, "within"))} and crossed it on ${formatNumber(count(lines, s, "crosses"))}` +
    (count(lines, s, "no-position") > 0 ? ` (${name} had no coded position on ${formatNumber(count(lines, s, "no-position"))})` : "");
  return (
    `${document.shortTitle} places ${formatNumber(placed)} ${placed === 1 ? "issue on its spectrum" : "issues on their spectra"}. On ${formatDate(document.date)} it lay ${side("a", nameA)}; ` +
    `${side("b", nameB)}; within both on ${formatNumber(both)}.`
  );
}

export type IssueLedgerView = { lines: LedgerLine[]; silent: Pick<Document, "id" | "shortTitle">[]; closest: Closeness[]; summary: string };

/** An issue's ledger column for the issue page: the texts that place or mention it, in date order, and the closest to both sides. */
export function toIssueLedger(
  ledger: Ledger,
  closest: Closest,
  issueId: string,
  issues: readonly SectionIssue[],
  documents: readonly Document[],
  provisions: readonly Provision[],
  names: [string, string],
  defaults: ViewDefaults,
): IssueLedgerView {
  const k = issues.findIndex((i) => i.id === issueId);
  if (k < 0) throw new Error(`unknown issue "${issueId}"`);
  const issue = issues[k]!;
  const docs = new Map(documents.map((d) => [d.id, d]));
  const clauses = new Map(provisions.map((p) => [p.id, p]));
  const lines: LedgerLine[] = [];
  const silent: Pick<Document, "id" | "shortTitle">[] = [];
  ledger.rows.forEach((row, r) => {
    const cell = row.cells[k]!;
    if (cell.stance || cell.provisions.length > 0) lines.push(toLine(ledger, r, k, issue, docs, clauses, defaults));
    else silent.push({ id: row.document, shortTitle: docs.get(row.document)!.shortTitle });
  });
  const best = bestOf(closest.byIssue.find((c) => c.issue === issueId)?.ranked ?? []);
  return { lines, silent, closest: best, summary: describeIssueLedger(issue, lines, best, names) };
}

/** An issue's ledger column in one sentence. */
export function describeIssueLedger(issue: Pick<Issue, "title">, lines: readonly LedgerLine[], best: readonly Closeness[], [nameA, nameB]: [string, string]): string {
  const placed = lines.filter((l) => l.placed).length;
  if (placed === 0) return `${issue.title}: no key text places it on its spectrum.`;
  const titleOf = new Map(lines.map((l) => [l.document.id, l.document.shortTitle]));
  const head =
    `${issue.title}: ${formatNumber(placed)} key ${placed === 1 ? "text places" : "texts place"} it on its spectrum; ` +
    `${formatNumber(count(lines, "a", "within"))} lay within ${nameA}'s range and ${formatNumber(count(lines, "a", "crosses"))} crossed it, ` +
    `${formatNumber(count(lines, "b", "within"))} lay within ${nameB}'s and ${formatNumber(count(lines, "b", "crosses"))} crossed it`;
  if (best.length === 0) return `${head}; no text was judged for both sides.`;
  const names = best.map((c) => titleOf.get(c.document) ?? c.document);
  const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
  return `${head}. Closest to both: ${list} (${formatCloseness(best[0]!, false)}).`;
}
