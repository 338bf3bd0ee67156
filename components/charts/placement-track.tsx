import type { ReactNode } from "react";
import type { Placement } from "@/lib/schema";
import type { SideView } from "@/lib/view/documents";
import type { ActorView } from "@/lib/view/view-model";
import { patternId } from "./chart-patterns";
import { MarkShape } from "../ui/actor-mark";

/*
 * One row of a placement chart, drawn as plain SVG so it is in the prerendered HTML: the spectrum's
 * options as columns, side A's range on top, the text's range in the middle and side B's range at
 * the bottom, and optionally the segment of the lineage line that runs through the row.
 */

const WIDTH = 1000;
const HEIGHT = 64;
const rows = { a: { y: 4, h: 12, centre: 10 }, text: { y: 23, h: 18, centre: 32 }, b: { y: 48, h: 12, centre: 54 } };

type Props = {
  options: number;
  placement?: Placement;
  a: SideView;
  b: SideView;
  actorA: ActorView;
  actorB: ActorView;
  /** The lineage line inside this row: [option centre, 0–1 down the row] points. */
  lineage?: { points: [number, number][]; through: boolean };
};

export function PlacementTrack({ options, placement, a, b, actorA, actorB, lineage }: Props) {
  const cell = WIDTH / options;
  const bar = (range: [number, number]) => ({ x: range[0] * cell + 4, width: (range[1] - range[0] + 1) * cell - 8 });
  const sides = [
    { side: a, actor: actorA, row: rows.a },
    { side: b, actor: actorB, row: rows.b },
  ];
  // the bars keep a fixed 64px box centred in the row; the columns and the lineage line fill the
  // row's whole height, so the line of one row meets the next at the edge however tall the label is
  const top = (y: number) => `calc(50% - ${HEIGHT / 2}px + ${y}px)`;
  return (
    <div className="relative h-full min-h-16">
      <svg viewBox={`0 0 ${WIDTH} 100`} preserveAspectRatio="none" className="absolute inset-0 block h-full w-full" aria-hidden="true" focusable="false">
        {Array.from({ length: options }, (_, value) => (
          <rect key={value} x={value * cell + 1} y={0} width={cell - 2} height={100} fill={value % 2 ? "var(--color-chart-band)" : "var(--color-chart-band-alt)"} />
        ))}
      </svg>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        preserveAspectRatio="none"
        className="absolute inset-x-0 block h-16 w-full -translate-y-1/2"
        style={{ top: "50%" }}
        aria-hidden="true"
        focusable="false"
      >
        {sides.map(({ side, actor, row }) =>
          side.acceptable ? (
            <rect
              key={actor.id}
              {...bar(side.acceptable)}
              y={row.y}
              height={row.h}
              rx="3"
              fill={`url(#${patternId(actor.id)})`}
              stroke={`var(${actor.color})`}
              strokeWidth="1.5"
              vectorEffect="non-scaling-stroke"
            />
          ) : null,
        )}
        {placement ? (
          <rect
            {...bar(placement.acceptable)}
            y={rows.text.y}
            height={rows.text.h}
            rx="4"
            // a text that names no single option is drawn hollow and dashed: a span, not an ask
            fill={placement.ideal === null ? "var(--color-paper)" : "var(--color-actor-document)"}
            fillOpacity={placement.ideal === null ? 1 : 0.25}
            stroke="var(--color-actor-document)"
            strokeWidth="2.5"
            strokeDasharray={placement.ideal === null ? "6 4" : undefined}
            vectorEffect="non-scaling-stroke"
          />
        ) : null}
      </svg>
      {lineage && lineage.points.length > 1 ? (
        <svg viewBox={`0 0 ${WIDTH} 100`} preserveAspectRatio="none" className="absolute inset-0 block h-full w-full" aria-hidden="true" focusable="false">
          <polyline
            points={lineage.points.map(([x, y]) => `${x * cell},${y * 100}`).join(" ")}
            fill="none"
            stroke="var(--color-ink)"
            strokeWidth="2"
            strokeDasharray={lineage.through ? "4 4" : undefined}
            vectorEffect="non-scaling-stroke"
          />
        </svg>
      ) : null}
      {sides.map(({ side, actor, row }) =>
        side.ideal !== undefined ? (
          <svg
            key={actor.id}
            width="12"
            height="12"
            viewBox="0 0 12 12"
            className="absolute -translate-x-1/2 -translate-y-1/2"
            style={{ left: `${((side.ideal + 0.5) / options) * 100}%`, top: top(row.centre) }}
            aria-hidden="true"
            focusable="false"
          >
            <MarkShape actor={actor} x={6} y={6} size={9} />
          </svg>
        ) : null,
      )}
      {placement && placement.ideal !== null ? (
        <svg
          width="18"
          height="18"
          viewBox="0 0 18 18"
          className="absolute -translate-x-1/2 -translate-y-1/2"
          style={{ left: `${((placement.ideal + 0.5) / options) * 100}%`, top: top(rows.text.centre) }}
          aria-hidden="true"
          focusable="false"
        >
          <TextMark x={9} y={9} />
        </svg>
      ) : null}
    </div>
  );
}

/** The mark of a text's ask: a ring, unlike any actor's filled shape. */
export function TextMark({ x, y }: { x: number; y: number }) {
  return <circle cx={x} cy={y} r="6" fill="var(--color-paper)" stroke="var(--color-actor-document)" strokeWidth="3.5" />;
}

/** The key to a placement chart. */
function PlacementKey({ actorA, actorB }: { actorA: ActorView; actorB: ActorView }) {
  return (
    <div className="flex flex-wrap gap-x-5 gap-y-1 text-sm" aria-hidden="true">
      <span className="inline-flex items-center gap-1.5">
        <svg width="30" height="14" viewBox="0 0 30 14">
          <rect x="1" y="2" width="28" height="10" rx="3" fill="var(--color-actor-document)" fillOpacity="0.25" stroke="var(--color-actor-document)" strokeWidth="2" />
          <TextMark x={15} y={7} />
        </svg>
        The text: its range and its ask
      </span>
      <span className="inline-flex items-center gap-1.5">
        <svg width="30" height="14" viewBox="0 0 30 14">
          <rect x="1" y="2" width="28" height="10" rx="3" fill="var(--color-paper)" stroke="var(--color-actor-document)" strokeWidth="2" strokeDasharray="4 3" />
        </svg>
        A text naming no single option
      </span>
      {[actorA, actorB].map((actor) => (
        <span key={actor.id} className="inline-flex items-center gap-1.5">
          <svg width="30" height="14" viewBox="0 0 30 14">
            <rect x="1" y="3" width="28" height="8" rx="2" fill={`url(#${patternId(actor.id)})`} stroke={`var(${actor.color})`} strokeWidth="1.5" />
            <MarkShape actor={actor} x={15} y={7} size={8} />
          </svg>
          {actor.name} on the text&apos;s date
        </span>
      ))}
    </div>
  );
}

type FigureProps = { testId: string; caption: string; summary: string; actorA: ActorView; actorB: ActorView; children: ReactNode };

/** A placement chart's frame: its caption and one-sentence summary, the key, then the chart's rows and its table. */
export function PlacementFigure({ testId, caption, summary, actorA, actorB, children }: FigureProps) {
  return (
    <figure data-testid={testId} className="space-y-3" aria-label={caption}>
      <figcaption>
        <span className="block font-semibold">{caption}</span>
        <span className="block text-sm text-gray-700">{summary}</span>
      </figcaption>
      <PlacementKey actorA={actorA} actorB={actorB} />
      {children}
    </figure>
  );
}
