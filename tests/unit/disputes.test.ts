import { describe, expect, it } from "vitest";
import actors from "@/data/actors.json";
import disputesFile from "@/data/disputes.json";
import documents from "@/data/documents.json";
import events from "@/data/events.json";
import issues from "@/data/issues.json";
import statements from "@/data/statements.json";
import { countDisputes, disputesOfDocument, disputesOfVerdict, indexDisputes, isOneSided, knownFrom } from "@/lib/disputes";
import { ActorSchema, DocumentSchema, ProvisionSchema, StatementSchema, validateDisputes, type Dispute } from "@/lib/schema";
import { describeDispute, describeDisputes, slideAccounts } from "@/lib/view/disputes";

/*
 * Disputed accounts: the rules the build applies to data/disputes.json (each message naming the
 * file, record and field), the lookups the marks use, the sentences, and what the data holds.
 */

const dataset = {
  actors: actors.map((a) => ActorSchema.parse(a)),
  issues: issues as never,
  statements: statements.map((s) => StatementSchema.parse(s)),
  events,
  documents: documents.documents.map((d) => DocumentSchema.parse(d)),
  provisions: documents.provisions.map((p) => ProvisionSchema.parse(p)),
};
const names: Record<string, string> = { russia: "Russia", ukraine: "Ukraine", "united-states": "the United States" };
const nameOf = (id: string) => names[id] ?? id;

const ru = statements.find((s) => s.id === "ru-2023-06-17-putin-shows-draft")!;
const ua = statements.find((s) => s.id === "ua-2024-06-16-zelensky-istanbul-ultimatums")!;
const base: Dispute = {
  id: "test-dispute",
  title: "A test dispute",
  date: "2022-03-29",
  question: "Was anything agreed?",
  about: { events: ["istanbul-communique-2022"], documents: ["ruua-2022-04-15-draft-treaty"], provisions: [] },
  issues: ["istanbul-draft"],
  accounts: [
    { actor: "russia", summary: "Yes.", statements: [ru.id] },
    { actor: "ukraine", summary: "No.", statements: [ua.id] },
  ],
  independent: null,
  status: "open",
  settled: null,
};
const check = (list: unknown[]) => validateDisputes({ disputes: list, leftOut: [] }, dataset);

describe(validateDisputes, () => {
  it("accepts data/disputes.json", () => {
    const { data, problems } = validateDisputes(disputesFile, dataset);
    expect(problems).toEqual([]);
    expect(data?.disputes.length).toBeGreaterThan(0);
  });
  it("refuses an account that rests on another actor's statement, naming file, record and field", () => {
    const { problems } = check([{ ...base, accounts: [base.accounts[0], { actor: "ukraine", summary: "No.", statements: [ru.id] }] }]);
    expect(problems).toEqual([
      {
        file: "data/disputes.json",
        record: '"test-dispute"',
        field: "accounts.1.statements.0",
        message: `statement "${ru.id}" is by russia, not ukraine: an account rests on its own actor's words`,
      },
    ]);
  });
  it("refuses unknown records, two accounts by one actor, an 'independent' side, a dispute about nothing, and a settled one without its statement", () => {
    const messages = (d: unknown) => check([d]).problems.map((p) => `${p.field}: ${p.message}`);
    expect(messages({ ...base, about: { ...base.about, events: ["no-such-event"] } })).toEqual(['about.events.0: unknown event "no-such-event"']);
    expect(messages({ ...base, issues: ["nope"] })).toEqual(['issues.0: unknown issue "nope"']);
    expect(messages({ ...base, accounts: [base.accounts[0], base.accounts[0]] })).toEqual(["accounts.1.actor: russia has two accounts: give one account per actor"]);
    expect(messages({ ...base, independent: { summary: "s", statements: [ru.id], documents: [] } })).toEqual([
      `independent.statements.0: statement "${ru.id}" is by russia, a side of the dispute: an independent source is another actor`,
    ]);
    expect(messages({ ...base, about: { events: [], documents: [], provisions: [] } })).toEqual(["about: a dispute is about at least one event, document or provision"]);
    expect(messages({ ...base, status: "settled" })).toEqual(["settled: a settled dispute names the statement that settled it"]);
    expect(messages({ ...base, status: "settled", settled: { by: "nope", summary: "s" } })).toEqual(['settled.by: unknown statement "nope"']);
    expect(messages({ ...base, accounts: [] })[0]).toMatch(/^accounts: /);
  });
  it("refuses disputes out of date order and a file that is not the object of two lists", () => {
    expect(check([base, { ...base, id: "earlier", date: "2022-01-01" }]).problems.map((p) => p.message)).toEqual([
      '2022-01-01 is before the date of the dispute above it ("test-dispute", 2022-03-29): keep disputes in date order',
    ]);
    expect(validateDisputes([], dataset).problems).toEqual([{ file: "data/disputes.json", record: "(file)", field: "(root)", message: "must be an object with the lists disputes and leftOut" }]);
  });
});

