"use client";

import { useDeferredValue, useId, useMemo, useState } from "react";
import { formatDate, formatNumber, formatSourceTitle } from "@/lib/view/format";
import { mergeStatements } from "@/lib/files/imported-data";
import { messages } from "@/lib/view/messages";
import type { Confidence, SourceKind, Statement } from "@/lib/schema";
import { DEFAULT_FILTERS, filterStatements, isDefaultList, sortStatements, STATEMENTS_PAGE, type SortKey, type StatementFilters } from "@/lib/statement-filters";
import { createStatementIndex, searchStatements } from "@/lib/statement-search";
import { isIsoDay } from "@/lib/dates";
import type { Notice } from "@/lib/url/notices";
import { statementsCodec } from "@/lib/url/statements";
import { statementHref, statementsFromDownload } from "@/lib/view/statement";
import type { ActorView } from "@/lib/view/view-model";
import { ActorKey } from "../ui/actor-mark";
import { HydratedFieldset } from "../controls/hydrated-fieldset";
import { ImportedDataBanner } from "../import/imported-data-banner";
import { Notices } from "../ui/notices";
import { QuoteText } from "../ui/quote-text";
import { loader, StatementsPending, useDownload } from "../hooks/use-downloads";
import { useStoredImport } from "../hooks/use-imported-data";
import { useIsPrerendered } from "../hooks/use-url-search";
import { useUrlState } from "../hooks/use-url-state";

export type StatementsExplorerProps = {
  /** The newest statements, as many as a page draws (STATEMENTS_PAGE): the page's first screenful without a request. */
  initial: Statement[];
  /** How many statements Parley has; the rest arrive from the download when a reader asks for more than `initial`. */
  total: number;
  actors: ActorView[];
  issues: { id: string; title: string }[];
  earliest: string;
  latest: string;
};

type BodyProps = StatementsExplorerProps & { filters: StatementFilters; notices: readonly Notice[]; onChange: (next: Partial<StatementFilters>) => void };

/** Rows drawn at once; more come on request, so neither the page nor a large import grows with the data. */
const PAGE = STATEMENTS_PAGE;

// every statement, fetched once a reader asks for more than the prerendered rows
const loadAll = loader("/data/statements.json", statementsFromDownload);

const SORT_CHOICES: { value: `${SortKey}:${"asc" | "desc"}`; label: string }[] = [
  { value: "date:desc", label: "Newest first" },
  { value: "date:asc", label: "Oldest first" },
  { value: "relevance:desc", label: "Best match (with a search)" },
  { value: "actor:asc", label: "Actor, A–Z" },
  { value: "speaker:asc", label: "Speaker, A–Z" },
  { value: "kind:asc", label: "Source kind, A–Z" },
  { value: "confidence:desc", label: "Confidence, high first" },
  { value: "confidence:asc", label: "Confidence, low first" },
];

// from the message catalogue, not the zod enums, so the schema library stays out of the page's scripts
const KINDS = Object.keys(messages.sourceKind) as SourceKind[];
const GRADES = Object.keys(messages.confidence) as Confidence[];

const fieldClass = "w-full rounded border border-gray-400 bg-white px-2 py-1.5";

const asIs = (s: Statement) => s;

/** A column's sort button, disabled until the page hydrates; its own component, so the table need not render again when it is enabled. */
function SortButton({ onClick, children }: { onClick: () => void; children: React.ReactNode }) {
  const prerendered = useIsPrerendered();
  return (
    <button type="button" disabled={prerendered} onClick={onClick} className="inline-flex items-center gap-1 font-semibold underline decoration-gray-400 underline-offset-4 hover:decoration-gray-900">
      {children}
    </button>
  );
}

