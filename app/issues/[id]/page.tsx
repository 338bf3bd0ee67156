import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActorKey } from "@/components/ui/actor-mark";
import { ChartPatterns } from "@/components/charts/chart-patterns";
import { Crosswalk } from "@/components/documents/crosswalk";
import { ImportedDataNotice } from "@/components/import/imported-data-notice";
import { ImportedIssueStatements } from "@/components/issue/imported-issue-statements";
import { IssueLedgerSection } from "@/components/ledger/ledger-sections";
import { IssueHandoutFromUrl, type IssueHandoutProps } from "@/components/present/issue-handout";
import { IssueFromUrl, type IssueViewProps } from "@/components/issue/issue-view";
import { StatementAnchor } from "@/components/controls/statement-anchor";
import { PermalinkNoscript } from "@/components/ui/noscript-note";
import { StatementCard } from "@/components/ui/statement-card";
import { DEFAULT_PAIR } from "@/lib/actors";
import { getActors, getDatasetInfo, getHistoryCounts, getIssue, getIssues, getPositions, getStatements } from "@/lib/server/data";
import { getCrosswalk, getDocumentActorViews, getDocumentPositions, getTimeContextWithDocuments } from "@/lib/server/documents-data";
import { getIssueLedger } from "@/lib/server/ledger-data";
import { evidenceOfView, toEvidenceView } from "@/lib/present";
import { ISSUE_STATEMENTS_LISTED } from "@/lib/view/statement";
import { toActorView, toIssueView } from "@/lib/view/view-model";

export const dynamicParams = false; // unknown ids 404 in dev, as they do in the export

export function generateStaticParams() {
  return getIssues().map(({ id }) => ({ id }));
}

export async function generateMetadata({ params }: PageProps<"/issues/[id]">): Promise<Metadata> {
  const { id } = await params;
  const issue = getIssue(id);
  return issue ? { title: issue.title, description: issue.question } : {};
}

