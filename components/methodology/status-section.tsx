import { STALL_DAYS, STATUS_WINDOW_DAYS } from "@/lib/status";
import { formatDate, formatPercent, formatSteps } from "@/lib/view/format";
import { messages } from "@/lib/view/messages";
import { STATUS_RULES, type StatusExample } from "@/lib/view/status";

const link = "text-blue-800 underline";

/** A relation in words for the example: its kind, the gap in a conflict, and how far apart the asks are. */
function formatStanding(r: StatusExample["before"]): string {
  if (r.kind === "unknown") return "not yet both coded";
  const kind = r.kind === "conflict" ? `in conflict, with a gap of ${formatSteps(r.gap)}` : r.kind === "overlap" ? "overlapping" : "in agreement";
  return r.distance === undefined ? kind : `${kind}, their asks ${formatPercent(r.distance)} of the spectrum apart`;
}

/** How an issue's status is read: the rules in their order, printed from the constants the code uses, and one example from the data. */
export function StatusSection({ example }: { example?: StatusExample }) {
  return (
    <section aria-labelledby="status" className="space-y-3">
      <h2 id="status" className="scroll-mt-4 text-2xl font-semibold">
        How an issue’s status is read
      </h2>
      <div className="max-w-3xl space-y-3 text-gray-800">
        <p>
          Beside each verdict, the overview, the issue pages and the classroom deck say where the issue is heading: its <strong>status</strong>, from the
          two sides’ positions over the last {STATUS_WINDOW_DAYS} days (the window) and the last {STALL_DAYS}. The rules are tried in this order, and the
          first that holds is the status:
        </p>
        <ol className="list-decimal space-y-1 pl-6">
          {STATUS_RULES.map((r) => (
            <li key={r.code}>
              <strong>
                <span aria-hidden="true">{r.glyph} </span>
                {r.word}
              </strong>
              : {r.rule}
            </li>
          ))}
        </ol>
        <p>
          A change is a new position that differs from the side’s previous one in what it asks for or what it could live with; a position that restates
          the one before it is no change. Closer or further is measured as “what changed” measures it: the gap between the ranges first, then the
          distance between the ideals. Each status comes with the move that decided it: for {messages.status.word.settled}, the move after which the ranges
          have met ever since; for {messages.status.word.converging} or {messages.status.word.diverging}, the last move in the window that went that way;
          for {messages.status.word.stalled}, the day of the last change. A side “asks for less” when its ask moves nearer the other side’s, “asks for
          more” when it moves away, and “widens” or “narrows” its range when only what it could live with changes. The status follows the date, the
          two actors and “{messages.evidence.strongOnly}”, like every verdict. The month-by-month strips show the status at each month’s end.
        </p>
        {example ? (
          <p data-testid="status-example">
            For example, on {formatDate(example.date)} on{" "}
            <a href={`/issues/${example.issue.id}/`} className={link}>
              {example.issue.title}
            </a>
            , {example.pair[0]} and {example.pair[1]} were {formatStanding(example.after)}; {STATUS_WINDOW_DAYS} days before, on{" "}
            {formatDate(example.windowStart)}, they were {formatStanding(example.before)}. So the status is{" "}
            <strong>
              <span aria-hidden="true">{example.note.glyph} </span>
              {example.note.word}
            </strong>
            , and the reason given is “{example.note.reason}”.
          </p>
        ) : null}
      </div>
    </section>
  );
}
