"use client";

import { useState } from "react";
import type { ViewState } from "@/lib/url/view-state";
import { toEmbedHeight, toEmbedSnippet, toEmbedTitle, toEmbedUrl, type EmbedLayout } from "@/lib/view/embed";
import { messages } from "@/lib/view/messages";
import { useOrigin } from "./cite-view";

type Props = {
  /** The full view's path: "/", "/issues/<id>/" or "/documents/<id>/"; `layout` says which of its charts is embedded. */
  path: string;
  title: string;
  /** The view's date, pair and evidence rule; absent for a view that reads none (a text's chart). */
  state?: ViewState;
  /** The dataset version the embed is pinned to: the data's, as the view shows it now. */
  version: string;
  layout: EmbedLayout;
};

/** "Embed this chart": the iframe code of this view's embed, pinned to the dataset version, with a copy button. */
export function EmbedControl({ path, title, state, version, layout }: Props) {
  const origin = useOrigin();
  const [copied, setCopied] = useState<"" | "copied" | "failed">("");
  const m = messages.embed;
  const src = toEmbedUrl(origin, path, layout.kind, { ...state, pinned: version });
  const height = toEmbedHeight(layout);
  const snippet = toEmbedSnippet({ src, title: m.frameTitle(toEmbedTitle(title, state?.strong)), height });
  return (
    <details className="no-print rounded border border-gray-300 bg-white px-3 py-2 text-sm" data-testid="embed-control">
      <summary className="cursor-pointer font-medium">{m.control}</summary>
      <p className="mt-2 text-gray-800">{m.intro(version, height)}</p>
      {/* text, not a read-only field: nothing to type into, and a click selects it whole */}
      <pre className="mt-2 select-all whitespace-pre-wrap break-all rounded bg-gray-50 p-2 font-mono text-xs" data-testid="embed-code">
        <code>{snippet}</code>
      </pre>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <button
          type="button"
          className="rounded border border-gray-500 px-3 py-1 font-medium hover:bg-gray-100"
          onClick={() =>
            navigator.clipboard.writeText(snippet).then(
              () => setCopied("copied"),
              () => setCopied("failed"),
            )
          }
        >
          {m.copy}
        </button>
        <a href={src} className="text-blue-800 underline" data-testid="embed-preview">
          {m.preview}
        </a>
        <span role="status" className="text-gray-700">
          {copied === "copied" ? m.copied : copied === "failed" ? m.copyFailed : ""}
        </span>
      </div>
    </details>
  );
}
