import { describe, expect, it } from "vitest";
import actors from "@/data/actors.json";
import changelog from "@/data/changelog.json";
import documents from "@/data/documents.json";
import events from "@/data/events.json";
import issues from "@/data/issues.json";
import meta from "@/data/meta.json";
import positions from "@/data/positions.json";
import statements from "@/data/statements.json";
import { toDatasetInfo } from "@/lib/dataset-info";
import { addDays } from "@/lib/dates";
import { compareVersions, formatProblem, validateChangelog, validateDataset, type ChangelogEntry } from "@/lib/schema";
import { changelogCodec, toChangelogQuery } from "@/lib/url/changelog";
import { describeChangelog, filterChangelog, toChangelogItems, toHistoryCounts, toHistoryHref, withOptionLabels } from "@/lib/view/changelog";

// the clock's day, as the build checks it: a log entry made today must pass
const today = new Date().toISOString().slice(0, 10);
const { dataset } = validateDataset({ actors, issues, statements, positions, events, documents, meta }, today);
if (!dataset) throw new Error("data/ must be valid for these tests");
const version = toDatasetInfo(dataset).version;
const statement = dataset.statements[0]!;
const position = dataset.positions[0]!;

const good: ChangelogEntry = {
  id: "test-1",
  version,
  date: today,
  kind: "correction",
  record: statement.id,
  file: "statements",
  issues: [statement.issues[0]!],
  field: "summary",
  from: "old words",
  to: "new words",
  why: "A test entry that follows every rule.",
};
const check = (entries: unknown[]) => validateChangelog(entries, dataset, { version, today });
/** The problems of one entry: each must name data/changelog.json, the entry and the field. */
const problemsOf = (over: Record<string, unknown>) => check([{ ...good, ...over }]).problems;

