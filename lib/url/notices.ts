/*
 * What a URL codec says about the parts of a link it could not use as written: codes with values,
 * never sentences, so a view decides how to say them (lib/view/notices.ts, through the message
 * catalogue) and nothing has to match their wording.
 */

/** A date field as a view names it: the view's own (?date=, ?from=, ?to=) or the explorer's range. */
export type DateField = "date" | "from" | "to" | "start" | "end";
/** The explorer's filters that must name something in the data. */
export type ChoiceField = "actor" | "issue" | "kind" | "confidence";

export type Notice =
  | { code: "not-a-date"; field: DateField; value: string }
  | { code: "after-data"; field: DateField; value: string; limit: string }
  | { code: "before-data"; field: DateField; value: string; limit: string }
  | { code: "unknown-actor"; value: string }
  | { code: "same-actors" }
  | { code: "swapped-dates" }
  | { code: "swapped-range"; from: string; to: string }
  | { code: "shortened-search"; max: number }
  | { code: "unknown-choice"; field: ChoiceField; value: string }
  | { code: "unknown-sort"; value: string; allowed: readonly string[] }
  | { code: "unknown-order"; value: string }
  | { code: "unknown-sponsor"; value: string }
  | { code: "unknown-text-kind"; value: string }
  | { code: "unknown-issue"; value: string }
  | { code: "unknown-evidence"; value: string }
  | { code: "unknown-change-kind"; value: string }
  | { code: "unknown-record"; value: string }
  | { code: "unknown-pick"; value: string };

export type NoticeCode = Notice["code"];

/** The notices that put a value right rather than drop it for a default. */
const CORRECTIONS: ReadonlySet<NoticeCode> = new Set(["swapped-dates", "swapped-range", "shortened-search"]);

/** Whether a notice says a part of the link was dropped for a default, not just put right. */
export const isIgnored = (notice: Notice) => !CORRECTIONS.has(notice.code);
export const ignoresSome = (notices: readonly Notice[]) => notices.some(isIgnored);

/** The first `max` UTF-16 units of a value, less half a character: a lone surrogate has no spelling in a URL, so the address written for it would read back as another value. */
export const cutAt = (value: string, max: number) => {
  const cut = value.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
};

/** Shortens what a hostile URL put in a notice, so a notice never carries a page of text. */
export const clip = (value: string) => (value.length > 40 ? `${cutAt(value, 40)}…` : value);
