import Link from "next/link";
import { placementCentre, toLineage } from "@/lib/documents";
import type { CrosswalkView } from "@/lib/view/documents";
import { formatDate, formatOption } from "@/lib/view/format";
import { formatCloser, formatGap, formatPlacement } from "@/lib/view/sentences";
import type { ActorView } from "@/lib/view/view-model";
import { TextKnownBadge } from "../ui/document-badges";
import { PlacementFigure, PlacementTrack } from "./placement-track";

/*
 * The lineage of one clause: each text with a clause on the issue is a row, oldest first, with its
 * place on the spectrum and both sides' coded positions on the text's date; a line joins the texts'
 * asks. Plain SVG rows, so it is in the prerendered HTML, prints, and keeps its box when scripts load.
 */

type Props = { view: CrosswalkView; actorA: ActorView; actorB: ActorView; caption: string; summary: string };

export function LineageChart({ view, actorA, actorB, caption, summary }: Props) {
  const { issue, rows } = view;
  const n = issue.spectrum.length;
  const lineage = toLineage(rows.map((r) => (r.placement ? placementCentre(r.placement) : undefined)));
  return (
    <PlacementFigure testId="lineage-chart" caption={caption} summary={summary} actorA={actorA} actorB={actorB}>
      <div aria-hidden="true">
        <div className="grid grid-cols-[7.5rem_1fr] gap-x-3 sm:grid-cols-[15rem_1fr]">
          <div />
          <ol className="grid text-center text-xs text-gray-700" style={{ gridTemplateColumns: `repeat(${n}, minmax(0, 1fr))` }}>
            {issue.spectrum.map((option) => (
              <li key={option.value} className="px-0.5 leading-tight">
                <span className="font-mono">{option.value}</span>
                <span className="hidden sm:block">{option.label}</span>
              </li>
            ))}
          </ol>
        </div>
        <ul>
          {rows.map((row, i) => (
            <li key={row.document.id} className="grid grid-cols-[7.5rem_1fr] gap-x-3 sm:grid-cols-[15rem_1fr]">
              <div className={`py-1 pr-1 text-xs sm:text-sm ${i % 2 ? "" : "bg-gray-50"}`}>
                <span className="block text-gray-700">{formatDate(row.document.date, "short")}</span>
                <span className="block font-medium leading-tight">{row.document.shortTitle}</span>
                {row.provisions.some((p) => p.numbers) ? (
                  <span className="block text-gray-800">{row.provisions.map((p) => p.numbers).filter(Boolean).join("; ")}</span>
                ) : null}
                {row.placement ? null : <span className="block italic text-gray-700">no position on this spectrum</span>}
              </div>
              <PlacementTrack options={n} placement={row.placement} a={row.a} b={row.b} actorA={actorA} actorB={actorB} lineage={lineage[i]} />
            </li>
          ))}
        </ul>
      </div>
      <ol className="grid gap-x-4 text-xs text-gray-700 sm:hidden">
        {issue.spectrum.map((option) => (
          <li key={option.value}>
            <span className="font-mono">{option.value}</span> {option.label}
          </li>
        ))}
      </ol>
      <details open className="rounded border border-gray-300 bg-gray-50 px-3 py-2 print:open">
        <summary className="cursor-pointer text-sm font-medium">The texts in this chart, as a table</summary>
        <CrosswalkTable view={view} actorA={actorA} actorB={actorB} caption={caption} />
      </details>
    </PlacementFigure>
  );
}

/** The chart's twin: one line per text with its figures, its place, both sides then, the closer side and the sources. */
export function CrosswalkTable({ view, actorA, actorB, caption }: { view: CrosswalkView; actorA: ActorView; actorB: ActorView; caption: string }) {
  const { issue } = view;
  const side = (s: CrosswalkView["rows"][number]["a"]) =>
    s.ideal === undefined ? (
      <span className="text-gray-700">not coded yet</span>
    ) : (
      <>
        {formatOption(issue, s.ideal)} <span className="text-gray-600">({s.ideal})</span>
        {s.kind === "unknown" ? null : <span className="block text-gray-700">{formatGap(s)}</span>}
      </>
    );
  return (
    <div className="mt-2 overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}: the data</caption>
        <thead>
          <tr className="border-b border-gray-400 align-bottom">
            <th scope="col" className="py-1 pr-3">Date</th>
            <th scope="col" className="py-1 pr-3">Text</th>
            <th scope="col" className="py-1 pr-3">What it says, and the source</th>
            <th scope="col" className="py-1 pr-3">Place on the spectrum</th>
            <th scope="col" className="py-1 pr-3">{actorA.name} then</th>
            <th scope="col" className="py-1 pr-3">{actorB.name} then</th>
            <th scope="col" className="py-1 pr-3">Closer to</th>
          </tr>
        </thead>
        <tbody>
          {view.rows.map((row) => (
            <tr key={row.document.id} className="border-b border-gray-200 align-top">
              <td className="whitespace-nowrap py-1 pr-3">
                <time dateTime={row.document.date}>{formatDate(row.document.date, "short")}</time>
              </td>
              <th scope="row" className="py-1 pr-3 font-medium">
                <Link href={`/documents/${row.document.id}/`} className="text-blue-800 underline">
                  {row.document.shortTitle}
                </Link>
                {row.document.knownFrom === "leak" || row.document.knownFrom === "press" ? (
                  <span className="mt-1 block">
                    <TextKnownBadge knownFrom={row.document.knownFrom} />
                  </span>
                ) : null}
              </th>
              <td className="min-w-64 py-1 pr-3">
                {row.provisions.map((p) => (
                  <p key={p.id} className="mb-1.5">
                    {p.label ? <span className="font-semibold">{p.label}: </span> : null}
                    {p.summary}
                    {p.numbers ? <span className="block font-semibold">Figures: {p.numbers}</span> : null}
                    <span className="block text-gray-700">
                      <a href={p.source.url} rel="noopener noreferrer" className="text-blue-800 underline">
                        <span className="sr-only">Source of {p.label || "a clause"} of {row.document.shortTitle}: </span>
                        {p.source.publisher}
                      </a>
                      {p.knownFrom === "leak" || p.knownFrom === "press-report" ? <span className="text-amber-900"> ({p.knownFrom === "leak" ? "leak" : "press report"})</span> : null}
                    </span>
                  </p>
                ))}
              </td>
              <td className="py-1 pr-3">
                {row.placement ? (
                  <>
                    {formatPlacement(issue, row.placement)}{" "}
                    <span className="text-gray-600">({row.placement.ideal ?? row.placement.acceptable.join("–")})</span>
                  </>
                ) : (
                  <span className="text-gray-700">no position on this spectrum</span>
                )}
              </td>
              <td className="py-1 pr-3">{side(row.a)}</td>
              <td className="py-1 pr-3">{side(row.b)}</td>
              <td className="py-1 pr-3">{formatCloser(row, actorA.name, actorB.name)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
