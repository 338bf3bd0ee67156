import type { RelationKind } from "@/lib/analysis";
import { daysBetween } from "@/lib/dates";
import { formatDate } from "@/lib/view/format";
import { messages } from "@/lib/view/messages";
import { formatSegment } from "@/lib/view/sentences";
import { yearStarts, type Segment } from "@/lib/timeline";
import type { EventView, IssueView } from "@/lib/view/view-model";
import { DataTable } from "../ui/data-table";

/*
 * The issue × time strip of the overview: one row per issue, its relation over time. Plain HTML
 * boxes, so it is in the prerendered page and costs no chart code. Conflict is hatched and darker
 * the wider the gap; overlap is solid; unknown is dotted: the kinds read without colour too.
 */

const conflictShade = ["var(--color-conflict-1)", "var(--color-conflict-2)", "var(--color-conflict-3)", "var(--color-conflict-4)"];
function segmentStyle(kind: RelationKind, gap: number): React.CSSProperties {
  switch (kind) {
    case "conflict": {
      const shade = conflictShade[Math.min(gap, 4) - 1] ?? conflictShade[0];
      return { backgroundColor: shade, backgroundImage: "repeating-linear-gradient(135deg, color-mix(in srgb, var(--color-paper) 45%, transparent) 0 2px, transparent 2px 7px)" };
    }
    // both in the overlap token: a half tint for an overlap, the token itself for agreement, so the stronger relation reads darker
    case "overlap":
      return { backgroundColor: "color-mix(in srgb, var(--color-overlap) 50%, var(--color-paper))" };
    case "agreement":
      return { backgroundColor: "var(--color-overlap)" };
    default:
      return { backgroundColor: "var(--color-unknown)", backgroundImage: "radial-gradient(var(--color-chart-faint) 1px, transparent 1.2px)", backgroundSize: "6px 6px" };
  }
}
const textColour = (kind: RelationKind, gap: number) => (kind === "agreement" || (kind === "conflict" && gap >= 3) ? "text-white" : "text-gray-950");

type Props = { issues: IssueView[]; segments: Segment[][]; start: string; end: string; date: string; events: readonly EventView[] };

export function GapStrip({ issues, segments, start, end, date, events }: Props) {
  const total = Math.max(1, daysBetween(start, end));
  const at = (iso: string) => `${(daysBetween(start, iso) / total) * 100}%`;
  const years = yearStarts(start, end);
  return (
    <div aria-hidden="true" className="text-xs">
      <div className="grid grid-cols-[7.5rem_1fr] gap-x-2 sm:grid-cols-[11rem_1fr]">
        <div />
        <div className="relative h-5">
          {years.map((y) => (
            <span key={y} className="absolute -translate-x-1/2 text-gray-700" style={{ left: at(y) }}>
              {y.slice(0, 4)}
            </span>
          ))}
        </div>
        {issues.map((issue, i) => (
          <div key={issue.id} className="contents">
            <div className="truncate py-0.5 pr-1 text-right leading-5 text-gray-900" title={issue.title}>
              {issue.title}
            </div>
            <div className="relative my-0.5 flex h-5 overflow-hidden rounded-sm">
              {segments[i]!.map((s) => (
                <div
                  key={s.from}
                  className={`flex h-full items-center justify-center overflow-hidden border-r border-white font-semibold ${textColour(s.kind, s.gap)}`}
                  style={{ width: `${(daysBetween(s.from, s.to) / total) * 100}%`, ...segmentStyle(s.kind, s.gap) }}
                  title={`${issue.title}: ${formatSegment(s)}, ${formatDate(s.from)} to ${formatDate(s.to)}`}
                >
                  {s.kind === "conflict" && daysBetween(s.from, s.to) / total > 0.03 ? s.gap : s.kind === "overlap" && daysBetween(s.from, s.to) / total > 0.03 ? "∩" : ""}
                </div>
              ))}
            </div>
          </div>
        ))}
        <div />
        <div className="relative h-4">
          {events.map((e) => (
            <span key={e.id} className="absolute top-0 h-2 w-px bg-gray-500" style={{ left: at(e.date) }} title={`${formatDate(e.date)}: ${e.title}`} />
          ))}
          <span className="absolute -top-[calc(100%*0)] h-4 w-0.5 -translate-x-1/2 bg-gray-950" style={{ left: at(date) }} />
        </div>
      </div>
      <div className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-gray-800">
        {[
          { label: "Conflict (number: gap in steps; darker is wider)", style: segmentStyle("conflict", 2) },
          { label: messages.relation.overlap, style: segmentStyle("overlap", 0) },
          { label: messages.relation.agreement, style: segmentStyle("agreement", 0) },
          { label: messages.relation.unknown, style: segmentStyle("unknown", 0) },
        ].map(({ label, style }) => (
          <span key={label} className="inline-flex items-center gap-1.5">
            <span className="inline-block h-3 w-5 rounded-sm" style={style} />
            {label}
          </span>
        ))}
        <span className="inline-flex items-center gap-1.5">
          <span className="inline-block h-3 w-0.5 bg-gray-950" /> the chosen date
        </span>
      </div>
    </div>
  );
}

export function GapStripTable({ issues, segments }: { issues: IssueView[]; segments: Segment[][] }) {
  return (
    <DataTable
      caption="Relation of each issue over time"
      rows={issues.map((issue, i) => ({ issue, segments: segments[i]! }))}
      rowKey={(row) => row.issue.id}
      rowHeader={{ head: "Issue", cell: (row) => row.issue.title }}
      columns={[
        {
          head: "Periods",
          cell: (row) => (
            <ul>
              {row.segments.map((s) => (
                <li key={s.from}>
                  {formatDate(s.from, "short")} – {formatDate(s.to, "short")}: {formatSegment(s)}
                </li>
              ))}
            </ul>
          ),
        },
      ]}
    />
  );
}
