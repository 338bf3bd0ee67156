"use client";

import { useMemo, useSyncExternalStore } from "react";
import { inspectStoredImport, mergePositions, mergeStatements, STORAGE_KEY, type StoredImport } from "@/lib/files/imported-data";
import type { Coded } from "@/lib/analysis";
import { toStatementView, type StatementView } from "@/lib/view/view-model";

/*
 * The reader's imported data, read from localStorage. The server (and the prerendered HTML) has no
 * import, so the first render always shows the built-in data and the import appears right after.
 */

const CHANGED = "parley:import-changed";

function subscribe(onChange: () => void) {
  window.addEventListener("storage", onChange); // another tab imported or removed data
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

function readRaw(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage switched off: behave as if nothing was imported
  }
}

type StoredState = {
  stored?: StoredImport;
  unreadable: boolean;
  /** What makes a stored import unreadable, by record and field; empty when it reads. */
  problems: string[];
  /** The stored text as it is, so an unreadable import can still be downloaded. */
  raw: string | null;
};

// every component on a page that reads the import shares one parse of it: an import can be megabytes
let lastRead: { raw: string | null; state: StoredState } | undefined;
function parseStored(raw: string | null): StoredState {
  if (lastRead?.raw !== raw) {
    const { stored, problems } = inspectStoredImport(raw);
    lastRead = { raw, state: { stored, unreadable: raw !== null && !stored, problems, raw } };
  }
  return lastRead.state;
}

/** The stored import (undefined if none), and whether something is stored that cannot be read. */
export function useStoredImport(): StoredState {
  return parseStored(useSyncExternalStore(subscribe, readRaw, () => null));
}

/** Keeps an import; the earlier one stays if the browser refuses (storage full or switched off). */
export function saveImport(stored: StoredImport, hadEarlier: boolean): { ok: true } | { ok: false; message: string } {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(stored));
  } catch (error) {
    const full = error instanceof DOMException && (error.name === "QuotaExceededError" || error.name === "NS_ERROR_DOM_QUOTA_REACHED");
    return {
      ok: false,
      message: full
        ? `The file is valid, but this browser has no room left to keep it. Nothing was changed; ${hadEarlier ? "import a smaller file, or remove your earlier import first" : "import a smaller file, or free space this browser keeps for this site"}.`
        : "The file is valid, but this browser does not let Parley keep data (private browsing or blocked storage). Nothing was changed.",
    };
  }
  window.dispatchEvent(new Event(CHANGED));
  return { ok: true };
}

export function removeImport() {
  try {
    window.localStorage.removeItem(STORAGE_KEY);
  } catch {
    // nothing could have been stored either
  }
  window.dispatchEvent(new Event(CHANGED));
}

const NO_STATEMENTS: StatementView[] = [];

/** The overview's and issue pages' data with the reader's import laid over it. */
export function useImportedData<P extends Coded>(positions: P[], statements: StatementView[] = NO_STATEMENTS) {
  const { stored } = useStoredImport();
  return useMemo(
    () => ({
      stored,
      positions: stored ? mergePositions(positions, stored) : positions,
      statements: stored ? mergeStatements(statements, stored, toStatementView) : statements,
    }),
    [stored, positions, statements],
  );
}

/** The ids of the reader's imported statements as stored now, read outside React (an effect that must not wait a render for the import). */
export function importedStatementIds(): ReadonlySet<string> {
  return new Set((parseStored(readRaw()).stored?.statements?.records ?? []).map((s) => s.id));
}
