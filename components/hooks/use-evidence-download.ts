"use client";

import { useMemo } from "react";
import { mergeStatements } from "@/lib/files/imported-data";
import { evidenceViewsFromDownload, toEvidenceView, type EvidenceView } from "@/lib/present";
import { isDefaultView, type ViewContext, type ViewState } from "@/lib/url/view-state";
import { loader, useDownload } from "./use-downloads";
import { useStoredImport } from "./use-imported-data";

// apart from ./use-downloads so that the overview, which shows no quotes, does not load lib/present
const loadEvidenceViews = loader("/data/statements.json", evidenceViewsFromDownload);

/**
 * The statements a view's slides and handouts quote, by id: the page's own (those of its default
 * view) for the default view; for another date or pair, or with an import (whose positions may cite
 * any statement), every statement, fetched, with the page's own shown until they arrive, and the
 * reader's imported statements laid over them as the overview lays them. `error` says why the
 * download failed, so a view can say its quotes are missing rather than show fewer of them.
 */
export function useViewEvidence(evidence: readonly EvidenceView[], view: ViewState, context: Pick<ViewContext, "latest" | "defaultA" | "defaultB">) {
  const { stored } = useStoredImport();
  const isDefault = isDefaultView(view, context) && stored === undefined;
  const all = useDownload(loadEvidenceViews, !isDefault);
  const builtIn = isDefault ? evidence : (all.data ?? evidence);
  const byId = useMemo(() => new Map(mergeStatements(builtIn, stored, toEvidenceView).map((s) => [s.id, s])), [builtIn, stored]);
  return { byId, error: isDefault ? undefined : all.error, retry: all.retry };
}
