import type { Metadata } from "next";
import Link from "next/link";
import { DisputeCard, type DisputeLookups } from "@/components/disputes/dispute-card";
import { DataTable } from "@/components/ui/data-table";
import { isOneSided } from "@/lib/disputes";
import { getDataset, getDisputes } from "@/lib/server/data";
import { describeDisputes, disputeHref } from "@/lib/view/disputes";
import { formatDate } from "@/lib/view/format";
import { messages } from "@/lib/view/messages";
import { toActorView } from "@/lib/view/view-model";

export const metadata: Metadata = {
  title: "Disputed accounts",
  description: "Events and texts of which Russia and Ukraine give conflicting accounts of what was said or agreed, or which one side alone claims: each account in its own sourced words and dates.",
};

export default function DisputesPage() {
  const dataset = getDataset();
  const disputes = getDisputes();
  const lookups: DisputeLookups = {
    actors: new Map(dataset.actors.map((a) => [a.id, toActorView(a)])),
    issues: new Map(dataset.issues.map((i) => [i.id, i])),
    statements: new Map(dataset.statements.map((s) => [s.id, s])),
    events: new Map(dataset.events.map((e) => [e.id, e])),
    documents: new Map(dataset.documents.map((d) => [d.id, d])),
    provisions: new Map(dataset.provisions.map((p) => [p.id, p])),
  };
  const nameOf = (id: string) => lookups.actors.get(id)?.name ?? id;
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Disputed accounts: who says what was agreed</h1>
        <p className="max-w-3xl text-lg text-gray-700">
          Some events and texts are remembered differently by each side: what was initialled, what was promised, whether a pause was agreed at all. Each
          dispute sets every side&apos;s account next to the other&apos;s, in the side&apos;s own dated statements, with what an independent source says
          where the research has one. A claim that only one side makes is marked as such.
        </p>
        <p className="max-w-3xl font-semibold" data-testid="disputes-summary">
          {describeDisputes(disputes)}
        </p>
      </header>
      <section aria-labelledby="disputes-glance" className="space-y-2">
        <h2 id="disputes-glance" className="text-2xl font-semibold">
          At a glance
        </h2>
        <div role="region" aria-label="The disputes at a glance" tabIndex={0} className="relative overflow-x-auto">
          <DataTable
            caption="Every disputed account: its date, its status, and whose accounts it sets side by side"
            rows={disputes}
            rowKey={(d) => d.id}
            rowHeader={{
              head: "Dispute",
              cell: (d) => (
                <a href={disputeHref(d.id)} className="text-blue-800 underline">
                  {d.title}
                </a>
              ),
            }}
            columns={[
              { head: "Date", cell: (d) => formatDate(d.date, "short") },
              { head: "Status", cell: (d) => messages.disputes.status[d.status] },
              { head: "Accounts", cell: (d) => (isOneSided(d) ? `${nameOf(d.accounts[0]!.actor)} only` : d.accounts.map((a) => nameOf(a.actor)).join(", ")) },
              { head: "Issues", cell: (d) => d.issues.map((id) => lookups.issues.get(id)?.title ?? id).join(", ") },
            ]}
          />
        </div>
      </section>
      <div className="space-y-6">
        {disputes.map((d) => (
          <DisputeCard key={d.id} dispute={d} lookups={lookups} />
        ))}
      </div>
      <p>
        <Link href="/methodology/#disputes" className="text-blue-800 underline">
          How disputes are recorded
        </Link>{" "}
        ·{" "}
        <a href="/data/disputes.json" download className="text-blue-800 underline">
          Download the disputes (JSON)
        </a>
      </p>
    </div>
  );
}
