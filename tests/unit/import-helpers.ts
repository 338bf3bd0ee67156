import actors from "@/data/actors.json";
import events from "@/data/events.json";
import issues from "@/data/issues.json";
import meta from "@/data/meta.json";
import positions from "@/data/positions.json";
import statements from "@/data/statements.json";
import { toDatasetInfo } from "@/lib/dataset-info";
import { validateDataset, type Dataset } from "@/lib/schema";

export const TODAY = "2026-11-27";

/** The built-in data as the import page has it. */
export function loadDataset(): Dataset {
  const { dataset } = validateDataset({ actors, issues, statements, positions, events, meta }, TODAY);
  if (!dataset) throw new Error("data/ is invalid");
  return dataset;
}

export const dataset = loadDataset();
export const info = toDatasetInfo(dataset);
export const bytesOf = (text: string) => new TextEncoder().encode(text);
