import type { Metadata } from "next";
import { ImportedDataNotice } from "@/components/import/imported-data-notice";
import Link from "next/link";
import { CiteView } from "@/components/controls/cite-view";
import { CoverageSection } from "@/components/methodology/coverage-section";
import { ReliabilitySection } from "@/components/methodology/reliability-section";
import { EvidenceSection } from "@/components/methodology/evidence-section";
import { LedgerSection } from "@/components/methodology/ledger-section";
import { StatusSection } from "@/components/methodology/status-section";
import { DisputesSection } from "@/components/methodology/disputes-section";
import { SequencingSection, type StageAgreementView, type StageCounts } from "@/components/methodology/sequencing-section";
import { DEFAULT_PAIR } from "@/lib/actors";
import { indexPositions, snapshot } from "@/lib/analysis";
import { coverage } from "@/lib/coverage";
import { fragility, positionStrength, withoutWeak, type Strength } from "@/lib/evidence";
import { COLUMN_HELP, DISPUTES_DOWNLOAD, DOWNLOADS, LIST_SEPARATOR, POSITION_COLUMNS, STATEMENT_COLUMNS, VERSION_COLUMN } from "@/lib/files/data-files";
import { getActors, getChangelog, getDatasetInfo, getDisputes, getDisputesLeftOut, getSequencingB, getIssues, getPositions, getReliability, getStatements } from "@/lib/server/data";
import { STAGE_ORDER, stageAgreement } from "@/lib/sequencing";
import { describeDisputes } from "@/lib/view/disputes";
import { getLedgerSummary } from "@/lib/server/ledger-data";
import { ATOM_FEED_PATH, CHANGELOG_PATH, formatKindCounts, JSON_FEED_PATH } from "@/lib/view/changelog";
import { coverageSentence } from "@/lib/view/coverage";
import { toReliabilityTable } from "@/lib/view/reliability";
import { formatDate, formatNumber, formatPercent, formatRange, formatSteps } from "@/lib/view/format";
import { messages } from "@/lib/view/messages";
import { describeFragility } from "@/lib/view/sentences";
import { toStatusExample } from "@/lib/view/status";
import { toActorView } from "@/lib/view/view-model";

export const metadata: Metadata = {
  title: "Methodology",
  description: "How Parley codes positions, the codebook of every issue, how overlap, ZOPA, gap and distance are computed, the limits of the data, what is coded for each actor, the downloads and how to cite Parley.",
};

const sections = [
  { id: "coding", title: "How positions are coded" },
  { id: "reliability", title: "How reliable the coding is" },
  { id: "evidence", title: "How strong the evidence is" },
  { id: "computing", title: "How the comparison is computed" },
  { id: "status", title: "How an issue’s status is read" },
  { id: "ledger", title: "The red-line ledger" },
  { id: "sequencing", title: "When a demand must be met" },
  { id: "disputes", title: "Disputed accounts" },
  { id: "limits", title: "The limits of the data" },
  { id: "coverage", title: "Coverage, actor by actor" },
  { id: "changes", title: "Corrections and changes" },
  { id: "downloads", title: "Downloads" },
  { id: "cite", title: "How to cite Parley" },
  { id: "codebook", title: "The codebook" },
] as const;

const h2 = "scroll-mt-4 text-2xl font-semibold";
const prose = "max-w-3xl space-y-3 text-gray-800";
const link = "text-blue-800 underline";

