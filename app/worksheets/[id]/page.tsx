import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActorKey } from "@/components/ui/actor-mark";
import { QuoteText } from "@/components/ui/quote-text";
import { SourcingQuestions } from "@/components/ui/sourcing-questions";
import { DEFAULT_PAIR } from "@/lib/actors";
import { indexPositions, relation } from "@/lib/analysis";
import { pickQuote, toEvidenceView, toShortQuote } from "@/lib/present";
import type { Statement } from "@/lib/schema";
import { getActors, getDatasetInfo, getIssue, getIssues, getPositions, getStatements, getWorksheets } from "@/lib/server/data";
import { getSiteUrl } from "@/lib/server/site";
import { formatDate, formatOption, formatRange, formatSteps } from "@/lib/view/format";
import { messages } from "@/lib/view/messages";
import { toActorView } from "@/lib/view/view-model";

export const dynamicParams = false; // unknown ids 404 in dev, as they do in the export

export function generateStaticParams() {
  return getIssues().map(({ id }) => ({ id }));
}

export async function generateMetadata({ params }: PageProps<"/worksheets/[id]">): Promise<Metadata> {
  const { id } = await params;
  const issue = getIssue(id);
  return issue ? { title: `Worksheet: ${issue.title}`, description: `A printable worksheet and its answer page on ${issue.title.toLowerCase()}: the question, a spectrum to mark, two sourced quotes, three discussion questions.` } : {};
}

const sheet = "mx-auto max-w-[190mm] space-y-3 rounded border border-gray-300 bg-white p-6 text-[11pt] leading-snug shadow-sm print:max-w-none print:rounded-none print:border-0 print:p-0 print:shadow-none";

