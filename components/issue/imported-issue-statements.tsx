"use client";

import type { ActorView } from "@/lib/view/view-model";
import { StatementCard } from "../ui/statement-card";
import { useStoredImport } from "../hooks/use-imported-data";

/** The reader's imported statements on one issue, under Parley's own (which the server page lists). */
export function ImportedIssueStatements({ issue, actors }: { issue: string; actors: ActorView[] }) {
  const { stored } = useStoredImport();
  const mine = (stored?.statements?.records ?? []).filter((s) => s.issues.includes(issue)).sort((x, y) => (x.date < y.date ? 1 : x.date > y.date ? -1 : 0));
  if (!stored?.statements) return null;
  const nameOf = new Map(actors.map((actor) => [actor.id, actor.name]));
  return (
    <section aria-labelledby="imported-statements-heading" className="space-y-3 rounded-lg border-2 border-violet-800 bg-violet-50 p-4">
      <h2 id="imported-statements-heading" className="text-xl font-semibold">
        Your imported statements on this issue ({mine.length})
      </h2>
      <p className="text-sm text-violet-950">
        From {stored.statements.fileName}. {stored.mode === "replace" ? "On the overview and in the explorer they replace Parley’s statements; Parley’s own are still listed above." : "A statement with the id of one of Parley’s replaces it on the overview and in the explorer."}
      </p>
      {mine.length === 0 ? <p className="text-sm">None of your statements is on this issue.</p> : null}
      <div className="grid gap-3 md:grid-cols-2">
        {mine.map((s) => (
          <div key={s.id}>
            <p className="mb-1 text-sm font-semibold text-gray-700">{nameOf.get(s.actor) ?? s.actor}</p>
            <StatementCard statement={s} />
          </div>
        ))}
      </div>
    </section>
  );
}
