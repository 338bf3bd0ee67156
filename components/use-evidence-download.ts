"use client";

import { evidenceViewsFromDownload } from "@/lib/present";
import { loader, useDownload } from "./use-downloads";

// apart from ./use-downloads so that the overview, which shows no quotes, does not load lib/present
const loadEvidenceViews = loader("/data/statements.json", evidenceViewsFromDownload);

/** Every statement, as slides and handouts show them (fetched when a view is not the page's default). */
export const useAllEvidenceViews = (wanted: boolean) => useDownload(loadEvidenceViews, wanted);
