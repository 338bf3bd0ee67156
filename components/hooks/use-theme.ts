"use client";

import { useCallback, useLayoutEffect, useSyncExternalStore } from "react";

export type PresentTheme = "light" | "dark";

/** The localStorage key and <html data-theme> values; public/present-theme.js reads the same key before first paint. */
const STORAGE_KEY = "parley-present-theme";

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());
function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}
const read = (): PresentTheme => (document.documentElement.dataset.theme === "dark" ? "dark" : "light");

function stored(): PresentTheme {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === "dark" ? "dark" : "light";
  } catch {
    return "light";
  }
}

/**
 * The projector theme, light or dark, remembered across visits. It lives on <html data-theme> so the
 * palette reaches the chart patterns; the attribute is removed when the deck unmounts, so the rest
 * of the site stays as it was.
 */
export function usePresentTheme() {
  const theme = useSyncExternalStore(subscribe, read, () => "light" as const);
  // on a client-side visit the blocking script has not run: apply the stored theme before paint
  useLayoutEffect(() => {
    document.documentElement.dataset.theme = stored();
    notify();
    return () => {
      delete document.documentElement.dataset.theme;
    };
  }, []);
  const setTheme = useCallback((next: PresentTheme) => {
    document.documentElement.dataset.theme = next;
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // storage may be off: the theme still changes for this visit
    }
    notify();
  }, []);
  return [theme, setTheme] as const;
}
