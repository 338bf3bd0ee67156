import { describe, expect, it } from "vitest";
import actors from "@/data/actors.json";
import documents from "@/data/documents.json";
import events from "@/data/events.json";
import issues from "@/data/issues.json";
import meta from "@/data/meta.json";
import positions from "@/data/positions.json";
import statements from "@/data/statements.json";
import { toStatementsJson } from "@/lib/files/data-files";
import { toDatasetInfo } from "@/lib/dataset-info";
import { validateDataset } from "@/lib/schema";
import { DEFAULT_FILTERS, isDefaultList, sortStatements, STATEMENTS_PAGE } from "@/lib/statement-filters";
import { pageCount, pagerNumbers, SOURCES_PAGE, sourcesOnPage, sourcesPageHref, toSources } from "@/lib/view/sources";
import { anchorRedirect, neighbourIndex, positionsCiting, statementHref, statementsFromDownload } from "@/lib/view/statement";

const today = new Date().toISOString().slice(0, 10);
const { dataset } = validateDataset({ actors, issues, statements, positions, events, documents, meta }, today);
if (!dataset) throw new Error("data/ must be valid for these tests");

describe("a statement's own page", () => {
  it("has one address per statement, whatever the issue", () => {
    expect(statementHref("russia-memo-territory-2025-06-02")).toBe("/statements/russia-memo-territory-2025-06-02/");
    expect(new Set(dataset.statements.map((s) => statementHref(s.id))).size).toBe(dataset.statements.length);
  });

  it("sends an issue page's anchor for a statement it no longer lists to the statement's page, and leaves every other anchor alone", () => {
    const none = () => false;
    for (const s of dataset.statements) expect(anchorRedirect(`#${s.id}`, none), s.id).toBe(statementHref(s.id));
    // the card is on the page: stay and scroll to it
    expect(anchorRedirect("#ua-2022-02-28-belarus-ceasefire-withdrawal", () => true)).toBeUndefined();
    // section anchors carry no day, and a mistyped one must never leave the page
    for (const hash of ["", "#", "#statements-heading", "#col-russia", "#spectrum-options", "#2025", "#a%ZZ", "#Not An Id 2025-01-01"]) expect(anchorRedirect(hash, none), hash).toBeUndefined();
  });

  it("lists the coded positions that cite it, oldest first, with the option asked for and the range, as the codebook words them", () => {
    const cited = dataset.positions[0]!;
    const statement = dataset.statements.find((s) => s.id === cited.evidence[0])!;
    const citing = positionsCiting(statement, dataset.positions, dataset.issues, dataset.actors);
    const expected = dataset.positions.filter((p) => p.evidence.includes(statement.id));
    expect(citing.map((c) => c.id).sort()).toEqual(expected.map((p) => p.id).sort());
    for (let i = 1; i < citing.length; i++) expect(citing[i - 1]!.validFrom <= citing[i]!.validFrom).toBe(true);
    const row = citing.find((c) => c.id === cited.id)!;
    const issue = dataset.issues.find((i) => i.id === cited.issue)!;
    expect(row.ideal).toBe(issue.spectrum[cited.ideal]!.label);
    expect(row.acceptable).toContain(issue.spectrum[cited.acceptable[0]]!.label);
    expect(row.href).toBe(`/issues/${cited.issue}/?date=${cited.validFrom}`);
    expect(row.actorName).toBe(dataset.actors.find((a) => a.id === cited.actor)!.name);
  });

  it("names no position for a statement nothing cites", () => {
    const cited = new Set(dataset.positions.flatMap((p) => p.evidence));
    const loose = dataset.statements.find((s) => !cited.has(s.id));
    if (loose) expect(positionsCiting(loose, dataset.positions, dataset.issues, dataset.actors)).toEqual([]);
  });

  it("links the same actor's statements before and after it, in date order", () => {
    const russia = dataset.statements.filter((s) => s.actor === "russia").sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.id < y.id ? -1 : 1));
    const index = neighbourIndex(dataset.statements);
    expect(index.size).toBe(dataset.statements.length);
    expect(index.get(russia[5]!.id)).toEqual({ previous: russia[4], next: russia[6] });
    expect(index.get(russia[0]!.id)!.previous).toBeUndefined();
    expect(index.get(russia.at(-1)!.id)!.next).toBeUndefined();
    for (const [id, { previous, next }] of index) {
      const own = dataset.statements.find((s) => s.id === id)!;
      for (const other of [previous, next]) if (other) expect(other.actor).toBe(own.actor);
      if (previous) expect(previous.date <= own.date).toBe(true);
      if (next) expect(next.date >= own.date).toBe(true);
    }
  });
});

