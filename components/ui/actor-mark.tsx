import type { ActorView } from "@/lib/view/view-model";

/** An actor's mark shape centred on (x, y): the second cue, after colour, that tells the actors apart. */
export function MarkShape({ actor, x, y, size }: { actor: ActorView; x: number; y: number; size: number }) {
  const fill = `var(${actor.color})`;
  const common = { fill, stroke: "white", strokeWidth: Math.max(1.5, size / 6) };
  const r = size / 2;
  switch (actor.shape) {
    case "square":
      return <rect x={x - r} y={y - r} width={size} height={size} {...common} />;
    case "diamond":
      return <path d={`M${x},${y - r * 1.2} L${x + r * 1.2},${y} L${x},${y + r * 1.2} L${x - r * 1.2},${y} Z`} {...common} />;
    case "triangle":
      return <path d={`M${x},${y - r * 1.2} L${x + r * 1.2},${y + r} L${x - r * 1.2},${y + r} Z`} {...common} />;
    default:
      return <circle cx={x} cy={y} r={r} {...common} />;
  }
}

/** A small inline key for an actor: its shape and colour next to its name. */
export function ActorKey({ actor, className = "" }: { actor: ActorView; className?: string }) {
  return (
    <span className={`inline-flex items-center gap-1.5 ${className}`}>
      <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
        <MarkShape actor={actor} x={7} y={7} size={11} />
      </svg>
      <span>{actor.name}</span>
    </span>
  );
}
