import { messages } from "@/lib/view/messages";
import { IntentLink } from "../controls/intent-link";

const links = [
  { href: "/", label: messages.nav.overview },
  { href: "/issues/", label: messages.nav.issues },
  { href: "/changes/", label: messages.nav.changes },
  { href: "/documents/", label: messages.nav.documents },
  { href: "/statements/", label: messages.nav.statements },
  { href: "/methodology/", label: messages.nav.methodology },
  { href: "/present/", label: messages.nav.present },
] as const;

export function SiteHeader() {
  return (
    <header className="no-print border-b border-gray-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <IntentLink href="/" className="flex items-center gap-2 text-xl font-bold tracking-tight">
          <svg width="28" height="28" viewBox="0 0 32 32" aria-hidden="true">
            <rect width="32" height="32" rx="6" fill="#111827" />
            <rect x="5" y="9" width="13" height="5" rx="2" fill="#0a6cb3" />
            <rect x="14" y="18" width="13" height="5" rx="2" fill="#f97316" />
            <rect x="14" y="7" width="4" height="18" fill="#22c55e" opacity=".8" />
          </svg>
          {messages.site.name}
        </IntentLink>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm font-medium">
            {links.map(({ href, label }) => (
              <li key={href}>
                <IntentLink href={href} className="text-gray-800 underline-offset-4 hover:underline">
                  {label}
                </IntentLink>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
