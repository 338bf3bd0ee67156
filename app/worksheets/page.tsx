import type { Metadata } from "next";
import { getIssues } from "@/lib/server/data";

export const metadata: Metadata = {
  title: "Worksheets",
  description: "A printable worksheet and a teacher's answer page for every issue.",
};

export default function WorksheetsPage() {
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold tracking-tight">Worksheets</h1>
      <p className="max-w-3xl text-gray-700">
        One printable worksheet per issue: the question, an empty spectrum to mark a prediction, a quote from each side with its sourcing answered first,
        and three discussion questions; then a teacher&apos;s answer page. Each prints on one A4 or Letter page, with the date, the dataset version and the
        address.
      </p>
      <ul className="grid gap-1 sm:grid-cols-2">
        {getIssues().map((issue) => (
          <li key={issue.id}>
            <a href={`/worksheets/${issue.id}/`} className="inline-block py-0.5 text-blue-800 underline">
              {issue.title}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
