"use client";

import { useCallback, useEffect, useState } from "react";
import { statementViewsFromDownload, type StatementView } from "@/lib/view-model";

/*
 * Every statement, fetched from the public download only when a view needs more than the page
 * carries. The overview's HTML holds just the statements of its default view: inlining all 241
 * added 33 kB gzip to every first load and held back its first paint (Lighthouse: LCP 1.4× the
 * page without scripts). One request per page load, shared by every component that asks.
 */
const FILE = "/data/statements.json";
let request: Promise<StatementView[]> | undefined;

function load(): Promise<StatementView[]> {
  request ??= fetch(FILE)
    .then((response) => {
      if (!response.ok) throw new Error(`${FILE}: the server answered ${[response.status, response.statusText].filter(Boolean).join(" ")}.`);
      return response.json() as Promise<unknown>;
    })
    .then((json) => statementViewsFromDownload(json, FILE))
    .catch((error: unknown) => {
      request = undefined; // a later attempt asks again
      throw error;
    });
  return request;
}

export const NO_STATEMENTS: StatementView[] = [];

type Loaded = { statements?: StatementView[]; error?: string };

/** All statements once `wanted` (undefined until they arrive), the error if the request failed, and a way to try again. */
export function useAllStatements(wanted: boolean) {
  const [loaded, setLoaded] = useState<Loaded>({});
  const [attempt, setAttempt] = useState(0);
  const settled = loaded.statements !== undefined || loaded.error !== undefined;
  useEffect(() => {
    if (!wanted || settled) return;
    let current = true;
    load().then(
      (statements) => current && setLoaded({ statements }),
      (error: unknown) => current && setLoaded({ error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [wanted, settled, attempt]);
  const retry = useCallback(() => {
    setLoaded({});
    setAttempt((n) => n + 1);
  }, []);
  return { ...loaded, retry };
}

/** Where a view's statements will be: a line while they load, the reason and a retry button if they could not. */
export function StatementsPending({ error, retry }: { error?: string; retry: () => void }) {
  return (
    <div role="status" className="rounded-lg border border-gray-200 bg-white p-3 text-gray-700">
      {error ? (
        <>
          <p>The statements for this view could not be loaded: {error}</p>
          <button type="button" onClick={retry} className="mt-2 rounded border border-gray-400 px-3 py-1 font-medium text-gray-900 hover:bg-gray-100">
            Try again
          </button>
        </>
      ) : (
        <p>Loading the statements for this view…</p>
      )}
    </div>
  );
}
