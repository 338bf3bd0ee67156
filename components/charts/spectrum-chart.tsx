import type { Relation } from "@/lib/analysis";
import { formatOption, formatRange } from "@/lib/view/format";
import { messages } from "@/lib/view/messages";
import { describeRow, formatRelationDetail } from "@/lib/view/sentences";
import { toGapSpan, type SpectrumRow } from "@/lib/view/spectrum";
import type { ActorView, IssueView } from "@/lib/view/view-model";
import { GAP_PATTERN, ZOPA_PATTERN, patternId } from "./chart-patterns";
import { ActorKey, MarkShape } from "../ui/actor-mark";
import { ChartExport, type ChartExportInfo } from "../controls/chart-export";
import { DataTable } from "../ui/data-table";
import { RelationBadge } from "../ui/relation-badge";
import { FragileMark } from "../ui/fragile-mark";
import { StatusMark } from "../ui/status-mark";

/*
 * The spectrum chart of DESIGN.md §3, drawn as plain SVG rather than Recharts: it renders in the
 * prerendered HTML (Recharts 3 draws nothing on the server), costs no chart library on first load,
 * prints, and its box is fixed by a viewBox, so nothing shifts when scripts arrive.
 */

const WIDTH = 1000;
const HEIGHT = 64;

/** One issue's spectrum with both sides on it: ranges as patterned bars, ideals as marks, ZOPA or gap between. */
export function SpectrumTrack({ row, a, b, large = false, className }: { row: SpectrumRow; a: ActorView; b: ActorView; large?: boolean; className?: string }) {
  const n = row.issue.spectrum.length;
  const cell = WIDTH / n;
  const x = (value: number) => value * cell;
  const { relation } = row;
  const sides = [
    { actor: a, position: relation.a, y: 10 },
    { actor: b, position: relation.b, y: 38 },
  ];
  const barHeight = 16;
  const span = toGapSpan(relation);
  const gap = span ? { from: x(span.from), to: x(span.to) } : undefined;
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      preserveAspectRatio="none"
      className={`block w-full ${className ?? (large ? "h-28" : "h-12 sm:h-14")}`}
      aria-hidden="true"
      focusable="false"
    >
      {row.issue.spectrum.map((option) => (
        <rect key={option.value} x={x(option.value) + 1} y={2} width={cell - 2} height={HEIGHT - 4} fill={option.value % 2 ? "var(--spectrum-band-odd, var(--color-chart-band))" : "var(--spectrum-band-even, var(--color-chart-band-alt))"} />
      ))}
      {relation.zopa ? (
        <rect x={x(relation.zopa[0])} y={0} width={x(relation.zopa[1] + 1) - x(relation.zopa[0])} height={HEIGHT} fill={`url(#${ZOPA_PATTERN})`} stroke="var(--color-overlap)" strokeWidth="3" vectorEffect="non-scaling-stroke" />
      ) : null}
      {gap ? <rect x={gap.from} y={6} width={gap.to - gap.from} height={HEIGHT - 12} fill={`url(#${GAP_PATTERN})`} /> : null}
      {sides.map(({ actor, position, y }) =>
        position ? (
          <g key={actor.id}>
            <rect
              x={x(position.acceptable[0]) + 4}
              y={y}
              width={x(position.acceptable[1] + 1) - x(position.acceptable[0]) - 8}
              height={barHeight}
              rx="3"
              fill={`url(#${patternId(actor.id)})`}
              stroke={`var(${actor.color})`}
              strokeWidth="2"
              vectorEffect="non-scaling-stroke"
            />
          </g>
        ) : null,
      )}
    </svg>
  );
}

/** The ideal marks sit in HTML over the track, so their shapes keep their proportions at any width. */
function IdealMarks({ row, a, b, large }: { row: SpectrumRow; a: ActorView; b: ActorView; large: boolean }) {
  const n = row.issue.spectrum.length;
  const size = large ? 30 : 16;
  const marks = [
    { actor: a, position: row.relation.a, top: "28%" },
    { actor: b, position: row.relation.b, top: "72%" },
  ];
  return (
    <>
      {marks.map(({ actor, position, top }) =>
        position ? (
          <svg
            key={actor.id}
            width={size}
            height={size}
            viewBox={`0 0 ${size} ${size}`}
            className="absolute -translate-x-1/2 -translate-y-1/2"
            style={{ left: `${((position.ideal + 0.5) / n) * 100}%`, top }}
            aria-hidden="true"
            focusable="false"
          >
            <MarkShape actor={actor} x={size / 2} y={size / 2} size={size * 0.72} />
          </svg>
        ) : null,
      )}
    </>
  );
}

