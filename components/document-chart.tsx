import { formatCloser, formatGap, formatPlacement, type DocumentIssueRow, type SideView } from "@/lib/documents";
import { formatOption } from "@/lib/format";
import type { ActorView } from "@/lib/view-model";
import { PlacementKey, PlacementTrack } from "./placement-track";

type Props = { rows: DocumentIssueRow[]; actorA: ActorView; actorB: ActorView; caption: string; summary: string };

/** One text on every issue it has a clause on: one row per issue, each on its own spectrum, with both sides on the text's date. */
export function DocumentChart({ rows, actorA, actorB, caption, summary }: Props) {
  return (
    <figure data-testid="document-chart" className="space-y-3" aria-label={caption}>
      <figcaption>
        <span className="block font-semibold">{caption}</span>
        <span className="block text-sm text-gray-700">{summary}</span>
      </figcaption>
      <PlacementKey actorA={actorA} actorB={actorB} />
      <ul className="divide-y divide-gray-200" aria-hidden="true">
        {rows.map((row) => {
          const { spectrum } = row.issue;
          return (
            <li key={row.issue.id} className="grid gap-2 py-2 md:grid-cols-[14rem_1fr] md:gap-4">
              <div className="text-sm">
                <span className="block font-medium">{row.issue.title}</span>
                <span className="block text-gray-700">{row.placement ? formatPlacement(row.issue, row.placement) : "no position on this spectrum"}</span>
              </div>
              <div>
                <PlacementTrack options={spectrum.length} placement={row.placement} a={row.a} b={row.b} actorA={actorA} actorB={actorB} />
                <div className="mt-0.5 flex justify-between gap-4 text-xs text-gray-700">
                  <span>← {spectrum[0]!.label}</span>
                  <span className="text-right">{spectrum[spectrum.length - 1]!.label} →</span>
                </div>
              </div>
            </li>
          );
        })}
      </ul>
      <details className="rounded border border-gray-300 bg-gray-50 px-3 py-2 print:open">
        <summary className="cursor-pointer text-sm font-medium">The numbers behind this chart, as a table</summary>
        <div className="mt-2 overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">{caption}: the data</caption>
            <thead>
              <tr className="border-b border-gray-400">
                <th scope="col" className="py-1 pr-3">Issue</th>
                <th scope="col" className="py-1 pr-3">The text</th>
                <th scope="col" className="py-1 pr-3">{actorA.name} then</th>
                <th scope="col" className="py-1 pr-3">{actorB.name} then</th>
                <th scope="col" className="py-1 pr-3">Closer to</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.issue.id} className="border-b border-gray-200 align-top">
                  <th scope="row" className="py-1 pr-3 font-medium">{row.issue.title}</th>
                  <td className="py-1 pr-3">{row.placement ? formatPlacement(row.issue, row.placement) : "no position on this spectrum"}</td>
                  <SideCell row={row} side={row.a} />
                  <SideCell row={row} side={row.b} />
                  <td className="py-1 pr-3">{formatCloser(row, actorA.name, actorB.name)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

function SideCell({ row, side }: { row: DocumentIssueRow; side: SideView }) {
  return (
    <td className="py-1 pr-3">
      {side.ideal === undefined ? "not coded yet" : formatOption(row.issue, side.ideal)}
      {row.placement && side.kind !== "unknown" ? <span className="block text-gray-700">{formatGap(side)}</span> : null}
    </td>
  );
}
