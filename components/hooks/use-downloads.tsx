"use client";

import { useCallback, useEffect, useState } from "react";
import { messages } from "@/lib/view/messages";
import { evidenceFromDownload, statementViewsFromDownload, type StatementView } from "@/lib/view/view-model";

/*
 * The public downloads, fetched only when a view needs more than its page carries. The overview's
 * HTML holds just the statements of its default view, and /changes/ just the statements and
 * evidence of its default window: inlining everything added 33 kB gzip to the overview's first
 * load and held back its first paint (Lighthouse: LCP 1.4× the page without scripts). One request
 * per file and page load, shared by every component that asks; a failed one is asked again.
 */
/** One request per file and page load, whoever reads it; a failed request is asked again next time. */
const requests = new Map<string, Promise<unknown>>();
function fetchJson(file: string): Promise<unknown> {
  let request = requests.get(file);
  if (!request) {
    request = fetch(file)
      .then((response) => {
        if (!response.ok) throw new Error(`${file}: the server answered ${[response.status, response.statusText].filter(Boolean).join(" ")}.`);
        return response.json() as Promise<unknown>;
      })
      .catch((error: unknown) => {
        requests.delete(file);
        throw error;
      });
    requests.set(file, request);
  }
  return request;
}

/** A file read as one kind of record, parsed once however many components ask. */
export function loader<T>(file: string, parse: (json: unknown, file: string) => T): () => Promise<T> {
  let parsed: Promise<T> | undefined;
  return () =>
    (parsed ??= fetchJson(file)
      .then((json) => parse(json, file))
      .catch((error: unknown) => {
        // a file that could not be read is fetched afresh next time, not parsed again from memory
        parsed = undefined;
        requests.delete(file);
        throw error;
      }));
}

const loadStatements = loader("/data/statements.json", statementViewsFromDownload);
const loadEvidence = loader("/data/positions.json", evidenceFromDownload);

export const NO_STATEMENTS: StatementView[] = [];

type Loaded<T> = { data?: T; error?: string };

/** A download once `wanted` (undefined until it arrives), the error if the request failed, and a way to try again. */
export function useDownload<T>(load: () => Promise<T>, wanted: boolean) {
  const [loaded, setLoaded] = useState<Loaded<T>>({});
  const [attempt, setAttempt] = useState(0);
  const settled = loaded.data !== undefined || loaded.error !== undefined;
  useEffect(() => {
    if (!wanted || settled) return;
    let current = true;
    load().then(
      (data) => current && setLoaded({ data }),
      (error: unknown) => current && setLoaded({ error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [load, wanted, settled, attempt]);
  const retry = useCallback(() => {
    setLoaded({});
    setAttempt((n) => n + 1);
  }, []);
  return { ...loaded, retry };
}

/** Every statement, as the views draw them. */
export const useAllStatements = (wanted: boolean) => useDownload(loadStatements, wanted);
/** The statements each position cites, by position id. */
export const usePositionEvidence = (wanted: boolean) => useDownload(loadEvidence, wanted);

/** Where a view's statements will be: a line while they load, the reason and a retry button if they could not. */
export function StatementsPending({ error, retry, failed = messages.download.failed }: { error?: string; retry: () => void; failed?: string }) {
  return (
    <div role="status" className="rounded-lg border border-gray-200 bg-white p-3 text-gray-700">
      {error ? (
        <>
          <p>
            {failed} {error}
          </p>
          <button type="button" onClick={retry} className="mt-2 rounded border border-gray-400 px-3 py-1 font-medium text-gray-900 hover:bg-gray-100">
            {messages.download.retry}
          </button>
        </>
      ) : (
        <p>{messages.download.loading}</p>
      )}
    </div>
  );
}
