"use client";

import { useState, useSyncExternalStore } from "react";
import { CITATION_FORMATS, toCitation, toCitationKey, type CitationFormat, type CitationRecord } from "@/lib/files/cite";
import { toPermalinkQuery, type ViewState } from "@/lib/url/view-state";
import { messages } from "@/lib/view/messages";
import { saveFile } from "../hooks/save-file";

const noSubscription = () => () => undefined;
/** The site's address, known only in the browser: a static export does not know where it is hosted. */
export const useOrigin = () => useSyncExternalStore(noSubscription, () => window.location.origin, () => "");
const today = () => new Date().toISOString().slice(0, 10);
const useToday = () => useSyncExternalStore(noSubscription, today, () => "");

/** The permalink of a dated two-actor view: the date and the actors always spelled out, so the link outlives newer data. */
export const toPermalink = (origin: string, path: string, state: ViewState) => `${origin}${path}${toPermalinkQuery(state)}`;

/** `actors`: the names of the two sides the view compares, in its order (the files list them). */
type Props = { title: string; date: string; version: string; path: string; state: ViewState; actors: readonly string[] };

/** "Cite this view": the citation text, a copy button, the permalink, and the same citation as BibTeX, RIS and CSL-JSON files. */
export function CiteView({ title, date, version, path, state, actors }: Props) {
  const origin = useOrigin();
  const accessed = useToday();
  const [copied, setCopied] = useState<"" | "copied" | "failed">("");
  const [saved, setSaved] = useState("");
  const permalink = toPermalink(origin, path, state);
  // the view's evidence rule is part of what is cited: the same permalink without it shows other verdicts
  const record: CitationRecord = { title: state.strong ? `${title} (${messages.evidence.strongOnly.toLowerCase()})` : title, date, version, permalink, accessed, actors };
  const citation = toCitation(record);
  const download = async (format: CitationFormat) => {
    // the writers load at the first click: few readers download a citation file
    const { CITATION_FILES } = await import("@/lib/files/citation");
    const file = CITATION_FILES.find((f) => f.format === format)!;
    const key = toCitationKey(path, state);
    // read the clock at the click: the prerendered page knows no day, and a tab may stay open past midnight
    saveFile(`${key}.${file.extension}`, file.write({ ...record, accessed: today() }, key), `${file.type};charset=utf-8`);
    setSaved(messages.cite.saved(file.label));
  };
  const button = "rounded border border-gray-500 px-3 py-1 font-medium hover:bg-gray-100";
  return (
    <details className="no-print rounded border border-gray-300 bg-white px-3 py-2 text-sm" data-testid="cite-view">
      <summary className="cursor-pointer font-medium">Cite this view</summary>
      <p className="mt-2 select-all rounded bg-gray-50 p-2 font-serif" data-testid="citation">
        {citation}
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <button
          type="button"
          className={button}
          onClick={() =>
            navigator.clipboard.writeText(citation).then(
              () => setCopied("copied"),
              () => setCopied("failed"),
            )
          }
        >
          Copy citation
        </button>
        <a href={permalink} className="break-all text-blue-800 underline" data-testid="permalink">
          Permalink
          <span className="sr-only">: {permalink}</span>
        </a>
        <span role="status" className="text-gray-700">
          {copied === "copied" ? "Copied." : copied === "failed" ? "Could not copy: select the text above and copy it." : ""}
        </span>
      </div>
      <div className="mt-2 flex flex-wrap items-center gap-2" role="group" aria-label={messages.cite.filesLabel} data-testid="citation-files">
        <span className="text-gray-700">{messages.cite.files}</span>
        {CITATION_FORMATS.map((file) => (
          <button key={file.format} type="button" className={button} onClick={() => void download(file.format)}>
            {file.label}
            <span className="sr-only"> {messages.cite.fileSuffix}</span>
          </button>
        ))}
        <span role="status" className="text-gray-700">
          {saved}
        </span>
      </div>
    </details>
  );
}
