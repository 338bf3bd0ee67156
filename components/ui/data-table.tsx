import type { Key, ReactNode } from "react";

/*
 * The table twin of a chart: the chart's numbers as a plain table, one row per thing drawn, its
 * name as the row's header. One component so that every twin reads alike to a screen reader and
 * looks alike on the page. Server-safe (no hooks), so server and client components can both use it.
 */

/** One column: its head, and what a row shows in it. */
export type DataColumn<Row> = { head: ReactNode; cell: (row: Row) => ReactNode };

type Props<Row> = {
  /** Read by screen readers only: the chart's own caption is what sighted readers see. */
  caption: ReactNode;
  rows: readonly Row[];
  rowKey: (row: Row) => Key;
  /** The first column, whose cells head their rows. */
  rowHeader: DataColumn<Row>;
  /** Names stand out in medium weight; dates as row headers stay normal. */
  rowHeaderWeight?: "font-medium" | "font-normal";
  columns: readonly DataColumn<Row>[];
  /** Rows whose cells all hold one line can keep the default middle alignment. */
  alignTop?: boolean;
};

export function DataTable<Row>({ caption, rows, rowKey, rowHeader, rowHeaderWeight = "font-medium", columns, alignTop = true }: Props<Row>) {
  return (
    <table className="w-full border-collapse text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-gray-400">
          {[rowHeader, ...columns].map((column, i) => (
            <th key={i} scope="col" className="py-1 pr-3">
              {column.head}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} className={alignTop ? "border-b border-gray-200 align-top" : "border-b border-gray-200"}>
            <th scope="row" className={`py-1 pr-3 ${rowHeaderWeight}`}>
              {rowHeader.cell(row)}
            </th>
            {columns.map((column, i) => (
              <td key={i} className="py-1 pr-3">
                {column.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