describe(validateChangelog, () => {
  it("accepts data/changelog.json as it stands", () => {
    const { entries, problems } = check(changelog);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(entries).toHaveLength(changelog.length);
  });
  it("accepts a good entry", () => {
    expect(check([good])).toEqual({ entries: [good], problems: [] });
  });
  it("accepts an entry about a record that is gone, when the log records its removal", () => {
    const removal = { ...good, id: "test-2", kind: "removal", record: "ru-no-such-position", file: "positions", field: undefined, from: "ideal 1, acceptable [1, 1]", to: undefined };
    const before = { ...good, id: "test-1", kind: "new-position", record: "ru-no-such-position", file: "positions", field: undefined, from: undefined };
    expect(check([before, removal]).problems).toEqual([]);
  });

  const cases: [string, Record<string, unknown>, string, RegExp][] = [
    ["a malformed version", { version: "2026-10-10" }, "version", /YYYY-MM-DD\.rN/],
    ["a version after the dataset's", { version: `${version.slice(0, 10)}.r99` }, "version", /after the dataset's/],
    ["a date that is not a real day", { date: "2026-02-30" }, "date", /real date/],
    ["a date in the future", { date: addDays(today, 1) }, "date", /in the future/],
    ["a date before the day its version is current to", { date: "2026-01-01" }, "date", /before .* the day version/],
    ["an unknown kind", { kind: "rewrite" }, "kind", /./],
    ["an unknown file", { file: "events" }, "file", /./],
    ["a kind that cannot name the file", { kind: "new-statement", file: "positions", record: position.id }, "file", /data\/statements\.json/],
    ["an unknown record", { record: "no-such-statement" }, "record", /unknown record "no-such-statement"/],
    ["the removal of a record still in the data", { kind: "removal" }, "record", /still in data\/statements\.json/],
    ["an unknown issue", { issues: ["no-such-issue"] }, "issues.0", /unknown issue "no-such-issue"/],
    ["a correction without its field", { field: undefined }, "field", /names the field/],
    ["a re-coding of a statement", { kind: "re-coding" }, "file", /positions\.json or data\/documents\.json/],
    ["an empty reason", { why: "" }, "why", /./],
    ["a reason of more than 60 words", { why: "word ".repeat(61) }, "why", /61 words/],
    ["an id that is not kebab-case", { id: "Test 1" }, "id", /kebab-case/],
  ];
  for (const [what, over, field, message] of cases)
    it(`refuses ${what}, naming data/changelog.json, the entry and the field`, () => {
      const problems = problemsOf(over);
      const record = typeof over.id === "string" ? `"${over.id}"` : '"test-1"';
      expect(problems).toContainEqual(expect.objectContaining({ file: "data/changelog.json", record, field, message: expect.stringMatching(message) }));
      expect(check([{ ...good, ...over }]).entries).toBeUndefined();
    });

  it("refuses a duplicate id", () => {
    expect(check([good, { ...good }]).problems).toContainEqual({ file: "data/changelog.json", record: '"test-1"', field: "id", message: 'duplicate id "test-1"' });
  });
  it("refuses entries out of the order the changes were made", () => {
    const later = { ...good, id: "test-2" };
    const earlier = { ...good, id: "test-3", date: "2026-12-01" };
    expect(check([later, earlier]).problems).toContainEqual(expect.objectContaining({ record: '"test-3"', field: "date", message: expect.stringMatching(/entry above it \("test-2"/) }));
  });
  it("refuses a file that is not a list", () => {
    expect(check({} as unknown as unknown[]).problems).toEqual([{ file: "data/changelog.json", record: "(file)", field: "(root)", message: "must be a JSON array of records" }]);
  });
  it("says each problem with its file, record and field", () => {
    expect(problemsOf({ issues: ["no-such-issue"] }).map(formatProblem)).toEqual(['data/changelog.json › "test-1" › issues.0: unknown issue "no-such-issue"']);
  });
});

describe(compareVersions, () => {
  it("orders versions by the day the data is current to, then by revision", () => {
    expect(["2026-10-10.r2", "2026-06-21.r1", "2026-10-10.r10", "2026-10-10.r1"].sort(compareVersions)).toEqual(["2026-06-21.r1", "2026-10-10.r1", "2026-10-10.r2", "2026-10-10.r10"]);
  });
});

describe("the change log's view", () => {
  const entries = check(changelog).entries!;
  const lookups = {
    statements: dataset.statements,
    positions: dataset.positions,
    documents: dataset.documents.map((d) => ({ id: d.id, document: d.id, title: d.shortTitle })),
    issues: dataset.issues,
    actorName: (id: string) => dataset.actors.find((a) => a.id === id)?.name ?? id,
    view: { latest: toDatasetInfo(dataset).currentTo, defaultA: "russia", defaultB: "ukraine" },
  };
  const items = toChangelogItems(entries, lookups);

  it("lists the entries newest first, the latest in the file first within a day", () => {
    expect(items).toHaveLength(entries.length);
    for (let i = 1; i < items.length; i++) expect(items[i - 1]!.date >= items[i]!.date).toBe(true);
    expect(items[0]!.id).toBe(entries.at(-1)!.id);
  });
  it("links a statement to its own page and a position to its issue page at its date", () => {
    const s = items.find((item) => item.file === "statements" && !item.gone)!;
    expect(s.href).toBe(`/statements/${s.record}/`);
    const p = items.find((item) => item.file === "positions" && !item.gone)!;
    const coded = dataset.positions.find((x) => x.id === p.record)!;
    expect(p.href).toMatch(new RegExp(`^/issues/${coded.issue}/(\\?date=${coded.validFrom}.*)?$`));
  });
  it("links a removed position to its issue page and says it is gone", () => {
    const gone = items.find((item) => item.kind === "removal")!;
    expect(gone).toMatchObject({ gone: true, label: gone.record, href: `/issues/${gone.issues[0]}/` });
  });
  it("counts each record's entries for the cards' history links", () => {
    const counts = toHistoryCounts(entries);
    const busiest = Object.entries(counts.positions).sort((x, y) => y[1] - x[1])[0]!;
    expect(busiest[1]).toBe(entries.filter((e) => e.file === "positions" && e.record === busiest[0]).length);
    expect(toHistoryHref(busiest[0])).toBe(`/corrections/?record=${busiest[0]}`);
  });
  it("filters by kind, issue and record together", () => {
    const shown = filterChangelog(items, { kind: "re-coding", issue: "territory", record: "" });
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((item) => item.kind === "re-coding" && item.issues.includes("territory"))).toBe(true);
    expect(filterChangelog(items, { kind: "", issue: "", record: items[0]!.record }).every((item) => item.record === items[0]!.record)).toBe(true);
  });
  it("sums up the whole log by kind and version, and a filter by what it shows", () => {
    const names = { issue: (id: string) => dataset.issues.find((i) => i.id === id)?.title ?? id, record: (id: string) => id };
    expect(describeChangelog(items, items, { kind: "", issue: "", record: "" }, names)).toMatch(/^\d+ changes to the data, newest first: .*new statements.*, in \d+ dataset versions, 2026-06-21\.r1 to \d{4}-\d{2}-\d{2}\.r\d+\.$/);
    const removals = filterChangelog(items, { kind: "removal", issue: "", record: "" });
    expect(describeChangelog(items, removals, { kind: "removal", issue: "", record: "" }, names)).toBe(`Showing ${removals.length} of ${items.length} changes (Removal): ${removals.length} removals.`);
    expect(describeChangelog(items, [], { kind: "removal", issue: "military-limits", record: "" }, names)).toMatch(/^Showing 0 of .*: none matches\.$/);
  });
});

describe(withOptionLabels, () => {
  const issue = { spectrum: [{ value: 0, label: "Zero" }, { value: 1, label: "One" }, { value: 2, label: "Two" }] };
  it("names the options of an ideal, a range and a whole coding", () => {
    expect(withOptionLabels("1", issue)).toBe("1 (One)");
    expect(withOptionLabels("[0, 2]", issue)).toBe("[0, 2] (Zero to Two)");
    expect(withOptionLabels("ideal 2, acceptable [1, 2]", issue)).toBe("ideal 2 (Two), acceptable [1, 2] (One to Two)");
  });
  it("leaves text alone without an issue", () => {
    expect(withOptionLabels("[0, 2]", undefined)).toBe("[0, 2]");
  });
});

describe("changelogCodec", () => {
  const context = { kinds: ["correction", "removal"], issues: ["territory"], records: ["r-1"] };
  it("reads a filter and writes it back, leaving out what shows everything", () => {
    const { state, notices } = changelogCodec.parse(new URLSearchParams("kind=removal&issue=territory&record=r-1"), context);
    expect(state).toEqual({ kind: "removal", issue: "territory", record: "r-1" });
    expect(notices).toEqual([]);
    expect(changelogCodec.toQuery(state, context)).toBe("?kind=removal&issue=territory&record=r-1");
    expect(toChangelogQuery({ kind: "", issue: "", record: "" })).toBe("");
  });
  it("ignores what the log does not know, with a notice for each", () => {
    const { state, notices } = changelogCodec.parse(new URLSearchParams("kind=rewrite&issue=atlantis&record=nope"), context);
    expect(state).toEqual({ kind: "", issue: "", record: "" });
    expect(notices).toEqual([
      { code: "unknown-change-kind", value: "rewrite" },
      { code: "unknown-issue", value: "atlantis" },
      { code: "unknown-record", value: "nope" },
    ]);
  });
});
