import "server-only";
import { toTextPackages } from "../deal";
import { sortByDate, toStances } from "../documents";
import type { DealData } from "../view/deal";
import { toIssueView, toPlottedView } from "../view/view-model";
import { getDataset, getIssues, getPositions } from "./data";
import { getTimeContext } from "./time-context";

/** What "Build a deal" needs, on the laptop page and the projector's alike: the positions, the codebook and every text as a package. */
export function getDealProps(): DealData {
  const { documents, provisions } = getDataset();
  const stances = toStances(documents, provisions);
  return {
    context: getTimeContext(),
    issues: getIssues().map(toIssueView),
    positions: getPositions().map(toPlottedView),
    texts: toTextPackages(stances),
    titles: sortByDate(documents).map((d) => ({
      id: d.id,
      shortTitle: d.shortTitle,
      date: d.date,
      provisions: Object.fromEntries(stances.filter((s) => s.document === d.id).map((s) => [s.issue, s.provisions[0]!])),
    })),
  };
}
