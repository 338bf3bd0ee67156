import { formatDate, formatOption, formatRange } from "@/lib/view/format";
import { yearStarts, type IssueTimelineRow } from "@/lib/timeline";
import { toHistoryGeometry, xPercent, type HistoryBox, type HistoryStep } from "@/lib/view/history-geometry";
import type { ActorView, EventView, IssueView } from "@/lib/view/view-model";
import { GAP_PATTERN, ZOPA_PATTERN, patternId } from "./chart-patterns";

/*
 * One issue over time, drawn as plain SVG: each side's acceptable range as a patterned band, its
 * ideal as a step line (the second side's dashed), the zone of possible agreement and the gap.
 * Server-rendered with the page, so it is in the prerendered HTML, prints, and needs no chart
 * library: the Recharts version cost an issue page about 1 s of blocked main thread on a slowed
 * phone (Lighthouse mobile), most of it measuring and drawing after load. Coordinates are
 * percentages of an SVG without a viewBox, so it fills any width with its patterns and strokes
 * undistorted. The numbers are in the figure's table; the drawing itself is hidden from screen readers.
 */

type Props = { issue: IssueView; rows: IssueTimelineRow[]; a: ActorView; b: ActorView; events: readonly EventView[]; date: string; start: string; end: string };

const pct = (value: number) => `${value.toFixed(3)}%`;

function Boxes({ boxes, fill, stroke, title }: { boxes: HistoryBox[]; fill: string; stroke: string; title: (box: HistoryBox) => string }) {
  return boxes.map((box) => (
    <rect key={box.from} x={pct(box.x)} width={pct(box.width)} y={pct(box.y)} height={pct(box.height)} fill={fill} stroke={stroke} strokeWidth={stroke === "none" ? undefined : 1.5}>
      <title>{title(box)}</title>
    </rect>
  ));
}

function Steps({ steps, colour, dash, title }: { steps: HistoryStep[]; colour: string; dash?: string; title: (step: HistoryStep) => string }) {
  return steps.map((step) => (
    <g key={step.from} stroke={colour} strokeWidth={3} strokeDasharray={dash} strokeLinecap="butt">
      {step.stepFromY !== undefined ? <line x1={pct(step.x1)} x2={pct(step.x1)} y1={pct(step.stepFromY)} y2={pct(step.y)} /> : null}
      <line x1={pct(step.x1)} x2={pct(step.x2)} y1={pct(step.y)} y2={pct(step.y)}>
        <title>{title(step)}</title>
      </line>
    </g>
  ));
}

export function IssueHistoryPlot({ issue, rows, a, b, events, date, start, end }: Props) {
  const n = issue.spectrum.length;
  const shapes = toHistoryGeometry(rows, n, start, end);
  const span = (x: { from: string; to: string }) => `${formatDate(x.from, "short")} to ${formatDate(x.to, "short")}`;
  const years = yearStarts(start, end);
  // highest option on top, as on the y axis of any chart
  const options = [...issue.spectrum].reverse();
  return (
    <div aria-hidden="true" className="grid h-full grid-cols-[6.5rem_1fr] grid-rows-[1fr_auto] gap-x-2 text-xs sm:grid-cols-[11rem_1fr]">
      <ol className="grid text-right text-gray-800" style={{ gridTemplateRows: `repeat(${n}, minmax(0, 1fr))` }}>
        {options.map((option) => (
          <li key={option.value} className="flex items-center justify-end leading-tight" title={option.label}>
            {/* the number first, so a label cut short on a phone still names its option */}
            <span className="line-clamp-3 sm:line-clamp-2">
              <span className="font-mono text-gray-600">{option.value}</span> {option.label}
            </span>
          </li>
        ))}
      </ol>
      <svg className="h-full w-full overflow-visible border-b border-l border-gray-400" data-testid="issue-history-plot">
        {options.map((option, i) => (i % 2 === 0 ? <rect key={option.value} x="0" width="100%" y={pct((i / n) * 100)} height={pct(100 / n)} fill="var(--color-chart-row)" /> : null))}
        {years.map((y) => (
          <line key={y} x1={pct(xPercent(y, start, end))} x2={pct(xPercent(y, start, end))} y1="0" y2="100%" stroke="var(--color-chart-grid)" />
        ))}
        <Boxes boxes={shapes.gaps} fill={`url(#${GAP_PATTERN})`} stroke="none" title={(box) => `Gap between the two sides, ${span(box)}`} />
        <Boxes boxes={shapes.zopas} fill={`url(#${ZOPA_PATTERN})`} stroke="var(--color-overlap)" title={(box) => `Zone of possible agreement: ${formatRange(issue, box.range)}, ${span(box)}`} />
        <Boxes boxes={shapes.aBands} fill={`url(#${patternId(a.id)})`} stroke={`var(${a.color})`} title={(box) => `${a.name} could live with ${formatRange(issue, box.range)}, ${span(box)}`} />
        <Boxes boxes={shapes.bBands} fill={`url(#${patternId(b.id)})`} stroke={`var(${b.color})`} title={(box) => `${b.name} could live with ${formatRange(issue, box.range)}, ${span(box)}`} />
        <Steps steps={shapes.aIdeals} colour={`var(${a.color})`} title={(step) => `${a.name} asks for ${formatOption(issue, step.ideal)}, ${span(step)}`} />
        <Steps steps={shapes.bIdeals} colour={`var(${b.color})`} dash="8 4" title={(step) => `${b.name} asks for ${formatOption(issue, step.ideal)}, ${span(step)}`} />
        {events.map((e) => (
          <line key={e.id} x1={pct(xPercent(e.date, start, end))} x2={pct(xPercent(e.date, start, end))} y1="0" y2="100%" stroke="var(--color-chart-faint)" strokeDasharray="2 3">
            <title>{`${formatDate(e.date)}: ${e.title}`}</title>
          </line>
        ))}
        <line x1={pct(xPercent(date, start, end))} x2={pct(xPercent(date, start, end))} y1="0" y2="100%" stroke="var(--color-ink)" strokeWidth={2} />
      </svg>
      <div />
      <div className="relative h-5 text-gray-700">
        {years.map((y) => (
          <span key={y} className="absolute top-1 -translate-x-1/2" style={{ left: pct(xPercent(y, start, end)) }}>
            {y.slice(0, 4)}
          </span>
        ))}
      </div>
    </div>
  );
}
