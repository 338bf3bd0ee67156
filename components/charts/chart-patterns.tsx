import type { ActorView } from "@/lib/view/view-model";

/*
 * Fill patterns shared by every chart on a page, defined once so the SVGs need no ids of their own.
 * Each actor has a pattern as well as a colour, so its marks part in greyscale and on paper.
 */
export const patternId = (actor: string) => `pattern-actor-${actor}`;
export const ZOPA_PATTERN = "pattern-zopa";
export const GAP_PATTERN = "pattern-gap";

function PatternMarks({ pattern, color }: { pattern: ActorView["pattern"]; color: string }) {
  switch (pattern) {
    case "diagonal":
      return <path d="M-1,1 l2,-2 M0,8 l8,-8 M7,9 l2,-2" stroke={color} strokeWidth="2" />;
    case "dots":
      return <circle cx="4" cy="4" r="1.6" fill={color} />;
    case "crosshatch":
      return <path d="M0,0 L8,8 M8,0 L0,8" stroke={color} strokeWidth="1.2" />;
    case "horizontal":
      return <path d="M0,4 H8" stroke={color} strokeWidth="2" />;
    case "vertical":
      return <path d="M4,0 V8" stroke={color} strokeWidth="2" />;
    default:
      return null;
  }
}

export function ChartPatterns({ actors }: { actors: readonly ActorView[] }) {
  return (
    <svg width="0" height="0" aria-hidden="true" focusable="false" style={{ position: "absolute" }}>
      <defs>
        {actors.map((actor) => (
          <pattern key={actor.id} id={patternId(actor.id)} width="8" height="8" patternUnits="userSpaceOnUse">
            <rect width="8" height="8" fill={`var(${actor.color})`} fillOpacity="0.28" />
            <PatternMarks pattern={actor.pattern} color={`var(${actor.color})`} />
          </pattern>
        ))}
        <pattern id={ZOPA_PATTERN} width="10" height="10" patternUnits="userSpaceOnUse">
          <rect width="10" height="10" fill="var(--color-overlap)" fillOpacity="0.2" />
          <path d="M0,5 H10" stroke="var(--color-overlap)" strokeOpacity="0.5" strokeWidth="1" />
        </pattern>
        <pattern id={GAP_PATTERN} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="8" height="8" fill="var(--color-conflict)" fillOpacity="0.08" />
          <path d="M0,0 V8" stroke="var(--color-conflict)" strokeWidth="2.5" />
        </pattern>
      </defs>
    </svg>
  );
}
