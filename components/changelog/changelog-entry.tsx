import Link from "next/link";
import type { ChangelogItem } from "@/lib/view/changelog";
import { formatDate } from "@/lib/view/format";
import { messages } from "@/lib/view/messages";
import { pageMessages } from "@/lib/view/page-messages";

const link = "text-blue-800 underline";

/** What changed, in a line for short values and in a disclosure for long texts (a summary, a rationale). */
function ChangeValues({ item }: { item: ChangelogItem }) {
  if (item.from === undefined && item.to === undefined) return item.field ? <p className="text-sm text-gray-700">Field: {item.field}</p> : null;
  if (item.long)
    return (
      <details className="text-sm">
        <summary className="inline-block cursor-pointer py-0.5 font-medium text-blue-800 underline">
          {item.field ?? "record"}: {item.from === undefined ? "show the new text" : "show the old and the new text"}
        </summary>
        <dl className="mt-1 space-y-1 border-l-4 border-gray-200 pl-3">
          {item.from !== undefined ? (
            <>
              <dt className="font-semibold text-gray-700">Before</dt>
              <dd className="text-gray-800">{item.from}</dd>
            </>
          ) : null}
          {item.to !== undefined ? (
            <>
              <dt className="font-semibold text-gray-700">After</dt>
              <dd className="text-gray-800">{item.to}</dd>
            </>
          ) : null}
        </dl>
      </details>
    );
  return (
    <p className="text-sm">
      {item.field ? <span className="font-semibold">{item.field}: </span> : null}
      {item.from !== undefined ? (
        <>
          {item.to !== undefined ? "from " : item.kind === "removal" ? "was " : "before: "}
          <span className="font-mono">{item.from}</span>
        </>
      ) : null}
      {item.from !== undefined && item.to !== undefined ? " " : null}
      {item.to !== undefined ? (
        <>
          {item.from !== undefined ? "to " : item.kind === "new-position" ? "coded " : "now: "}
          <span className="font-mono">{item.to}</span>
        </>
      ) : null}
    </p>
  );
}

/** One change of the log: its kind, day and version, the record it concerns (linked), what changed and why. */
export function ChangelogEntry({ item, issueTitle }: { item: ChangelogItem; issueTitle: (id: string) => string }) {
  return (
    <li id={item.id} className="scroll-mt-4 space-y-1.5 rounded-lg border border-gray-200 bg-white p-3 shadow-sm">
      <p className="flex flex-wrap items-baseline gap-x-2 text-sm text-gray-700">
        <span className="rounded border border-gray-500 px-1.5 font-semibold text-gray-900">{pageMessages.changelog.kind[item.kind]}</span>
        <time dateTime={item.date}>{formatDate(item.date)}</time>
        <span aria-hidden="true">·</span>
        <span>
          {messages.footer.version} <span className="font-mono">{item.version}</span>
        </span>
      </p>
      <h3 className="font-semibold">
        {item.href ? (
          // no prefetch: a long list of links would fetch every issue page as it scrolls past
          <Link href={item.href} className={link} prefetch={false}>
            {item.label}
          </Link>
        ) : (
          item.label
        )}
        {item.gone ? <span className="font-normal text-gray-700"> ({item.record}, {pageMessages.changelog.removed})</span> : null}
      </h3>
      <p>{item.why}</p>
      <ChangeValues item={item} />
      {/* names, not links: the record's link leads to its issue, and the issue filter above narrows the list, so each entry costs one Tab stop */}
      {item.issues.length > 0 ? (
        <p className="text-sm text-gray-700">
          {item.issues.length === 1 ? "Issue: " : "Issues: "}
          {item.issues.map(issueTitle).join(", ")}
        </p>
      ) : null}
    </li>
  );
}