describe("the statements download read back whole, as the explorer lists it", () => {
  const file = JSON.parse(toStatementsJson(dataset.statements, toDatasetInfo(dataset))) as unknown;

  it("gives back every record exactly as the schema has it", () => {
    expect(statementsFromDownload(file)).toEqual(dataset.statements);
  });

  it("fills the schema's defaults for a record written before the optional fields", () => {
    const old: Record<string, unknown> = { ...dataset.statements[0]! };
    for (const field of ["quoteLanguage", "quoteTranslation", "quoteNote", "sourcing"]) delete old[field];
    const [read] = statementsFromDownload({ statements: [old] });
    expect(read).toMatchObject({ quoteLanguage: "en", quoteTranslation: "", quoteNote: "", sourcing: "undetermined" });
  });

  it("names the file, the record and the field of a bad record", () => {
    const bad = { statements: [dataset.statements[0], { ...dataset.statements[1], source: { ...dataset.statements[1]!.source, kind: "blog" } }] };
    expect(() => statementsFromDownload(bad)).toThrow(`/data/statements.json › statement 2 (${dataset.statements[1]!.id}) › source.kind: expected one of`);
    expect(() => statementsFromDownload({ rows: [] })).toThrow('/data/statements.json: no "statements" list in the file.');
  });
});

describe("the explorer's first screenful", () => {
  it("is the newest statements, as many as a page draws, in the order the full list sorts them", () => {
    const first = sortStatements(dataset.statements, "date", "desc").slice(0, STATEMENTS_PAGE);
    expect(first).toHaveLength(Math.min(STATEMENTS_PAGE, dataset.statements.length));
    const latest = dataset.statements.reduce((d, s) => (s.date > d ? s.date : d), "");
    expect(first[0]!.date).toBe(latest);
  });

  it("is the list only while nothing filters or re-sorts it", () => {
    expect(isDefaultList(DEFAULT_FILTERS)).toBe(true);
    expect(isDefaultList({ ...DEFAULT_FILTERS, q: "  " })).toBe(true);
    expect(isDefaultList({ ...DEFAULT_FILTERS, q: "Istanbul" })).toBe(false);
    expect(isDefaultList({ ...DEFAULT_FILTERS, actor: "russia" })).toBe(false);
    expect(isDefaultList({ ...DEFAULT_FILTERS, order: "asc" })).toBe(false);
    expect(isDefaultList({ ...DEFAULT_FILTERS, sort: "speaker", order: "desc" })).toBe(false);
  });
});

describe("the sources list in pages", () => {
  const sources = toSources(dataset.statements);

  it("has each source once, newest first, with every statement that cites it", () => {
    expect(new Set(sources.map((s) => s.url)).size).toBe(sources.length);
    expect(sources.reduce((n, s) => n + s.statements.length, 0)).toBe(dataset.statements.length);
    for (let i = 1; i < sources.length; i++) expect(sources[i - 1]!.date >= sources[i]!.date).toBe(true);
  });

  it("cuts the list into pages of a fixed length that together hold every source once", () => {
    const pages = pageCount(sources.length);
    expect(pages).toBe(Math.ceil(sources.length / SOURCES_PAGE));
    const joined = Array.from({ length: pages }, (_, i) => sourcesOnPage(sources, i + 1)).flat();
    expect(joined).toEqual(sources);
    for (let n = 1; n < pages; n++) expect(sourcesOnPage(sources, n)).toHaveLength(SOURCES_PAGE);
    expect(pageCount(0)).toBe(1);
    expect(sourcesPageHref(1)).toBe("/sources/");
    expect(sourcesPageHref(3)).toBe("/sources/page/3/");
  });

  it("shows the first, the last and two pages either side of this one, with gaps marked", () => {
    expect(pagerNumbers(1, 1)).toEqual([1]);
    expect(pagerNumbers(1, 10)).toEqual([1, 2, 3, null, 10]);
    expect(pagerNumbers(5, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 10]);
    expect(pagerNumbers(10, 10)).toEqual([1, null, 8, 9, 10]);
    expect(pagerNumbers(4, 6)).toEqual([1, 2, 3, 4, 5, 6]);
    for (let count = 1; count <= 40; count++)
      for (let current = 1; current <= count; current++) {
        const shown = pagerNumbers(current, count).filter((n): n is number => n !== null);
        expect(shown).toContain(current);
        expect(shown[0]).toBe(1);
        expect(shown.at(-1)).toBe(count);
      }
  });
});
