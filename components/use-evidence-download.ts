"use client";

import { useMemo } from "react";
import { evidenceViewsFromDownload, type EvidenceView } from "@/lib/present";
import { isDefaultView, type ViewContext, type ViewState } from "@/lib/view-state";
import { loader, useDownload } from "./use-downloads";

// apart from ./use-downloads so that the overview, which shows no quotes, does not load lib/present
const loadEvidenceViews = loader("/data/statements.json", evidenceViewsFromDownload);

/**
 * The statements a view's slides and handouts quote, by id: the page's own (those of its default
 * view) for the default view; for another date or pair every statement, fetched, with the page's
 * own shown until they arrive.
 */
export function useViewEvidence(evidence: readonly EvidenceView[], view: ViewState, context: Pick<ViewContext, "latest" | "defaultA" | "defaultB">) {
  const isDefault = isDefaultView(view, context);
  const all = useDownload(loadEvidenceViews, !isDefault);
  const shown = isDefault ? evidence : (all.data ?? evidence);
  return useMemo(() => new Map(shown.map((s) => [s.id, s])), [shown]);
}
