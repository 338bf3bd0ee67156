import { formatDate } from "@/lib/view/format";
import { describeImport, type StoredImport } from "@/lib/files/imported-data";
import { messages } from "@/lib/view/messages";

/** Whether the import is in what the view shows, left out of the whole page, or left out of one section of a page that shows it. */
export type ImportScope = "included" | "not-included" | "section-not-included";

/**
 * The mark every view carries while a reader's import is in use, so no one mistakes their own
 * coding for Parley's. `scope` says whether this page shows the import or only the built-in data.
 */
export function ImportedDataBanner({ stored, scope = "included" }: { stored?: StoredImport; scope?: ImportScope }) {
  if (!stored) return null;
  const when = [stored.statements?.importedAt, stored.positions?.importedAt].filter((d): d is string => Boolean(d)).sort().at(-1);
  const text = messages.imported;
  const review = (
    <a href="/import/" className="font-medium underline">
      {text.review}
    </a>
  );
  return (
    // a section's note is not the page's banner: a page has at most one of those
    <div
      className="no-print rounded-lg border-2 border-violet-800 bg-violet-50 px-3 py-2 text-sm text-violet-950"
      data-testid={scope === "section-not-included" ? "imported-data-section-note" : "imported-data-banner"}
      data-scope={scope}
    >
      {scope === "included" ? (
        <p>
          <strong>{text.included}</strong> {describeImport(stored)}, {stored.mode === "merge" ? text.mergedOver : text.inPlaceOf}
          {when ? `, ${text.imported} ${formatDate(when.slice(0, 10))}` : ""}. {review}
        </p>
      ) : scope === "not-included" ? (
        <p>
          <strong>{text.notIncluded}</strong> {text.notIncludedWhy} {review}
        </p>
      ) : (
        <p>
          {text.sectionNotIncluded} {review}
        </p>
      )}
    </div>
  );
}
