"use client";

import { useState, useSyncExternalStore } from "react";
import { toPermalinkQuery, type ViewState } from "@/lib/url/view-state";
import { formatDate } from "@/lib/view/format";
import { messages } from "@/lib/view/messages";

const noSubscription = () => () => undefined;
/** The site's address, known only in the browser: a static export does not know where it is hosted. */
export const useOrigin = () => useSyncExternalStore(noSubscription, () => window.location.origin, () => "");
const useToday = () => useSyncExternalStore(noSubscription, () => new Date().toISOString().slice(0, 10), () => "");

/** The permalink of a dated two-actor view: the date and the actors always spelled out, so the link outlives newer data. */
export const toPermalink = (origin: string, path: string, state: ViewState) => `${origin}${path}${toPermalinkQuery(state)}`;

/** The citation of a view: title, as-of date, dataset version, permalink and the day it was read. */
export function toCitation({ title, date, version, permalink, accessed }: { title: string; date: string; version: string; permalink: string; accessed: string }) {
  return `Parley, “${title}”, as of ${formatDate(date)}. Dataset version ${version}. ${permalink}${accessed ? ` (accessed ${formatDate(accessed)})` : ""}.`;
}

type Props = { title: string; date: string; version: string; path: string; state: ViewState };

/** "Cite this view": the citation text, a copy button and the permalink. */
export function CiteView({ title, date, version, path, state }: Props) {
  const origin = useOrigin();
  const accessed = useToday();
  const [copied, setCopied] = useState<"" | "copied" | "failed">("");
  const permalink = toPermalink(origin, path, state);
  // the view's evidence rule is part of what is cited: the same permalink without it shows other verdicts
  const citation = toCitation({ title: state.strong ? `${title} (${messages.evidence.strongOnly.toLowerCase()})` : title, date, version, permalink, accessed });
  return (
    <details className="no-print rounded border border-gray-300 bg-white px-3 py-2 text-sm" data-testid="cite-view">
      <summary className="cursor-pointer font-medium">Cite this view</summary>
      <p className="mt-2 select-all rounded bg-gray-50 p-2 font-serif" data-testid="citation">
        {citation}
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <button
          type="button"
          className="rounded border border-gray-500 px-3 py-1 font-medium hover:bg-gray-100"
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
    </details>
  );
}
