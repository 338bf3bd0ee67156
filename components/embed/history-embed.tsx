"use client";

import { useMemo } from "react";
import { history, type Coded } from "@/lib/analysis";
import { embedCodec } from "@/lib/url/embed";
import { toPermalinkQuery } from "@/lib/url/view-state";
import { toHistoryTitle, type HistoryChart } from "@/lib/view/embed";
import type { IssueView, TimeContext } from "@/lib/view/view-model";
import { DistanceFigure, GapStripFigure, StatusStripFigure } from "../charts/history-sections";
import { useEvidenceView } from "../hooks/use-evidence-view";
import { useUrlState } from "../hooks/use-url-state";
import { EmbedFrame } from "./embed-frame";

export type HistoryEmbedProps = {
  chart: HistoryChart;
  context: TimeContext;
  issues: IssueView[];
  positions: Coded[];
  /** The data's dataset version (getDatasetInfo().version), which a pin is compared with. */
  version: string;
};

/**
 * One of the overview's charts over time on its own, for other sites: the gap strip, the status
 * strip or the distance chart, drawn as the overview draws it, from the overview's view state
 * (?date=&a=&b=&evidence=) plus the pin (?v=), Parley's data only.
 */
export function HistoryEmbed({ chart, context, issues, positions, version }: HistoryEmbedProps) {
  const { state, notices } = useUrlState(embedCodec, context);
  const evidence = useEvidenceView(positions, context, state);
  const a = context.actors.find((actor) => actor.id === state.a)!;
  const b = context.actors.find((actor) => actor.id === state.b)!;
  // the status strip reads the index; the other two, the snapshots at each change
  const snaps = useMemo(() => (chart === "status" ? [] : history(evidence.shown, issues, a.id, b.id)), [chart, evidence.shown, issues, a.id, b.id]);
  const pair = { context, a, b, date: state.date };
  return (
    <EmbedFrame
      // the overview holds the chart below its spectrum: the link lands on its section
      permalink={`/${toPermalinkQuery(state)}#history-heading`}
      title={toHistoryTitle(chart, a.name, b.name)}
      state={state}
      notices={notices}
      version={version}
      changes="/corrections/"
    >
      {chart === "gaps" ? (
        <GapStripFigure {...pair} issues={issues} snaps={snaps} />
      ) : chart === "status" ? (
        <StatusStripFigure {...pair} issues={issues} index={evidence.index} />
      ) : (
        <DistanceFigure {...pair} snaps={snaps} />
      )}
    </EmbedFrame>
  );
}
