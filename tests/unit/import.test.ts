import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { toPositionsCsv, toPositionsJson, toStatementsCsv, toStatementsJson } from "@/lib/files/data-files";
import { checkFileSize, IMPORT_LIMITS, jsonDepth, readImportFile, readImportText, validateImport, type ReadResult } from "@/lib/files/import";
import { mergePositions, readStoredImport } from "@/lib/files/imported-data";
import { PositionSchema, StatementSchema, type Position } from "@/lib/schema";
import { fuzz } from "./fuzz";
import { bytesOf, dataset, info, TODAY } from "./import-helpers";

const positionsCsv = toPositionsCsv(dataset.positions, info.version);
const statementsCsv = toStatementsCsv(dataset.statements, info.version);
const problemsOf = (result: ReadResult) => (result.ok ? [] : result.problems.map((p) => `${p.where}: ${p.message}`));
/** positions.csv with one cell changed, found by its row's id and its column name. */
function editPositionsCsv(id: string, column: string, value: string) {
  const parsed = Papa.parse<Record<string, string>>(positionsCsv, { header: true, skipEmptyLines: true });
  const row = parsed.data.find((r) => r.id === id)!;
  row[column] = value;
  return Papa.unparse(parsed.data);
}
const firstRussian = dataset.positions.find((p) => p.actor === "russia")!;

describe(readImportFile, () => {
  it.each([
    ["statements.csv", statementsCsv, "statements"],
    ["positions.csv", positionsCsv, "positions"],
    ["statements.json", toStatementsJson(dataset.statements, info), "statements"],
    ["positions.json", toPositionsJson(dataset.positions, info), "positions"],
  ] as const)("reads the download %s back as the same records, with its version", (name, text, kind) => {
    const result = readImportFile(name, bytesOf(text));
    expect(problemsOf(result)).toEqual([]);
    if (!result.ok) return;
    expect(result.file[kind]).toEqual(dataset[kind]);
    expect(result.file.version).toBe(info.version);
  });

  it("reads a bare JSON list of positions and a semicolon-separated CSV", () => {
    expect(readImportFile("mine.json", bytesOf(JSON.stringify(dataset.positions.slice(0, 3)))).ok).toBe(true);
    const semicolons = Papa.unparse(Papa.parse<Record<string, string>>(positionsCsv, { header: true, skipEmptyLines: true }).data, { delimiter: ";" });
    const result = readImportFile("excel-de.csv", bytesOf(semicolons));
    expect(problemsOf(result)).toEqual([]);
    expect(result.ok && result.file.positions).toEqual(dataset.positions);
  });

  it("names the row and column of a bad cell, in plain words", () => {
    const result = readImportFile("positions.csv", bytesOf(editPositionsCsv(firstRussian.id, "ideal", "two")));
    expect(problemsOf(result)).toEqual([expect.stringMatching(new RegExp(`^Row \\d+ \\(id "${firstRussian.id}"\\), column ideal: must be a whole number \\(found "two"\\)$`))]);
  });

  it("gives a spreadsheet row number counting the header as row 1", () => {
    const index = dataset.positions.findIndex((p) => p.id === firstRussian.id);
    const [problem] = problemsOf(readImportFile("positions.csv", bytesOf(editPositionsCsv(firstRussian.id, "salience", "9"))));
    expect(problem).toContain(`Row ${index + 2} `);
    expect(problem).toContain("column salience: must be at most 5");
  });

  it("names the JSON path of a bad field", () => {
    const body = JSON.parse(toStatementsJson(dataset.statements, info));
    body.statements[3].source.kind = "blog";
    delete body.statements[4].summary;
    const problems = problemsOf(readImportFile("statements.json", bytesOf(JSON.stringify(body))));
    expect(problems[0]).toMatch(/^statements\[3\] \(id ".*"\), field source\.kind: must be one of official, wire, press, academic, encyclopedia, other \(found "blog"\)$/);
    expect(problems[1]).toMatch(/^statements\[4\] .*field summary: is missing$/);
  });

  it.each([
    ["summary", "<script>alert(1)</script> said so", "HTML or script markup"],
    ["summary", 'He said <img src=x onerror="alert(1)">', "HTML or script markup"],
    ["source.url", "javascript:alert(document.cookie)", "could run code"],
    ["source.url", "http://example.org/page", "https://"],
    ["confidence", "certain", "must be one of high, medium, low"],
    ["date", "2024-02-30", "real date"],
    ["issues", "ceasefire;no-such-issue", 'unknown issue "no-such-issue"'],
    ["actor", "Russia", "kebab-case"],
  ])("rejects a statement whose %s is %j", (column, value, message) => {
    const parsed = Papa.parse<Record<string, string>>(statementsCsv, { header: true, skipEmptyLines: true });
    parsed.data[0]![column] = value;
    const read = readImportFile("statements.csv", bytesOf(Papa.unparse(parsed.data)));
    const problems = read.ok ? validateImportProblems(read) : problemsOf(read);
    expect(problems.join("\n")).toContain(message);
    expect(problems.join("\n")).toMatch(/^Row 2 /);
  });

  it("lists a wrong header, a missing column and a repeated id", () => {
    expect(problemsOf(readImportFile("x.csv", bytesOf("name,age\nA,3\n")))[0]).toContain("not that of statements.csv or positions.csv");
    const noRationale = positionsCsv.replace(",rationale,", ",why,");
    expect(problemsOf(readImportFile("p.csv", bytesOf(noRationale))).join("\n")).toMatch(/"why" is not one of a positions file[\s\S]*"rationale" is missing/);
    const twice = readImportFile("p.json", bytesOf(JSON.stringify([dataset.positions[0], dataset.positions[0]])));
    expect(problemsOf(twice)[0]).toMatch(/^\[1\] .* field id: the file already has this id, in \[0\]$/);
  });

  it("counts every problem but lists at most the limit", () => {
    const broken = JSON.stringify(Array.from({ length: 300 }, (_, i) => ({ ...dataset.positions[0], id: `p-${i}`, salience: 9 })));
    const result = readImportFile("p.json", bytesOf(broken));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.total).toBe(300);
    expect(result.problems).toHaveLength(IMPORT_LIMITS.maxProblems);
  });
});

