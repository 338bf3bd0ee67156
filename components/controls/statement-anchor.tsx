"use client";

import { useEffect } from "react";
import { anchorRedirect } from "@/lib/view/statement";
import { importedStatementIds } from "../hooks/use-imported-data";

/**
 * Keeps old statement links working: an issue page lists only its newest statements, so a link to
 * `/issues/<issue>/#<statement>` for an older one goes on to the statement's own page. An anchor
 * the page has, or one of the reader's imported statements, stays where it is.
 */
export function StatementAnchor() {
  useEffect(() => {
    const follow = () => {
      const imported = importedStatementIds();
      const target = anchorRedirect(window.location.hash, (id) => document.getElementById(id) !== null || imported.has(id));
      if (target) window.location.replace(target);
    };
    follow();
    window.addEventListener("hashchange", follow);
    return () => window.removeEventListener("hashchange", follow);
  }, []);
  return null;
}
