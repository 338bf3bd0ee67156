"use client";

import Link from "next/link";
import { useId, useRef, useState } from "react";
import { toPositionsCsv, toStatementsCsv } from "@/lib/files/data-files";
import { formatDate, formatNumber } from "@/lib/view/format";
import { checkFileSize, IMPORT_LIMITS, readImportFile, readImportText, validateImport, type ImportProblem } from "@/lib/files/import";
import { describeImport, type ImportMode, type StoredImport } from "@/lib/files/imported-data";
import type { Dataset } from "@/lib/schema";
import { saveFile } from "../hooks/save-file";
import { removeImport, saveImport, useStoredImport } from "../hooks/use-imported-data";

export type ImportPanelProps = {
  /** The parts of the built-in data the page passes; statements and positions come from the downloads. */
  base: Pick<Dataset, "actors" | "issues" | "events" | "meta">;
  version: string;
  currentTo: string;
};

type Outcome =
  | { kind: "imported"; message: string; notes: string[] }
  | { kind: "rejected"; title: string; problems: ImportProblem[]; total: number; capped?: boolean; keptEarlier: boolean }
  | { kind: "confirm"; replaces: string[]; stored: StoredImport; message: string; notes: string[] }
  | { kind: "removed" };

const plural = (n: number, noun: string) => `${formatNumber(n)} ${noun}${n === 1 ? "" : "s"}`;
const problemCount = (total: number, capped?: boolean) => (capped ? `at least ${plural(total, "problem")}` : total === 1 ? "a problem" : plural(total, "problem"));

/** A removal the reader confirms: the import is theirs, and nothing takes it away on one click. */
function RemoveButton({ label, onRemove }: { label: string; onRemove: () => void }) {
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <button type="button" className={`${button} border-red-800 text-red-900`} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  return (
    <div role="group" aria-label="Confirm removal" className="flex flex-wrap items-center gap-2 rounded border border-red-800 bg-red-50 p-2">
      <p className="text-sm text-red-950">Remove it from this browser for good? Download it first if you may need it.</p>
      <button type="button" className={`${button} border-red-800 text-red-900`} onClick={onRemove} autoFocus>
        Yes, remove it
      </button>
      <button type="button" className={button} onClick={() => setAsking(false)}>
        Keep it
      </button>
    </div>
  );
}

/** The built-in statements and positions, read from the downloads with the importer itself (once per page). */
let builtIn: Promise<Pick<Dataset, "statements" | "positions">> | undefined;
function loadBuiltIn() {
  builtIn ??= Promise.all(["statements", "positions"].map((name) => fetch(`/data/${name}.json`).then((response) => (response.ok ? response.text() : Promise.reject(new Error(`${response.status}`)))))).then(
    ([statements, positions]) => {
      const s = readImportText("statements.json", statements!);
      const p = readImportText("positions.json", positions!);
      if (!s.ok || !p.ok || !s.file.statements || !p.file.positions) throw new Error("the built-in data could not be read");
      return { statements: s.file.statements, positions: p.file.positions };
    },
  );
  builtIn.catch(() => {
    builtIn = undefined; // let the next attempt fetch again
  });
  return builtIn;
}

/** What an import of `file` would take from the earlier one, in words; empty when it only adds. */
function describeReplaced(stored: StoredImport, file: { statements?: unknown[]; positions?: unknown[] }, mode: ImportMode): string[] {
  const lines: string[] = [];
  for (const kind of ["statements", "positions"] as const) {
    const part = stored[kind];
    if (file[kind] && part)
      lines.push(`your ${plural(part.records.length, kind.slice(0, -1))} from ${part.fileName} (imported ${formatDate(part.importedAt.slice(0, 10))}) will be replaced by this file’s`);
  }
  if (mode !== stored.mode) lines.push(`your earlier import will be used with “${mode}” instead of “${stored.mode}”`);
  return lines;
}

const button = "rounded border border-gray-600 bg-white px-3 py-1.5 text-sm font-medium hover:bg-gray-100 disabled:cursor-not-allowed disabled:text-gray-500";

