import Link from "next/link";
import type { Statement } from "@/lib/schema";
import { formatCount, formatDate, formatSourceTitle } from "@/lib/view/format";
import { messages } from "@/lib/view/messages";
import { pagerNumbers, sourcesPageHref, type Source } from "@/lib/view/sources";
import { statementHref } from "@/lib/view/statement";
import type { ActorView } from "@/lib/view/view-model";
import { ActorKey } from "../ui/actor-mark";

/** The pager of the sources list: first, last and the pages near this one, each a page of its own (so it works without scripts). */
export function SourcesPager({ page, count }: { page: number; count: number }) {
  if (count <= 1) return null;
  const link = "inline-block min-w-6 px-1 py-0.5 text-center text-blue-800 underline";
  return (
    <nav aria-label="Pages of the sources list" className="text-sm">
      <ul className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        {page > 1 ? (
          <li>
            <Link prefetch={false} href={sourcesPageHref(page - 1)} rel="prev" className={link}>
              ← Newer
            </Link>
          </li>
        ) : null}
        {pagerNumbers(page, count).map((n, i) =>
          n === null ? (
            <li key={`gap-${i}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={n}>
              {n === page ? (
                <span aria-current="page" className="inline-block min-w-6 px-1 py-0.5 text-center font-semibold">
                  <span className="sr-only">Page </span>
                  {n}
                </span>
              ) : (
                <Link prefetch={false} href={sourcesPageHref(n)} className={link}>
                  <span className="sr-only">Page </span>
                  {n}
                </Link>
              )}
            </li>
          ),
        )}
        {page < count ? (
          <li>
            <Link prefetch={false} href={sourcesPageHref(page + 1)} rel="next" className={link}>
              Older →
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

/** One page of the sources, newest first, each with the statements that cite it (each linked to its own page). */
export function SourceList({ sources, first, actors, titleOf }: { sources: Source<Statement>[]; first: number; actors: ReadonlyMap<string, ActorView>; titleOf: ReadonlyMap<string, string> }) {
  return (
    <ol id="source-list" start={first} className="space-y-3">
      {sources.map((source) => {
        const title = formatSourceTitle(source.title);
        return (
          <li key={source.url} className="rounded-lg border border-gray-200 bg-white p-3 shadow-sm">
            <article aria-label={title.text}>
              <h3 className="font-semibold">
                <a href={source.url} rel="noopener noreferrer" className="text-blue-800 underline">
                  {title.isDescription ? <span className="italic">{title.text}</span> : title.text}
                </a>
              </h3>
              <p className="text-sm text-gray-700">
                {source.publisher} · {messages.sourceKind[source.kind]} · <time dateTime={source.date}>{formatDate(source.date)}</time>
              </p>
              <p className="mt-2 text-sm font-semibold">Cited by {formatCount(source.statements.length, "statement")}:</p>
              <ul className="mt-1 space-y-1 text-sm">
                {source.statements.map((s) => {
                  const actor = actors.get(s.actor);
                  return (
                    <li key={s.id} className="flex flex-wrap items-baseline gap-x-2">
                      {actor ? <ActorKey actor={actor} className="font-medium" /> : null}
                      {/* 24 px tall: wrapped onto the next line the links must still be easy to hit (WCAG 2.5.8) */}
                      <Link prefetch={false} href={statementHref(s.id)} className="inline-block py-0.5 text-blue-800 underline">
                        {s.speaker.name}, <time dateTime={s.date}>{formatDate(s.date, "short")}</time>
                      </Link>
                      <span>
                        ({messages.confidence[s.confidence].toLowerCase()}) on {s.issues.map((issue) => titleOf.get(issue) ?? issue).join(", ")}
                      </span>
                    </li>
                  );
                })}
              </ul>
            </article>
          </li>
        );
      })}
    </ol>
  );
}
