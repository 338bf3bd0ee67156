import { describe, expect, it } from "vitest";
import positionsJson from "@/data/positions.json";
import statementsJson from "@/data/statements.json";
import { toPositionsJson, toStatementsJson } from "@/lib/files/data-files";
import { PositionSchema, StatementSchema } from "@/lib/schema";
import { evidenceFromDownload, latestStatements, statementViewsFromDownload, toStatementView } from "@/lib/view/view-model";

const statements = statementsJson.map((x) => StatementSchema.parse(x));
const positions = positionsJson.map((x) => PositionSchema.parse(x));
const info = { version: "2026-06-21.r1", currentTo: "2026-06-21", statements: statements.length, positions: 0 };

const s = (id: string, actor: string, date: string) => ({ id, actor, date });

describe("latestStatements", () => {
  const list = [s("a1", "a", "2022-01-01"), s("b1", "b", "2022-02-01"), s("c1", "c", "2022-03-01"), s("a2", "a", "2022-04-01"), s("b2", "b", "2022-05-01")];

  it("keeps only the two actors, up to and including the date, newest first", () => {
    expect(latestStatements(list, "2022-04-01", "a", "b").map((x) => x.id)).toEqual(["a2", "b1", "a1"]);
  });

  it("keeps the last `count`", () => {
    expect(latestStatements(list, "2022-12-31", "a", "b", 2).map((x) => x.id)).toEqual(["b2", "a2"]);
  });

  it("does not rely on the input's order, also for statements of one day", () => {
    expect(latestStatements([...list].reverse(), "2022-12-31", "b", "a", 3).map((x) => x.id)).toEqual(["b2", "a2", "b1"]);
    const sameDay = [s("u-x", "b", "2022-06-01"), s("r-x", "a", "2022-06-01")];
    expect(latestStatements(sameDay, "2022-12-31", "a", "b").map((x) => x.id)).toEqual(["u-x", "r-x"]);
    expect(latestStatements([...sameDay].reverse(), "2022-12-31", "a", "b").map((x) => x.id)).toEqual(["u-x", "r-x"]);
  });

  it("is empty before the first statement", () => {
    expect(latestStatements(list, "2021-12-31", "a", "b")).toEqual([]);
  });
});

describe("statementViewsFromDownload", () => {

  it("reads back the statements download as the views' records", () => {
    const json: unknown = JSON.parse(toStatementsJson(statements, info));
    expect(statementViewsFromDownload(json)).toEqual(statements.map(toStatementView));
  });

  it("names the file when the list is missing", () => {
    expect(() => statementViewsFromDownload({ positions: [] })).toThrow('/data/statements.json: no "statements" list in the file.');
    expect(() => statementViewsFromDownload("<html>")).toThrow(/no "statements" list/);
  });

  it("names the record and the field that is wrong", () => {
    const good = JSON.parse(toStatementsJson(statements.slice(0, 2), info)) as { statements: Record<string, unknown>[] };
    const second = good.statements[1]!;
    const broken = (patch: Record<string, unknown>) => ({ statements: [good.statements[0], { ...second, ...patch }] });
    const where = `/data/statements.json › statement 2 (${String(second.id)})`;
    expect(() => statementViewsFromDownload(broken({ summary: 5 }))).toThrow(`${where} › summary: expected text.`);
    expect(() => statementViewsFromDownload(broken({ issues: "ceasefire" }))).toThrow(`${where} › issues: expected a list of issue ids.`);
    expect(() => statementViewsFromDownload(broken({ confidence: "certain" }))).toThrow(`${where} › confidence: expected one of high, medium, low.`);
    expect(() => statementViewsFromDownload(broken({ speaker: null }))).toThrow(`${where} › speaker.name: expected text.`);
    expect(() => statementViewsFromDownload(broken({ source: { url: "" } }))).toThrow(`${where} › source.url: expected text.`);
  });
});

describe("evidenceFromDownload", () => {
  it("reads each position's evidence back from the positions download", () => {
    const evidence = evidenceFromDownload(JSON.parse(toPositionsJson(positions, info)));
    expect(evidence.size).toBe(positions.length);
    for (const p of positions) expect(evidence.get(p.id)).toEqual(p.evidence);
  });

  it("names the file, the record and the field that is wrong", () => {
    expect(() => evidenceFromDownload({ statements: [] })).toThrow('/data/positions.json: no "positions" list in the file.');
    expect(() => evidenceFromDownload({ positions: [{ id: "p1", evidence: ["s1"] }, { id: "p2", evidence: "s2" }] })).toThrow("/data/positions.json › position 2 (p2) › evidence: expected a list of statement ids.");
    expect(() => evidenceFromDownload({ positions: [null] })).toThrow("/data/positions.json › position 1 › id: expected text.");
  });
});
