import Link from "next/link";
import { DISPUTES_DOWNLOAD, DOWNLOADS } from "@/lib/files/data-files";
import { formatDate } from "@/lib/view/format";
import { messages } from "@/lib/view/messages";
import type { DatasetInfo } from "@/lib/dataset-info";
import { pageMessages } from "@/lib/view/page-messages";

/** The pages of the data's depth and of the classroom, which the header has no room for. */
const PLAIN_LINKS = [
  { href: "/disputes/", label: messages.nav.disputes },
  { href: "/sequencing/", label: messages.nav.sequencing },
  { href: "/deal/", label: messages.nav.deal },
  { href: "/glossary/", label: messages.nav.glossary },
  { href: "/worksheets/", label: messages.nav.worksheets },
] as const;

export function SiteFooter({ info }: { info: DatasetInfo }) {
  return (
    <footer className="mt-16 border-t border-gray-200 bg-gray-50">
      <div className="mx-auto grid max-w-6xl gap-2 px-4 py-6 text-sm text-gray-700 sm:grid-cols-2">
        <p>
          {messages.footer.currentTo} <time dateTime={info.currentTo}>{formatDate(info.currentTo)}</time> (
          <Link href="/methodology/#after-the-data" className="text-blue-800 underline">{messages.footer.nothingAfter}</Link>) · {messages.footer.version}{" "}
          <span className="font-mono" data-testid="dataset-version">{info.version}</span> · {info.statements} statements, {info.positions} coded positions
        </p>
        <p className="sm:text-right">{messages.footer.sources}</p>
        <nav aria-label="Data and method" className="no-print sm:col-span-2">
          {/* links 24 px tall: on a phone they wrap into rows, and need that much to be easy to hit (WCAG 2.5.8) */}
          <ul className="flex flex-wrap items-center gap-x-4 gap-y-1">
            <li className="font-semibold text-gray-900">{messages.footer.downloads}:</li>
            {[...DOWNLOADS, DISPUTES_DOWNLOAD].map((file) => (
              <li key={file.href}>
                <a href={file.href} download className="inline-block py-0.5 text-blue-800 underline">
                  {file.label}
                </a>
              </li>
            ))}
            <li aria-hidden="true">·</li>
            <li>
              <Link href="/sources/" className="inline-block py-0.5 text-blue-800 underline">{messages.nav.sources}</Link>
            </li>
            <li>
              <Link href="/methodology/" className="inline-block py-0.5 text-blue-800 underline">{messages.nav.methodology}</Link>
            </li>
            {/* plain links: a footer's Link would prefetch these pages' data on every page view */}
            {PLAIN_LINKS.map(({ href, label }) => (
              <li key={href}>
                <a href={href} className="inline-block py-0.5 text-blue-800 underline">
                  {label}
                </a>
              </li>
            ))}
            <li>
              <Link href="/corrections/" className="inline-block py-0.5 text-blue-800 underline">{pageMessages.changelog.title}</Link>
            </li>
            <li>
              <Link href="/import/" className="inline-block py-0.5 text-blue-800 underline">{messages.nav.import}</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
