import { countDisputes, isOneSided } from "../disputes";
import type { Dispute } from "../schema";
import { formatNumber, LOCALE } from "./format";
import { messages } from "./messages";

/*
 * Disputed accounts in words: the page's summary sentence, one dispute's line (the marks on events,
 * texts, clauses and verdicts say it), and its anchor. Pure, so the page, the marks, the deck and the
 * tests say the same thing.
 */

type NameOf = (actor: string) => string;

const list = new Intl.ListFormat(LOCALE, { style: "long", type: "conjunction" });
const plural = (n: number, one: string, many: string) => `${formatNumber(n)} ${n === 1 ? one : many}`;

/** What a mark on an event, a text, a clause or a verdict carries of a dispute: its id, its title and the line that says who disputes it. */
export type DisputeMarkView = { id: string; title: string; line: string };

/** The address of a dispute on /disputes/. */
export const disputeHref = (id: string) => `/disputes/#${encodeURIComponent(id)}`;

/** The page's summary: how many disputes, how many open, settled, and claimed by one side only. */
export function describeDisputes(disputes: readonly Dispute[]): string {
  const counts = countDisputes(disputes);
  if (counts.total === 0) return "Parley records no disputed accounts.";
  const parts = [`${formatNumber(counts.open)} open`, `${formatNumber(counts.settled)} settled`];
  const oneSided = counts.oneSided > 0 ? ` ${plural(counts.oneSided, "is a claim", "are claims")} that only one side makes and no other party confirms in the record.` : "";
  return `Parley records ${plural(counts.total, "disputed account", "disputed accounts")}: ${list.format(parts)}.${oneSided}`;
}

/** Who disputes what, in one line: "Russia and Ukraine give conflicting accounts (open)", or "Claimed by Russia only (open)". */
export function describeDispute(d: Dispute, nameOf: NameOf): string {
  const status = messages.disputes.status[d.status].toLowerCase();
  if (isOneSided(d)) return `Claimed by ${nameOf(d.accounts[0]!.actor)} only; no other party confirms it in the record (${status}).`;
  return `${list.format(d.accounts.map((account) => nameOf(account.actor)))} give conflicting accounts (${status}).`;
}

/** A dispute as its slide shows it: the question, each account in Parley's words with who said it and when, and whether it is one side's claim. */
export type DisputeSlideView = {
  id: string;
  title: string;
  date: string;
  question: string;
  oneSided: boolean;
  accounts: { actor: string; summary: string; cited: { speaker: string; date: string }[] }[];
};

export function toDisputeSlideView(d: Dispute, statementOf: (id: string) => { speaker: { name: string }; date: string } | undefined): DisputeSlideView {
  return {
    id: d.id,
    title: d.title,
    date: d.date,
    question: d.question,
    oneSided: isOneSided(d),
    accounts: d.accounts.map((account) => ({
      actor: account.actor,
      summary: account.summary,
      cited: account.statements.flatMap((id) => {
        const s = statementOf(id);
        return s ? [{ speaker: s.speaker.name, date: s.date }] : [];
      }),
    })),
  };
}

/**
 * The accounts a slide sets side by side: the deck's two sides' where they give one, then the others
 * in the record's order, two at most (a third column leaves no room for a 45-word account at
 * 1280×720); the rest are named under them and read in full on /disputes/.
 */
export function slideAccounts(dispute: Pick<DisputeSlideView, "accounts">, pair: readonly string[]) {
  const ranked = [...dispute.accounts].sort((x, y) => rankOf(x.actor, pair) - rankOf(y.actor, pair));
  return { shown: ranked.slice(0, 2), others: ranked.slice(2) };
}
const rankOf = (actor: string, pair: readonly string[]) => (pair.includes(actor) ? pair.indexOf(actor) : pair.length);