export function GapLabel({ row, large }: { row: SpectrumRow; large: boolean }) {
  const { relation } = row;
  const span = toGapSpan(relation);
  if (!span) return null;
  const n = row.issue.spectrum.length;
  const centre = ((span.from + span.to) / 2 / n) * 100;
  return (
    <span
      className={`absolute top-1/2 -translate-x-1/2 -translate-y-1/2 rounded bg-white px-1 font-semibold text-red-900 ring-1 ring-red-800 ${large ? "text-2xl" : "text-xs"}`}
      style={{ left: `${centre}%` }}
      aria-hidden="true"
    >
      gap {relation.gap}
    </span>
  );
}

/**
 * A track with its marks and labels, the pole labels under it: the visual part of a chart row.
 * `fill` lets the track take whatever height its parent leaves (a slide gives it the rest of the screen).
 */
export function SpectrumVisual({ row, a, b, large = false, showAllOptions = false, fill = false }: { row: SpectrumRow; a: ActorView; b: ActorView; large?: boolean; showAllOptions?: boolean; fill?: boolean }) {
  const { spectrum } = row.issue;
  return (
    <div className={fill ? "flex h-full flex-col" : undefined}>
      <div className={fill ? "relative min-h-0 flex-1" : "relative"}>
        <SpectrumTrack row={row} a={a} b={b} large={large} className={fill ? "h-full" : undefined} />
        <IdealMarks row={row} a={a} b={b} large={large} />
        <GapLabel row={row} large={large} />
      </div>
      {showAllOptions ? (
        <ol className={`mt-1 grid gap-1 ${large ? "text-2xl" : "text-xs"} text-gray-700`} style={{ gridTemplateColumns: `repeat(${spectrum.length}, minmax(0, 1fr))` }}>
          {spectrum.map((option) => (
            <li key={option.value} className="text-center leading-tight">
              <span className="sr-only">Option {option.value}: </span>
              {option.label}
            </li>
          ))}
        </ol>
      ) : (
        <SpectrumEnds spectrum={spectrum} large={large} />
      )}
    </div>
  );
}

/** The pole labels under a track: the spectrum's first option at the left, its last at the right. */
export function SpectrumEnds({ spectrum, large = false }: { spectrum: IssueView["spectrum"]; large?: boolean }) {
  return (
    <div className={`mt-0.5 flex justify-between gap-4 ${large ? "text-xl present:text-[1.4rem]" : "text-xs"} text-gray-700`}>
      <span>← {spectrum[0]!.label}</span>
      <span className="text-right">{spectrum[spectrum.length - 1]!.label} →</span>
    </div>
  );
}

/** The key of the spectrum chart: both actors, the ZOPA and the gap, and how to read a row. */
export function SpectrumLegend({ a, b, className }: { a: ActorView; b: ActorView; className: string }) {
  return (
    <div className={`flex flex-wrap ${className}`} aria-hidden="true">
      <ActorKey actor={a} />
      <ActorKey actor={b} />
      <span className="inline-flex items-center gap-1.5">
        <svg width="18" height="12" aria-hidden="true"><rect width="18" height="12" fill={`url(#${ZOPA_PATTERN})`} stroke="var(--color-overlap)" strokeWidth="2" /></svg>
        Zone of possible agreement
      </span>
      <span className="inline-flex items-center gap-1.5">
        <svg width="18" height="12" aria-hidden="true"><rect width="18" height="12" fill={`url(#${GAP_PATTERN})`} /></svg>
        Gap
      </span>
      <span className="text-gray-700">Bar: what each side could live with · mark: what it asks for</span>
    </div>
  );
}

type ChartProps = {
  rows: SpectrumRow[];
  a: ActorView;
  b: ActorView;
  caption: string;
  summary: string;
  /** Links each row's title to its issue page. */
  linkIssues?: boolean;
  large?: boolean;
  showAllOptions?: boolean;
  /** Offers the chart as SVG and PNG files, with this view's date, version and permalink in their footer. */
  exportAs?: ChartExportInfo;
};

