/** Day arithmetic on ISO dates (YYYY-MM-DD), in UTC so no time zone moves a day. */
const DAY = 86_400_000;
const toTime = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

export const daysBetween = (from: string, to: string) => Math.round((toTime(to) - toTime(from)) / DAY);
export const addDays = (iso: string, days: number) => new Date(toTime(iso) + days * DAY).toISOString().slice(0, 10);
export const clampDate = (iso: string, earliest: string, latest: string) => (iso < earliest ? earliest : iso > latest ? latest : iso);

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a string is a real calendar day written YYYY-MM-DD. */
export function isIsoDay(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
