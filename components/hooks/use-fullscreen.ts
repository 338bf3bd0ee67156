"use client";

import { useCallback, useSyncExternalStore } from "react";

function subscribe(listener: () => void) {
  document.addEventListener("fullscreenchange", listener);
  return () => document.removeEventListener("fullscreenchange", listener);
}

/** Whether the page is full screen, and a toggle; Esc leaves full screen in every browser on its own. */
export function useFullscreen() {
  const isFullscreen = useSyncExternalStore(subscribe, () => document.fullscreenElement !== null, () => false);
  const toggle = useCallback(() => {
    // a refusal (no user gesture, a policy, an embedding frame) leaves the page as it was, which is the right outcome
    if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    else document.documentElement.requestFullscreen?.().catch(() => undefined);
  }, []);
  return [isFullscreen, toggle] as const;
}
