/** What a URL asked for that the view ignored, said plainly. */
export function Notices({ notices }: { notices: readonly string[] }) {
  if (notices.length === 0) return null;
  return (
    <div role="status" className="rounded border border-amber-600 bg-amber-50 px-3 py-2 text-sm text-amber-950">
      <p className="font-semibold">Part of the link was ignored; showing the defaults instead.</p>
      <ul className="list-disc pl-5">
        {notices.map((notice) => (
          <li key={notice}>{notice}</li>
        ))}
      </ul>
    </div>
  );
}
