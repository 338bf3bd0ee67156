import "server-only";

/*
 * Where the site is published. A static export knows no host, and the pages need none (their links
 * are relative), but a feed's links must be absolute: feed readers fetch them from elsewhere. Set
 * PARLEY_SITE_URL at build (https://…, no trailing slash needed); without it the feeds point to a
 * placeholder host of the reserved .example domain, which is obviously not the real one.
 */
export const DEFAULT_SITE_URL = "https://parley.example";

/** The site's absolute address without a trailing slash, checked once per build. */
export function getSiteUrl(): string {
  const raw = process.env.PARLEY_SITE_URL?.trim() || DEFAULT_SITE_URL;
  if (!URL.canParse(raw) || new URL(raw).protocol !== "https:") throw new Error(`PARLEY_SITE_URL must be an https:// address, not ${JSON.stringify(raw)}`);
  return raw.replace(/\/+$/, "");
}
