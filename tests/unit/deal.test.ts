import { describe, expect, it } from "vitest";
import documentsFile from "@/data/documents.json";
import issuesFile from "@/data/issues.json";
import positionsFile from "@/data/positions.json";
import { indexPositions, type Coded } from "@/lib/analysis";
import { judgeDeal, judgeText, toTextPackages, type TextVerdict } from "@/lib/deal";
import { toStances } from "@/lib/documents";
import { DocumentSchema, PositionSchema, ProvisionSchema } from "@/lib/schema";
import type { ViewContext } from "@/lib/url/view-state";
import { PACKAGE_SCREEN, parseDealScreen, parseDealState, toDealContext, toDealQuery, toDealScreenQuery, type DealContext } from "@/lib/url/deal";
import { dealKey, describeDeal, describeDealBrief, describeReveal, describeTextVerdict, formatPickVerdict, rankTextVerdicts } from "@/lib/view/deal";

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
    expect(describeDealBrief(r, "Russia", "Ukraine")).toBe("This package would not pass both sides: Russia could live with 2 of 3 picks, Ukraine could live with 1 of 2 picks.");
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
  it("counts each issue's options from its spectrum", () => {
    const view: ViewContext = { actors: context.actors, defaultA: "russia", defaultB: "ukraine", earliest: context.earliest, latest: context.latest };
    expect(toDealContext(view, issues)).toEqual(context);
  });
  it("reads picks and the reveal, and writes them back in the issues' order", () => {
    const { state, notices } = parseDealState(new URLSearchParams("deal=territory.3~ceasefire.2&reveal=1"), context);
    expect(notices).toEqual([]);
    expect(state.picks).toEqual({ territory: 3, ceasefire: 2 });
    expect(state.reveal).toBe(true);
    expect(toDealQuery(state, context)).toBe("?deal=ceasefire.2%7Eterritory.3&reveal=1");
  });
  it("ignores an unknown issue, an option off the spectrum and a second pick on an issue, each with a notice", () => {
    const { state, notices } = parseDealState(new URLSearchParams("deal=atlantis.1~ceasefire.9~ceasefire.1~ceasefire.2~territory.x~territory.2.9"), context);
    expect(state.picks).toEqual({ ceasefire: 1 });
    expect(notices).toEqual(["atlantis.1", "ceasefire.9", "ceasefire.2", "territory.x", "territory.2.9"].map((value) => ({ code: "unknown-pick", value })));
    expect(toDealQuery({ ...state, picks: {} }, context)).toBe("");
  });
  it("holds the projector's screen beside the package, the first issue with no parameter", () => {
    const { state, notices } = parseDealScreen(new URLSearchParams("deal=ceasefire.2&at=territory"), context);
    expect(notices).toEqual([]);
    expect(state.at).toBe("territory");
    expect(toDealScreenQuery(state, context)).toBe("?deal=ceasefire.2&at=territory");
    expect(toDealScreenQuery({ ...state, at: "ceasefire" }, context)).toBe("?deal=ceasefire.2");
    expect(toDealScreenQuery({ ...state, at: PACKAGE_SCREEN, reveal: true }, context)).toBe("?deal=ceasefire.2&reveal=1&at=package");
    // an unknown screen opens the first issue and says why
    const unknown = parseDealScreen(new URLSearchParams("at=atlantis"), context);
    expect(unknown.state.at).toBe("ceasefire");
    expect(unknown.notices).toEqual([{ code: "unknown-issue", value: "atlantis" }]);
    expect(parseDealScreen(new URLSearchParams(""), context).state.at).toBe("ceasefire");
  });
});