export default async function IssuePage({ params }: PageProps<"/issues/[id]">) {
  const { id } = await params;
  const issue = getIssue(id) ?? notFound();
  const history = getHistoryCounts();
  const props: IssueViewProps = {
    // texts are comparable like actors: they sit in the compare controls with their stances as positions
    context: getTimeContextWithDocuments(),
    issue: toIssueView(issue),
    positions: [...getPositions(), ...getDocumentPositions()].filter((p) => p.issue === issue.id),
  };
  // only this issue's positions, so the page carries a handful of counts, not the whole log's
  const positionHistory = Object.fromEntries(getPositions().flatMap((p) => (p.issue === issue.id && history.positions[p.id] ? [[p.id, history.positions[p.id]!]] : [])));
  const statements = getStatements()
    .filter((s) => s.issues.includes(issue.id))
    .sort((x, y) => (x.date < y.date ? 1 : x.date > y.date ? -1 : 0));
  const actors = getActors().map(toActorView);
  const columns = DEFAULT_PAIR.map((actorId) => ({
    actor: actors.find((actor) => actor.id === actorId)!,
    statements: statements.filter((s) => s.actor === actorId),
  }));
  const others = statements.filter((s) => !DEFAULT_PAIR.some((actorId) => actorId === s.actor));
  const capped = [...columns.map((c) => c.statements), others].some((list) => list.length > ISSUE_STATEMENTS_LISTED);
  const explorer = (actor?: string) => `/statements/?issue=${issue.id}${actor ? `&actor=${actor}` : ""}`;
  const nameOf = new Map(actors.map((actor) => [actor.id, actor.name]));
  const cited = evidenceOfView(props.positions, [issue.id], props.context.defaultA, props.context.defaultB, props.context.latest);
  const handout: IssueHandoutProps = {
    ...props,
    evidence: getStatements().filter((s) => cited.has(s.id)).map(toEvidenceView),
    version: getDatasetInfo().version,
  };

  return (
    // printed, the page gives way to a one-sheet handout of the same view (components/present/issue-handout.tsx)
    <div className="space-y-8 print:[&>:not([data-handout])]:hidden">
      <IssueHandoutFromUrl {...handout} />
      <header className="space-y-2">
        <p className="text-sm font-semibold uppercase tracking-wide text-gray-600">Issue</p>
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{issue.title}</h1>
        <p className="text-xl text-gray-900">{issue.question}</p>
        <p className="max-w-3xl text-gray-700">{issue.description}</p>
        {/* prerendered at the defaults: without scripts a ?date= link would show them without a word */}
        <PermalinkNoscript context={props.context} />
      </header>
      <ChartPatterns actors={getDocumentActorViews()} />
      <IssueFromUrl {...props} history={positionHistory} />
      <section aria-labelledby="spectrum-options" className="space-y-2">
        <h2 id="spectrum-options" className="text-xl font-semibold">The spectrum: the options Parley codes</h2>
        <ol className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {issue.spectrum.map((option) => (
            <li key={option.value} className="rounded border border-gray-200 bg-white p-3 text-sm">
              <span className="font-mono text-gray-600">{option.value}</span> <span className="font-semibold">{option.label}</span>
              <span className="mt-1 block text-gray-700">{option.description}</span>
            </li>
          ))}
        </ol>
      </section>
      <Crosswalk view={getCrosswalk(issue.id)} actors={actors} note={<ImportedDataNotice scope="section-not-included" />} />
      <IssueLedgerSection view={getIssueLedger(issue.id)} a={columns[0]!.actor} b={columns[1]!.actor} title={issue.title} />
      <section aria-labelledby="statements-heading" className="render-when-near space-y-3">
        <h2 id="statements-heading" className="text-xl font-semibold">
          What each side said, newest first ({statements.length} statements)
        </h2>
        {capped ? (
          <p className="text-gray-700">
            The newest {ISSUE_STATEMENTS_LISTED} of each side are here; every statement has a page of its own, and the{" "}
            <Link prefetch={false} href={explorer()} className="text-blue-800 underline">
              statements explorer
            </Link>{" "}
            lists all {statements.length} on this issue, to search and filter.
          </p>
        ) : null}
        <div className="grid gap-6 md:grid-cols-2">
          {columns.map(({ actor, statements: list }) => (
            <section key={actor.id} aria-labelledby={`col-${actor.id}`} className="space-y-3">
              <h3 id={`col-${actor.id}`} className="text-lg font-semibold" style={{ borderBottom: `4px solid var(${actor.color})` }}>
                <ActorKey actor={actor} /> <span className="text-sm font-normal text-gray-700">({list.length})</span>
              </h3>
              {list.length === 0 ? <p className="text-gray-700">No statement on this issue in the data.</p> : null}
              {list.slice(0, ISSUE_STATEMENTS_LISTED).map((s) => (
                <StatementCard key={s.id} statement={s} history={history.statements[s.id]} />
              ))}
              {list.length > ISSUE_STATEMENTS_LISTED ? (
                <Link prefetch={false} href={explorer(actor.id)} className="inline-block py-0.5 text-blue-800 underline">
                  All {list.length} of {actor.name}’s statements on this issue
                </Link>
              ) : null}
            </section>
          ))}
        </div>
        {others.length > 0 ? (
          <section aria-labelledby="col-others" className="space-y-3 pt-4">
            <h3 id="col-others" className="text-lg font-semibold">Mediators and others ({others.length})</h3>
            <div className="grid gap-3 md:grid-cols-2">
              {others.slice(0, ISSUE_STATEMENTS_LISTED).map((s) => (
                <div key={s.id}>
                  <p className="mb-1 text-sm font-semibold text-gray-700">{nameOf.get(s.actor)}</p>
                  <StatementCard statement={s} history={history.statements[s.id]} />
                </div>
              ))}
            </div>
            {others.length > ISSUE_STATEMENTS_LISTED ? (
              <Link prefetch={false} href={explorer()} className="inline-block py-0.5 text-blue-800 underline">
                Every statement on this issue, mediators’ and others’ among them
              </Link>
            ) : null}
          </section>
        ) : null}
      </section>
      <StatementAnchor />
      <ImportedIssueStatements issue={issue.id} actors={actors} />
    </div>
  );
}
