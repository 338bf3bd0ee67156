"use client";

import { useCallback, useState } from "react";
import { useIsPrerendered } from "../hooks/use-url-search";
import { pageMessages } from "@/lib/view/page-messages";

const m = pageMessages.copyLink;

type Copied = { kind: "idle" } | { kind: "copied" } | { kind: "manual"; url: string };
type Props = {
  /** An address on this site: "/documents/…/#…". */
  path: string;
  /** What the link is to, for screen readers: "Point 3 of US 28-point plan". */
  label: string;
};

/**
 * "Copy link": puts the address of `path` (on this site) on the clipboard and says so in a live
 * region. Where the browser gives no clipboard (an insecure origin, a refused permission), the
 * address is shown selected in a field, to copy by hand. Disabled until the page has hydrated,
 * since before that the click would do nothing.
 */
export function CopyLink({ path, label }: Props) {
  const prerendered = useIsPrerendered();
  const [copied, setCopied] = useState<Copied>({ kind: "idle" });
  const copy = useCallback(async () => {
    const url = new URL(path, window.location.href).href;
    try {
      // navigator.clipboard is undefined outside a secure context, so the check is not redundant
      if (!navigator.clipboard) throw new Error("no clipboard");
      await navigator.clipboard.writeText(url);
      setCopied({ kind: "copied" });
    } catch {
      setCopied({ kind: "manual", url });
    }
  }, [path]);
  // selected on mount, so Ctrl+C copies it at once
  const selectField = useCallback((field: HTMLInputElement | null) => {
    field?.focus();
    field?.select();
  }, []);
  return (
    // a button is no use on paper
    <span className="no-print inline-flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
      <button type="button" disabled={prerendered} className="rounded border border-gray-400 bg-white px-2 py-0.5 font-medium hover:bg-gray-100" onClick={() => void copy()}>
        {m.button}
        <span className="sr-only">{m.to(label)}</span>
      </button>
      <span role="status" className="text-gray-700">
        {copied.kind === "copied" ? m.copied : copied.kind === "manual" ? m.manual : ""}
      </span>
      {copied.kind === "manual" ? (
        <input ref={selectField} readOnly value={copied.url} aria-label={m.address(label)} className="min-w-0 max-w-full rounded border border-gray-400 px-2 py-0.5 font-mono text-xs" size={48} />
      ) : null}
    </span>
  );
}
