import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import positionsJson from "@/data/positions.json";
import statementsJson from "@/data/statements.json";
import { fromPositionRow, fromStatementRow, toPositionsCsv, toPositionsJson, toStatementsCsv, toStatementsJson, unescapeCell } from "@/lib/files/data-files";
import { PositionSchema, StatementSchema } from "@/lib/schema";

const statements = statementsJson.map((s) => StatementSchema.parse(s));
const positions = positionsJson.map((p) => PositionSchema.parse(p));
const info = { version: "2026-06-21.r1", currentTo: "2026-06-21", statements: statements.length, positions: positions.length };
const rowsOf = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });

describe(toStatementsCsv, () => {
  it("writes UTF-8 with a byte-order mark, a header row and the version in every row", () => {
    const csv = toStatementsCsv(statements, info.version);
    expect(csv.startsWith("\uFEFFdatasetVersion,id,actor,speaker.name")).toBe(true);
    const parsed = rowsOf(csv);
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(statements.length);
    expect(parsed.data.every((row) => row.datasetVersion === info.version)).toBe(true);
  });
  it("reads back as the same records", () => {
    expect(rowsOf(toStatementsCsv(statements, info.version)).data.map(fromStatementRow)).toEqual(statements);
  });
  it("guards text a spreadsheet would run as a formula, and the importer removes the guard", () => {
    const hostile = { ...statements[0]!, summary: "=HYPERLINK(\"https://evil.example\")", quote: "-1 says" };
    const [row] = rowsOf(toStatementsCsv([hostile], info.version)).data;
    expect(row?.summary?.startsWith("'=")).toBe(true);
    expect(fromStatementRow(row!)).toEqual(hostile);
    expect(unescapeCell("'plain")).toBe("'plain");
  });
});

describe(toPositionsCsv, () => {
  it("writes lists joined by semicolons and the range as two columns, and reads back the same records", () => {
    const parsed = rowsOf(toPositionsCsv(positions, info.version));
    expect(parsed.meta.fields).toContain("acceptable.low");
    const withTwo = positions.findIndex((p) => p.evidence.length > 1);
    expect(parsed.data[withTwo]!.evidence).toBe(positions[withTwo]!.evidence.join(";"));
    expect(parsed.data.map(fromPositionRow)).toEqual(positions);
  });
  it("leaves a cell that is not a whole number for the schema to report", () => {
    const row = { ...rowsOf(toPositionsCsv(positions.slice(0, 1), info.version)).data[0]!, ideal: "two" };
    expect(fromPositionRow(row).ideal).toBe("two");
    expect(PositionSchema.safeParse(fromPositionRow(row)).success).toBe(false);
  });
});

describe("JSON downloads", () => {
  it("wrap the records with the dataset version and count", () => {
    const body = JSON.parse(toStatementsJson(statements, info));
    expect(body).toMatchObject({ dataset: "Parley", version: info.version, currentTo: info.currentTo, count: statements.length });
    expect(body.statements).toEqual(statements);
    expect(JSON.parse(toPositionsJson(positions, info)).positions).toEqual(positions);
  });
});
