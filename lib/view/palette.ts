/*
 * The colour tokens of app/globals.css (@theme) as values, for drawings that cannot read CSS: the
 * SVG and PNG files of lib/view/chart-svg.ts. Components draw with the tokens themselves
 * (var(--color-…)), so the dark projector theme can remap them; tests/unit/palette.test.ts keeps
 * this object equal to the stylesheet's light theme, so a file never drifts from the page.
 */
export const PALETTE = {
  "actor-russia": "#9a3412",
  "actor-ukraine": "#0a6cb3",
  "actor-united-states": "#6b3fa0",
  "actor-europe": "#047857",
  "actor-european-union": "#1e3a8a",
  "actor-china": "#7c2d12",
  "actor-hungary": "#57534e",
  "actor-burgenstock": "#44403c",
  "actor-document": "#334155",
  overlap: "#15803d",
  conflict: "#b91c1c",
  ink: "#111827",
  muted: "#4b5563",
  paper: "#ffffff",
  line: "#d1d5db",
  "conflict-1": "#fecaca",
  "conflict-2": "#f87171",
  "conflict-3": "#dc2626",
  "conflict-4": "#991b1b",
  unknown: "#f3f4f6",
  "chart-band": "#f3f4f6",
  "chart-band-alt": "#fafafa",
  "chart-row": "#f9fafb",
  "chart-grid": "#e5e7eb",
  "chart-faint": "#9ca3af",
  "chart-tick": "#374151",
} as const;

const byProperty = new Map<string, string>(Object.entries(PALETTE).map(([token, value]) => [`--color-${token}`, value]));

/** The value of the colour token an actor's `color` names ("--color-actor-russia"); undefined for a name that is no token. */
export const colorOfProperty = (property: string): string | undefined => byProperty.get(property);
