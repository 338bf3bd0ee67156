import "server-only";
import { DEFAULT_PAIR } from "../actors";
import { getActors, getDatasetInfo, getEvents, getPositions, getStatements } from "./data";
import { toWeakEvidence } from "../view/evidence";
import { getEventDisputeMarks } from "./disputes-data";
import { toActorView, toEventView, type TimeContext } from "../view/view-model";

const eventDisputes = getEventDisputeMarks();

/** The inputs of every dated two-actor view: from the first coded position to the date the data is current to. */
export function getTimeContext(): TimeContext {
  const earliest = getPositions().reduce((first, p) => (p.validFrom < first ? p.validFrom : first), "9999-12-31");
  const [defaultA, defaultB] = DEFAULT_PAIR;
  const lastChange = getPositions()
    .filter((p) => p.actor === defaultA || p.actor === defaultB)
    .reduce<string | undefined>((last, p) => (last === undefined || p.validFrom > last ? p.validFrom : last), undefined);
  return {
    actors: getActors().map(toActorView),
    events: getEvents().map((e) => {
      const disputes = eventDisputes[e.id];
      return disputes ? { ...toEventView(e), disputes: disputes.map(({ id, title }) => ({ id, title })) } : toEventView(e);
    }),
    earliest: earliest === "9999-12-31" ? getDatasetInfo().currentTo : earliest,
    latest: getDatasetInfo().currentTo,
    defaultA,
    defaultB,
    lastChange,
    datasetVersion: getDatasetInfo().version,
    weak: toWeakEvidence(getPositions(), getStatements()),
  };
}
