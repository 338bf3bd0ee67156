import type { Dataset } from "./schema";

/** What the footer and every download say about the data: the day it is current to and its version. */
export type DatasetInfo = { currentTo: string; version: string; statements: number; positions: number };

export function toDatasetInfo(dataset: Pick<Dataset, "statements" | "positions" | "meta">): DatasetInfo {
  const currentTo = dataset.statements.reduce((latest, s) => (s.date > latest ? s.date : latest), "0000-00-00");
  return {
    currentTo,
    // date-stamped so a citation says how fresh the data was; the revision counts re-codings of the same data
    version: `${currentTo}.r${dataset.meta.revision}`,
    statements: dataset.statements.length,
    positions: dataset.positions.length,
  };
}
