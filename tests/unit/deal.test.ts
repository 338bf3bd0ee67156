import { describe, expect, it } from "vitest";
import documentsFile from "@/data/documents.json";
import issuesFile from "@/data/issues.json";
import positionsFile from "@/data/positions.json";
import { indexPositions, type Coded } from "@/lib/analysis";
import { judgeDeal, judgeText, toTextPackages } from "@/lib/deal";
import { toStances } from "@/lib/documents";
import { DocumentSchema, PositionSchema, ProvisionSchema } from "@/lib/schema";
import { parseDealState, toDealQuery, type DealContext } from "@/lib/url/deal";
import { describeDeal, describeTextVerdict, formatPickVerdict } from "@/lib/view/deal";

/*
 * Build a deal: each pick judged by the ledger's rule against both sides' ranges, the tallies and
 * blockers, a real text judged as a package, the package in the URL, and the sentences.
 */

const issue = (id: string) => ({ id, spectrum: [0, 1, 2, 3, 4, 5].map((value) => ({ value, label: `${id}-${value}` })) });
const issues = [issue("ceasefire"), issue("territory"), issue("sanctions")];
const coded = (actor: string, i: string, acceptable: [number, number], ideal = acceptable[0]): Coded => ({ id: `${actor}-${i}`, actor, issue: i, validFrom: "2025-01-01", ideal, acceptable, salience: 3 });
const index = indexPositions([
  coded("ukraine", "ceasefire", [0, 2]),
  coded("russia", "ceasefire", [2, 5], 5),
  coded("ukraine", "territory", [0, 2]),
  coded("russia", "territory", [4, 5], 5),
  coded("russia", "sanctions", [3, 4], 4),
]);
const titleOf = (id: string) => id[0]!.toUpperCase() + id.slice(1);

describe(judgeDeal, () => {
  it("judges each pick against both ranges, counts what each side could accept and names the blockers", () => {
    const r = judgeDeal(index, issues, new Map([["ceasefire", 2], ["territory", 3], ["sanctions", 3]]), "russia", "ukraine", "2025-06-01");
    expect(r.rows.map((row) => [row.issue, row.a.kind, row.b.kind])).toEqual([
      ["ceasefire", "within", "within"],
      ["territory", "crosses", "crosses"],
      ["sanctions", "within", "no-position"],
    ]);
    expect(r.a).toEqual({ within: 2, judged: 3, blockers: ["territory"] });
    expect(r.b).toEqual({ within: 1, judged: 2, blockers: ["territory"] });
    expect(r.passes).toBe(false);
    expect(describeDeal(r, "Russia", "Ukraine", titleOf)).toBe(
      "This package would not pass both sides. Russia could live with 2 of 3 picks; blocked by Territory. Ukraine could live with 1 of 2 picks; blocked by Territory.",
    );
    expect(formatPickVerdict(r.rows[1]!.a)).toEqual({ glyph: "✗", word: "1 step outside its range" });
  });
  it("passes only when every pick is within both ranges, and says so", () => {
    const r = judgeDeal(index, issues, new Map([["ceasefire", 2]]), "russia", "ukraine", "2025-06-01");
    expect(r.passes).toBe(true);
    expect(describeDeal(r, "Russia", "Ukraine", titleOf)).toBe("Both Russia and Ukraine could sign this package. Russia could live with 1 of 1 picks. Ukraine could live with 1 of 1 picks.");
    // before either side was coded nothing is judged, so nothing passes
    expect(judgeDeal(index, issues, new Map([["ceasefire", 2]]), "russia", "ukraine", "2024-01-01").passes).toBe(false);
    expect(describeDeal(judgeDeal(index, issues, new Map(), "russia", "ukraine", "2025-06-01"), "Russia", "Ukraine", titleOf)).toMatch(/^No issue has a pick yet/);
  });
});

describe("the package in the URL", () => {
  const context: DealContext = {
    actors: [{ id: "russia" }, { id: "ukraine" }, { id: "united-states" }] as DealContext["actors"],
    defaultA: "russia",
    defaultB: "ukraine",
    earliest: "2022-02-24",
    latest: "2026-10-10",
    issues: issues.map((i) => ({ id: i.id, options: i.spectrum.length })),
  };
  it("reads picks and the reveal, and writes them back in the issues' order", () => {
    const { state, notices } = parseDealState(new URLSearchParams("deal=territory.3~ceasefire.2&reveal=1"), context);
    expect(notices).toEqual([]);
    expect(state.picks).toEqual({ territory: 3, ceasefire: 2 });
    expect(state.reveal).toBe(true);
    expect(toDealQuery(state, context)).toBe("?deal=ceasefire.2%7Eterritory.3&reveal=1");
  });
  it("ignores an unknown issue, an option off the spectrum and a second pick on an issue, each with a notice", () => {
    const { state, notices } = parseDealState(new URLSearchParams("deal=atlantis.1~ceasefire.9~ceasefire.1~ceasefire.2~territory.x"), context);
    expect(state.picks).toEqual({ ceasefire: 1 });
    expect(notices).toEqual(["atlantis.1", "ceasefire.9", "ceasefire.2", "territory.x"].map((value) => ({ code: "unknown-pick", value })));
    expect(toDealQuery({ ...state, picks: {} }, context)).toBe("");
  });
});

describe("the real texts as packages", () => {
  const documents = documentsFile.documents.map((d) => DocumentSchema.parse(d));
  const provisions = documentsFile.provisions.map((p) => ProvisionSchema.parse(p));
  const all = indexPositions(positionsFile.map((p) => PositionSchema.parse(p)));
  const texts = toTextPackages(toStances(documents, provisions));
  it("judges each text on its own date, as the ledger does", () => {
    const plan = texts.find((t) => t.document === "us-2025-11-20-28-point-plan")!;
    const v = judgeText(all, issuesFile, plan, "russia", "ukraine");
    expect(v.rows.length).toBe(plan.picks.length);
    expect(v.a.judged + v.b.judged).toBeGreaterThan(0);
    // the plan crosses Ukraine somewhere: it is not a package both sides could sign
    expect(v.passes).toBe(false);
    expect(describeTextVerdict(v, "Russia", "Ukraine")).toMatch(/^Crosses /);
    // a text from before either side was coded is not judged, and says so
    const early = judgeText(all, issuesFile, texts.find((t) => t.document === "ru-2021-12-17-nato-agreement")!, "russia", "ukraine");
    expect(describeTextVerdict(early, "Russia", "Ukraine")).toMatch(/^Not judged: neither side had a coded position/);
    // limited to the class's issues, it is judged on those only
    expect(judgeText(all, issuesFile, plan, "russia", "ukraine", new Set(["ceasefire"])).rows.map((r) => r.issue)).toEqual(plan.picks.some((p) => p.issue === "ceasefire") ? ["ceasefire"] : []);
  });
});
