import MiniSearch from "minisearch";
import type { Statement } from "./schema";

/*
 * Full-text search over the statements: speaker (name and role), summary, quote (in its own
 * language, and Parley's English translation where it has one) and event. Built
 * with MiniSearch on the reader's machine, the first time a search is typed.
 */

export const SEARCH_FIELDS = ["speaker", "summary", "quote", "event"] as const;

/** A search term folded to lower case without accents, so "Burgenstock" finds "Bürgenstock". */
const fold = (term: string) =>
  term
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();

export type StatementIndex = MiniSearch<Pick<Statement, "id">>;

export function createStatementIndex(statements: readonly Statement[]): StatementIndex {
  const index: StatementIndex = new MiniSearch<Pick<Statement, "id">>({
    fields: [...SEARCH_FIELDS],
    extractField: (document, field) => {
      const s = document as Statement;
      if (field === "speaker") return `${s.speaker.name} ${s.speaker.role}`;
      if (field === "quote") return s.quoteTranslation ? `${s.quote} ${s.quoteTranslation}` : s.quote;
      if (field === "summary" || field === "event" || field === "id") return s[field];
      return "";
    },
    processTerm: (term) => fold(term) || null,
    searchOptions: {
      combineWith: "AND",
      prefix: true,
      // a typo in a longer word still finds it; short words must be exact, or everything matches
      fuzzy: (term) => (term.length > 4 ? 0.2 : false),
      boost: { speaker: 2, quote: 1.5 },
    },
  });
  index.addAll(statements);
  return index;
}

/** The ids of the statements that match every word of `query`, with their rank (0 is the best match). */
export function searchStatements(index: StatementIndex, query: string): Map<string, number> {
  const results = index.search(query.trim());
  return new Map(results.map((result, rank) => [String(result.id), rank]));
}
