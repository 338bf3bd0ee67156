import { describe, expect, it } from "vitest";
import actors from "@/data/actors.json";
import issues from "@/data/issues.json";
import positions from "@/data/positions.json";
import statements from "@/data/statements.json";
import events from "@/data/events.json";
import documents from "@/data/documents.json";
import meta from "@/data/meta.json";
import { indexPositions, type Coded } from "@/lib/analysis";
import { PositionSchema, validateDataset, type Position, type SequencingStage } from "@/lib/schema";
import { collide, countStages, isFinalStatus, isPrecondition, sequencingView, STAGE_ORDER, stageAgreement } from "@/lib/sequencing";
import readingsB from "@/data/sequencing-b.json";
import { describeCollision, describeSequencing, describeStageCounts, toSequencingRows } from "@/lib/view/sequencing";
import { fromPositionRow, toPositionRow } from "@/lib/files/data-files";
import { loadBase } from "./load-fixture";

/*
 * The sequencing rules on hand-made positions, then on the data: every party position has a stage
 * (or says it is unknown), each stage rests on its own actor's words, and the collision the issue
 * names (ceasefire first against settlement first, at 2025-06-03) is found with its statements.
 */

const coded = (actor: string, issue: string, validFrom: string, stage: SequencingStage | undefined, salience = 3): Coded => ({
  id: `${actor}-${issue}-${validFrom}`,
  actor,
  issue,
  validFrom,
  ideal: 0,
  acceptable: [0, 0],
  salience,
  sequencing: stage ? { stage, evidence: stage === "unknown" ? [] : [`s-${actor}-${issue}`], rationale: `why ${stage}` } : undefined,
});
const names: Record<string, string> = { russia: "Russia", ukraine: "Ukraine", "united-states": "the United States" };
const nameOf = (id: string) => names[id] ?? id;
const titleOf = (id: string) => id[0]!.toUpperCase() + id.slice(1);

describe("the stages", () => {
  it("run from before talks to after the settlement, unknown outside the order", () => {
    expect(STAGE_ORDER).toEqual(["before-talks", "before-ceasefire", "in-settlement", "after-settlement", "unknown"]);
    expect(STAGE_ORDER.filter(isPrecondition)).toEqual(["before-talks", "before-ceasefire"]);
    expect(STAGE_ORDER.filter(isFinalStatus)).toEqual(["in-settlement", "after-settlement"]);
  });
});

describe(collide, () => {
  it("finds one side's precondition that is the other's final term, whichever side comes first", () => {
    const ua = { actor: "ukraine", stage: "before-ceasefire" as const };
    const ru = { actor: "russia", stage: "in-settlement" as const };
    expect(collide("ceasefire", ua, ru)).toEqual({ issue: "ceasefire", first: ua, last: ru });
    expect(collide("ceasefire", ru, ua)).toEqual({ issue: "ceasefire", first: ua, last: ru });
  });
  it("is no collision when both want it first, both leave it to the end, or either does not say", () => {
    expect(collide("x", { actor: "a", stage: "before-talks" }, { actor: "b", stage: "before-ceasefire" })).toBeUndefined();
    expect(collide("x", { actor: "a", stage: "in-settlement" }, { actor: "b", stage: "after-settlement" })).toBeUndefined();
    expect(collide("x", { actor: "a", stage: "before-talks" }, { actor: "b", stage: "unknown" })).toBeUndefined();
  });
});

