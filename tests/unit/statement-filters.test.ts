import { describe, expect, it } from "vitest";
import statementsJson from "@/data/statements.json";
import { StatementSchema, type Statement } from "@/lib/schema";
import { DEFAULT_FILTERS, filterStatements, isFiltered, sortStatements } from "@/lib/statement-filters";
import { parseStatementFilters, statementsCodec, toStatementQuery } from "@/lib/url/statements";
import { formatNotice } from "@/lib/view/notices";
import { createStatementIndex, searchStatements } from "@/lib/statement-search";

const statements: Statement[] = statementsJson.map((s) => StatementSchema.parse(s));
const context = {
  actors: ["russia", "ukraine", "united-states"],
  issues: ["ceasefire", "legitimacy"],
  kinds: ["official", "wire", "press", "academic", "encyclopedia", "other"],
  confidences: ["high", "medium", "low"],
};
const parse = (query: string) => parseStatementFilters(new URLSearchParams(query), context);

describe(parseStatementFilters, () => {
  it("defaults to every statement, newest first", () => {
    expect(parse("")).toEqual({ state: DEFAULT_FILTERS, notices: [] });
  });
  it("reads every filter from the URL", () => {
    const { state: filters, notices } = parse("q=elections&actor=russia&issue=legitimacy&from=2024-01-01&to=2024-12-31&kind=wire&confidence=high&sort=actor&order=asc");
    expect(notices).toEqual([]);
    expect(filters).toEqual({ q: "elections", actor: "russia", issue: "legitimacy", from: "2024-01-01", to: "2024-12-31", kind: "wire", confidence: "high", sort: "actor", order: "asc" });
  });
  it.each([
    ["actor=atlantis", "not one in the data"],
    ["issue=%3Cscript%3E", "not one in the data"],
    ["from=2024-02-30", "not a date"],
    ["to=yesterday", "not a date"],
    ["sort=__proto__", "sort by"],
    ["order=sideways", "asc or desc"],
    ["kind=blog", "not one in the data"],
  ])("ignores %s with a notice", (query, notice) => {
    const { state: filters, notices } = parse(query);
    expect(notices.map(formatNotice).join(" ")).toContain(notice);
    expect(filters).toEqual(DEFAULT_FILTERS);
  });
  it("swaps a start date after the end date", () => {
    const { state: filters, notices } = parse("from=2025-01-01&to=2024-01-01");
    expect([filters.from, filters.to]).toEqual(["2024-01-01", "2025-01-01"]);
    expect(notices).toEqual([{ code: "swapped-range", from: "2025-01-01", to: "2024-01-01" }]);
    expect(formatNotice(notices[0]!)).toBe("Swapped the dates: 2025-01-01 is after 2024-01-01.");
  });
  it("shortens a huge search and its notice", () => {
    const { state: filters, notices } = parse(`q=${"a".repeat(10_000)}`);
    expect(filters.q).toHaveLength(200);
    expect(formatNotice(notices[0]!)).toBe("Shortened the search to its first 200 characters.");
  });
});

describe(toStatementQuery, () => {
  it("leaves out the defaults", () => {
    expect(toStatementQuery(DEFAULT_FILTERS)).toBe("");
    expect(toStatementQuery({ ...DEFAULT_FILTERS, actor: "russia", q: "Istanbul talks" })).toBe("?q=Istanbul+talks&actor=russia");
  });
  it("round-trips through the parser", () => {
    const filters = { ...DEFAULT_FILTERS, q: "a&b=c", issue: "ceasefire", from: "2023-05-01", sort: "confidence" as const, order: "asc" as const };
    expect(parse(toStatementQuery(filters).slice(1)).state).toEqual(filters);
    expect(statementsCodec.toQuery(filters, context)).toBe(toStatementQuery(filters));
  });
});