function CurrentImport({ stored, unreadable, problems, raw, version, currentTo, onRemoved }: {
  stored?: StoredImport;
  unreadable: boolean;
  problems: string[];
  raw: string | null;
  version: string;
  currentTo: string;
  onRemoved: () => void;
}) {
  if (unreadable)
    return (
      <div className="space-y-2" data-testid="unreadable-import">
        <p>
          This browser holds imported data that Parley cannot read, so every view shows Parley’s own data for now. It is still here: download it as it is,
          fix what is listed and import it again.
        </p>
        <ul className="list-disc pl-6 text-sm" aria-label="What cannot be read">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
        <div className="flex flex-wrap gap-2">
          <button type="button" className={button} onClick={() => saveFile("parley-unreadable-import.json", raw ?? "", "application/json")}>
            Download it as it is
          </button>
          <RemoveButton label="Remove it" onRemove={onRemoved} />
        </div>
      </div>
    );
  if (!stored) return <p>Nothing imported: every view shows Parley’s own data.</p>;
  const parts = [
    { kind: "statements" as const, part: stored.statements },
    { kind: "positions" as const, part: stored.positions },
  ].filter((x) => x.part);
  const exportJson = () => {
    const body = {
      dataset: "Parley",
      version: stored.baseVersion,
      currentTo,
      count: (stored.statements?.records.length ?? 0) + (stored.positions?.records.length ?? 0),
      about: `Data imported into Parley in this browser, checked against dataset version ${stored.baseVersion}. It can be imported again.`,
      ...(stored.statements ? { statements: stored.statements.records } : {}),
      ...(stored.positions ? { positions: stored.positions.records } : {}),
    };
    saveFile("parley-my-import.json", `${JSON.stringify(body, null, 1)}\n`, "application/json");
  };
  return (
    <div className="space-y-3" data-testid="current-import">
      <p>
        <strong>{describeImport(stored)}</strong>, {stored.mode === "merge" ? "merged over Parley’s data (a record with the id of one of Parley’s replaces it)" : "in place of Parley’s records of the same kind"}. Every
        view that shows them says “Including your imported data”. They are kept in this browser only and never sent anywhere.
      </p>
      <ul className="list-disc pl-6 text-sm">
        {parts.map(({ kind, part }) => (
          <li key={kind}>
            {plural(part!.records.length, kind.slice(0, -1))} from <span className="font-mono">{part!.fileName}</span>, imported {formatDate(part!.importedAt.slice(0, 10))}
          </li>
        ))}
      </ul>
      {stored.baseVersion !== version ? (
        <p className="text-sm text-amber-900">Checked against dataset version {stored.baseVersion}; Parley is now at {version}. Import it again to check it against the current data.</p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <button type="button" className={button} onClick={exportJson}>
          Download my import (JSON)
        </button>
        {stored.statements ? (
          <button type="button" className={button} onClick={() => saveFile("parley-my-statements.csv", toStatementsCsv(stored.statements!.records, stored.baseVersion), "text/csv;charset=utf-8")}>
            Download my statements (CSV)
          </button>
        ) : null}
        {stored.positions ? (
          <button type="button" className={button} onClick={() => saveFile("parley-my-positions.csv", toPositionsCsv(stored.positions!.records, stored.baseVersion), "text/csv;charset=utf-8")}>
            Download my positions (CSV)
          </button>
        ) : null}
        <RemoveButton label="Remove my imported data" onRemove={onRemoved} />
      </div>
    </div>
  );
}

export function ImportPanel({ base, version, currentTo }: ImportPanelProps) {
  const id = useId();
  const { stored, unreadable, problems, raw } = useStoredImport();
  const [mode, setMode] = useState<ImportMode>("merge");
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const fileInput = useRef<HTMLInputElement>(null);
  const result = useRef<HTMLDivElement>(null);

  const show = (next: Outcome) => {
    setOutcome(next);
    // after the outcome renders, move focus to it so keyboard and screen-reader users land on the answer
    requestAnimationFrame(() => result.current?.focus());
  };

  const keep = (next: StoredImport, message: string, notes: string[]) => {
    const saved = saveImport(next, Boolean(stored));
    if (!saved.ok) show({ kind: "rejected", title: saved.message, problems: [], total: 0, keptEarlier: Boolean(stored) });
    else show({ kind: "imported", message, notes });
  };

  const runImport = async () => {
    const file = fileInput.current?.files?.[0];
    if (!file) {
      show({ kind: "rejected", title: "Choose a file first.", problems: [], total: 0, keptEarlier: Boolean(stored) });
      return;
    }
    setBusy(true);
    const keptEarlier = Boolean(stored);
    const reject = (title: string, problems: ImportProblem[], total: number, capped?: boolean) => show({ kind: "rejected", title, problems, total, capped, keptEarlier });
    try {
      const started = performance.now();
      const tooBig = checkFileSize(file.name, file.size);
      const read = tooBig ?? readImportFile(file.name, new Uint8Array(await file.arrayBuffer()));
      if (!read.ok) return reject(`Nothing was imported: ${file.name} has ${problemCount(read.total, read.capped)}.`, read.problems, read.total, read.capped);
      const today = new Date().toISOString().slice(0, 10);
      const dataset = { ...base, ...(await loadBuiltIn()) };
      const checked = validateImport(dataset, read.file, stored, mode, today > currentTo ? today : currentTo, version, currentTo);
      if (!checked.ok) return reject(`Nothing was imported: with Parley’s data, ${file.name} gives ${problemCount(checked.total, checked.capped)}.`, checked.problems, checked.total, checked.capped);
      const counts = [read.file.statements && plural(read.file.statements.length, "statement"), read.file.positions && plural(read.file.positions.length, "position")].filter(Boolean).join(" and ");
      const message = `Imported ${counts} from ${file.name}, ${mode === "merge" ? "merged over Parley’s data" : "in place of Parley’s"} (checked in ${formatNumber(Math.round(performance.now() - started))} ms).`;
      // an earlier import is the reader's own work: replacing any part of it waits for their yes
      const replaces = stored ? describeReplaced(stored, read.file, mode) : [];
      if (replaces.length > 0) return show({ kind: "confirm", replaces, stored: checked.stored, message, notes: checked.notes });
      keep(checked.stored, message, checked.notes);
    } catch {
      reject("Nothing was imported: Parley’s own data could not be loaded to check the file against. Reload the page and try again.", [], 0);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="space-y-8">
      <section aria-labelledby={`${id}-current`} className="space-y-3 rounded-lg border border-gray-300 bg-white p-4 shadow-sm">
        <h2 id={`${id}-current`} className="text-xl font-semibold">
          Your imported data
        </h2>
        <CurrentImport
          stored={stored}
          unreadable={unreadable}
          problems={problems}
          raw={raw}
          version={version}
          currentTo={currentTo}
          onRemoved={() => {
            removeImport();
            show({ kind: "removed" });
          }}
        />
      </section>

      <section aria-labelledby={`${id}-new`} className="space-y-4 rounded-lg border border-gray-300 bg-white p-4 shadow-sm">
        <h2 id={`${id}-new`} className="text-xl font-semibold">
          Import a file
        </h2>
        <form
          className="space-y-4"
          onSubmit={(event) => {
            event.preventDefault();
            void runImport();
          }}
        >
          <div>
            <label htmlFor={`${id}-file`} className="block font-semibold">
              File
            </label>
            <p id={`${id}-file-help`} className="text-sm text-gray-700">
              A CSV or JSON file shaped like a download, up to {formatNumber(IMPORT_LIMITS.maxBytes / 1024 / 1024)} MB and {formatNumber(IMPORT_LIMITS.maxRows)} records.
            </p>
            <input
              ref={fileInput}
              id={`${id}-file`}
              type="file"
              accept=".csv,.json,text/csv,application/json"
              aria-describedby={`${id}-file-help`}
              className="mt-1 block w-full text-sm file:mr-3 file:rounded file:border file:border-gray-600 file:bg-white file:px-3 file:py-1.5 file:font-medium"
            />
          </div>
          <fieldset>
            <legend className="font-semibold">How to use it</legend>
            <label className="mt-1 flex items-start gap-2">
              <input type="radio" name="mode" value="merge" checked={mode === "merge"} onChange={() => setMode("merge")} className="mt-1" />
              <span>
                <strong>Merge</strong> over Parley’s data: a record with the id of one of Parley’s replaces it; new ids are added. Use this for an edited download.
              </span>
            </label>
            <label className="mt-1 flex items-start gap-2">
              <input type="radio" name="mode" value="replace" checked={mode === "replace"} onChange={() => setMode("replace")} className="mt-1" />
              <span>
                <strong>Replace</strong> Parley’s records of the same kind: your statements in place of Parley’s statements, your positions in place of its positions.
              </span>
            </label>
          </fieldset>
          <button type="submit" className={`${button} bg-gray-900 text-white hover:bg-gray-700 disabled:bg-gray-400`} disabled={busy}>
            {busy ? "Checking…" : "Check and import"}
          </button>
        </form>

        <div ref={result} tabIndex={-1} className="outline-none" data-testid="import-result">
          {outcome?.kind === "imported" ? (
            <div role="status" className="rounded border-2 border-green-800 bg-green-50 p-3 text-green-950">
              <p className="font-semibold">{outcome.message}</p>
              {outcome.notes.map((note) => (
                <p key={note}>{note}</p>
              ))}
              <p>
                See it on the{" "}
                <Link href="/" className="underline">
                  overview
                </Link>
                , the issue pages and the{" "}
                <Link href="/statements/" className="underline">
                  statements explorer
                </Link>
                .
              </p>
            </div>
          ) : outcome?.kind === "confirm" ? (
            <div role="alertdialog" aria-labelledby={`${id}-confirm`} className="space-y-2 rounded border-2 border-amber-800 bg-amber-50 p-3 text-amber-950">
              <p id={`${id}-confirm`} className="font-semibold">
                This file replaces part of your earlier import. Replace it?
              </p>
              <ul className="list-disc pl-6 text-sm">
                {outcome.replaces.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
              <div className="flex flex-wrap gap-2">
                <button type="button" className={button} onClick={() => keep(outcome.stored, outcome.message, outcome.notes)} autoFocus>
                  Yes, replace it
                </button>
                <button type="button" className={button} onClick={() => show({ kind: "rejected", title: "Nothing was imported.", problems: [], total: 0, keptEarlier: true })}>
                  No, keep my earlier import
                </button>
              </div>
            </div>
          ) : outcome?.kind === "removed" ? (
            <p role="status" className="rounded border border-gray-400 bg-gray-50 p-3">
              Removed. Every view shows Parley’s own data again.
            </p>
          ) : outcome?.kind === "rejected" ? (
            <div role="alert" className="space-y-2 rounded border-2 border-red-800 bg-red-50 p-3 text-red-950">
              <p className="font-semibold">{outcome.title}</p>
              {outcome.problems.length > 0 ? (
                <ul className="max-h-96 list-disc space-y-1 overflow-y-auto pl-6 text-sm" aria-label="Problems found">
                  {outcome.problems.map((problem, i) => (
                    <li key={i}>
                      <span className="font-semibold">{problem.where}</span>: {problem.message}
                    </li>
                  ))}
                </ul>
              ) : null}
              {outcome.total > outcome.problems.length ? (
                <p className="text-sm">
                  …and {outcome.capped ? "at least " : ""}
                  {formatNumber(outcome.total - outcome.problems.length)} more. Fix these first; the rest may be the same mistake.
                </p>
              ) : null}
              <p className="text-sm">{outcome.keptEarlier ? "Your earlier import is unchanged." : "Nothing was changed."}</p>
            </div>
          ) : null}
        </div>
      </section>
    </div>
  );
}
