import { messages } from "@/lib/view/messages";

/** Whether any notice says a part of the link was dropped for a default, not just put right. */
export const ignoresSome = (notices: readonly string[]) => notices.some((notice) => notice.startsWith("Ignored"));

/** What a URL asked for that the view ignored or corrected, said plainly. */
export function Notices({ notices }: { notices: readonly string[] }) {
  if (notices.length === 0) return null;
  return (
    <div role="status" className="rounded border border-amber-600 bg-amber-50 px-3 py-2 text-sm text-amber-950">
      <p className="font-semibold">{ignoresSome(notices) ? messages.notices.ignored : messages.notices.corrected}</p>
      <ul className="list-disc pl-5">
        {notices.map((notice) => (
          <li key={notice}>{notice}</li>
        ))}
      </ul>
    </div>
  );
}