/** A worksheet of one issue and its teacher's answer page, one printed page each (A4 or Letter), at the data's latest date and the default pair. */
export default async function WorksheetPage({ params }: PageProps<"/worksheets/[id]">) {
  const { id } = await params;
  const issue = getIssue(id) ?? notFound();
  const worksheet = getWorksheets().find((w) => w.issue === id)!;
  const info = getDatasetInfo();
  const date = info.currentTo;
  const [a, b] = DEFAULT_PAIR.map((actorId) => toActorView(getActors().find((actor) => actor.id === actorId)!)) as [ReturnType<typeof toActorView>, ReturnType<typeof toActorView>];
  const rel = relation(indexPositions(getPositions()), issue, a.id, b.id, date);
  const statements = new Map(getStatements().map((s) => [s.id, s]));
  const views = new Map(getStatements().map((s) => [s.id, toEvidenceView(s)]));
  const quoteOf = (position = rel.a): Statement | undefined => {
    const picked = position ? pickQuote(position, views) : undefined;
    return picked ? statements.get(picked.id) : undefined;
  };
  const sides = [
    { actor: a, position: rel.a, quote: quoteOf(rel.a) },
    { actor: b, position: rel.b, quote: quoteOf(rel.b) },
  ];
  const permalink = `${getSiteUrl()}/worksheets/${issue.id}/`;
  const footer = (
    <p className="border-t border-gray-300 pt-1 text-[9pt] text-gray-700">
      Parley · positions as of {formatDate(date)} · dataset version {info.version} · {permalink}
    </p>
  );
  const verdict =
    rel.kind === "conflict"
      ? `${messages.relation.conflict}: a gap of ${formatSteps(rel.gap)} between what each side could live with.`
      : rel.kind === "overlap" && rel.zopa
        ? `${messages.relation.overlap}: both could live with ${formatRange(issue, rel.zopa)}.`
        : rel.kind === "agreement" && rel.a
          ? `${messages.relation.agreement}: both ask for ${formatOption(issue, rel.a.ideal)}.`
          : `${messages.relation.unknown}: ${messages.relationHelp.unknown.toLowerCase()}`;

  return (
    <div className="space-y-8 print:space-y-0" data-worksheet>
      <p className="no-print">
        <Link href="/worksheets/" className="text-blue-800 underline">
          All worksheets
        </Link>{" "}
        · Print this page: the worksheet and its answer page print on one page each.
      </p>
      <article className={`${sheet} break-after-page`} aria-labelledby="worksheet-heading" data-testid="worksheet">
        <p className="text-[9pt] font-semibold uppercase tracking-wide text-gray-700">Parley worksheet · Name: ____________________ · Date: ________</p>
        <h1 id="worksheet-heading" className="text-[18pt] font-bold leading-tight">
          {issue.title}
        </h1>
        <p className="text-[12pt] font-medium">{issue.question}</p>
        <section aria-labelledby="predict-heading">
          <h2 id="predict-heading" className="text-[12pt] font-semibold">
            1. Predict: mark R where you think Russia stands, U where Ukraine stands
          </h2>
          <ol className="mt-1 grid gap-1" style={{ gridTemplateColumns: `repeat(${issue.spectrum.length}, minmax(0, 1fr))` }}>
            {issue.spectrum.map((option) => (
              <li key={option.value} className="flex min-w-0 flex-col items-center text-center text-[8.5pt] leading-tight [overflow-wrap:anywhere]">
                <span className="mb-1 block h-8 w-full rounded border-2 border-gray-800" aria-hidden="true" />
                {option.label}
              </li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="read-heading" className="space-y-2">
          <h2 id="read-heading" className="text-[12pt] font-semibold">
            2. Source first, then read: who is speaking, and how do we know?
          </h2>
          <div className="grid gap-4 sm:grid-cols-2 print:grid-cols-2">
            {sides.map(({ actor, quote }) => (
              <div key={actor.id} className="space-y-1" style={{ borderTop: `4px solid var(${actor.color})` }}>
                <h3 className="pt-1 font-bold">
                  <ActorKey actor={actor} />
                </h3>
                {quote ? (
                  <>
                    <SourcingQuestions statement={quote} />
                    <QuoteText
                      statement={quote}
                      text={toShortQuote(quote.quote)}
                      translation={quote.quoteTranslation ? toShortQuote(quote.quoteTranslation) : undefined}
                      className="font-serif italic"
                    />
                  </>
                ) : (
                  <p className="text-gray-700">No quote of {actor.name} on this issue in the data by {formatDate(date)}.</p>
                )}
              </div>
            ))}
          </div>
        </section>
        <section aria-labelledby="discuss-heading">
          <h2 id="discuss-heading" className="text-[12pt] font-semibold">
            3. Discuss
          </h2>
          <ol className="list-decimal space-y-3 pl-5">
            {worksheet.questions.map((q) => (
              <li key={q}>
                {q}
                <span className="mt-1 block h-10 border-b border-dotted border-gray-500" aria-hidden="true" />
              </li>
            ))}
          </ol>
        </section>
        {footer}
      </article>
      <article className={`${sheet} break-after-page`} aria-labelledby="answers-heading" data-testid="answer-page">
        <p className="text-[9pt] font-semibold uppercase tracking-wide text-gray-700">Parley worksheet · teacher&apos;s answer page</p>
        {/* one h1 to a page: the answer page is the worksheet's second sheet */}
        <h2 id="answers-heading" className="text-[18pt] font-bold leading-tight">
          {issue.title}: where the sides stand
        </h2>
        <p>As of {formatDate(date)}, by Parley&apos;s coding of each side&apos;s own statements:</p>
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
          {sides.map(({ actor, position }) => (
            <div key={actor.id} className="contents">
              <dt className="font-semibold">
                <ActorKey actor={actor} />
              </dt>
              <dd>
                {position ? (
                  <>
                    asks for <strong>{formatOption(issue, position.ideal)}</strong>; could live with {formatRange(issue, position.acceptable)} (coded from{" "}
                    {formatDate(position.validFrom)}).
                  </>
                ) : (
                  "no coded position."
                )}
              </dd>
            </div>
          ))}
        </dl>
        <p className="font-semibold">{verdict}</p>
        <section aria-labelledby="options-heading">
          <h2 id="options-heading" className="text-[12pt] font-semibold">
            The options, from one pole to the other
          </h2>
          <ol className="list-decimal pl-5 text-[10pt]">
            {issue.spectrum.map((option) => (
              <li key={option.value}>
                <strong>{option.label}</strong>
                {[rel.a, rel.b].some((p) => p?.ideal === option.value)
                  ? ` (asked for by ${sides
                      .filter((s) => s.position?.ideal === option.value)
                      .map((s) => s.actor.name)
                      .join(" and ")})`
                  : ""}
                : {option.description}
              </li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="sources-heading">
          <h2 id="sources-heading" className="text-[12pt] font-semibold">
            The statements the coding rests on
          </h2>
          <ul className="text-[10pt]">
            {sides.flatMap(({ actor, position }) =>
              (position?.evidence ?? []).map((sid) => {
                const s = statements.get(sid);
                return s ? (
                  <li key={sid}>
                    {actor.shortName}: {s.speaker.name}, {formatDate(s.date, "short")}, {s.source.publisher}
                  </li>
                ) : null;
              }),
            )}
          </ul>
        </section>
        <p className="text-[10pt]">
          Every statement, its source and the full reasoning are on Parley: {getSiteUrl()}/issues/{issue.id}/
        </p>
        {footer}
      </article>
    </div>
  );
}
