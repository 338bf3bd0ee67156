"use client";

import Link from "next/link";
import { useId, useMemo } from "react";
import { daysBetween } from "@/lib/dates";
import type { DocumentView } from "@/lib/view/documents";
import { formatDate } from "@/lib/view/format";
import { messages } from "@/lib/view/messages";
import { describeDocumentTimeline } from "@/lib/view/sentences";
import type { DocumentKind } from "@/lib/schema";
import type { Notice } from "@/lib/url/notices";
import { documentFilterCodec, type DocumentFilter } from "@/lib/url/documents";
import type { ActorView } from "@/lib/view/view-model";
import { TextKnownBadge } from "../ui/document-badges";
import { HydratedFieldset } from "../controls/hydrated-fieldset";
import { Notices } from "../ui/notices";
import { useUrlState } from "../hooks/use-url-state";

export type DocumentListItem = DocumentView & { provisions: number; issues: { id: string; title: string }[] };
export type DocumentListProps = { documents: DocumentListItem[]; actors: ActorView[] };

const ALL = "";
const kinds = Object.keys(messages.documents.kind) as DocumentKind[];

function toLanes(offsets: readonly number[], minGap: number): number[] {
  const ends: number[] = [];
  return offsets.map((x) => {
    let lane = ends.findIndex((end) => x - end >= minGap);
    if (lane === -1) lane = ends.push(x) - 1;
    else ends[lane] = x;
    return lane;
  });
}

