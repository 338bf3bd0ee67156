import { formatDate } from "@/lib/format";
import { describeImport, type StoredImport } from "@/lib/imported-data";

/**
 * The mark every view carries while a reader's import is in use, so no one mistakes their own
 * coding for Parley's. `scope` says whether this page shows the import or only the built-in data.
 */
export function ImportedDataBanner({ stored, scope = "included" }: { stored?: StoredImport; scope?: "included" | "not-included" }) {
  if (!stored) return null;
  const when = [stored.statements?.importedAt, stored.positions?.importedAt].filter((d): d is string => Boolean(d)).sort().at(-1);
  return (
    <div className="no-print rounded-lg border-2 border-violet-800 bg-violet-50 px-3 py-2 text-sm text-violet-950" data-testid="imported-data-banner">
      {scope === "included" ? (
        <p>
          <strong>Including your imported data:</strong> {describeImport(stored)}, {stored.mode === "merge" ? "merged over Parley’s data" : "in place of Parley’s"}
          {when ? `, imported ${formatDate(when.slice(0, 10))}` : ""}. <a href="/import/" className="font-medium underline">Review or remove it</a>
        </p>
      ) : (
        <p>
          <strong>Your imported data is not shown on this page,</strong> which lists Parley’s own data only. It is shown on the overview, the issue pages and the
          statements explorer. <a href="/import/" className="font-medium underline">Review or remove it</a>
        </p>
      )}
    </div>
  );
}
