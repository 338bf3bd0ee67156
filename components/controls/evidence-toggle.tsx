"use client";

import { useId } from "react";
import { messages } from "@/lib/view/messages";
import { useIsPrerendered } from "../hooks/use-url-search";

/** "Strong evidence only": recomputes the view with every weak position set aside; kept in the URL (?evidence=strong). */
export function EvidenceToggle({ strong, weakCount, onChange, compact = false }: {
  strong: boolean;
  weakCount: number;
  onChange: (strong: boolean) => void;
  /** On a slide, where a line costs projector space: the help is read out, not shown. */
  compact?: boolean;
}) {
  // a box ticked before the page hydrates would show ticked while the view stayed as it was
  const prerendered = useIsPrerendered();
  const help = useId();
  return (
    <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1 text-sm present:text-2xl">
      <label className="inline-flex items-center gap-2 font-semibold">
        <input
          type="checkbox"
          className="h-4 w-4 accent-gray-900 present:h-6 present:min-h-[24px] present:w-6 present:min-w-[24px]"
          checked={strong}
          disabled={prerendered}
          aria-describedby={help}
          onChange={(event) => onChange(event.currentTarget.checked)}
        />
        {messages.evidence.strongOnly}
      </label>
      <span id={help} className={compact ? "sr-only" : "text-gray-700"}>
        {messages.evidence.strongOnlyHelp} ({weakCount} {weakCount === 1 ? "position" : "positions"} in the data.)
      </span>
    </div>
  );
}
