import { messages } from "@/lib/view/messages";

const link = "text-blue-800 underline";

/** How a disputed account is recorded: what makes one, what each account must rest on, and what was left out. */
export function DisputesSection({ summary, leftOut }: { summary: string; leftOut: readonly { what: string; why: string }[] }) {
  return (
    <section aria-labelledby="disputes" className="space-y-3">
      <h2 id="disputes" className="scroll-mt-4 text-2xl font-semibold">
        Disputed accounts
      </h2>
      <div className="max-w-3xl space-y-3 text-gray-800">
        <p>
          A <strong>dispute</strong> is an event or a text of which the parties give conflicting accounts: what was initialled, agreed or promised, or
          whether a pause was agreed at all. Each record names the event, text or clause it is about and the issues it touches, and gives each side&apos;s
          account in Parley&apos;s own words, resting on that side&apos;s own dated statements in the data (the build refuses an account that cites another
          actor&apos;s statement). What a source other than the two sides says is kept apart, where the research has one. An account that no other party
          answers is a claim of one side only (&ldquo;{messages.disputes.oneSided}&rdquo;): the record says so rather than inventing the other side&apos;s
          view. A dispute is open until a later statement settles it.
        </p>
        <p>
          {summary} Every event, text, clause and ledger verdict a dispute touches carries the mark{" "}
          <span className="rounded border border-gray-800 px-1 font-semibold">
            <span aria-hidden="true">⚑ </span>
            {messages.disputes.mark}
          </span>{" "}
          with a link to both accounts; the classroom deck has a slide for each open dispute. See{" "}
          <a href="/disputes/" className={link}>
            every dispute
          </a>
          .
        </p>
        {leftOut.length > 0 ? (
          <>
            <p>Considered and left out, for lack of sourcing in the research:</p>
            <ul className="list-disc space-y-1 pl-6">
              {leftOut.map((item) => (
                <li key={item.what}>
                  <strong>{item.what}</strong>: {item.why}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </section>
  );
}