describe("the lookups", () => {
  const claim: Dispute = { ...base, id: "claim", about: { events: [], documents: [], provisions: ["ruua-2022-04-15-draft-treaty--art-1-framing--istanbul-draft"] }, accounts: [base.accounts[0]!] };
  const index = indexDisputes([base, claim]);
  it("finds the disputes of an event, a text (or its clauses), and a verdict on an issue", () => {
    expect(index.byEvent.get("istanbul-communique-2022")?.map((d) => d.id)).toEqual(["test-dispute"]);
    expect(disputesOfDocument(index, "ruua-2022-04-15-draft-treaty", ["ruua-2022-04-15-draft-treaty--art-1-framing--istanbul-draft"]).map((d) => d.id)).toEqual(["test-dispute", "claim"]);
    expect(disputesOfVerdict(index, "ruua-2022-04-15-draft-treaty", "istanbul-draft", []).map((d) => d.id)).toEqual(["test-dispute"]);
    // a verdict on an issue the dispute does not bear on carries no mark
    expect(disputesOfVerdict(index, "ruua-2022-04-15-draft-treaty", "territory", [])).toEqual([]);
  });
  it("tells a claim of one side from a dispute, and counts them", () => {
    expect(isOneSided(claim)).toBe(true);
    expect(isOneSided(base)).toBe(false);
    expect(countDisputes([base, claim])).toEqual({ total: 2, open: 2, settled: 0, oneSided: 1 });
  });
  it("dates a dispute from when its last account was first stated", () => {
    const dateOf = (id: string) => statements.find((s) => s.id === id)?.date;
    expect(knownFrom(base, dateOf)).toBe(ua.date);
    expect(knownFrom(claim, dateOf)).toBe(ru.date);
  });
  it("says it in words", () => {
    expect(describeDispute(base, nameOf)).toBe("Russia and Ukraine give conflicting accounts (open).");
    expect(describeDispute(claim, nameOf)).toBe("Claimed by Russia only; no other party confirms it in the record (open).");
    expect(describeDisputes([base, claim])).toBe(
      "Parley records 2 disputed accounts: 2 open and 0 settled. 1 is a claim that only one side makes and no other party confirms in the record.",
    );
    expect(describeDisputes([])).toBe("Parley records no disputed accounts.");
  });
});

describe("the data", () => {
  const { disputes } = disputesFile as { disputes: Dispute[] };
  it("holds the Istanbul texts with both sides' cited accounts", () => {
    const istanbul = disputes.find((d) => d.about.documents.includes("ruua-2022-04-15-draft-treaty"))!;
    expect(istanbul.accounts.map((a) => a.actor).sort()).toEqual(["russia", "ukraine"]);
    for (const account of istanbul.accounts) expect(account.statements.length).toBeGreaterThan(0);
  });
  it("marks the Anchorage understandings as claimed by Russia only", () => {
    const anchorage = disputes.find((d) => d.about.events.includes("alaska-summit"))!;
    expect(isOneSided(anchorage)).toBe(true);
    expect(anchorage.accounts[0]?.actor).toBe("russia");
  });
  it("records the September 2026 halt to energy strikes, which neither side confirmed", () => {
    const halt = disputes.find((d) => d.about.events.includes("energy-strike-halt-announced-2026"))!;
    expect(halt.accounts.map((a) => a.actor)).toEqual(["united-states"]);
    expect(halt.status).toBe("open");
  });
});

describe(slideAccounts, () => {
  const three = { accounts: ["russia", "ukraine", "united-states"].map((actor) => ({ actor, summary: "s", cited: [] })) };
  it("puts the deck's pair first, two accounts at most, and names the rest", () => {
    expect(slideAccounts(three, ["ukraine", "russia"]).shown.map((a) => a.actor)).toEqual(["ukraine", "russia"]);
    expect(slideAccounts(three, ["ukraine", "russia"]).others.map((a) => a.actor)).toEqual(["united-states"]);
    expect(slideAccounts(three, ["united-states", "europe"]).shown.map((a) => a.actor)).toEqual(["united-states", "russia"]);
  });
});