describe("hostile files", () => {
  const MB = 1024 * 1024;
  it("refuses a 50 MB file on its size alone, before reading it", () => {
    expect(problemsOf(checkFileSize("huge.csv", 50 * MB)!)[0]).toContain("The file is 50.0 MB; Parley imports files up to 2.0 MB");
    expect(problemsOf(checkFileSize("empty.csv", 0)!)[0]).toContain("empty");
  });
  it.each([
    ["an Excel workbook", [0x50, 0x4b, 0x03, 0x04, 1, 2, 3], "Excel (.xlsx)"],
    ["a PNG image", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a], "PNG image"],
    ["random binary", [0x41, 0x00, 0x42, 0x00], "binary file"],
    ["UTF-16 text", [0xff, 0xfe, 0x41, 0x00], "UTF-16"],
  ])("names %s for what it is", (_what, bytes, message) => {
    expect(problemsOf(readImportFile("data.csv", new Uint8Array(bytes)))[0]).toContain(message);
  });
  it("finds the line of text in a legacy encoding", () => {
    const latin1 = new Uint8Array([...bytesOf("id,actor\nok,russia\nMoli"), 0xe8, ...bytesOf("re,x\n")]);
    expect(problemsOf(readImportFile("latin1.csv", latin1))[0]).toMatch(/^latin1\.csv, line 3: The file is not UTF-8 text/);
  });
  it("refuses deeply nested JSON without parsing it", () => {
    const deep = "[".repeat(100_000) + "]".repeat(100_000);
    expect(jsonDepth(deep, 6)).toBe(7);
    expect(problemsOf(readImportFile("deep.json", bytesOf(deep)))[0]).toContain("nests more than 6 levels deep");
  });
  it("refuses 100,000 rows quickly, in CSV and in JSON", () => {
    const header = positionsCsv.split("\r\n")[0]!.replace(/^\uFEFF/, "");
    const rows = `${header}\n${"x\n".repeat(100_000)}`;
    const started = performance.now();
    const result = readImportFile("rows.csv", bytesOf(rows));
    const elapsed = performance.now() - started;
    expect(problemsOf(result)[0]).toContain("more than 5,000 rows");
    expect(elapsed).toBeLessThan(2000);
    expect(problemsOf(readImportFile("rows.json", bytesOf(`[${"{},".repeat(99_999)}{}]`)))[0]).toContain("100,000 records");
  });
  it("reports invalid JSON with what the engine says of it", () => {
    expect(problemsOf(readImportFile("bad.json", bytesOf('{\n  "positions": [1,]\n}')))[0]).toMatch(/^bad\.json(, line 2, column \d+)?: The file is not valid JSON/);
  });
  it("keeps __proto__ and constructor keys as unknown fields, not as prototypes", () => {
    const result = readImportFile("p.json", bytesOf(`[{"__proto__": {"polluted": 1}, "id": "x", "validFrom": "2024-01-01"}]`));
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

function validateImportProblems(read: Extract<ReadResult, { ok: true }>) {
  const result = validateImport(dataset, read.file, undefined, "merge", TODAY, info.version);
  return result.ok ? [] : result.problems.map((p) => `${p.where}: ${p.message}`);
}

describe(validateImport, () => {
  it("accepts an edited copy of positions.csv and merges it over the built-in data", () => {
    const read = readImportFile("positions.csv", bytesOf(editPositionsCsv(firstRussian.id, "rationale", "My own reading of the evidence.")));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const result = validateImport(dataset, read.file, undefined, "merge", TODAY, info.version);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const merged = mergePositions(dataset.positions, result.stored);
    expect(merged).toHaveLength(dataset.positions.length);
    expect(merged.find((p) => p.id === firstRussian.id)!.rationale).toBe("My own reading of the evidence.");
    expect(readStoredImport(JSON.stringify(result.stored))).toEqual(result.stored);
  });

  it("checks the rules that span files: evidence must exist and be no newer than the position", () => {
    const read = readImportFile("positions.csv", bytesOf(editPositionsCsv(firstRussian.id, "evidence", "no-such-statement")));
    expect(validateImportProblems(read as Extract<ReadResult, { ok: true }>)).toEqual([
      expect.stringMatching(new RegExp(`^Row \\d+ \\(id "${firstRussian.id}"\\), column evidence \\(item 1\\): unknown statement "no-such-statement"$`)),
    ]);
  });

  it("explains that replacing the statements alone strands the built-in positions", () => {
    const read = readImportFile("one.json", bytesOf(JSON.stringify({ statements: [dataset.statements[0]] })));
    if (!read.ok) throw new Error("expected a readable file");
    const result = validateImport(dataset, read.file, undefined, "replace", TODAY, info.version);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]!.where).toBe("Your import as a whole");
    expect(result.problems[0]!.message).toContain("import the statements and the positions that cite them together");
    expect(result.problems[1]!.where).toMatch(/^Built-in position /);
  });

  it("keeps the earlier import of the other kind, and notes a different dataset version", () => {
    const first = readImportFile("positions.json", bytesOf(JSON.stringify({ positions: [{ ...firstRussian, rationale: "Mine." }] })));
    if (!first.ok) throw new Error("expected a readable file");
    const earlier = validateImport(dataset, first.file, undefined, "merge", TODAY, info.version);
    if (!earlier.ok) throw new Error("expected a valid import");
    const second = readImportFile("statements.json", bytesOf(JSON.stringify({ version: "2025-01-01.r1", statements: [dataset.statements[0]] })));
    if (!second.ok) throw new Error("expected a readable file");
    const result = validateImport(dataset, second.file, earlier.stored, "merge", TODAY, info.version);
    expect(result.ok && result.stored.positions?.records[0]!.rationale).toBe("Mine.");
    expect(result.ok && result.notes[0]).toContain("2025-01-01.r1");
  });
});

/* ---------- properties ---------- */

const anyBytes = fc.uint8Array({ maxLength: 2048 });
const anyText = fc.string({ unit: "binary", maxLength: 2048 });
const csvLike = fc
  .array(fc.array(fc.oneof(fc.string({ unit: "binary", maxLength: 20 }), fc.constantFrom('"', ",", ";", "\n", "'=1+1", "<b>", "javascript:x", "4", "-1")), { maxLength: 14 }), { maxLength: 30 })
  .map((rows) => [positionsCsv.split("\r\n")[0]!, ...rows.map((cells) => cells.join(","))].join("\n"));
const names = fc.constantFrom("data.csv", "data.json", "data.txt", "data");

describe("the importer, on any input", () => {
  it("never throws on arbitrary bytes, text, JSON or CSV, and always answers", () => {
    const answer = (result: ReadResult) => {
      expect(typeof result.ok).toBe("boolean");
      if (!result.ok) {
        expect(result.problems.length).toBeGreaterThan(0);
        for (const problem of result.problems) expect(problem.message.length).toBeGreaterThan(0);
      }
    };
    fuzz(fc.property(names, anyBytes, (name, bytes) => answer(readImportFile(name, bytes))), 600);
    fuzz(fc.property(names, anyText, (name, text) => answer(readImportFile(name, bytesOf(text)))), 600);
    fuzz(fc.property(names, fc.jsonValue({ maxDepth: 8 }), (name, value) => answer(readImportFile(name, bytesOf(JSON.stringify(value) ?? "null")))), 600);
    fuzz(fc.property(csvLike, (text) => answer(readImportFile("p.csv", bytesOf(text)))), 600);
  });

  const fieldOf = (record: object) => fc.constantFrom(...Object.keys(record));
  it("rejects every record the schema rejects, in a file of otherwise valid records", () => {
    const base = dataset.positions.slice(0, 5);
    fuzz(
      fc.property(fc.nat({ max: 4 }), fieldOf(base[0]!), fc.anything({ maxDepth: 2 }), (index, field, value) => {
        const records: Record<string, unknown>[] = base.map((p) => ({ ...p }));
        records[index]![field] = value;
        const schemaSays = PositionSchema.safeParse(records[index]).success;
        const result = readImportText("p.json", JSON.stringify({ positions: records }) ?? "");
        if (!schemaSays) {
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.problems.some((p) => p.where.startsWith(`positions[${index}]`))).toBe(true);
        }
      }),
      800,
    );
    const statement = dataset.statements[0]!;
    fuzz(
      fc.property(fieldOf(statement), fc.anything({ maxDepth: 2 }), (field, value) => {
        const record: Record<string, unknown> = { ...statement, [field]: value };
        const result = readImportText("s.json", JSON.stringify([record]) ?? "");
        if (!StatementSchema.safeParse(record).success) expect(result.ok).toBe(false);
      }),
      600,
    );
  });

  it("accepts only records the schema accepts", () => {
    fuzz(
      fc.property(fc.array(fc.record({ id: fc.string(), validFrom: fc.string(), ideal: fc.integer(), acceptable: fc.array(fc.integer()), evidence: fc.array(fc.string()) }), { minLength: 1, maxLength: 5 }), (records) => {
        const result = readImportText("p.json", JSON.stringify(records));
        if (result.ok) for (const p of result.file.positions ?? []) expect(PositionSchema.safeParse(p).success).toBe(true);
      }),
      400,
    );
  });

  const plainText = fc.string({ unit: "grapheme", minLength: 1, maxLength: 60 }).filter((s) => s.trim() !== "" && !/<\s*[a-z!?/]/i.test(s) && !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(s));
  const validPosition = fc
    .record({
      id: fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/),
      low: fc.nat({ max: 3 }),
      span: fc.nat({ max: 2 }),
      pick: fc.nat({ max: 2 }),
      salience: fc.integer({ min: 1, max: 5 }),
      rationale: plainText,
      confidence: fc.constantFrom("high" as const, "medium" as const, "low" as const),
    })
    .map(({ id, low, span, pick, salience, rationale, confidence }): Position => ({
      id, actor: "russia", issue: "ceasefire", validFrom: "2025-01-01", ideal: low + Math.min(pick, span), acceptable: [low, low + span], salience,
      evidence: ["ru-2022-03-07-peskov-four-conditions"], rationale, confidence,
    }));
  it("reads back any valid positions written as CSV, whatever their text holds", () => {
    fuzz(
      fc.property(fc.uniqueArray(validPosition, { selector: (p) => p.id, minLength: 1, maxLength: 8 }), (positions) => {
        const result = readImportText("p.csv", toPositionsCsv(positions, info.version));
        expect(problemsOf(result)).toEqual([]);
        expect(result.ok && result.file.positions).toEqual(positions);
      }),
      400,
    );
  });
});
