import type { DocumentIssueRow, SideView } from "@/lib/view/documents";
import { formatOption } from "@/lib/view/format";
import { formatCloser, formatGap, formatPlacement } from "@/lib/view/sentences";
import type { ActorView } from "@/lib/view/view-model";
import { DataTable } from "../ui/data-table";
import { PlacementFigure, PlacementTrack } from "./placement-track";
import { SpectrumEnds } from "./spectrum-chart";

type Props = { rows: DocumentIssueRow[]; actorA: ActorView; actorB: ActorView; caption: string; summary: string };

/** One text on every issue it has a clause on: one row per issue, each on its own spectrum, with both sides on the text's date. */
export function DocumentChart({ rows, actorA, actorB, caption, summary }: Props) {
  return (
    <PlacementFigure testId="document-chart" caption={caption} summary={summary} actorA={actorA} actorB={actorB}>
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
                <SpectrumEnds spectrum={spectrum} />
              </div>
            </li>
          );
        })}
      </ul>
      <details className="rounded border border-gray-300 bg-gray-50 px-3 py-2 print:open">
        <summary className="cursor-pointer text-sm font-medium">The numbers behind this chart, as a table</summary>
        <div className="mt-2 overflow-x-auto">
          <DataTable
            caption={`${caption}: the data`}
            rows={rows}
            rowKey={(row) => row.issue.id}
            rowHeader={{ head: "Issue", cell: (row) => row.issue.title }}
            columns={[
              { head: "The text", cell: (row) => (row.placement ? formatPlacement(row.issue, row.placement) : "no position on this spectrum") },
              { head: `${actorA.name} then`, cell: (row) => <SideText row={row} side={row.a} /> },
              { head: `${actorB.name} then`, cell: (row) => <SideText row={row} side={row.b} /> },
              { head: "Closer to", cell: (row) => formatCloser(row, actorA.name, actorB.name) },
            ]}
          />
        </div>
      </details>
    </PlacementFigure>
  );
}

function SideText({ row, side }: { row: DocumentIssueRow; side: SideView }) {
  return (
    <>
      {side.ideal === undefined ? "not coded yet" : formatOption(row.issue, side.ideal)}
      {row.placement && side.kind !== "unknown" ? <span className="block text-gray-700">{formatGap(side)}</span> : null}
    </>
  );
}