describe(sequencingView, () => {
  const history = [
    coded("ukraine", "ceasefire", "2025-01-01", "before-ceasefire", 5),
    coded("russia", "ceasefire", "2025-01-01", "in-settlement", 4),
    coded("ukraine", "territory", "2025-01-01", "in-settlement", 5),
    coded("russia", "territory", "2025-01-01", "before-ceasefire", 5),
    coded("ukraine", "sanctions", "2025-01-01", "unknown", 2),
    coded("russia", "sanctions", "2025-01-01", "after-settlement", 2),
    // a later Russian position that takes the collision away from 1 March
    coded("russia", "ceasefire", "2025-03-01", "before-ceasefire", 4),
  ];
  const issueIds = ["ceasefire", "territory", "sanctions", "humanitarian"];
  const view = (date: string) => sequencingView(indexPositions(history), issueIds, "russia", "ukraine", date);

  it("orders each side's demands by stage, the more salient first within a stage, unknown last", () => {
    const v = view("2025-02-01");
    expect(v.a.steps.map((s) => [s.issue, s.stage])).toEqual([
      ["territory", "before-ceasefire"],
      ["ceasefire", "in-settlement"],
      ["sanctions", "after-settlement"],
    ]);
    expect(v.b.steps.map((s) => s.issue)).toEqual(["ceasefire", "territory", "sanctions"]);
    expect(v.a.uncoded).toEqual(["humanitarian"]);
    expect(v.a.steps[0]).toMatchObject({ evidence: ["s-russia-territory"], rationale: "why before-ceasefire" });
  });
  it("finds the collisions in the issues' order, and follows the date", () => {
    expect(view("2025-02-01").collisions).toEqual([
      { issue: "ceasefire", first: { actor: "ukraine", stage: "before-ceasefire" }, last: { actor: "russia", stage: "in-settlement" } },
      { issue: "territory", first: { actor: "russia", stage: "before-ceasefire" }, last: { actor: "ukraine", stage: "in-settlement" } },
    ]);
    expect(view("2025-03-01").collisions.map((c) => c.issue)).toEqual(["territory"]);
    expect(view("2024-12-31").collisions).toEqual([]);
  });
  it("reads a position without a stage as unknown, and says when an actor carries none", () => {
    const v = sequencingView(indexPositions([...history, { ...coded("united-states", "ceasefire", "2025-01-01", undefined) }]), issueIds, "united-states", "ukraine", "2025-02-01");
    expect(v.a).toMatchObject({ tagged: false, steps: [{ issue: "ceasefire", stage: "unknown", evidence: [] }] });
    expect(v.collisions).toEqual([]);
    expect(describeSequencing(v, nameOf, titleOf)).toContain("Parley tags when demands must be met only for the parties to the war; the United States's positions carry no stage.");
  });
  it("says it in words: what each side wants first and where the orders collide", () => {
    const v = view("2025-02-01");
    expect(describeSequencing(v, nameOf, titleOf)).toBe(
      "On 1 February 2025: Russia wants Territory met first (before a ceasefire). Ukraine wants Ceasefire met first (before a ceasefire). Their orders collide on 2 issues: Ceasefire and Territory.",
    );
    expect(describeCollision(v.collisions[0]!, nameOf, titleOf)).toBe("Ceasefire: Ukraine wants it met before a ceasefire; Russia puts it in the settlement.");
    expect(describeStageCounts(v.b)).toBe("1 before a ceasefire, 1 in the settlement and 1 not stated");
    expect(countStages(v.a)).toEqual({ "before-talks": 0, "before-ceasefire": 1, "in-settlement": 1, "after-settlement": 1, unknown: 0 });
    expect(toSequencingRows(v, issueIds)).toEqual([
      { issue: "ceasefire", a: "in-settlement", b: "before-ceasefire", collision: true },
      { issue: "territory", a: "before-ceasefire", b: "in-settlement", collision: true },
      { issue: "sanctions", a: "after-settlement", b: "unknown", collision: false },
    ]);
  });
});

describe("the sequencing field", () => {
  const base = { id: "p", actor: "russia", issue: "ceasefire", validFrom: "2025-01-01", ideal: 5, acceptable: [5, 5], salience: 5, evidence: ["s"], rationale: "r", confidence: "high" };
  it("needs a statement for a known stage, none for unknown, and a short rationale", () => {
    expect(PositionSchema.safeParse({ ...base, sequencing: { stage: "in-settlement", evidence: [], rationale: "r" } }).error?.issues[0]).toMatchObject({
      path: ["sequencing", "evidence"],
      message: "a known stage needs at least one statement that states the order",
    });
    expect(PositionSchema.safeParse({ ...base, sequencing: { stage: "unknown", evidence: [], rationale: "nothing says when" } }).success).toBe(true);
    expect(PositionSchema.safeParse({ ...base, sequencing: { stage: "first", evidence: ["s"], rationale: "r" } }).success).toBe(false);
    expect(PositionSchema.safeParse({ ...base, sequencing: { stage: "unknown", evidence: [], rationale: Array(61).fill("w").join(" ") } }).error?.issues[0]?.message).toBe(
      "sequencing.rationale has 61 words; the limit is 60",
    );
  });
  it("goes out in the CSV and comes back the same, and a row without it carries none", () => {
    const withStage = PositionSchema.parse({ ...base, sequencing: { stage: "before-talks", evidence: ["s", "t"], rationale: "first, talks" } });
    const row = Object.fromEntries(Object.entries(toPositionRow(withStage)).map(([k, v]) => [k, String(v)]));
    expect(PositionSchema.parse(fromPositionRow(row))).toEqual(withStage);
    const without = PositionSchema.parse(base);
    const bare = Object.fromEntries(Object.entries(toPositionRow(without)).filter(([k]) => !k.startsWith("sequencing")).map(([k, v]) => [k, String(v)]));
    expect(PositionSchema.parse(fromPositionRow(bare)).sequencing).toBeUndefined();
  });
});

