import { ignoresSome, type Notice } from "@/lib/url/notices";
import { messages } from "@/lib/view/messages";
import { formatNotice } from "@/lib/view/notices";

/** What a URL asked for that the view ignored or corrected, said plainly. */
export function Notices({ notices }: { notices: readonly Notice[] }) {
  if (notices.length === 0) return null;
  const lines = notices.map(formatNotice);
  return (
    <div role="status" className="rounded border border-amber-600 bg-amber-50 px-3 py-2 text-sm text-amber-950">
      <p className="font-semibold">{ignoresSome(notices) ? messages.notices.ignored : messages.notices.corrected}</p>
      <ul className="list-disc pl-5">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
