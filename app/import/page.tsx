import type { Metadata } from "next";
import Link from "next/link";
import { ImportPanel } from "@/components/import/import-panel";
import { NoscriptNote } from "@/components/ui/noscript-note";
import { DOWNLOADS } from "@/lib/files/data-files";
import { getDatasetInfo, getDataset } from "@/lib/server/data";
import { IMPORT_LIMITS } from "@/lib/files/import";
import { formatNumber } from "@/lib/view/format";
import { messages } from "@/lib/view/messages";

export const metadata: Metadata = {
  title: "Import your data",
  description: "Load your own statements and positions into Parley, as CSV or JSON shaped like the downloads, and see them on every view. Checked in your browser; kept in your browser.",
};

export default function ImportPage() {
  const { actors, issues, events, meta } = getDataset();
  const info = getDatasetInfo();
  const link = "text-blue-800 underline";
  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Import your data</h1>
        <p className="max-w-3xl text-lg text-gray-700">
          Load your own statements and positions — a corrected coding, statements Parley does not have — and see them on the overview, the issue pages,
          what changed, the statements explorer and the classroom deck. The file is checked here, in your browser, with the same rules as Parley’s own data, and nothing is used unless the whole
          file passes. It is kept in this browser until you remove it, and it is never sent anywhere.
        </p>
        <NoscriptNote>{messages.noscript.import}</NoscriptNote>
      </header>

      <ImportPanel base={{ actors, issues, events, meta }} version={info.version} currentTo={info.currentTo} />

      <section aria-labelledby="shape-heading" className="max-w-3xl space-y-3">
        <h2 id="shape-heading" className="text-xl font-semibold">
          What a file must look like
        </h2>
        <ul className="list-disc space-y-1 pl-6 text-gray-800">
          <li>
            The shape of a download. The easiest start is to download one and edit it:{" "}
            {DOWNLOADS.map((file, i) => (
              <span key={file.href}>
                {i > 0 ? ", " : ""}
                <a href={file.href} download className={link}>
                  {file.label.toLowerCase()}
                </a>
              </span>
            ))}
            . The <Link href="/methodology/#downloads" className={link}>methodology</Link> lists every column and how lists are written.
          </li>
          <li>CSV in UTF-8 (in Excel: “CSV UTF-8”), with the header row of the download; commas, semicolons or tabs between cells. Or JSON: the download’s object, or a plain list of records.</li>
          <li>Each record must pass the rules of Parley’s own data: known actors and issues, real dates not in the future, https links, a quote of at most 25 words, an ideal inside the acceptable range inside the issue’s spectrum, evidence that exists and is not newer than the position.</li>
          <li>Plain text only: HTML or script in a text field is refused.</li>
          <li>
            At most {formatNumber(IMPORT_LIMITS.maxBytes / 1024 / 1024)} MB and {formatNumber(IMPORT_LIMITS.maxRows)} records a file. A file of statements replaces the statements you imported
            before; a file of positions, the positions.
          </li>
        </ul>
      </section>
    </div>
  );
}
