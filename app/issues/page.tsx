import type { Metadata } from "next";
import Link from "next/link";
import { ImportedDataNotice } from "@/components/import/imported-data-notice";
import { getIssues, getStatements } from "@/lib/server/data";

export const metadata: Metadata = { title: "Issues", description: "Every question of the Russia–Ukraine talks that Parley codes, with its spectrum of options." };

export default function IssuesPage() {
  const statements = getStatements();
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Issues</h1>
        <p className="max-w-3xl text-gray-700">
          Each issue is one question the two sides disagree or agree on, with a spectrum of options from one pole to the other. The first three — ceasefire,
          who may sign, and the 2022 Istanbul draft — lead every view.
        </p>
      </header>
      <ImportedDataNotice scope="not-included" />
      <ol className="grid gap-3 md:grid-cols-2">
        {getIssues().map((issue) => (
          <li key={issue.id} className="rounded-lg border border-gray-200 bg-white p-4 shadow-sm">
            <h2 className="text-lg font-semibold">
              <Link href={`/issues/${issue.id}/`} className="underline decoration-gray-400 hover:decoration-gray-900">
                {issue.title}
              </Link>
            </h2>
            <p className="mt-1">{issue.question}</p>
            <p className="mt-2 text-sm text-gray-700">
              {issue.spectrum.length} options, from “{issue.spectrum[0]!.label}” to “{issue.spectrum.at(-1)!.label}” ·{" "}
              {statements.filter((s) => s.issues.includes(issue.id)).length} statements
            </p>
          </li>
        ))}
      </ol>
    </div>
  );
}