/** The spectrum chart: one row per issue, with a caption, a one-sentence summary and a table of the same numbers. */
export function SpectrumChart({ rows, a, b, caption, summary, linkIssues = false, large = false, showAllOptions = false, exportAs }: ChartProps) {
  return (
    <figure data-testid="spectrum-chart" className="space-y-3" aria-label={caption}>
      <figcaption>
        <span className={`block font-semibold ${large ? "text-3xl" : "text-base"}`}>{caption}</span>
        <span className={`block text-gray-700 ${large ? "text-2xl" : "text-sm"}`}>{summary}</span>
      </figcaption>
      {exportAs ? <ChartExport data={{ chart: "spectrum", rows }} a={a} b={b} caption={caption} summary={summary} info={exportAs} /> : null}
      <SpectrumLegend a={a} b={b} className={`gap-x-5 gap-y-1 ${large ? "text-2xl" : "text-sm"}`} />
      <ul className="divide-y divide-gray-200">
        {rows.map((row) => (
          <li key={row.issue.id} className="grid gap-2 py-2 md:grid-cols-[14rem_1fr] md:gap-4">
            <div className="flex flex-wrap items-center gap-2 md:flex-col md:items-start md:gap-1">
              {linkIssues ? (
                <a href={`/issues/${row.issue.id}/`} className="font-medium text-gray-900 underline decoration-gray-400 hover:decoration-gray-900">
                  {row.issue.title}
                </a>
              ) : (
                <span className="font-medium">{row.issue.title}</span>
              )}
              <RelationBadge kind={row.relation.kind} detail={formatRelationDetail(row)} />
              {row.status ? <StatusMark note={row.status} /> : null}
              {row.relation.kind === "unknown" ? (
                <a href="/methodology/#coverage" className="text-xs text-blue-800 underline present:text-2xl">
                  {messages.evidence.coverage}
                </a>
              ) : null}
            </div>
            <div>
              <SpectrumVisual row={row} a={a} b={b} large={large} showAllOptions={showAllOptions} />
              <p className="sr-only">{describeRow(row, a, b)}</p>
              {row.fragile ? <FragileMark note={row.fragile} compact={large} /> : null}
            </div>
          </li>
        ))}
      </ul>
      <details className="rounded border border-gray-300 bg-gray-50 px-3 py-2 print:open" open={large ? true : undefined}>
        <summary className="cursor-pointer text-sm font-medium">The numbers behind this chart, as a table</summary>
        <SpectrumTable rows={rows} a={a} b={b} caption={caption} />
      </details>
    </figure>
  );
}

export function SpectrumTable({ rows, a, b, caption }: { rows: SpectrumRow[]; a: ActorView; b: ActorView; caption: string }) {
  const cell = (row: SpectrumRow, p: Relation["a"]) =>
    p ? (
      <>
        {formatOption(row.issue, p.ideal)} <span className="text-gray-600">({p.ideal})</span>
        {p.acceptable[0] !== p.acceptable[1] ? <span className="block text-gray-700">could live with {formatRange(row.issue, p.acceptable)} ({p.acceptable.join("–")})</span> : null}
      </>
    ) : (
      <span className="text-gray-600">not coded</span>
    );
  return (
    <div className="mt-2 overflow-x-auto">
      <DataTable
        caption={`${caption}: the data`}
        rows={rows}
        rowKey={(row) => row.issue.id}
        rowHeader={{ head: "Issue", cell: (row) => row.issue.title }}
        columns={[
          { head: `${a.name} asks for`, cell: (row) => cell(row, row.relation.a) },
          { head: `${b.name} asks for`, cell: (row) => cell(row, row.relation.b) },
          {
            head: "Relation",
            cell: (row) => (
              <>
                {messages.relation[row.relation.kind]}
                {formatRelationDetail(row) ? `: ${formatRelationDetail(row)}` : ""}
                {row.fragile ? <span className="block font-semibold">{row.fragile.sentence}</span> : null}
                {row.status ? (
                  <span className="block">
                    {messages.status.status}: {row.status.word}. {row.status.reason}.
                  </span>
                ) : null}
                {row.relation.distance !== undefined ? <span className="block text-gray-700">ideals {Math.round(row.relation.distance * 100)}% of the spectrum apart</span> : null}
              </>
            ),
          },
        ]}
      />
    </div>
  );
}
