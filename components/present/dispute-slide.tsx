import { formatDate } from "@/lib/view/format";
import { disputeHref, slideAccounts, type DisputeSlideView } from "@/lib/view/disputes";
import { messages } from "@/lib/view/messages";
import type { ActorView } from "@/lib/view/view-model";
import type { Notice } from "@/lib/url/notices";
import { MarkShape } from "../ui/actor-mark";
import { SlideStatus } from "./slide-status";

/*
 * A disputed account on the projector: the question, then each side's account in Parley's words with
 * who said it and when, revealed one at a time, then the question the record leaves open. Sizes in
 * rem as on the other slides (1rem is 20px at 1280×720): body text 1.4rem (28px), the heading 2.4rem.
 * Parts not yet revealed keep their place (visibility: hidden), so nothing moves.
 */

/** Who said it and when: the first statement, and how many more the account rests on (/disputes/ lists them all). */
function cited(list: DisputeSlideView["accounts"][number]["cited"]) {
  const [first] = list;
  if (!first) return "";
  const more = list.length - 1;
  return `— ${first.speaker}, ${formatDate(first.date, "short")}${more > 0 ? `, and ${more} more` : ""}`;
}

export function DisputeSlide({ dispute, actors, pair, step, headingId, notices, imported }: {
  dispute: DisputeSlideView;
  actors: readonly ActorView[];
  pair: readonly string[];
  step: number;
  headingId: string;
  notices: readonly Notice[];
  imported: boolean;
}) {
  const actorOf = (id: string) => actors.find((a) => a.id === id);
  const { shown: accounts, others } = slideAccounts(dispute, pair);
  return (
    <div className="flex h-full flex-col gap-[0.35rem]" data-testid="dispute-slide">
      {/* what a link ignored, or the import's mark, takes the date's place: the slide has no line to spare for it */}
      <div className="flex items-baseline justify-between gap-x-6 text-[1.4rem] font-semibold leading-tight text-gray-700">
        <p className="shrink-0">
          <span aria-hidden="true">⚑ </span>
          {messages.present.disputeKicker}
          {dispute.oneSided ? ` · ${messages.disputes.oneSided}` : ""}
        </p>
        {notices.length > 0 || imported ? (
          <div className="min-w-0 flex-1 font-normal text-gray-900">
            <SlideStatus notices={notices} imported={imported} compact />
          </div>
        ) : (
          <p>{formatDate(dispute.date)}</p>
        )}
      </div>
      <h1 id={headingId} className="text-[2.4rem] font-bold leading-[1.05] tracking-tight">
        {dispute.title}
      </h1>
      <p className="text-[1.4rem] font-medium leading-[1.15]">{dispute.question}</p>
      <div className={`grid gap-x-[1.4rem] ${accounts.length > 1 ? "grid-cols-2" : "grid-cols-1"}`}>
        {accounts.map((account, i) => {
          const actor = actorOf(account.actor);
          const shown = step >= i + 1;
          return (
            <section
              key={account.actor}
              aria-label={messages.disputes.accountOf(actor?.name ?? account.actor)}
              className={`border-l-[0.4rem] pl-[0.7rem] ${shown ? "" : "invisible"}`}
              style={actor ? { borderColor: `var(${actor.color})` } : undefined}
              data-reveal-part
            >
              <p className="flex items-center gap-[0.5rem] text-[1.4rem] font-bold leading-tight">
                {actor ? (
                  <svg viewBox="0 0 24 24" className="h-[1.3rem] w-[1.3rem] shrink-0" aria-hidden="true" focusable="false">
                    <MarkShape actor={actor} x={12} y={12} size={18} />
                  </svg>
                ) : null}
                {actor?.name ?? account.actor}
              </p>
              <p className="text-[1.4rem] leading-[1.15]">{account.summary}</p>
              <p className="text-[1.4rem] leading-[1.15] text-gray-700">{cited(account.cited)}</p>
            </section>
          );
        })}
      </div>
      {others.length > 0 ? (
        <p className={`text-[1.4rem] leading-[1.15] ${step >= 2 ? "" : "invisible"}`} data-reveal-part>
          {messages.present.alsoAccounts(others.map((account) => actorOf(account.actor)?.name ?? account.actor))}
        </p>
      ) : null}
      <p className={`mt-auto border-l-[0.4rem] border-gray-900 pl-[0.7rem] text-[1.4rem] font-semibold leading-tight ${step >= 3 ? "" : "invisible"}`} data-reveal-part>
        {dispute.oneSided ? messages.present.claimPrompt : messages.present.disputePrompt}{" "}
        <a href={disputeHref(dispute.id)} className="underline decoration-gray-500 underline-offset-4">
          {messages.disputes.markLink}
        </a>
      </p>
    </div>
  );
}
