import { describe, expect, it } from "vitest";
import actors from "@/data/actors.json";
import documents from "@/data/documents.json";
import events from "@/data/events.json";
import issues from "@/data/issues.json";
import meta from "@/data/meta.json";
import positions from "@/data/positions.json";
import statements from "@/data/statements.json";
import { formatProblem, HttpsUrl, PartialDate, ProvisionId, validateDataset, wordCount } from "@/lib/schema";
import { applyFixture, brokenFixtures, loadBase } from "./load-fixture";

const TODAY = "2026-11-27";

describe("validateDataset", () => {
  it("accepts every file in data/", () => {
    const { dataset, problems } = validateDataset({ actors, issues, statements, positions, events, documents, meta }, TODAY);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(dataset?.statements.length).toBe(283);
    expect(dataset?.documents.length).toBe(22);
    expect(dataset?.provisions.length).toBe(157);
  });

  it("accepts the base fixture the broken ones are made from", () => {
    expect(validateDataset(loadBase(), TODAY).problems).toEqual([]);
  });

  for (const fixture of brokenFixtures()) {
    it(`rejects ${fixture.description} (${fixture.name}) with its own message`, () => {
      const { dataset, problems } = validateDataset(applyFixture(fixture), TODAY);
      expect(dataset).toBeUndefined();
      expect(problems).toContainEqual(expect.objectContaining({ file: fixture.expect.file, field: fixture.expect.field, message: expect.stringContaining(fixture.expect.message) }));
    });
  }

  it("gives each broken fixture a different message", () => {
    const messages = brokenFixtures().map((fixture) => validateDataset(applyFixture(fixture), TODAY).problems.map(formatProblem).join("\n"));
    expect(new Set(messages).size).toBe(messages.length);
  });

  it("names the record by its id in every message", () => {
    const fixture = brokenFixtures().find((f) => f.name === "http-url")!;
    const [problem] = validateDataset(applyFixture(fixture), TODAY).problems;
    expect(formatProblem(problem!)).toBe(`data/statements.json › "ru-2024-12-19-putin-no-truce" › source.url: must be an https:// URL`);
  });

  it("reports a file that is not an array instead of throwing", () => {
    const { problems } = validateDataset({ ...loadBase(), positions: { not: "an array" } }, TODAY);
    expect(problems).toContainEqual(expect.objectContaining({ file: "data/positions.json", message: "must be a JSON array of records" }));
  });

  it("rejects two positions of one actor on one issue starting the same day", () => {
    const data = loadBase();
    const list = data.positions as Record<string, unknown>[];
    list.push({ ...list[0], id: "ru-ceasefire-twin" });
    const messages = validateDataset(data, TODAY).problems.map((p) => p.message);
    expect(messages).toContainEqual(expect.stringContaining("already starts on 2024-12-19"));
  });

  it("reads a dataset without documents as one with none", () => {
    const data = loadBase();
    delete data.documents;
    const { dataset, problems } = validateDataset(data, TODAY);
    expect(problems).toEqual([]);
    expect(dataset?.documents).toEqual([]);
  });

  it("reports a documents file that is not an object of lists", () => {
    const { problems } = validateDataset({ ...loadBase(), documents: [] }, TODAY);
    expect(problems).toContainEqual(expect.objectContaining({ file: "data/documents.json", message: expect.stringContaining("documents, provisions and gaps") }));
  });

  it("rejects a document without any provision", () => {
    const data = loadBase();
    const file = data.documents as { provisions: { document: string }[] };
    file.provisions = file.provisions.filter((p) => p.document !== "ua-2025-06-02-memorandum");
    expect(validateDataset(data, TODAY).problems.map(formatProblem)).toContainEqual(expect.stringContaining(`"ua-2025-06-02-memorandum" › id: a document needs at least one provision`));
  });

  it("keeps provision ids with runs of hyphens exactly as the research wrote them", () => {
    expect(ProvisionId.safeParse("ru-2021-12-17-nato-agreement----nato-neutrality").success).toBe(true);
    expect(ProvisionId.safeParse("-leading").success).toBe(false);
    expect(ProvisionId.safeParse("Upper--case").success).toBe(false);
  });

  it("rejects the same source and non-empty quote twice", () => {
    const data = loadBase();
    const list = data.statements as Record<string, unknown>[];
    list.push({ ...list[0], id: "ru-copy" });
    expect(validateDataset(data, TODAY).problems.map((p) => p.message)).toContainEqual(expect.stringContaining("same source and quote"));
  });
});

describe("field rules", () => {
  it("counts words the way the limits mean", () => {
    expect(wordCount("  one two\nthree ")).toBe(3);
    expect(wordCount("")).toBe(0);
  });
  it("accepts only https URLs", () => {
    expect(HttpsUrl.safeParse("https://example.org/a").success).toBe(true);
    expect(HttpsUrl.safeParse("http://example.org/a").success).toBe(false);
    expect(HttpsUrl.safeParse("javascript:alert(1)").success).toBe(false);
    expect(HttpsUrl.safeParse("not a url").success).toBe(false);
  });
  it("accepts partial source dates but not impossible ones", () => {
    expect(PartialDate.safeParse("2022-09").success).toBe(true);
    expect(PartialDate.safeParse("2022").success).toBe(true);
    expect(PartialDate.safeParse("2025-02-30").success).toBe(false);
    expect(PartialDate.safeParse("2022-13").success).toBe(false);
  });
});
