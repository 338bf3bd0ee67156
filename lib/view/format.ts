import type { Range, SpectrumLabels } from "../schema";

/** The locale of the interface; dates and numbers always go through Intl with it. */
export const LOCALE = "en-GB";

const dateFormats = {
  long: new Intl.DateTimeFormat(LOCALE, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
  short: new Intl.DateTimeFormat(LOCALE, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }),
  month: new Intl.DateTimeFormat(LOCALE, { month: "short", year: "numeric", timeZone: "UTC" }),
  year: new Intl.DateTimeFormat(LOCALE, { year: "numeric", timeZone: "UTC" }),
};

/** A date of the data (YYYY-MM-DD, YYYY-MM or YYYY) for display; partial dates show only what is known. */
export function formatDate(iso: string, style: "long" | "short" = "long"): string {
  const [year, month, day] = iso.split("-").map(Number);
  if (!year) return iso;
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  if (day) return dateFormats[style].format(date);
  return month ? dateFormats.month.format(date) : dateFormats.year.format(date);
}

const percent = new Intl.NumberFormat(LOCALE, { style: "percent", maximumFractionDigits: 0 });
export const formatPercent = (share: number) => percent.format(share);
const integer = new Intl.NumberFormat(LOCALE);
export const formatNumber = (n: number) => integer.format(n);

/** A count with its English noun, plural by an added "s" ("1 source", "3 statements"). */
export const formatCount = (n: number, noun: string) => `${formatNumber(n)} ${noun}${n === 1 ? "" : "s"}`;

/** The option label for a value on an issue's spectrum. */
export const formatOption = (issue: SpectrumLabels, value: number) => issue.spectrum[value]?.label ?? `option ${value}`;

/** An acceptable range in words: one option, or "from … to …". */
export function formatRange(issue: SpectrumLabels, [low, high]: Range): string {
  return low === high ? formatOption(issue, low) : `${formatOption(issue, low)} to ${formatOption(issue, high)}`;
}

export const formatSteps = (n: number) => `${n} ${n === 1 ? "step" : "steps"}`;

/** A source title: the research marks titles it had to describe in [brackets]; show those as descriptions. */
export function formatSourceTitle(title: string): { text: string; isDescription: boolean } {
  const described = /^\[(.*)\]$/s.exec(title.trim());
  return described ? { text: described[1]!, isDescription: true } : { text: title, isDescription: false };
}

const languageNames = new Intl.DisplayNames(["en"], { type: "language" });
/** A language tag's English name: "pl" → "Polish". An unknown tag is shown as written. */
export function formatLanguage(tag: string): string {
  try {
    return languageNames.of(tag) ?? tag;
  } catch {
    return tag;
  }
}
