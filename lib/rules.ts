/*
 * Rules shared by the schema (lib/schema.ts, with zod) and the reader of the stored import
 * (lib/files/imported-data.ts, which every view loads and which stays free of zod for its weight). One
 * definition each, so what the importer accepts is exactly what the reader reads back.
 */

/** An https link as the URL parser reads it: the same test the schema applies to every source. */
export function isHttpsUrl(value: unknown): value is string {
  return typeof value === "string" && URL.canParse(value) && new URL(value).protocol === "https:";
}

/**
 * What an import keeps of a link the schema accepted: as written when it already reads as an https
 * link, else in the form the URL parser writes it ("HTTPS://Example.org", " https:x.org" →
 * "https://example.org/"). A link written plainly stays character for character, so a download
 * imported back is unchanged.
 */
export function normalizeHttpsUrl(url: string): string {
  const plain = url.startsWith("https://") && !/[\s]/.test(url);
  return plain ? url : new URL(url).href;
}

/**
 * Characters that change how text is shown without being text: bidirectional embeddings,
 * overrides and isolates (which can make a link or an id read backwards), and zero-width
 * spaces, joiners and marks (which hide inside words and ids).
 */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

export function findInvisible(text: string): string | undefined {
  const match = INVISIBLE.exec(text);
  return match ? `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}` : undefined;
}

/** The longest an imported text field may be, in characters: several times the longest in Parley's data. */
export const TEXT_LIMITS: Record<string, number> = {
  "speaker.name": 300,
  "speaker.role": 300,
  event: 600,
  summary: 1_000,
  quote: 600,
  quoteTranslation: 800,
  quoteNote: 600,
  "source.title": 600,
  "source.publisher": 400,
  "source.date": 10,
  rationale: 3_000,
};

/** The longest run of characters without a space an imported text may hold: a longer "word" would widen every page that shows it. */
export const MAX_WORD_LENGTH = 80;
