import type { ReactNode } from "react";

/**
 * A chart's frame: caption and one-sentence summary, the drawing in a box of fixed height (reserved
 * before any chart code arrives, so nothing shifts), and the same numbers as a table.
 */
export function ChartFigure({ caption, summary, height, chart, table, legend, actions, testId }: {
  caption: string;
  summary: string;
  height: string;
  chart: ReactNode;
  table: ReactNode;
  legend?: ReactNode;
  /** Controls for the chart as a whole, such as its downloads. */
  actions?: ReactNode;
  testId?: string;
}) {
  return (
    <figure className="space-y-2" data-testid={testId} aria-label={caption}>
      <figcaption>
        <span className="block font-semibold">{caption}</span>
        <span className="block text-sm text-gray-700">{summary}</span>
      </figcaption>
      {actions}
      {legend ? (
        <div className="flex flex-wrap gap-x-5 gap-y-1 text-sm" aria-hidden="true">
          {legend}
        </div>
      ) : null}
      <div className={`relative w-full ${height}`}>{chart}</div>
      <details className="rounded border border-gray-300 bg-gray-50 px-3 py-2">
        <summary className="cursor-pointer text-sm font-medium">The numbers behind this chart, as a table</summary>
        {/* a long table scrolls in its own box, which the keyboard can reach and scroll */}
        <div role="region" aria-label={`${caption}: the numbers`} tabIndex={0} className="relative mt-2 max-h-96 overflow-auto">
          {table}
        </div>
      </details>
    </figure>
  );
}

/** What a lazily loaded chart shows in its reserved box until its code has arrived. */
export function ChartPlaceholder() {
  return <div className="h-full w-full animate-pulse rounded bg-gray-100" aria-hidden="true" />;
}