describe("the dataset's rules for sequencing", () => {
  const raw = loadBase();
  const list = raw.positions as Position[];
  const first = list.find((p) => p.actor === "russia")!;
  const rest = list.filter((p) => p.id !== first.id);
  const withPositions = (positions: unknown[], extra: unknown[] = []) =>
    validateDataset({ ...raw, positions, statements: [...(raw.statements as unknown[]), ...extra] }, "2026-12-01");

  it("refuses a party's position without a stage, naming the file, record and field; an import may lack it", () => {
    const bare = { ...first, sequencing: undefined };
    expect(withPositions([...rest, bare]).problems).toContainEqual({
      file: "data/positions.json",
      record: `"${first.id}"`,
      field: "sequencing",
      message: expect.stringContaining("needs a sequencing stage"),
    });
    expect(validateDataset({ ...raw, positions: [...rest, bare] }, "2026-12-01", { sequencing: "optional" }).problems).toEqual([]);
  });
  it("refuses a stage resting on a statement from after the position ends", () => {
    const statement = (raw.statements as { id: string; actor: string }[]).find((s) => s.id === first.evidence[0])!;
    const later = { ...statement, id: "ru-later-restatement", date: "2024-12-21", quote: "" };
    const next = { ...first, id: "ru-next", validFrom: "2024-12-20", sequencing: { stage: "unknown", evidence: [], rationale: "r" } };
    const { problems } = withPositions([...rest, { ...first, sequencing: { stage: "before-talks", evidence: [later.id], rationale: "r" } }, next], [later]);
    expect(problems).toContainEqual({
      file: "data/positions.json",
      record: `"${first.id}"`,
      field: "sequencing.evidence.0",
      message: 'statement "ru-later-restatement" of 2024-12-21 is from after the position ends (the actor\'s next position on "ceasefire" starts 2024-12-20)',
    });
    // the same statement is fine while the position still holds
    expect(withPositions([...rest, { ...first, sequencing: { stage: "before-talks", evidence: [later.id], rationale: "r" } }], [later]).problems).toEqual([]);
  });
});

describe("the data", () => {
  const parties = new Set(actors.filter((a) => a.kind === "party").map((a) => a.id));
  const all = (positions as Position[]).map((p) => PositionSchema.parse(p));
  it("gives every Russia and Ukraine position a stage or an explicit unknown, and the mediators none", () => {
    expect(all.filter((p) => parties.has(p.actor) && !p.sequencing).map((p) => p.id)).toEqual([]);
    expect(all.filter((p) => !parties.has(p.actor) && p.sequencing).map((p) => p.id)).toEqual([]);
    expect(validateDataset({ actors, issues, statements, positions, events, documents, meta }, "2026-12-31").problems).toEqual([]);
  });
  const viewOn = (date: string) => sequencingView(indexPositions(all), issues.map((i) => i.id), "russia", "ukraine", date);
  const ids = new Set(statements.map((s) => s.id));
  const restsOnStatements = (v: ReturnType<typeof viewOn>, issue: string) => {
    for (const side of [v.a, v.b]) {
      const step = side.steps.find((s) => s.issue === issue)!;
      expect(step.evidence.length).toBeGreaterThan(0);
      expect(step.evidence.every((id) => ids.has(id))).toBe(true);
    }
  };
  it("at 2025-06-03 (the memoranda) finds Ukraine's ceasefire first against Russia's withdrawal before a ceasefire, with the statements behind both", () => {
    const v = viewOn("2025-06-03");
    // both memoranda put a ceasefire before the treaty, so the ceasefire issue itself does not collide;
    // the collision is Russia's precondition for that ceasefire (Ukraine leaves the four regions), which Kyiv leaves to the settlement
    expect(v.b.steps.find((s) => s.issue === "ceasefire")?.stage).toBe("before-talks");
    expect(v.collisions).toContainEqual({ issue: "territory", first: { actor: "russia", stage: "before-ceasefire" }, last: { actor: "ukraine", stage: "in-settlement" } });
    restsOnStatements(v, "territory");
  });
  it("at the latest date finds ceasefire first against settlement first on the ceasefire itself", () => {
    const v = viewOn("2026-10-10");
    expect(v.collisions).toContainEqual({ issue: "ceasefire", first: { actor: "ukraine", stage: "before-talks" }, last: { actor: "russia", stage: "in-settlement" } });
    restsOnStatements(v, "ceasefire");
  });
});

describe(stageAgreement, () => {
  it("counts agreement and Cohen's κ, and measures the second reading in the data", () => {
    expect(stageAgreement([["in-settlement", "in-settlement"], ["before-talks", "unknown"]])).toMatchObject({ n: 2, agree: 1, observed: 0.5 });
    expect(stageAgreement([["unknown", "unknown"]]).kappa).toBeNull();
    const first = new Map((positions as Position[]).map((p) => [p.id, p.sequencing?.stage]));
    const pairs = (readingsB as { position: string; stage: SequencingStage }[]).map((r) => [first.get(r.position)!, r.stage] as [SequencingStage, SequencingStage]);
    expect(pairs.length).toBe(133);
    const measured = stageAgreement(pairs);
    // the figure the methodology prints, measured once and not tuned: 121 of 133, κ 0.865
    expect(measured.agree).toBe(121);
    expect(measured.kappa).toBeCloseTo(0.865, 3);
  });
});
