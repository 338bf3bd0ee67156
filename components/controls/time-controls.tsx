"use client";

import type { Notice } from "@/lib/url/notices";
import type { ViewState } from "@/lib/url/view-state";
import type { TimeContext } from "@/lib/view/view-model";
import { ActorPicker } from "./actor-picker";
import { AsOfControl } from "./as-of-control";
import { EvidenceToggle } from "./evidence-toggle";
import { Notices } from "../ui/notices";

/** The as-of date and the actor pair, the controls of every dated view. */
export function TimeControls({ context, state, notices, onChange, weakCount }: {
  context: TimeContext;
  state: ViewState;
  notices: readonly Notice[];
  onChange: (next: Partial<ViewState>) => void;
  /** How many positions "strong evidence only" sets aside. */
  weakCount: number;
}) {
  return (
    <div className="no-print space-y-3">
      <Notices notices={notices} />
      <ActorPicker actors={context.actors} a={state.a} b={state.b} onChange={onChange} />
      <AsOfControl value={state.date} earliest={context.earliest} latest={context.latest} events={context.events} onChange={(date) => onChange({ date })} />
      <EvidenceToggle strong={Boolean(state.strong)} weakCount={weakCount} onChange={(strong) => onChange({ strong: strong || undefined })} />
    </div>
  );
}
