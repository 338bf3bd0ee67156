import { findPosition, type IssueShape, type PositionIndex, type RelationKind } from "../analysis";
import { closerSide, compareConsecutive, placeAgainst, sortByDate, toStances, type Closer, type PlacementComparison } from "../documents";
import type { Document, DocumentGap, Issue, Placement, Provision, Range, SpectrumLabels } from "../schema";
import { describeChange } from "./sentences";

/*
 * The documents' views: the plain values the pages and client components draw (no Map, Date or
 * functions), built from the pure comparisons of lib/documents.ts. The cross-walk's rows carry the
 * change from the text before in words (lib/view/sentences.ts), which is why they live here.
 */

export type DocumentView = Pick<Document, "id" | "title" | "shortTitle" | "date" | "kind" | "knownFrom" | "knownNote" | "sponsors" | "sponsorLabel">;
export type ProvisionView = Pick<Provision, "id" | "document" | "label" | "issue" | "summary" | "numbers" | "quote" | "source" | "knownFrom" | "confidence" | "placement" | "rationale">;
export type GapView = Pick<DocumentGap, "id" | "document" | "issues" | "reason" | "description">;
/** An actor's place on the day a text is compared with it, trimmed to what the charts draw. */
export type SideView = { kind: RelationKind; gap: number; distance?: number; ideal?: number; acceptable?: Range };

export const toDocumentView = ({ id, title, shortTitle, date, kind, knownFrom, knownNote, sponsors, sponsorLabel }: Document): DocumentView => ({
  id, title, shortTitle, date, kind, knownFrom, knownNote, sponsors, sponsorLabel,
});
export const toProvisionView = ({ id, document, label, issue, summary, numbers, quote, source, knownFrom, confidence, placement, rationale }: Provision): ProvisionView => ({
  id, document, label, issue, summary, numbers, quote, source, knownFrom, confidence, placement, rationale,
});
/** A clause's permalink: its anchor on its text's page (components/documents/provision-item.tsx sets the id). */
export const clauseHref = (document: string, provision: string) => `/documents/${document}/#${provision}`;

const toSideView = (c: PlacementComparison): SideView => ({
  kind: c.kind, gap: c.gap, distance: c.distance, ideal: c.position?.ideal, acceptable: c.position?.acceptable,
});

/** One row of a placement chart: a text (or an issue) with its place and both sides on that day. */
export type PlacementRow = {
  placement?: Placement;
  conflicting: boolean;
  a: SideView;
  b: SideView;
  closer: Closer;
};

function toPlacementRow(index: PositionIndex, issue: IssueShape, placement: Placement | undefined, conflicting: boolean, a: string, b: string, date: string): PlacementRow {
  if (!placement) {
    const side = (actor: string): SideView => {
      const position = findPosition(index, actor, issue.id, date);
      return { kind: "unknown", gap: 0, ideal: position?.ideal, acceptable: position?.acceptable };
    };
    return { conflicting, a: side(a), b: side(b), closer: "unknown" };
  }
  const ca = placeAgainst(index, issue, placement, a, date);
  const cb = placeAgainst(index, issue, placement, b, date);
  return { placement, conflicting, a: toSideView(ca), b: toSideView(cb), closer: closerSide(ca, cb) };
}

export type CrosswalkRow = PlacementRow & {
  document: DocumentView;
  provisions: ProvisionView[];
  /** How this text's place differs from the text before it, said plainly; absent for the first. */
  change?: string;
};

export type CrosswalkView = {
  issue: Pick<Issue, "id" | "title" | "question"> & SpectrumLabels;
  a: string;
  b: string;
  rows: CrosswalkRow[];
  /** Texts with no recorded clause on this issue. */
  silent: DocumentView[];
  gaps: GapView[];
};

/** One issue's cross-walk: every text with a clause on it, in date order, placed and compared with `a` and `b` on its own date. */
export function toCrosswalk(
  issue: Pick<Issue, "id" | "title" | "question"> & SpectrumLabels,
  documents: readonly Document[],
  provisions: readonly Provision[],
  gaps: readonly DocumentGap[],
  index: PositionIndex,
  a: string,
  b: string,
): CrosswalkView {
  const ordered = sortByDate(documents);
  const stances = new Map(toStances(documents, provisions).filter((s) => s.issue === issue.id).map((s) => [s.document, s]));
  const onIssue = ordered.filter((d) => provisions.some((p) => p.document === d.id && p.issue === issue.id));
  const titleOf = new Map(documents.map((d) => [d.id, d.shortTitle]));
  const rows = onIssue.map((document, i): CrosswalkRow => {
    const stance = stances.get(document.id);
    const previous = onIssue[i - 1];
    const change = previous
      ? describeChange(
          issue,
          compareConsecutive(previous.id, document.id, stances.get(previous.id)?.placement, stance?.placement),
          (id) => titleOf.get(id) ?? id,
          (id) => stances.get(id)?.placement,
        )
      : undefined;
    return {
      document: toDocumentView(document),
      provisions: provisions.filter((p) => p.document === document.id && p.issue === issue.id).map(toProvisionView),
      ...toPlacementRow(index, issue, stance?.placement, stance?.conflicting ?? false, a, b, document.date),
      change,
    };
  });
  const mentioned = new Set(onIssue.map((d) => d.id));
  return {
    issue: { id: issue.id, title: issue.title, question: issue.question, spectrum: issue.spectrum },
    a,
    b,
    rows,
    silent: ordered.filter((d) => !mentioned.has(d.id)).map(toDocumentView),
    gaps: gaps.filter((g) => g.issues.includes(issue.id)),
  };
}

/** One issue of a text's page: its clauses on the issue and its place, compared with `a` and `b` on the text's date. */
export type DocumentIssueRow = PlacementRow & { issue: Pick<Issue, "id" | "title"> & SpectrumLabels; provisions: ProvisionView[] };

export function toDocumentIssues(
  document: Document,
  issues: readonly (Pick<Issue, "id" | "title"> & SpectrumLabels)[],
  provisions: readonly Provision[],
  index: PositionIndex,
  a: string,
  b: string,
): DocumentIssueRow[] {
  const mine = provisions.filter((p) => p.document === document.id);
  const stances = new Map(toStances([document], mine).map((s) => [s.issue, s]));
  return issues
    .filter((issue) => mine.some((p) => p.issue === issue.id))
    .map((issue) => {
      const stance = stances.get(issue.id);
      return {
        issue: { id: issue.id, title: issue.title, spectrum: issue.spectrum },
        provisions: mine.filter((p) => p.issue === issue.id).map(toProvisionView),
        ...toPlacementRow(index, issue, stance?.placement, stance?.conflicting ?? false, a, b, document.date),
      };
    });
}