describe("the projector's keys", () => {
  const key = (k: string, more: Partial<{ ctrlKey: boolean; shiftKey: boolean }> = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...more });
  it("picks an option by its number, 0 leaving the issue out, even on a focused radio", () => {
    expect(dealKey(key("0"), { inField: true }, 6)).toEqual({ type: "pick", option: null });
    expect(dealKey(key("1"), { inField: true }, 6)).toEqual({ type: "pick", option: 0 });
    expect(dealKey(key("6"), {}, 6)).toEqual({ type: "pick", option: 5 });
    // past the spectrum, with a modifier or in a text field a digit does nothing here
    expect(dealKey(key("7"), {}, 6)).toBeUndefined();
    expect(dealKey(key("2", { ctrlKey: true }), {}, 6)).toBeUndefined();
    expect(dealKey(key("2"), { inField: true, inText: true }, 6)).toBeUndefined();
  });
  it("moves and reveals as the deck does, but has no argue mode", () => {
    expect(dealKey(key("PageDown"), { inField: true }, 6)).toEqual({ type: "next" });
    expect(dealKey(key("PageUp"), {}, 6)).toEqual({ type: "previous" });
    expect(dealKey(key("ArrowDown"), { inField: true }, 6)).toBeUndefined();
    expect(dealKey(key(" "), { inField: true }, 6)).toBeUndefined();
    // on a radio Home, End and R are the deal's; in a text field they are the field's
    expect(dealKey(key("End"), { inField: true }, 6)).toEqual({ type: "last" });
    expect(dealKey(key("r"), { inField: true }, 6)).toEqual({ type: "reveal" });
    expect(dealKey(key("End"), { inField: true, inText: true }, 6)).toBeUndefined();
    expect(dealKey(key("End"), {}, 6)).toEqual({ type: "last" });
    expect(dealKey(key("r"), {}, 6)).toEqual({ type: "reveal" });
    expect(dealKey(key("a"), {}, 6)).toBeUndefined();
  });
});

describe("the reveal's order and sentence", () => {
  const tally = (within: number, judged: number, blockers: string[] = []) => ({ within, judged, blockers });
  const verdict = (document: string, date: string, n: number, a: ReturnType<typeof tally>, b: ReturnType<typeof tally>): TextVerdict => ({
    document,
    date,
    rows: Array.from({ length: n }, (_, i) => ({ issue: `i${i}`, a: { kind: "no-position" }, b: { kind: "no-position" } }) as TextVerdict["rows"][number]),
    a,
    b,
    passes: n > 0 && a.blockers.length === 0 && b.blockers.length === 0 && a.judged === n && b.judged === n,
  });
  const passing = verdict("passing", "2025-03-01", 2, tally(2, 2), tally(2, 2));
  const oneCross = verdict("one-cross", "2022-03-29", 2, tally(2, 2), tally(1, 2, ["i1"]));
  const oneCrossLater = verdict("one-cross-later", "2025-11-20", 2, tally(2, 2), tally(1, 2, ["i0"]));
  const threeCross = verdict("three-cross", "2022-01-01", 3, tally(1, 3, ["i0", "i1"]), tally(2, 3, ["i2"]));
  const unjudged = verdict("unjudged", "2021-12-17", 2, tally(0, 0), tally(0, 0));
  const silent = verdict("silent", "2024-01-01", 0, tally(0, 0), tally(0, 0));
  it("puts texts within both ranges first, then fewest crossings and the earlier date, a text judged on nothing last, leaving out the silent", () => {
    expect(rankTextVerdicts([silent, threeCross, oneCrossLater, unjudged, oneCross, passing]).map((v) => v.document)).toEqual(["passing", "one-cross", "one-cross-later", "three-cross", "unjudged"]);
  });
  it("says a text's verdict in the singular when it places one issue", () => {
    const one = verdict("one", "2025-06-02", 1, tally(1, 1), tally(1, 1));
    expect(describeTextVerdict(one, "Russia", "Ukraine")).toBe("Within both sides' ranges on the one issue it places.");
    expect(describeTextVerdict(verdict("x", "2025-06-02", 1, tally(0, 1, ["i0"]), tally(1, 1)), "Russia", "Ukraine")).toBe("Crosses Russia on 1 of 1 issue.");
    expect(describeTextVerdict(passing, "Russia", "Ukraine")).toBe("Within both sides' ranges on all 2 issues it places.");
  });
  it("counts the texts that place the class's issues and names those within both ranges", () => {
    expect(describeReveal([passing, oneCross, silent], (id) => id.toUpperCase(), true)).toBe("2 key texts place your issues; 1 was within both sides' ranges on all of them: PASSING.");
    expect(describeReveal([oneCross], (id) => id, false)).toBe("1 key text places at least one issue; none was within both sides' ranges on every issue it places.");
    expect(describeReveal([passing, { ...passing, document: "again" }], (id) => id, true)).toBe("2 key texts place your issues; 2 were within both sides' ranges on all of them: passing and again.");
    expect(describeReveal([silent], (id) => id, true)).toBe("No key text places any of your issues.");
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
