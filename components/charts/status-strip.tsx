import { STATUS_PRECEDENCE, type StatusCode } from "@/lib/status";
import { formatDate } from "@/lib/view/format";
import { messages } from "@/lib/view/messages";
import { STATUS_GLYPHS, type StatusStripRow } from "@/lib/view/status";
import { DataTable } from "../ui/data-table";

/*
 * The month-by-month status strip: one row per issue, one cell per month, each the status at the
 * month's end. Plain HTML boxes like the gap strip (components/charts/gap-strip.tsx), so it is in the
 * prerendered page and its box is fixed before any script. Every cell carries its status's glyph,
 * and the two statuses a colour-blind reader could confuse, converging and diverging, also differ by
 * a hatch; the words are in the legend and the table.
 */

// class names rather than inline styles: a strip of every issue is hundreds of cells
const cellStyles: Record<StatusCode, string> = {
  settled: "bg-overlap text-white",
  converging: "bg-green-100 text-gray-950",
  diverging: "bg-red-200 text-gray-950 [background-image:repeating-linear-gradient(135deg,rgb(255_255_255/0.6)_0_2px,transparent_2px_6px)]",
  stalled: "bg-gray-300 text-gray-950",
  holding: "bg-gray-50 text-gray-950",
  unknown: "bg-gray-100 text-gray-700 [background-image:radial-gradient(var(--color-chart-faint)_1px,transparent_1.2px)] [background-size:6px_6px]",
};

export function StatusStrip({ rows, date }: { rows: readonly StatusStripRow[]; date: string }) {
  const months = rows[0]?.cells ?? [];
  const n = Math.max(1, months.length);
  const at = (i: number) => `${(i / n) * 100}%`;
  const chosen = months.findIndex((cell) => cell.month === date.slice(0, 7));
  const columns = { gridTemplateColumns: `repeat(${n}, minmax(0, 1fr))` };
  return (
    <div aria-hidden="true" className="text-xs">
      <div className="grid grid-cols-[7.5rem_1fr] gap-x-2 sm:grid-cols-[11rem_1fr]">
        <div />
        <div className="relative h-5">
          {months.map((cell, i) =>
            cell.month.endsWith("-01") ? (
              <span key={cell.month} className="absolute -translate-x-1/2 text-gray-700" style={{ left: at(i) }}>
                {cell.month.slice(0, 4)}
              </span>
            ) : null,
          )}
        </div>
        {rows.map((row) => (
          <div key={row.issue.id} className="contents">
            <div className="truncate py-0.5 pr-1 text-right leading-5 text-gray-900" title={row.issue.title}>
              {row.issue.title}
            </div>
            {/* the cells' shared look is set once, on the row, for the same reason */}
            <div
              className="my-0.5 grid h-5 overflow-hidden rounded-sm font-semibold leading-none *:flex *:items-center *:justify-center *:overflow-hidden *:border-r *:border-white"
              style={columns}
            >
              {row.cells.map((cell) => (
                <span key={cell.month} className={cellStyles[cell.note.code]} title={`${formatDate(cell.month)}: ${cell.note.word}`}>
                  {cell.note.glyph}
                </span>
              ))}
            </div>
          </div>
        ))}
        <div />
        <div className="relative h-4">
          {chosen >= 0 ? <span className="absolute top-0 h-4 w-0.5 -translate-x-1/2 bg-gray-950" style={{ left: at(chosen + 0.5) }} /> : null}
        </div>
      </div>
      <div className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-gray-800">
        <span>{messages.status.legend}:</span>
        {STATUS_PRECEDENCE.map((code) => (
          <span key={code} className="inline-flex items-center gap-1.5">
            <span className={`inline-flex h-4 w-5 items-center justify-center rounded-sm font-semibold leading-none ${cellStyles[code]}`}>{STATUS_GLYPHS[code]}</span>
            {messages.status.word[code]}
          </span>
        ))}
        <span className="inline-flex items-center gap-1.5">
          <span className="inline-block h-3 w-0.5 bg-gray-950" /> the chosen date’s month
        </span>
      </div>
    </div>
  );
}

/** The strip's table twin, one row per month: for one issue its status and why; for several, each issue's status in a column. */
export function StatusStripTable({ rows, caption }: { rows: readonly StatusStripRow[]; caption: string }) {
  const months = (rows[0]?.cells ?? []).map((cell, i) => ({ month: cell.month, date: cell.date, i }));
  const month = { head: messages.status.month, cell: (m: (typeof months)[number]) => <time dateTime={m.month}>{formatDate(m.month)}</time> };
  const word = (row: StatusStripRow, i: number) => {
    const note = row.cells[i]!.note;
    return (
      <>
        <span aria-hidden="true">{note.glyph} </span>
        {note.word}
      </>
    );
  };
  if (rows.length === 1) {
    const only = rows[0]!;
    return (
      <DataTable
        caption={caption}
        rows={months}
        rowKey={(m) => m.month}
        rowHeader={month}
        rowHeaderWeight="font-normal"
        columns={[
          { head: messages.status.status, cell: (m) => word(only, m.i) },
          { head: messages.status.why, cell: (m) => only.cells[m.i]!.note.reason },
        ]}
      />
    );
  }
  return (
    <DataTable
      caption={caption}
      rows={months}
      rowKey={(m) => m.month}
      rowHeader={month}
      rowHeaderWeight="font-normal"
      // words only: the strip of every issue is hundreds of cells, and the page carries each one
      columns={rows.map((row) => ({ head: row.issue.title, cell: (m: (typeof months)[number]) => row.cells[m.i]!.note.word }))}
      alignTop={false}
    />
  );
}