export function StatementsExplorerBody({ actors, issues, earliest, latest, filters, notices, onChange, initial, total: builtInTotal }: BodyProps) {
  const id = useId();
  const { stored } = useStoredImport();
  const [text, setText] = useState(filters.q);
  const [shown, setShown] = useState(PAGE);
  // focusing a control is enough to start fetching, so the first keystroke rarely waits for the list
  const [asked, setAsked] = useState(false);
  const needsAll = initial.length < builtInTotal && (asked || !isDefaultList(filters) || shown > PAGE || Boolean(stored));
  const all = useDownload(loadAll, needsAll);
  const waiting = needsAll && all.data === undefined;
  // a fetch started by focus alone is not announced: the list on screen is still the whole answer
  const blocked = waiting && (!isDefaultList(filters) || shown > PAGE || Boolean(stored));
  const statements = useMemo(() => mergeStatements(all.data ?? initial, stored, asIs), [all.data, initial, stored]);
  // the table may lag a keystroke behind the search box, so typing never waits for it
  const deferred = useDeferredValue(filters);
  const wantsSearch = deferred.q.trim() !== "";
  // built once, the first time a search is typed; the unfiltered table needs no index
  const index = useMemo(() => (wantsSearch ? createStatementIndex(statements) : undefined), [wantsSearch, statements]);
  const ranks = useMemo(() => (index && wantsSearch ? searchStatements(index, deferred.q) : undefined), [index, wantsSearch, deferred.q]);
  const nameOf = useMemo(() => new Map(actors.map((actor) => [actor.id, actor.name])), [actors]);
  const titleOf = useMemo(() => new Map(issues.map((issue) => [issue.id, issue.title])), [issues]);
  const rows = useMemo(() => {
    const kept = filterStatements(statements, deferred, ranks ? new Set(ranks.keys()) : undefined);
    const sort = deferred.sort === "relevance" && !ranks ? "date" : deferred.sort;
    return sortStatements(kept, sort, deferred.sort === "relevance" && !ranks ? "desc" : deferred.order, { actorName: (a) => nameOf.get(a) ?? a, ranks });
  }, [statements, deferred, ranks, nameOf]);

  const set = (next: Partial<StatementFilters>) => {
    setShown(PAGE);
    onChange(next);
  };
  const toggleSort = (key: SortKey) => {
    const defaultOrder = key === "date" || key === "confidence" ? "desc" : "asc";
    set(filters.sort === key ? { order: filters.order === "asc" ? "desc" : "asc" } : { sort: key, order: defaultOrder });
  };
  const ariaSort = (key: SortKey) => (filters.sort === key ? (filters.order === "asc" ? "ascending" : "descending") : undefined);
  const sortButton = (sortKey: SortKey, label: string) => (
    <SortButton onClick={() => toggleSort(sortKey)}>
      {label}
      <span aria-hidden="true" className="text-gray-600">
        {filters.sort === sortKey ? (filters.order === "asc" ? "▲" : "▼") : "↕"}
      </span>
      <span className="sr-only">, sort</span>
    </SortButton>
  );

  const actorById = new Map(actors.map((actor) => [actor.id, actor]));
  // until the whole list is here, the prerendered rows are the newest of Parley's full count
  const complete = all.data !== undefined || initial.length >= builtInTotal;
  const total = complete ? statements.length : builtInTotal;
  const listed = complete ? rows.length : total;
  const visible = rows.slice(0, shown);

  return (
    <div className="space-y-4">
      <ImportedDataBanner stored={stored} />
      <Notices notices={notices} />
      <form
        role="search"
        aria-label="Search and filter the statements"
        className="rounded-lg border border-gray-300 bg-white p-3 shadow-sm"
        onSubmit={(event) => event.preventDefault()}
        onFocus={() => setAsked(true)}
      >
        <HydratedFieldset className="grid grid-cols-2 gap-3 lg:grid-cols-4">
          <div className="col-span-2 text-sm">
            <label htmlFor={`${id}-q`} className="block font-semibold">
              Search
            </label>
            <span id={`${id}-q-help`} className="block text-gray-700">
              speaker, summary, quote and occasion
            </span>
            <input
              id={`${id}-q`}
              aria-describedby={`${id}-q-help`}
              type="search"
              className={fieldClass}
              value={text}
              maxLength={200}
              placeholder="e.g. elections, Medinsky, Istanbul"
              onChange={(event) => {
                setText(event.currentTarget.value);
                set({ q: event.currentTarget.value });
              }}
            />
          </div>
          <div className="text-sm">
            <label htmlFor={`${id}-actor`} className="block font-semibold">
              Actor
            </label>
            <select id={`${id}-actor`} className={fieldClass} value={filters.actor} onChange={(event) => set({ actor: event.currentTarget.value })}>
              <option value="">All actors</option>
              {actors.map((actor) => (
                <option key={actor.id} value={actor.id}>
                  {actor.name}
                </option>
              ))}
            </select>
          </div>
          <div className="text-sm">
            <label htmlFor={`${id}-issue`} className="block font-semibold">
              Issue
            </label>
            <select id={`${id}-issue`} className={fieldClass} value={filters.issue} onChange={(event) => set({ issue: event.currentTarget.value })}>
              <option value="">All issues</option>
              {issues.map((issue) => (
                <option key={issue.id} value={issue.id}>
                  {issue.title}
                </option>
              ))}
            </select>
          </div>
          <div className="text-sm">
            <label htmlFor={`${id}-from`} className="block font-semibold">
              From
            </label>
            <input
              id={`${id}-from`}
              type="date"
              className={fieldClass}
              min={earliest}
              max={latest}
              value={filters.from}
              onChange={(event) => {
                const value = event.currentTarget.value;
                if (value === "" || isIsoDay(value)) set({ from: value });
              }}
            />
          </div>
          <div className="text-sm">
            <label htmlFor={`${id}-to`} className="block font-semibold">
              To
            </label>
            <input
              id={`${id}-to`}
              type="date"
              className={fieldClass}
              min={earliest}
              max={latest}
              value={filters.to}
              onChange={(event) => {
                const value = event.currentTarget.value;
                if (value === "" || isIsoDay(value)) set({ to: value });
              }}
            />
          </div>
          <div className="text-sm">
            <label htmlFor={`${id}-kind`} className="block font-semibold">
              Source kind
            </label>
            <select id={`${id}-kind`} className={fieldClass} value={filters.kind} onChange={(event) => set({ kind: event.currentTarget.value })}>
              <option value="">All kinds</option>
              {KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {messages.sourceKind[kind]}
                </option>
              ))}
            </select>
          </div>
          <div className="text-sm">
            <label htmlFor={`${id}-confidence`} className="block font-semibold">
              Confidence
            </label>
            <select id={`${id}-confidence`} className={fieldClass} value={filters.confidence} onChange={(event) => set({ confidence: event.currentTarget.value })}>
              <option value="">Any confidence</option>
              {GRADES.map((grade) => (
                <option key={grade} value={grade}>
                  {messages.confidence[grade]}
                </option>
              ))}
            </select>
          </div>
          <div className="text-sm">
            <label htmlFor={`${id}-sort`} className="block font-semibold">
              Sort
            </label>
            <select
              id={`${id}-sort`}
              className={fieldClass}
              value={`${filters.sort}:${filters.order}`}
              onChange={(event) => {
                const [sort, order] = event.currentTarget.value.split(":") as [SortKey, "asc" | "desc"];
                set({ sort, order });
              }}
            >
              {SORT_CHOICES.some((choice) => choice.value === `${filters.sort}:${filters.order}`) ? null : (
                <option value={`${filters.sort}:${filters.order}`}>
                  {filters.sort}, {filters.order === "asc" ? "ascending" : "descending"}
                </option>
              )}
              {SORT_CHOICES.map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.label}
                </option>
              ))}
            </select>
          </div>
          <div className="flex items-end">
            <button
              type="button"
              className="rounded border border-gray-500 px-3 py-1.5 text-sm font-medium hover:bg-gray-100 disabled:text-gray-500"
              disabled={isDefaultList(filters)}
              onClick={() => {
                setText("");
                set(DEFAULT_FILTERS);
              }}
            >
              Clear filters
            </button>
          </div>
        </HydratedFieldset>
      </form>

      <p id={`${id}-count`} role="status" className="font-semibold" data-testid="result-count">
        {blocked ? `Loading all ${formatNumber(total)} statements…` : listed === total ? `All ${formatNumber(total)} statements` : `${formatNumber(listed)} of ${formatNumber(total)} statements`}
        {filters.q.trim() && !blocked ? <span className="font-normal"> matching “{filters.q.trim()}”</span> : null}
      </p>

      {blocked && (all.error || !isDefaultList(filters)) ? (
        <StatementsPending error={all.error} retry={all.retry} />
      ) : rows.length === 0 ? (
        <p className="rounded border border-gray-300 bg-white p-4 text-gray-800">
          No statement matches these filters. Try fewer words, a wider date range, or clear the filters.
        </p>
      ) : (
        <table className="block w-full border-collapse text-left text-sm md:table" role="table" aria-describedby={`${id}-count`}>
          <caption className="sr-only">Statements, {filters.sort === "relevance" ? "best match first" : `sorted by ${filters.sort}`}</caption>
          <thead className="hidden md:table-header-group" role="rowgroup">
            <tr className="border-b-2 border-gray-400" role="row">
              <th scope="col" role="columnheader" className="w-28 py-2 pr-3" aria-sort={ariaSort("date")}>
                {sortButton("date", "Date")}
              </th>
              <th scope="col" role="columnheader" className="w-44 py-2 pr-3" aria-sort={ariaSort("actor")}>
                {sortButton("actor", "Who")}
              </th>
              <th scope="col" role="columnheader" className="py-2 pr-3">
                What was said
              </th>
              <th scope="col" role="columnheader" className="w-40 py-2 pr-3">
                Issues
              </th>
              <th scope="col" role="columnheader" className="w-52 py-2 pr-3" aria-sort={ariaSort("kind")}>
                {sortButton("kind", "Source")}
              </th>
              <th scope="col" role="columnheader" className="w-28 py-2" aria-sort={ariaSort("confidence")}>
                {sortButton("confidence", "Confidence")}
              </th>
            </tr>
          </thead>
          <tbody className="block space-y-3 md:table-row-group md:space-y-0" role="rowgroup">
            {visible.map((s) => {
              const actor = actorById.get(s.actor);
              const title = formatSourceTitle(s.source.title);
              return (
                // on a phone each row is a card: cards off screen skip layout until scrolled near (a table row cannot)
                <tr key={s.id} role="row" className="block rounded-lg border border-gray-200 bg-white p-3 align-top shadow-sm max-md:render-when-near max-md:[contain-intrinsic-size:auto_18rem] md:table-row md:rounded-none md:border-0 md:border-b md:bg-transparent md:p-0 md:shadow-none">
                  <td role="cell" className="block md:table-cell md:py-2 md:pr-3">
                    <a href={statementHref(s.id)} className="inline-block py-0.5 text-blue-800 underline">
                      <time dateTime={s.date} className="whitespace-nowrap font-medium">
                        {formatDate(s.date, "short")}
                      </time>
                      <span className="sr-only">: the statement’s own page</span>
                    </a>
                  </td>
                  <td role="cell" className="block md:table-cell md:py-2 md:pr-3">
                    {actor ? <ActorKey actor={actor} className="font-semibold" /> : <span className="font-semibold">{s.actor}</span>}
                    <span className="block">{s.speaker.name}</span>
                    {s.speaker.role ? <span className="block text-gray-700">{s.speaker.role}</span> : null}
                  </td>
                  <td role="cell" className="mt-2 block md:mt-0 md:table-cell md:py-2 md:pr-3">
                    <p>{s.summary}</p>
                    {s.quote ? (
                      <div className="mt-1 border-l-4 border-gray-300 pl-2">
                        <QuoteText statement={s} className="font-serif italic" />
                      </div>
                    ) : null}
                    <p className="mt-1 text-gray-700">{s.event}</p>
                  </td>
                  <td role="cell" className="mt-2 block md:mt-0 md:table-cell md:py-2 md:pr-3">
                    <span className="font-semibold md:sr-only">Issues: </span>
                    <ul className="inline md:block">
                      {s.issues.map((issue) => (
                        <li key={issue} className="mr-3 inline md:mr-0 md:block">
                          {/* 24 px tall: stacked one above the other, the links need that much to be easy to hit (WCAG 2.5.8) */}
                          <a href={`/issues/${issue}/`} className="inline-block py-0.5 text-blue-800 underline">
                            {titleOf.get(issue) ?? issue}
                          </a>
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td role="cell" className="mt-2 block md:mt-0 md:table-cell md:py-2 md:pr-3">
                    <a href={s.source.url} rel="noopener noreferrer" className="text-blue-800 underline">
                      {title.isDescription ? <span className="italic">{title.text}</span> : title.text}
                    </a>
                    <span className="block text-gray-700">
                      {s.source.publisher} · {messages.sourceKind[s.source.kind]}, {formatDate(s.source.date, "short")}
                    </span>
                  </td>
                  <td role="cell" className="mt-1 block md:mt-0 md:table-cell md:py-2">
                    <span className={s.confidence === "low" ? "font-semibold text-amber-900" : undefined}>{messages.confidence[s.confidence]}</span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {listed > shown && !(blocked && !isDefaultList(filters)) ? (
        <button type="button" disabled={waiting} className="rounded border border-gray-500 px-3 py-1.5 text-sm font-medium hover:bg-gray-100 disabled:text-gray-600" onClick={() => setShown((n) => n + PAGE)}>
          Show {formatNumber(Math.min(PAGE, listed - shown))} more of {formatNumber(listed - shown)}
        </button>
      ) : null}
    </div>
  );
}

const filterContext = (props: StatementsExplorerProps) => ({
  actors: props.actors.map((actor) => actor.id),
  issues: props.issues.map((issue) => issue.id),
  kinds: KINDS,
  confidences: GRADES,
});

/** The explorer driven by its URL; prerendered with the newest statements, the rest fetched when asked for. */
export function StatementsFromUrl(props: StatementsExplorerProps) {
  const context = useMemo(() => filterContext(props), [props]);
  const { state, notices, setState } = useUrlState(statementsCodec, context);
  return <StatementsExplorerBody {...props} filters={state} notices={notices} onChange={setState} />;
}
