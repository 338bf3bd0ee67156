import { formatDate } from "../view/format";
import { CITATION_FORMATS, PUBLISHER, type CitationFormat, type CitationRecord } from "./cite";

/*
 * A view's citation as the files a reference manager imports (BibTeX, RIS, CSL-JSON), from the same
 * record as the text citation (lib/files/cite.ts). Pure, so the text and the files cannot say
 * different things, and so a test can read each file back with a real parser.
 */

/**
 * The day a version was issued: versions are date-stamped with the day the data is current to
 * ("2026-10-10.r3"); a version in another form falls back to the view's date.
 */
export function issuedOf(version: string, fallback: string) {
  return /^(\d{4}-\d{2}-\d{2})\.r\d+$/.exec(version)?.[1] ?? fallback;
}

const dateParts = (iso: string) => iso.split("-").map(Number);
/** "Russia and Ukraine", "Russia, Ukraine and Belarus". */
const joinNames = (names: readonly string[]) => (names.length < 2 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`);

/** The title a file carries: the view's, with its as-of date, so any style prints the day the view shows. */
const fileTitle = (record: CitationRecord) => `${record.title}, as of ${formatDate(record.date)}`;

/** What no standard field holds, said once for every format: the kind of work, the date, the actors, the version. */
function noteOf(record: CitationRecord) {
  return [
    `Dataset view of Parley, version ${record.version}`,
    `as of ${record.date}`,
    `actors compared: ${joinNames(record.actors)}`,
    ...(record.accessed ? [`accessed ${record.accessed}`] : []),
  ].join("; ");
}

// ---------------------------------------------------------------------------------------------
// BibTeX

const BIBTEX_SPECIALS: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  $: "\\$",
  "&": "\\&",
  "%": "\\%",
  "#": "\\#",
  _: "\\_",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}",
};

/** Text as a BibTeX value holds it: TeX's special characters escaped in one pass, so an escape is never escaped again. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}$&%#_~^]/g, (c) => BIBTEX_SPECIALS[c]!).replace(/\s+/g, " ");
}

/**
 * A URL as BibTeX's verbatim url field holds it: not TeX-escaped (biblatex and the url package
 * read it as it is), but with braces percent-encoded, which would otherwise end the field.
 */
const bibtexUrl = (url: string) => url.replace(/\{/g, "%7B").replace(/\}/g, "%7D").replace(/\s/g, "%20");

/**
 * The view as a biblatex @dataset entry. Classic BibTeX styles, which have no @dataset, warn and
 * print it as @misc (their default type), and their @misc prints the note, which says it is a
 * dataset and carries the version and the access date that only biblatex has fields for. The title
 * is double-braced so styles that lower-case titles keep "Russia" and "Ukraine" capitalised.
 */
export function toBibtex(record: CitationRecord, key: string): string {
  const issued = issuedOf(record.version, record.date);
  const fields: [string, string][] = [
    ["author", `{${PUBLISHER}}`],
    ["title", `{${escapeBibtex(fileTitle(record))}}`],
    ["year", issued.slice(0, 4)],
    ["date", issued],
    ["version", escapeBibtex(record.version)],
    ["publisher", PUBLISHER],
    ["url", bibtexUrl(record.permalink)],
    ...(record.accessed ? ([["urldate", record.accessed]] as [string, string][]) : []),
    ["keywords", escapeBibtex(record.actors.join(", "))],
    ["note", escapeBibtex(noteOf(record))],
  ];
  return `@dataset{${key},\n${fields.map(([name, value]) => `  ${name} = {${value}},`).join("\n")}\n}\n`;
}

// ---------------------------------------------------------------------------------------------
// RIS

/** A RIS date, "YYYY/MM/DD/" (the last part is for "other information", left empty). */
const risDate = (iso: string) => `${iso.replace(/-/g, "/")}/`;
/** One RIS line, "XX  - value": a tag of two characters, two spaces, a hyphen, a space; a value on one line. */
const risLine = (tag: string, value: string) => `${tag}  - ${value.replace(/\s+/g, " ").trim()}`;

/**
 * The view as a RIS record of type DATA (dataset), in the tags of the 2011 RIS specification:
 * ET is a dataset's version, DA its date, Y2 the access date, KW one actor a line, N1 the note.
 * Lines end in CR LF, as the specification has them; the record ends with "ER  - ".
 */
export function toRis(record: CitationRecord, key: string): string {
  const issued = issuedOf(record.version, record.date);
  const lines = [
    risLine("TY", "DATA"),
    risLine("ID", key),
    risLine("AU", PUBLISHER),
    risLine("TI", fileTitle(record)),
    risLine("PY", issued.slice(0, 4)),
    risLine("DA", risDate(issued)),
    risLine("ET", record.version),
    risLine("PB", PUBLISHER),
    risLine("UR", record.permalink),
    ...(record.accessed ? [risLine("Y2", risDate(record.accessed))] : []),
    ...record.actors.map((name) => risLine("KW", name)),
    risLine("N1", noteOf(record)),
    "ER  - ",
  ];
  return `${lines.join("\r\n")}\r\n`;
}

// ---------------------------------------------------------------------------------------------
// CSL-JSON

/** A CSL date: one [year, month, day] in date-parts. */
export type CslDate = { "date-parts": [[number, number, number]] };
/** The CSL-JSON item of a view: only variables of the CSL input schema (it allows no others). */
export type CslItem = {
  id: string;
  type: "dataset";
  title: string;
  author: [{ literal: string }];
  publisher: string;
  issued: CslDate;
  accessed?: CslDate;
  version: string;
  URL: string;
  keyword: string;
  note: string;
};

const cslDate = (iso: string): CslDate => {
  const [year = 0, month = 1, day = 1] = dateParts(iso);
  return { "date-parts": [[year, month, day]] };
};

export function toCslItem(record: CitationRecord, key: string): CslItem {
  return {
    id: key,
    type: "dataset",
    title: fileTitle(record),
    author: [{ literal: PUBLISHER }],
    publisher: PUBLISHER,
    issued: cslDate(issuedOf(record.version, record.date)),
    ...(record.accessed ? { accessed: cslDate(record.accessed) } : {}),
    version: record.version,
    URL: record.permalink,
    keyword: record.actors.join(", "),
    note: noteOf(record),
  };
}

/** The CSL-JSON file: an array of items, as the schema (and every reference manager) reads it. */
export const toCslJson = (record: CitationRecord, key: string) => `${JSON.stringify([toCslItem(record, key)], null, 2)}\n`;

// ---------------------------------------------------------------------------------------------

const WRITERS: Record<CitationFormat, (record: CitationRecord, key: string) => string> = { bibtex: toBibtex, ris: toRis, "csl-json": toCslJson };

/** The three files with their writers, in the order the buttons offer them. */
export const CITATION_FILES = CITATION_FORMATS.map((file) => ({ ...file, write: WRITERS[file.format] }));
