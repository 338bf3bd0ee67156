import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import actors from "@/data/actors.json";
import { SpectrumChart } from "@/components/charts/spectrum-chart";
import { StatusStrip, StatusStripTable } from "@/components/charts/status-strip";
import { StatusSection } from "@/components/methodology/status-section";
import { IssueSlide } from "@/components/present/slides";
import { StatusMark } from "@/components/ui/status-mark";
import { indexPositions, relation, type Coded } from "@/lib/analysis";
import { ActorSchema } from "@/lib/schema";
import { issueStatus, STALL_DAYS, STATUS_WINDOW_DAYS, statusByMonth } from "@/lib/status";
import { toStatusNote, toStatusStripRow, type StatusExample } from "@/lib/view/status";
import { toActorView, type IssueView } from "@/lib/view/view-model";

/*
 * The status as the components draw it, rendered to static markup as the export prerenders it:
 * the mark beside a verdict, the strip and its table twin, the slide's verdict line and the rules.
 */

const issue: IssueView = { id: "ceasefire", title: "Ceasefire", question: "When?", spectrum: [0, 1, 2, 3, 4, 5, 6].map((value) => ({ value, label: `o${value}` })) };
const coded = (actor: string, validFrom: string, ideal: number, acceptable: [number, number]): Coded => ({
  id: `${actor}-${validFrom}`, actor, issue: "ceasefire", validFrom, ideal, acceptable, salience: 3,
});
const index = indexPositions([coded("ukraine", "2024-01-01", 0, [0, 1]), coded("russia", "2024-01-01", 6, [5, 6]), coded("russia", "2024-10-01", 6, [4, 6])]);
const [a, b] = ["russia", "ukraine"].map((id) => toActorView(ActorSchema.parse(actors.find((actor) => actor.id === id))));
const nameOf = (id: string) => (id === "russia" ? "Russia" : "Ukraine");
const DATE = "2024-11-01";
const note = toStatusNote(issueStatus(index, issue, "russia", "ukraine", DATE), nameOf);
const row = { issue, relation: relation(index, issue, "russia", "ukraine", DATE), status: note };

describe("the status mark", () => {
  it("shows a glyph and the word, and the reason as visible text", () => {
    const html = renderToStaticMarkup(createElement(StatusMark, { note }));
    expect(html).toContain('data-status="converging"');
    expect(html).toContain('<span aria-hidden="true">↘</span>');
    expect(html).toContain("converging");
    expect(html).toContain("Russia widened its range on 1 Oct 2024");
  });
  it("sits beside the verdict in a spectrum chart's row, and in the row of its table", () => {
    const html = renderToStaticMarkup(createElement(SpectrumChart, { rows: [row], a: a!, b: b!, caption: "c", summary: "s" }));
    expect(html.match(/data-testid="status-mark"/g)).toHaveLength(1);
    expect(html).toContain("Status: converging. Russia widened its range on 1 Oct 2024.");
  });
  it("leaves a row without a status as it was", () => {
    const html = renderToStaticMarkup(createElement(SpectrumChart, { rows: [{ ...row, status: undefined }], a: a!, b: b!, caption: "c", summary: "s" }));
    expect(html).not.toContain("status-mark");
  });
});

describe("the status strip", () => {
  const strip = [toStatusStripRow(issue, statusByMonth(index, issue, "russia", "ukraine", "2024-08-15", DATE), nameOf)];
  it("draws one cell per month, each with its glyph, hidden from screen readers, which read the table", () => {
    const html = renderToStaticMarkup(createElement(StatusStrip, { rows: strip, date: DATE }));
    expect(html.startsWith('<div aria-hidden="true"')).toBe(true);
    expect(html).toContain("grid-template-columns:repeat(4, minmax(0, 1fr))");
    expect(html.match(/<span class="[^"]*" title="[^"]*">[^<]<\/span>/g)).toHaveLength(4);
    expect(html).toContain('title="Oct 2024: converging">↘</span>');
  });
  it("has a table twin with one row per month, its status and why", () => {
    const html = renderToStaticMarkup(createElement(StatusStripTable, { rows: strip, caption: "Ceasefire by month" }));
    expect(html.match(/<tr/g)).toHaveLength(1 + 4);
    for (const head of ["Month", "Status", "Why"]) expect(html).toContain(`>${head}</th>`);
    expect(html).toContain("Russia widened its range on 1 Oct 2024");
    expect(html).toContain('<time dateTime="2024-08">Aug 2024</time>');
  });
  it("gives several issues one column each in the table", () => {
    const other = { ...strip[0]!, issue: { id: "other", title: "Other issue" } };
    const html = renderToStaticMarkup(createElement(StatusStripTable, { rows: [strip[0]!, other], caption: "c" }));
    expect(html.match(/<tr/g)).toHaveLength(1 + 4);
    expect(html).toContain(">Other issue</th>");
    expect(html).not.toContain(">Why</th>");
  });
});

describe("the slide's status line", () => {
  const slide = (step: number) =>
    renderToStaticMarkup(
      createElement(IssueSlide, {
        issue, relation: row.relation, status: note, a: a!, b: b!, evidence: new Map(), date: DATE, step, headingId: "h", notices: [], imported: false, retryEvidence: () => undefined,
      }),
    );
  const mark = (html: string) => /<p[^>]*data-testid="status-mark"[^>]*>.*?<\/p>/.exec(html)![0];
  it("shows the glyph and the word beside the slide's date, and reads out the reason", () => {
    const line = mark(slide(3));
    expect(line).toContain('data-status="converging"');
    expect(line).toContain('<span aria-hidden="true">↘ </span>Status: converging');
    expect(line).toContain('<span class="sr-only">. Russia widened its range on 1 Oct 2024.</span>');
    expect(line).toContain('title="Russia widened its range on 1 Oct 2024"');
    expect(line).not.toContain("invisible");
  });
  it("keeps it hidden, in its place, with the verdict until the last reveal step", () => {
    expect(mark(slide(2))).toContain('class="invisible"');
    expect(/<p class="[^"]*invisible[^"]*" data-testid="verdict"/.test(slide(2))).toBe(true);
  });
});

describe("the methodology's status section", () => {
  const example: StatusExample = {
    issue: { id: "ceasefire", title: "Ceasefire" },
    date: DATE,
    windowStart: "2024-08-03",
    before: relation(index, issue, "russia", "ukraine", "2024-08-03"),
    after: row.relation,
    note,
    pair: ["Russia", "Ukraine"],
  };
  it("prints every rule from the constants, in order, and the worked example", () => {
    const html = renderToStaticMarkup(createElement(StatusSection, { example }));
    expect(html).toContain('id="status"');
    expect(html).toContain(`last ${STATUS_WINDOW_DAYS} days`);
    expect(html).toContain(`last ${STALL_DAYS} days`);
    const order = ["not known", "settled", "converging", "diverging", "stalled", "holding"].map((word) => html.indexOf(`</span>${word}</strong>`));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
    expect(html).toContain("in conflict, with a gap of 4 steps");
    expect(html).toContain("in conflict, with a gap of 3 steps");
    expect(html).toContain("“Russia widened its range on 1 Oct 2024”");
  });
});