export function DocumentListBody({ documents, actors, filter, notices, onChange }: DocumentListProps & { filter: DocumentFilter; notices: readonly Notice[]; onChange: (next: DocumentFilter) => void }) {
  const id = useId();
  const sponsors = actors.filter((a) => documents.some((d) => d.sponsors.includes(a.id)));
  const shown = documents.filter((d) => (filter.sponsor === ALL || d.sponsors.includes(filter.sponsor)) && (filter.kind === ALL || d.kind === filter.kind));
  const first = documents[0]!.date;
  const last = documents[documents.length - 1]!.date;
  const span = Math.max(1, daysBetween(first, last));
  // 2% padding each side keeps the first and last marks inside the box
  const offsets = documents.map((d) => 2 + (daysBetween(first, d.date) / span) * 96);
  const lanes = toLanes(offsets, 6.5);
  const laneCount = Math.max(...lanes) + 1;
  const years = Array.from({ length: Number(last.slice(0, 4)) - Number(first.slice(0, 4)) }, (_, i) => `${Number(first.slice(0, 4)) + i + 1}-01-01`);
  const actorOf = (d: DocumentView) => actors.find((a) => a.id === d.sponsors[0]);
  const sponsorName = (actorId: string) => actors.find((a) => a.id === actorId)?.name ?? actorId;
  const isShown = new Set(shown.map((d) => d.id));
  const summary = describeDocumentTimeline(documents, shown.length, filter, sponsorName);

  return (
    <div className="space-y-4">
      <Notices notices={notices} />
      <form className="no-print text-sm" onSubmit={(event) => event.preventDefault()} aria-label="Filter the texts">
        <HydratedFieldset className="flex flex-wrap items-end gap-4">
          <label className="flex flex-col gap-1">
            <span className="font-semibold">Sponsor</span>
            <select className="rounded border border-gray-400 px-2 py-1" value={filter.sponsor} onChange={(event) => onChange({ ...filter, sponsor: event.currentTarget.value })}>
              <option value={ALL}>All sponsors</option>
              {sponsors.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col gap-1">
            <span className="font-semibold">Kind of text</span>
            <select className="rounded border border-gray-400 px-2 py-1" value={filter.kind} onChange={(event) => onChange({ ...filter, kind: event.currentTarget.value })}>
              <option value={ALL}>All kinds</option>
              {kinds
                .filter((kind) => documents.some((d) => d.kind === kind))
                .map((kind) => (
                  <option key={kind} value={kind}>
                    {messages.documents.kind[kind]}
                  </option>
                ))}
            </select>
          </label>
          {filter.sponsor !== ALL || filter.kind !== ALL ? (
            <button type="button" className="rounded border border-gray-400 px-2 py-1 hover:bg-gray-100" onClick={() => onChange({ sponsor: ALL, kind: ALL })}>
              Show all texts
            </button>
          ) : null}
        </HydratedFieldset>
      </form>
      <figure data-testid="documents-timeline" className="space-y-2 rounded-xl border border-gray-200 bg-white p-4 shadow-sm" aria-labelledby={`${id}-caption`}>
        <figcaption id={`${id}-caption`}>
          <span className="block font-semibold">The texts on a timeline, December 2021 to June 2026</span>
          <span role="status" className="block text-sm font-medium">
            {summary}
          </span>
          <span className="block text-sm text-gray-700">Each numbered mark is a text, coloured by its first sponsor; the numbers match the table below.</span>
        </figcaption>
        <div aria-hidden="true" className="relative" style={{ height: `${laneCount * 1.75 + 1.5}rem` }}>
          {years.map((year) => (
            <div key={year} className="absolute bottom-0 top-0 border-l border-dashed border-gray-300" style={{ left: `${2 + (daysBetween(first, year) / span) * 96}%` }}>
              <span className="absolute bottom-0 left-1 text-xs text-gray-700">{year.slice(0, 4)}</span>
            </div>
          ))}
          {documents.map((d, i) => {
            const actor = actorOf(d);
            return (
              <span
                key={d.id}
                title={`${formatDate(d.date)}: ${d.shortTitle}`}
                className={`absolute flex h-6 w-6 -translate-x-1/2 items-center justify-center rounded-full text-xs font-bold text-white ring-2 ring-white ${isShown.has(d.id) ? "" : "opacity-20"}`}
                style={{ left: `${offsets[i]}%`, top: `${lanes[i]! * 1.75}rem`, background: actor ? `var(${actor.color})` : "var(--color-actor-document)" }}
              >
                {i + 1}
              </span>
            );
          })}
        </div>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">The texts, oldest first{shown.length === documents.length ? "" : `, filtered: ${shown.length} of ${documents.length}`}</caption>
            <thead>
              <tr className="border-b border-gray-400 align-bottom">
                <th scope="col" className="py-1 pr-3">#</th>
                <th scope="col" className="py-1 pr-3">Date</th>
                <th scope="col" className="py-1 pr-3">Text</th>
                <th scope="col" className="py-1 pr-3">Sponsors</th>
                <th scope="col" className="py-1 pr-3">Kind</th>
                <th scope="col" className="py-1 pr-3">How the text is known</th>
                <th scope="col" className="py-1 pr-3">Clauses</th>
              </tr>
            </thead>
            <tbody>
              {documents.map((d, i) =>
                isShown.has(d.id) ? (
                  <tr key={d.id} className="border-b border-gray-200 align-top">
                    <td className="py-1.5 pr-3 font-mono">{i + 1}</td>
                    <td className="whitespace-nowrap py-1.5 pr-3">
                      <time dateTime={d.date}>{formatDate(d.date, "short")}</time>
                    </td>
                    <th scope="row" className="py-1.5 pr-3 font-medium">
                      <Link href={`/documents/${d.id}/`} className="text-blue-800 underline">
                        {d.shortTitle}
                      </Link>
                      <span className="block text-xs font-normal text-gray-700">{d.title}</span>
                    </th>
                    <td className="py-1.5 pr-3">{d.sponsors.map(sponsorName).join(", ")}</td>
                    <td className="py-1.5 pr-3">{messages.documents.kind[d.kind]}</td>
                    <td className="py-1.5 pr-3">
                      <TextKnownBadge knownFrom={d.knownFrom} />
                    </td>
                    <td className="py-1.5 pr-3">
                      {d.provisions} on {d.issues.length} {d.issues.length === 1 ? "issue" : "issues"}
                      <span className="block text-xs text-gray-700">{d.issues.map((issue) => issue.title).join(", ")}</span>
                    </td>
                  </tr>
                ) : null,
              )}
            </tbody>
          </table>
        </div>
      </figure>
    </div>
  );
}

/** The list filtered by the URL; prerendered with every text. */
export function DocumentListFromUrl(props: DocumentListProps) {
  const context = useMemo(
    () => ({ sponsors: props.actors.filter((a) => props.documents.some((d) => d.sponsors.includes(a.id))).map((a) => a.id), kinds }),
    [props.actors, props.documents],
  );
  const { state, notices, setState } = useUrlState(documentFilterCodec, context);
  return <DocumentListBody {...props} filter={state} notices={notices} onChange={setState} />;
}
