import "server-only";
import { DEFAULT_PAIR } from "../actors";
import { getActors, getChangelog, getDataset, getDatasetInfo } from "./data";
import { toChangelogItems, type ChangelogItem } from "../view/changelog";

/*
 * The change log for the page and the feeds: each entry with its record in words and its link,
 * newest first, built once per build from the validated log (lib/server/data.ts).
 */

function buildItems(): ChangelogItem[] {
  const dataset = getDataset();
  const titleOf = new Map(dataset.documents.map((d) => [d.id, d.shortTitle]));
  const actorName = new Map(getActors().map((a) => [a.id, a.name]));
  const [defaultA, defaultB] = DEFAULT_PAIR;
  return toChangelogItems(getChangelog(), {
    statements: dataset.statements,
    positions: dataset.positions,
    documents: [
      ...dataset.documents.map((d) => ({ id: d.id, document: d.id, title: d.shortTitle })),
      ...dataset.provisions.map((p) => ({ id: p.id, document: p.document, title: `${titleOf.get(p.document) ?? p.document}${p.label ? `, ${p.label}` : ""}` })),
      ...dataset.documentGaps.map((g) => ({ id: g.id, document: g.document, title: g.document ? `${titleOf.get(g.document) ?? g.document}: a clause not found` : "A text not found" })),
    ],
    issues: dataset.issues,
    actorName: (id) => actorName.get(id) ?? id,
    view: { latest: getDatasetInfo().currentTo, defaultA, defaultB },
  });
}

const items = buildItems();

/** The log's entries newest first, as the page and the feeds show them. */
export const getChangelogItems = () => items;