export default function MethodologyPage() {
  const info = getDatasetInfo();
  const issues = getIssues();
  const statements = getStatements();
  const positions = getPositions();
  const actorName = new Map(getActors().map((actor) => [actor.id, actor.name]));
  const codedActors = [...new Set(positions.map((p) => p.actor))];
  const latestOf = (grade: "high" | "medium" | "low") => statements.filter((s) => s.confidence === grade).reduce((last, s) => (s.date > last ? s.date : last), "");
  const firstStatement = statements.reduce((first, s) => (s.date < first ? s.date : first), info.currentTo);

  // a worked example from the data itself, on the day the data is current to
  const snap = snapshot(indexPositions(positions), issues, info.currentTo, ...DEFAULT_PAIR);
  const exampleOf = (kind: "overlap" | "conflict") => {
    const i = snap.relations.findIndex((r) => r.kind === kind);
    return i < 0 ? undefined : { issue: issues[i]!, relation: snap.relations[i]! };
  };
  const stageCounts: StageCounts[] = getActors()
    .filter((actor) => actor.kind === "party")
    .map((actor) => {
      const own = positions.filter((p) => p.actor === actor.id);
      const counts = Object.fromEntries(STAGE_ORDER.map((stage) => [stage, own.filter((p) => p.sequencing?.stage === stage).length])) as StageCounts["counts"];
      return { actor: actor.id, name: actor.name, counts, total: own.length };
    });
  const stageOf = new Map(positions.map((p) => [p.id, p.sequencing?.stage]));
  const readingPairs = getSequencingB().flatMap((r) => {
    const first = stageOf.get(r.position);
    return first ? [[first, r.stage] as [typeof first, typeof first]] : [];
  });
  const differences = new Map<string, StageAgreementView["differences"][number]>();
  for (const [a, b] of readingPairs)
    if (a !== b) {
      const key = `${a}/${b}`;
      differences.set(key, { a, b, count: (differences.get(key)?.count ?? 0) + 1 });
    }
  const stageReliability: StageAgreementView = { ...stageAgreement(readingPairs), differences: [...differences.values()].sort((x, y) => y.count - x.count) };
  const reliability = getReliability();
  const reliabilityTable = toReliabilityTable(reliability, issues, actorName, info.currentTo);
  const overlap = exampleOf("overlap");
  const conflict = exampleOf("conflict");

  // the matrix of what is known: every actor on every issue, each position's evidence graded by the shared rule
  const actors = getActors();
  const statementsById = new Map(statements.map((s) => [s.id, s]));
  const strengths = new Map(positions.map((p) => [p.id, positionStrength(p, statementsById)]));
  const matrix = coverage({ actors, issues, positions, statements, strengthOf: strengths });
  const coverageSummary = coverageSentence(matrix, issues.length, actorName);

  // the evidence section's figures, and the default pair's fragile verdicts on the latest day
  const strengthCounts: Record<Strength, number> = { strong: 0, moderate: 0, weak: 0 };
  for (const strength of strengths.values()) strengthCounts[strength]++;
  const sourcingCounts = { "on-record": 0, reported: 0, anonymous: 0, leaked: 0, undetermined: 0 };
  for (const s of statements) sourcingCounts[s.sourcing]++;
  const weakIds = new Set([...strengths].filter(([, strength]) => strength === "weak").map(([id]) => id));
  const [pairA, pairB] = DEFAULT_PAIR;
  const fullIndex = indexPositions(positions);
  const strongIndex = indexPositions(withoutWeak(positions, weakIds));
  const fragileListing = issues.flatMap((issue) => {
    const f = fragility(fullIndex, strongIndex, weakIds, issue, pairA, pairB, info.currentTo);
    const rests = f.weakPositions.map((p) => ({ actor: p.actor, validFrom: p.validFrom }));
    return f.fragile ? [{ issue: { id: issue.id, title: issue.title }, sentence: describeFragility(f, issue, rests, (id) => actorName.get(id) ?? id) }] : [];
  });

  const statusExample = toStatusExample(fullIndex, issues, pairA, pairB, firstStatement, info.currentTo, (id) => actorName.get(id) ?? id);

  return (
    <div className="space-y-10">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Methodology</h1>
        <p className="max-w-3xl text-lg text-gray-700">
          How Parley turns what the two sides said into coded positions, and how it compares them. Everything on this page that describes the data is
          printed from the data itself: dataset version <span className="font-mono">{info.version}</span>, current to {formatDate(info.currentTo)}.
        </p>
        <nav aria-label="On this page">
          <ol className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
            {sections.map((section) => (
              <li key={section.id}>
                <a href={`#${section.id}`} className={link}>
                  {section.title}
                </a>
              </li>
            ))}
          </ol>
        </nav>
      </header>

      <ImportedDataNotice scope="not-included" />

      <section aria-labelledby="coding" className="space-y-3">
        <h2 id="coding" className={h2}>
          How positions are coded
        </h2>
        <div className={prose}>
          <p>
            A <strong>statement</strong> is one thing an actor said, with its speaker, date, occasion and source. There are {formatNumber(statements.length)},
            dated {formatDate(firstStatement)} to {formatDate(info.currentTo)}; each comes from a verified research record, keeps that record’s date,
            source and verbatim quote (at most 25 words, or none), and has a summary in Parley’s own words (at most 45 words).
          </p>
          <p>
            A <strong>position</strong> is Parley’s coding of one actor on one issue from a date on. There are {formatNumber(positions.length)}, for{" "}
            {codedActors.map((id) => actorName.get(id) ?? id).join(", ")}. Each names:
          </p>
          <ul className="list-disc space-y-1 pl-6">
            <li>
              <strong>what it asks for</strong> (the ideal): the one option the actor <em>puts on the table</em> at that date, its demand or proposal for the
              settlement under negotiation, not its long-run aspiration;
            </li>
            <li>
              <strong>what it could live with</strong> (the acceptable range): the contiguous run of options from the ideal <em>toward the other side</em> that
              the actor has said, or shown by agreeing to a text, that it could accept. Where an actor has named only its demand, the range is that one option;
            </li>
            <li><strong>salience</strong>, 1 to 5: how central the actor itself says the issue is;</li>
            <li><strong>evidence</strong>: the statements the coding rests on, none dated after the position;</li>
            <li><strong>a rationale</strong> of a sentence or two, and a <strong>confidence</strong> grade.</li>
          </ul>
          <h3 className="pt-2 text-lg font-semibold">The convention: “asks for” and “could live with”</h3>
          <p>
            On every spectrum option 0 is the pole Ukraine’s government argues for and the last option Russia’s. Two rules hold for every Russia and Ukraine
            position, and a test checks them on the data:
          </p>
          <ul className="list-disc space-y-1 pl-6">
            <li>
              <strong>The ideal is what the side tables now.</strong> When Kyiv put forward a freeze at the line (June 2025) and then a line fixed de facto but not
              in law (the 20-point draft, December 2025), its ideal moved to those options, although it still says it will never recognise the occupation:
              such words are recorded in the rationale and limit the range, but an aspiration that is no longer on the table is not the ideal. Parley sets
              side by side what the two sides ask for in the talks, and the distance between the ideals should move when a side changes what it asks for;
              every side always aspires to its own pole, so an aspiration would never move and would say nothing.
            </li>
            <li>
              <strong>The range runs from the ideal toward concessions only.</strong> Ukraine’s range is [ideal, x] and Russia’s [x, ideal]: an option better
              for a side than what it asks for is not coded as acceptable, because any side would take better terms, and an older, harder demand that it no
              longer makes is not part of what it could live with now. For the mediators, who have no pole, the range is every option they said they could
              accept.
            </li>
            <li>
              A conditional (“could be discussed”, “if the leadership decides”) is a possibility noted in the rationale, not an acceptance, and is at most
              medium confidence. When the only evidence is one anonymous, second-hand or low-confidence report, the position is low confidence and the range
              moves no further than that report’s words.
            </li>
          </ul>
          <p>
            The full convention, as both coders used it, is in the repository (<code>docs/coding.md</code>).
          </p>
          <p>
            A position holds from its date until the same actor’s next position on the same issue, so the positions form a history and every view can be
            shown at any date. Where an actor has said nothing on an issue by a date, it has no position there: Parley shows “{messages.relation.unknown}”
            rather than guessing.
          </p>
        </div>
      </section>

      <ReliabilitySection table={reliabilityTable} reliability={reliability.reliability} settlements={reliability.settlements} issues={issues} end={info.currentTo} />

      <EvidenceSection
        strengths={strengthCounts}
        sourcing={sourcingCounts}
        fragile={fragileListing}
        pair={[actorName.get(pairA) ?? pairA, actorName.get(pairB) ?? pairB]}
        date={info.currentTo}
      />

      <section aria-labelledby="computing" className="space-y-3">
        <h2 id="computing" className={h2}>
          How the comparison is computed
        </h2>
        <div className={prose}>
          <p>Two actors are compared issue by issue, each on the position in force on the chosen date:</p>
          <dl className="space-y-2">
            <div>
              <dt className="font-semibold">{messages.relation.unknown}</dt>
              <dd>{messages.relationHelp.unknown}</dd>
            </div>
            <div>
              <dt className="font-semibold">{messages.relation.agreement}</dt>
              <dd>{messages.relationHelp.agreement}</dd>
            </div>
            <div>
              <dt className="font-semibold">{messages.relation.overlap} and the zone of possible agreement (ZOPA)</dt>
              <dd>
                The acceptable ranges [a₁, a₂] and [b₁, b₂] intersect: the ZOPA is [max(a₁, b₁), min(a₂, b₂)], the options both sides could live with.
                {overlap ? (
                  <>
                    {" "}For example, on {formatDate(info.currentTo)} on <em>{overlap.issue.title}</em> the ranges meet on {formatRange(overlap.issue, overlap.relation.zopa!)}.
                  </>
                ) : null}
              </dd>
            </div>
            <div>
              <dt className="font-semibold">{messages.relation.conflict} and the gap</dt>
              <dd>
                The ranges do not meet: the gap is the number of steps from the end of one range to the start of the other, max(a₁, b₁) − min(a₂, b₂).
                {conflict && conflict.relation.a && conflict.relation.b ? (
                  <>
                    {" "}For example, on {formatDate(info.currentTo)} on <em>{conflict.issue.title}</em> Russia could live with{" "}
                    {formatRange(conflict.issue, conflict.relation.a.acceptable)} and Ukraine with {formatRange(conflict.issue, conflict.relation.b.acceptable)}: a gap of{" "}
                    {formatSteps(conflict.relation.gap)}.
                  </>
                ) : null}
              </dd>
            </div>
            <div>
              <dt className="font-semibold">Distance between ideals</dt>
              <dd>
                |ideal of A − ideal of B| ÷ (number of options − 1): 0 when both ask for the same option, 1 when they ask for opposite poles. It lets issues with
                different numbers of options be compared.
              </dd>
            </div>
            <div>
              <dt className="font-semibold">Overall distance</dt>
              <dd>
                The mean of the distances over the issues where both sides have a position, each issue weighted by the two sides’ mean salience: Σ wᵢ·dᵢ ÷ Σ
                wᵢ, with wᵢ = (salience of A + salience of B) ÷ 2. Issues not yet coded for both are left out, not counted as zero. On{" "}
                {formatDate(info.currentTo)} the overall distance between Russia and Ukraine is{" "}
                {snap.overallDistance === null ? "not defined" : formatPercent(snap.overallDistance)}, over {issues.length - snap.counts.unknown} issues.
              </dd>
            </div>
          </dl>
          <p>
            “What changed between two dates” compares each side’s position on the two dates; a move goes toward the other side when it narrows the gap (or,
            at the same gap, the distance of ideals) to where the other side stood on the later date.
          </p>
        </div>
      </section>

      <StatusSection example={statusExample} />

      <LedgerSection summary={getLedgerSummary()} />

      <SequencingSection counts={stageCounts} agreement={stageReliability} />

      <DisputesSection summary={describeDisputes(getDisputes())} leftOut={getDisputesLeftOut()} />

      <section aria-labelledby="limits" className="space-y-3">
        <h2 id="limits" className={h2}>
          The limits of the data
        </h2>
        <div className={prose}>
          <p>
            The data is current to <strong>{formatDate(info.currentTo)}</strong>. The latest high-confidence statement is of {formatDate(latestOf("high"))}; the latest
            medium-confidence one of {formatDate(latestOf("medium"))}; later material is graded low.
          </p>
          <p id="after-the-data">
            From 22 June to 10 October 2026 Parley has a <strong>single source</strong>: the automatic transcripts of the evening news of TVP, Polish public
            television (its “19:30”), published daily by a third-party project. Its quotes are TVP’s Polish voice-over of what was said, shown in Polish with
            Parley’s English translation beneath; none of its records is high confidence, and those whose speaker the broadcast does not name are low.
            TVP is a Polish outlet, so Polish leaders appear more often than others, and Kremlin statements arrive second-hand. The web pages found for the
            same months were unreliable (AI-written pages, content farms and spam mirrors) and were left out. <strong>Nothing verifiable was found after{" "}
            {formatDate(info.currentTo)}</strong>: the data stops there because the sources do, not because nothing happened.
          </p>
          <p>
            Most sources are news agencies and newspapers quoting officials: official transcripts (kremlin.ru, president.gov.ua, state.gov and others) seldom
            surfaced in full. Only excerpts of many pages could be read, so a summary may cover only the part of a source that was visible. Dates are the
            dates of the statements; the source may be a day later.
          </p>
          <p>What the research looked for and could not find in a reliable form, and so left out rather than filling from memory:</p>
          <ul className="list-disc space-y-1 pl-6">
            <li>the full text of the Istanbul communiqué of 29 March 2022 (only press summaries), and the original 2024 WSJ and NYT articles on the April 2022 draft (only reports of them);</li>
            <li>the official texts of Ukraine’s Peace Formula and Victory Plan (whose annexes are secret), and full transcripts of the 14 June 2024 speech and the 19 December 2024 Q&amp;A beyond excerpts;</li>
            <li>Russian statements on a special tribunal or a reparations register beyond its rejection of the ICC;</li>
            <li>a reliable English text of several clauses of the 28-point plan (language and church, education, the Dnipro and the Black Sea);</li>
            <li>the Kremlin’s view of an 800,000-strong cap on Ukraine’s army; the substance of the Abu Dhabi round of January 2026 and of any round from March 2026; how the March 2025 Black Sea truce was carried out;</li>
            <li>clauses seen only on unreliable copies, such as a 100-day election deadline in Russia’s June 2025 memorandum (the data keeps only the sequence “elections, then a treaty”).</li>
          </ul>
          <p>
            Sources judged unreliable were avoided: disinformation mirrors, scraped or spun copies of newspapers, AI-written aggregators and partisan sites.
            Russian state outlets (TASS, RT, Sputnik) are used only for what Russian officials themselves said. “European states” bundles several actors —
            the E3, the coalition of the willing, EU bodies and the Council of Europe. A sample of 45 records was checked against the cited pages and every
            error found was corrected. See <Link href="/sources/" className={link}>Sources</Link> for every source and what the confidence grades mean.
          </p>
        </div>
      </section>

      <CoverageSection
        matrix={matrix}
        actors={actors.map(toActorView)}
        issues={issues}
        sentence={coverageSummary}
        sourcing={{ statements: statements.length, undetermined: statements.filter((s) => s.sourcing === "undetermined").length }}
      />

      <section aria-labelledby="changes" className="space-y-3">
        <h2 id="changes" className={h2}>
          Corrections and changes
        </h2>
        <div className={prose}>
          <p>
            Every change to the data since the coding review is recorded in <code>data/changelog.json</code>, one entry a change: the dataset version it came
            in, the day it was made, its kind, the record and the field it concerns, the old and the new value where they are recorded, and why, in
            Parley’s words. So far it holds {formatNumber(getChangelog().length)} entries: {formatKindCounts(getChangelog())}. A correction of a field against
            the research pack is also listed in <code>data/research-corrections.json</code>, and a change that settles a disagreement between the two codings
            names its settlement. The build refuses a log that names a record, an issue or a version the data does not have.
          </p>
          <p>
            <Link href={CHANGELOG_PATH} className={link}>
              See every correction and change
            </Link>
            , filtered by kind, issue or record; each statement and position with entries links to its own history. The log is also an{" "}
            <a href={ATOM_FEED_PATH} className={link}>
              Atom feed
            </a>{" "}
            and a{" "}
            <a href={JSON_FEED_PATH} className={link}>
              JSON Feed
            </a>
            .
          </p>
        </div>
      </section>

      <section aria-labelledby="downloads" className="space-y-3">
        <h2 id="downloads" className={h2}>
          Downloads
        </h2>
        <div className={prose}>
          <p>
            The statements, the positions (with their sequencing stages) and the disputed accounts, built from the same files as the site, version{" "}
            <span className="font-mono">{info.version}</span>:
          </p>
          <ul className="list-disc space-y-1 pl-6">
            {[...DOWNLOADS, DISPUTES_DOWNLOAD].map((file) => (
              <li key={file.href}>
                <a href={file.href} download className={link}>
                  {file.label}
                </a>{" "}
                <span className="font-mono text-sm text-gray-700">{file.href}</span>
              </li>
            ))}
          </ul>
          <p>
            <strong>CSV</strong>: UTF-8 (with a byte-order mark, so Excel reads accents), comma-separated, quoted where needed, a header row, one record a row.
            The first column, <code>{VERSION_COLUMN}</code>, carries the dataset version in every row. Lists of ids (a statement’s issues, a position’s
            evidence) are joined by “{LIST_SEPARATOR}”; a position’s acceptable range is two columns, <code>acceptable.low</code> and{" "}
            <code>acceptable.high</code>. A text that would start with =, +, − or @ is written with a leading apostrophe so that a spreadsheet does not run it
            as a formula.
          </p>
          <p>
            <strong>JSON</strong>: one object with <code>dataset</code>, <code>version</code>, <code>currentTo</code>, <code>count</code> and the records under{" "}
            <code>statements</code> or <code>positions</code>, exactly as in Parley’s data files.
          </p>
          <p>
            You can edit a download and <Link href="/import/" className={link}>load it back</Link> to see your own coding on every view; Parley checks it with the
            same rules as its own data.
          </p>
        </div>
        <div className="grid gap-4 lg:grid-cols-2">
          {(
            [
              { caption: "Columns of statements.csv", columns: STATEMENT_COLUMNS },
              { caption: "Columns of positions.csv", columns: POSITION_COLUMNS },
            ] satisfies { caption: string; columns: readonly (keyof typeof COLUMN_HELP)[] }[]
          ).map(({ caption, columns }) => (
            <div key={caption} className="overflow-x-auto rounded-lg border border-gray-200 bg-white p-3">
              <table className="w-full border-collapse text-left text-sm">
                <caption className="pb-2 text-left font-semibold">{caption}</caption>
                <thead>
                  <tr className="border-b border-gray-400">
                    <th scope="col" className="py-1 pr-3">Column</th>
                    <th scope="col" className="py-1">Holds</th>
                  </tr>
                </thead>
                <tbody>
                  {([VERSION_COLUMN, ...columns] as const).map((column) => (
                    <tr key={column} className="border-b border-gray-200 align-top">
                      <th scope="row" className="py-1 pr-3 font-mono font-normal">{column}</th>
                      <td className="py-1">{COLUMN_HELP[column]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
        </div>
      </section>

      <section aria-labelledby="cite" className="space-y-3">
        <h2 id="cite" className={h2}>
          How to cite Parley
        </h2>
        <div className={prose}>
          <p>
            Cite the view you used by its permalink: every view keeps its date and its two actors in its address, so the link shows the same comparison
            later. Give the title of the view, the as-of date, the dataset version and the day you read it. Each view has a “Cite this view” box that writes
            this for you, and gives the same citation as BibTeX, RIS and CSL-JSON files for a reference manager (each typed as a dataset), for example:
          </p>
          <p className="rounded border border-gray-300 bg-white p-3 font-serif">
            Parley, “Russia and Ukraine on every issue”, as of {formatDate(info.currentTo)}. Dataset version {info.version}.
            {" <permalink>"} (accessed {"<date>"}).
          </p>
          <p>For the data itself, cite the download with its version: “Parley dataset, version {info.version}, statements.csv”.</p>
        </div>
        <div className="max-w-3xl">
          <CiteView title="Russia and Ukraine on every issue" date={info.currentTo} version={info.version} path="/" state={{ date: info.currentTo, a: DEFAULT_PAIR[0], b: DEFAULT_PAIR[1] }} actors={DEFAULT_PAIR.map((id) => actorName.get(id) ?? id)} />
        </div>
      </section>
      <section aria-labelledby="codebook" className="space-y-4">
        <h2 id="codebook" className={h2}>
          The codebook
        </h2>
        <div className={prose}>
          <p>
            Parley codes {issues.length} issues. Each is one question of the talks with a spectrum of {Math.min(...issues.map((i) => i.spectrum.length))}–
            {Math.max(...issues.map((i) => i.spectrum.length))} ordered options, from one pole to the other. The options are numbered from 0; the numbers
            order the options and measure steps between them, nothing more. A position is always coded against these options, which is what makes overlap
            measurable.
          </p>
          <p>
            Every position of a party also carries a <strong>sequencing stage</strong>, when it wants its demand met:{" "}
            {STAGE_ORDER.map((stage) => messages.sequencing.stage[stage].toLowerCase()).join(", ")}. The rules are under{" "}
            <a href="#sequencing" className={link}>
              when a demand must be met
            </a>
            ; disputed accounts of events and texts are recorded apart (
            <a href="#disputes" className={link}>
              disputed accounts
            </a>
            ).
          </p>
        </div>
        {issues.map((issue) => (
          <section key={issue.id} aria-labelledby={`codebook-${issue.id}`} className="rounded-lg border border-gray-200 bg-white p-4 shadow-sm">
            <h3 id={`codebook-${issue.id}`} className="text-lg font-semibold">
              <Link href={`/issues/${issue.id}/`} className="underline decoration-gray-400 hover:decoration-gray-900">
                {issue.title}
              </Link>{" "}
              <span className="font-mono text-sm font-normal text-gray-700">{issue.id}</span>
            </h3>
            <p className="font-medium">{issue.question}</p>
            <p className="mt-1 text-sm text-gray-700">{issue.description}</p>
            <div className="mt-3 overflow-x-auto">
              <table className="w-full border-collapse text-left text-sm">
                <caption className="sr-only">The options of {issue.title}</caption>
                <thead>
                  <tr className="border-b border-gray-400">
                    <th scope="col" className="w-16 py-1 pr-3">Value</th>
                    <th scope="col" className="w-64 py-1 pr-3">Option</th>
                    <th scope="col" className="py-1">What it means</th>
                  </tr>
                </thead>
                <tbody>
                  {issue.spectrum.map((option) => (
                    <tr key={option.value} className="border-b border-gray-200 align-top">
                      <td className="py-1 pr-3 font-mono">{option.value}</td>
                      <th scope="row" className="py-1 pr-3 font-medium">{option.label}</th>
                      <td className="py-1">{option.description}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        ))}
      </section>

    </div>
  );
}
