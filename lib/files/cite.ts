import { formatDate } from "../view/format";

/*
 * What "Cite this view" shows at once: the text citation and the names of the files it offers.
 * The file writers (lib/files/citation.ts) load only when a file is asked for, so a view's first
 * load does not carry three formats few readers download.
 */

/** What a citation of a dated view says; every date is an ISO day. */
export type CitationRecord = {
  /** The view's title as the page names it, "(strong evidence only)" included when the view sets weak evidence aside. */
  title: string;
  /** The view's as-of date. */
  date: string;
  /** The dataset version, "YYYY-MM-DD.rN" (lib/dataset-info.ts). */
  version: string;
  /** The names of the actors the view compares, in its order. */
  actors: readonly string[];
  /** The view's absolute permalink (date, pair and evidence rule spelled out). */
  permalink: string;
  /** The day the reader read it; "" before the browser knows (the prerendered page). */
  accessed: string;
};

/** Who publishes the dataset: the author and publisher of every record. */
export const PUBLISHER = "Parley";

/** The text citation: title, as-of date, dataset version, permalink and the day it was read. */
export function toCitation({ title, date, version, permalink, accessed }: Pick<CitationRecord, "title" | "date" | "version" | "permalink" | "accessed">) {
  return `Parley, “${title}”, as of ${formatDate(date)}. Dataset version ${version}. ${permalink}${accessed ? ` (accessed ${formatDate(accessed)})` : ""}.`;
}

/**
 * The files' stem and the records' key, "parley-overview-russia-ukraine-2025-06-02", as the chart
 * images are named; "-strong" for the strong-evidence-only view, so its files never overwrite the
 * full view's.
 */
export function toCitationKey(path: string, view: { a: string; b: string; date: string; strong?: boolean }) {
  const name = path.replace(/^\/issues\//, "").replace(/[^a-z0-9-]+/g, "") || "overview";
  return ["parley", name, view.a, view.b, view.date, ...(view.strong ? ["strong"] : [])].join("-");
}

/** The three files, in the order the buttons offer them. */
export const CITATION_FORMATS = [
  { format: "bibtex", label: "BibTeX", extension: "bib", type: "application/x-bibtex" },
  { format: "ris", label: "RIS", extension: "ris", type: "application/x-research-info-systems" },
  { format: "csl-json", label: "CSL-JSON", extension: "json", type: "application/vnd.citationstyles.csl+json" },
] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number]["format"];
