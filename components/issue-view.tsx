"use client";

import { useMemo } from "react";
import { indexPositions, relation } from "@/lib/analysis";
import { formatDate } from "@/lib/format";
import type { Position } from "@/lib/schema";
import type { ViewState } from "@/lib/view-state";
import type { IssueView, TimeContext } from "@/lib/view-model";
import { PositionCard } from "./position-card";
import { describeRow, SpectrumChart } from "./spectrum-chart";
import { TimeControls } from "./time-controls";
import { useViewState } from "./use-view-state";

export type IssueViewProps = { context: TimeContext; issue: IssueView; positions: Position[] };

export function IssueBody({ context, issue, positions, state, notices, onChange }: IssueViewProps & { state: ViewState; notices: readonly string[]; onChange: (next: Partial<ViewState>) => void }) {
  const index = useMemo(() => indexPositions(positions), [positions]);
  const rel = relation(index, issue, state.a, state.b, state.date);
  const a = context.actors.find((actor) => actor.id === state.a)!;
  const b = context.actors.find((actor) => actor.id === state.b)!;
  const row = { issue, relation: rel };
  return (
    <div className="space-y-6">
      <TimeControls context={context} state={state} notices={notices} onChange={onChange} />
      <section aria-labelledby="positions-heading" className="space-y-3">
        <h2 id="positions-heading" className="text-xl font-semibold">
          Coded positions on {formatDate(state.date)}
        </h2>
        <div className="grid gap-4 md:grid-cols-2">
          <PositionCard actor={a} issue={issue} position={rel.a} date={state.date} />
          <PositionCard actor={b} issue={issue} position={rel.b} date={state.date} />
        </div>
      </section>
      <section className="rounded-xl border border-gray-200 bg-white p-4 shadow-sm" aria-label="Spectrum">
        <SpectrumChart rows={[row]} a={a} b={b} caption={`${issue.title}: both sides on the spectrum, ${formatDate(state.date)}`} summary={describeRow(row, a, b)} showAllOptions />
      </section>
    </div>
  );
}

export function IssueFromUrl(props: IssueViewProps) {
  const { state, notices, setView } = useViewState(props.context);
  return <IssueBody {...props} state={state} notices={notices} onChange={setView} />;
}
