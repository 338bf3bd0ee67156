import Link from "next/link";
import type { ReliabilityRow, ReliabilityTable } from "@/lib/view/reliability";
import { formatDate, formatNumber, formatOption, formatPercent, formatRange } from "@/lib/view/format";
import type { Issue, Reliability, Settlement } from "@/lib/schema";

/*
 * The reliability of the coding on /methodology/: the convention both coders followed, the
 * agreement of the two independent codings measured before any settlement, and each settlement.
 * Server-rendered: a table and sentences, no script.
 */

const link = "text-blue-800 underline";
const share = (x: number | null) => (x === null ? "—" : formatPercent(x));
const alpha = (x: number | null) => (x === null ? "—" : x.toFixed(2));

export const RELIABILITY_DOWNLOADS = [
  { href: "/data/coding-a.json", label: "Coding A (Parley's, as measured)" },
  { href: "/data/coding-b.json", label: "Coding B (the second coder's)" },
  { href: "/data/settlements.json", label: "Settlements of the disagreements" },
] as const;

function Row({ row, head }: { row: ReliabilityRow; head?: boolean }) {
  const cell = "py-1 pr-3 text-right tabular-nums";
  return (
    <tr className={`border-b border-gray-200 align-top ${head ? "font-semibold" : ""}`}>
      <th scope="row" className="py-1 pr-3 text-left font-medium">
        {row.issue ? <Link href={`/issues/${row.issue.id}/`} className={link}>{row.label}</Link> : row.label}
      </th>
      <td className={cell}>{formatNumber(row.positionsA)} / {formatNumber(row.positionsB)}</td>
      <td className={cell}>{formatNumber(row.units)}</td>
      <td className={cell}>{share(row.exact)}</td>
      <td className={cell}>{share(row.withinOne)}</td>
      <td className={cell}>{alpha(row.alphaIdeal)}</td>
      <td className={cell}>{alpha(row.alphaLow)}</td>
      <td className={cell}>{alpha(row.alphaHigh)}</td>
      <td className={cell}>{share(row.sameRelation)}</td>
    </tr>
  );
}

type IssueLabels = Pick<Issue, "id" | "title" | "spectrum">;

function Values({ issue, values }: { issue: IssueLabels | undefined; values: Settlement["a"] }) {
  return (
    <>
      {values.map((v, i) => (
        <span key={i} className="block">
          {v.id === null || v.ideal === null || v.acceptable === null || !issue ? (
            "no position"
          ) : (
            <>
              asks for <strong>{formatOption(issue, v.ideal)}</strong>, could live with {formatRange(issue, v.acceptable)}{" "}
              <span className="font-mono text-xs text-gray-700">{v.id}</span>
            </>
          )}
        </span>
      ))}
    </>
  );
}