describe(filterStatements, () => {
  it("finds every statement on legitimacy by Russia in 2024", () => {
    const found = filterStatements(statements, { ...DEFAULT_FILTERS, actor: "russia", issue: "legitimacy", from: "2024-01-01", to: "2024-12-31" });
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((s) => s.actor === "russia" && s.issues.includes("legitimacy") && s.date.startsWith("2024"))).toBe(true);
    const expected = statements.filter((s) => s.actor === "russia" && s.issues.includes("legitimacy") && s.date.startsWith("2024"));
    expect(found.map((s) => s.id).sort()).toEqual(expected.map((s) => s.id).sort());
  });
  it("keeps only the ids the search matched", () => {
    const first = statements[0]!;
    expect(filterStatements(statements, DEFAULT_FILTERS, new Set([first.id]))).toEqual([first]);
  });
  it("filters by source kind and confidence", () => {
    const found = filterStatements(statements, { ...DEFAULT_FILTERS, kind: "wire", confidence: "medium" });
    expect(found.every((s) => s.source.kind === "wire" && s.confidence === "medium")).toBe(true);
  });
  it("knows when nothing narrows the list", () => {
    expect(isFiltered(DEFAULT_FILTERS)).toBe(false);
    expect(isFiltered({ ...DEFAULT_FILTERS, q: "  " })).toBe(false);
    expect(isFiltered({ ...DEFAULT_FILTERS, to: "2024-01-01" })).toBe(true);
  });
});

describe(sortStatements, () => {
  it("puts the newest first by default and breaks ties the same way every time", () => {
    const sorted = sortStatements(statements, "date", "desc");
    for (let i = 1; i < sorted.length; i++) expect(sorted[i - 1]!.date >= sorted[i]!.date).toBe(true);
    expect(sortStatements([...statements].reverse(), "date", "desc").map((s) => s.id)).toEqual(sorted.map((s) => s.id));
  });
  it("sorts by confidence, high first", () => {
    const sorted = sortStatements(statements, "confidence", "desc");
    expect(sorted[0]!.confidence).toBe("high");
    expect(sorted.at(-1)!.confidence).toBe("low");
  });
  it("sorts actors by name, not id", () => {
    const names: Record<string, string> = { russia: "Russia", ukraine: "Ukraine", "united-states": "United States", europe: "European states" };
    const sorted = sortStatements(statements, "actor", "asc", { actorName: (id) => names[id] ?? id });
    expect(sorted[0]!.actor).not.toBe("russia");
  });
  it("orders by the search's ranks for relevance", () => {
    const [a, b] = [statements[0]!, statements[1]!];
    const ranks = new Map([
      [b.id, 0],
      [a.id, 1],
    ]);
    expect(sortStatements([a, b], "relevance", "desc", { ranks }).map((s) => s.id)).toEqual([b.id, a.id]);
  });
});

describe(searchStatements, () => {
  const index = createStatementIndex(statements);
  it("searches the speaker, summary, quote and event", () => {
    const ushakov = statements.find((s) => s.speaker.name === "Yuri Ushakov")!;
    expect(searchStatements(index, "Ushakov").has(ushakov.id)).toBe(true);
    const quoted = statements.find((s) => s.quote.includes("demilitarise"))!;
    expect(searchStatements(index, "demilitarise").has(quoted.id)).toBe(true);
    const event = statements.find((s) => s.event.includes("Gomel"))!;
    expect(searchStatements(index, "gomel").has(event.id)).toBe(true);
  });
  it("needs every word, ignores accents and forgives a typo in a long word", () => {
    const both = searchStatements(index, "Putin elections");
    for (const id of both.keys()) {
      const s = statements.find((x) => x.id === id)!;
      expect(`${s.speaker.name} ${s.speaker.role} ${s.summary} ${s.quote} ${s.event}`.toLowerCase()).toMatch(/putin/);
    }
    expect(searchStatements(index, "Burgenstock").size).toBeGreaterThan(0);
    expect(searchStatements(index, "referendm").size).toBeGreaterThan(0);
  });
  it("finds nothing for a word that is nowhere", () => {
    expect(searchStatements(index, "xylophone").size).toBe(0);
  });
  it("searches the 241 statements in well under a frame", () => {
    const started = performance.now();
    for (let i = 0; i < 100; i++) searchStatements(index, i % 2 ? "ceasefire Putin" : "elections legitimacy");
    expect((performance.now() - started) / 100).toBeLessThan(16);
  });
});