export function ReliabilitySection({ table, reliability, settlements, issues, end }: {
  table: ReliabilityTable;
  reliability: Reliability;
  settlements: readonly Settlement[];
  issues: readonly IssueLabels[];
  end: string;
}) {
  const issueById = new Map(issues.map((issue) => [issue.id, issue]));
  const { overall, withinActor, lowest } = table;
  const [a, b] = reliability.codings;
  return (
    <section aria-labelledby="reliability" className="space-y-4">
      <h2 id="reliability" className="scroll-mt-4 text-2xl font-semibold">
        How reliable the coding is
      </h2>
      <div className="max-w-3xl space-y-3 text-gray-800">
        <p>
          Every Russia and Ukraine position was coded twice, independently. <strong>Coding A</strong> is Parley’s own. <strong>Coding B</strong> is{" "}
          {b?.coder.charAt(0).toLowerCase()}{b?.coder.slice(1)}, working {b?.worked.charAt(0).toLowerCase()}{b?.worked.slice(1)} Both follow the convention
          above. Agreement was measured on {formatDate(reliability.measuredOn)}, before any disagreement was settled, and the two files are kept exactly as
          they were then (their SHA-256 sums are recorded and checked by the tests): the figures below are the reliability figures, not a result tuned
          afterwards.
        </p>
        <p>
          The codings are compared on every date on which either of them has a position change for Russia or Ukraine on the issue, up to{" "}
          {formatDate(end)}: each such date and side is one <em>unit</em>. Exact agreement is the share of units with the same ideal; within one step, the
          share whose ideals differ by one option at most; Krippendorff’s α (ordinal, 1 is perfect agreement, 0 is no better than chance) is given for the
          ideals and for each end of the acceptable range; “same relation” is the share of dates on which both codings give the same verdict for Russia and
          Ukraine (overlap, conflict or not yet known).
        </p>
        <p>
          Over all issues, the codings agree exactly on {share(overall.exact)} of {formatNumber(overall.units)} units and within one step on{" "}
          {share(overall.withinOne)}; α on the ideals is {alpha(overall.alphaIdeal)}, and the Russia–Ukraine verdict is the same on {share(overall.sameRelation)} of
          the dates. These pooled figures run high partly because Russia and Ukraine sit at opposite ends of every spectrum, which any coder sees; within
          one side at a time α on the ideals is {withinActor.map((row) => `${alpha(row.alphaIdeal)} (${row.label.replace(" only", "")})`).join(" and ")}, and on
          the low end of the range {withinActor.map((row) => `${alpha(row.alphaLow)} (${row.label.replace(" only", "")})`).join(" and ")}. The lowest exact agreement
          is on {lowest.map((row) => `${row.label} (${share(row.exact)})`).join(", ")}.
        </p>
        <p className="rounded border-l-4 border-amber-700 bg-amber-50 p-3">{reliability.note}</p>
      </div>
      <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white p-3">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="pb-2 text-left font-semibold">
            Agreement of the two codings before settlement, by issue ({a?.name} / {b?.name} positions)
          </caption>
          <thead>
            <tr className="border-b border-gray-400 align-bottom">
              <th scope="col" className="py-1 pr-3">Issue</th>
              <th scope="col" className="py-1 pr-3 text-right">Positions A / B</th>
              <th scope="col" className="py-1 pr-3 text-right">Units</th>
              <th scope="col" className="py-1 pr-3 text-right">Exact</th>
              <th scope="col" className="py-1 pr-3 text-right">Within one step</th>
              <th scope="col" className="py-1 pr-3 text-right">α ideal</th>
              <th scope="col" className="py-1 pr-3 text-right">α range low</th>
              <th scope="col" className="py-1 pr-3 text-right">α range high</th>
              <th scope="col" className="py-1 pr-3 text-right">Same relation</th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <Row key={row.label} row={row} />
            ))}
          </tbody>
          <tbody>
            <Row row={overall} head />
            {withinActor.map((row) => (
              <Row key={row.label} row={row} />
            ))}
          </tbody>
        </table>
        <p className="mt-2 text-sm text-gray-700">
          “—”: not defined, where an issue has too few units or no variation for α. A dash is not agreement.
        </p>
      </div>

      <section aria-labelledby="settlements" className="space-y-3">
        <h3 id="settlements" className="scroll-mt-4 text-xl font-semibold">
          Settlements: {formatNumber(settlements.length)} disagreements read a third time
        </h3>
        <p className="max-w-3xl text-gray-800">
          Every disagreement of more than one step, on the ideal or on either end of the range, and every date on which the two codings gave a different
          relation, was read a third time against the statements and the convention. Where coding B was right, Parley’s positions were corrected; the
          settled positions are named in each entry.
        </p>
        <ol className="space-y-3">
          {settlements.map((s) => {
            const issue = issueById.get(s.issue);
            return (
              <li key={s.id} id={s.id} className="rounded-lg border border-gray-200 bg-white p-3 text-sm shadow-sm">
                <p className="font-semibold">
                  {issue?.title ?? s.issue}, {s.actor === "both" ? "the relation" : s.actor}, {s.dates.length === 1 ? formatDate(s.dates[0]!) : `${formatDate(s.dates[0]!)} to ${formatDate(s.dates[s.dates.length - 1]!)}`}:{" "}
                  <span>{s.stands === "neither" ? "neither coding stands" : `coding ${s.stands} stands`}</span>
                </p>
                <dl className="mt-1 grid gap-x-4 gap-y-1 sm:grid-cols-[8rem_1fr]">
                  <dt className="font-medium">Coding A</dt>
                  <dd><Values issue={issue} values={s.a} /></dd>
                  <dt className="font-medium">Coding B</dt>
                  <dd><Values issue={issue} values={s.b} /></dd>
                  <dt className="font-medium">Why</dt>
                  <dd>{s.why}</dd>
                  <dt className="font-medium">Now</dt>
                  <dd className="font-mono text-xs">{s.final.join(", ")}</dd>
                </dl>
              </li>
            );
          })}
        </ol>
      </section>
      <p className="max-w-3xl text-gray-800">
        Download both codings and the settlements:{" "}
        {RELIABILITY_DOWNLOADS.map((file, i) => (
          <span key={file.href}>
            {i > 0 ? " · " : ""}
            <a href={file.href} download className={link}>{file.label}</a>
          </span>
        ))}
        .
      </p>
    </section>
  );
}
