/*
 * The terminology sheet (docs/terminology.md) as rules, and the check that Parley's own words keep
 * to them: no place name in a form the sheet forbids, no side's loaded term adopted in Parley's
 * voice. Words inside quotation marks are a speaker's, attributed to them, and are not checked.
 * Pure: the sheet comes in as a string and the data as parsed JSON, so it runs in tests and scripts alike.
 */

export const LOCALES = ["en", "uk", "ru"] as const;
export type Locale = (typeof LOCALES)[number];

/** One rule of the sheet: a form Parley never writes unquoted in `locale`, what it writes instead, and why. */
export type TermRule = {
  /** The rule's line in the sheet, so a reader can find it. */
  line: number;
  locale: Locale;
  /** A word or phrase, matched whole and case-insensitively; a `*` ending a word stands for any ending. */
  forbidden: string;
  useInstead: string;
  why: string;
  /** Longer phrases holding the form that are right as they stand ("the Ukraine crisis"), from the sheet's exceptions block. */
  allowed: string[];
};

/** One field of one record, with its text: what the check reads. */
export type TermRecord = { file: string; record: string; field: string; text: string };

/** A forbidden form found in a record's own words, with the text around it. */
export type TermProblem = { file: string; record: string; field: string; forbidden: string; useInstead: string; excerpt: string };

const FORBIDDEN_BLOCK = "terminology-forbidden";
const ALLOWED_BLOCK = "terminology-allowed";

type SheetLine = { line: number; text: string };

const isLocale = (s: string): s is Locale => (LOCALES as readonly string[]).includes(s);

/**
 * The lines of the fenced block whose info string is exactly `info`, numbered as in the file, without
 * blank and `#` comment lines; undefined when the sheet has no such block. Two blocks of one kind
 * would leave it unclear which one counts, so that is an error.
 */
function fencedBlock(lines: readonly string[], info: string): SheetLine[] | undefined {
  const opens = lines.flatMap((l, i) => (l.trimEnd() === "```" + info ? [i] : []));
  if (opens.length === 0) return undefined;
  if (opens.length > 1) throw new Error(`line ${opens[1]! + 1}: a second ${info} block (the first is at line ${opens[0]! + 1})`);
  const start = opens[0]!;
  const close = lines.findIndex((l, i) => i > start && l.trimEnd() === "```");
  if (close === -1) throw new Error(`line ${start + 1}: the ${info} block is never closed`);
  return lines
    .slice(start + 1, close)
    .map((text, i) => ({ line: start + 2 + i, text }))
    .filter(({ text }) => text.trim() !== "" && !text.trimStart().startsWith("#"));
}

/** A rule line's four parts, the first a known locale; an error naming the line otherwise. */
function ruleParts({ line, text }: SheetLine, shape: string): [Locale, string, string, string] {
  const parts = text.split("|").map((p) => p.trim());
  if (parts.length !== 4) throw new Error(`line ${line}: a rule has four parts separated by "|" (${shape}); this line has ${parts.length}`);
  const empty = parts.findIndex((p) => p === "");
  if (empty !== -1) throw new Error(`line ${line}: part ${empty + 1} of "${shape}" is empty`);
  const [locale, a, b, why] = parts as [string, string, string, string];
  if (!isLocale(locale)) throw new Error(`line ${line}: unknown locale "${locale}" (use ${LOCALES.join(", ")})`);
  checkForm(a, line);
  return [locale, a, b, why];
}

/** A `*` anywhere but at the end of a word would be read literally and never match, so it is refused. */
function checkForm(form: string, line: number) {
  if (form.split(/\s+/).some((word) => word === "*" || word.slice(0, -1).includes("*")))
    throw new Error(`line ${line}: "${form}": a * may only end a word, standing for any ending`);
}

/**
 * Unicode canonical form, with ё read as е: Russian writes either, and one spelling of a name must
 * not slip past a rule written with the other. Each replacement keeps the text's length, so positions
 * found in the folded text hold in the original.
 */
const fold = (s: string) => s.normalize("NFC").replace(/ё/g, "е").replace(/Ё/g, "Е");

/*
 * Once quotations are blanked, ’ can only be an apostrophe: read as ', so "People’s" and "People's" are
 * one spelling. Ukrainian ʼ (U+02BC) is a letter and stays.
 */
const straightApostrophes = (s: string) => s.replace(/’/g, "'");

/** The key two spellings of one form share, for finding a rule by its form. */
const formKey = (form: string) => straightApostrophes(fold(form)).toLowerCase().split(/\s+/).join(" ");

/**
 * The rules of the sheet's `terminology-forbidden` block, one a line: `locale | forbidden form | use
 * instead | why`, with the exceptions of its optional `terminology-allowed` block (`locale | allowed
 * phrase | exempted form | why`) attached to the rules they exempt. Throws an Error naming the line
 * of a malformed rule, an unknown locale, a repeated form, or an exception that exempts nothing.
 */
export function parseTerminology(markdown: string): TermRule[] {
  const lines = markdown.split(/\r?\n/);
  const block = fencedBlock(lines, FORBIDDEN_BLOCK);
  if (!block) throw new Error(`the sheet has no ${FORBIDDEN_BLOCK} block`);
  const rules: TermRule[] = [];
  const byForm = new Map<string, TermRule>();
  for (const sheetLine of block) {
    const [locale, forbidden, useInstead, why] = ruleParts(sheetLine, "locale | forbidden form | use instead | why");
    const key = `${locale} ${formKey(forbidden)}`;
    const earlier = byForm.get(key);
    if (earlier) throw new Error(`line ${sheetLine.line}: "${forbidden}" repeats the ${locale} rule of line ${earlier.line}`);
    const rule: TermRule = { line: sheetLine.line, locale, forbidden, useInstead, why, allowed: [] };
    byForm.set(key, rule);
    rules.push(rule);
  }
  for (const sheetLine of fencedBlock(lines, ALLOWED_BLOCK) ?? []) {
    const [locale, phrase, exempted] = ruleParts(sheetLine, "locale | allowed phrase | exempted form | why");
    const rule = byForm.get(`${locale} ${formKey(exempted)}`);
    if (!rule) throw new Error(`line ${sheetLine.line}: "${exempted}" is not a rule for ${locale}, so "${phrase}" exempts nothing`);
    if (!formKey(phrase).includes(formKey(exempted))) throw new Error(`line ${sheetLine.line}: "${phrase}" does not contain "${exempted}", so it exempts nothing`);
    rule.allowed.push(phrase);
  }
  return rules;
}

/* Letters, combining marks and digits make up words; Ukrainian ʼ (U+02BC) is a letter, so it joins one. */
const WORD_CHAR = "[\\p{L}\\p{M}\\p{N}]";
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{M}\p{N}]/u.test(c);
const isSpaceOrEnd = (c: string | undefined) => c === undefined || /\s/.test(c);

/* In unicode mode only syntax characters may be escaped: a "\-" would be a syntax error. */
const escapeRegExp = (s: string) => s.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");

/** A form as a pattern: whole words, any run of spaces between them, a trailing `*` for any ending, case-insensitive. */
function formPattern(form: string): RegExp {
  const words = straightApostrophes(fold(form))
    .trim()
    .split(/\s+/)
    .map((word) => (word.endsWith("*") ? escapeRegExp(word.slice(0, -1)) + "[\\p{L}\\p{M}]*" : escapeRegExp(word)));
  return new RegExp(`(?<!${WORD_CHAR})${words.join("\\s+")}(?!${WORD_CHAR})`, "giu");
}

/** What blanked text is filled with: neither a letter nor a space, so no word or phrase can match across it. */
const BLANK = "_";

/** Each opening quotation mark and the marks that may close it: English, German and Polish, Ukrainian and Russian, straight. */
const CLOSERS: Record<string, string> = { "“": "”", "‘": "’", "«": "»", "‹": "›", "„": "“”", "‚": "‘’", '"': '"', "'": "'" };

/*
 * A mark opens a quotation only before a word and after none, and closes one only after a word and
 * before none. So an apostrophe inside a word (Russia's, Zelensky’s) does neither, and a straight
 * quote can stand for both ends.
 */
const opensAt = (text: string, i: number) => !isWordChar(text[i - 1]) && !isSpaceOrEnd(text[i + 1]);
const closesAt = (text: string, i: number) => !isWordChar(text[i + 1]) && !isSpaceOrEnd(text[i - 1]);

/** Where the quotation opened at `open` closes, minding nested «…«…»…»; -1 when it never does. */
function closingMark(text: string, open: number, closers: string): number {
  const opener = text[open]!;
  let depth = 0;
  for (let j = open + 1; j < text.length; j++) {
    const c = text[j]!;
    if (closers.includes(c) && closesAt(text, j)) {
      if (depth === 0) return j;
      depth--;
    } else if (c === opener && !closers.includes(opener) && opensAt(text, j)) depth++;
  }
  return -1;
}

/** The text with every quotation blanked out, marks included; a mark with no partner is left as it is, so its words are still checked. */
function blankQuotes(text: string): string {
  const chars = text.split("");
  for (let i = 0; i < chars.length; i++) {
    const closers = CLOSERS[chars[i]!];
    if (closers === undefined || !opensAt(text, i)) continue;
    const end = closingMark(text, i, closers);
    if (end === -1) continue;
    chars.fill(BLANK, i, end + 1);
    i = end;
  }
  return chars.join("");
}

/* A record id cited in prose ("ua-2023-06-21-zelensky-no-talks-while-occupied") is a reference, not words: lower-case words joined by hyphens around a date. */
const HYPHENATED = /(?<![\p{L}\p{N}-])[a-z0-9]+(?:-+[a-z0-9]+)+(?![\p{L}\p{N}-])/gu;
const DATED = /\d{4}-\d{2}-\d{2}/;
const blankIds = (text: string) => text.replace(HYPHENATED, (token) => (DATED.test(token) ? BLANK.repeat(token.length) : token));

type Span = { start: number; end: number };
const spans = (text: string, pattern: RegExp): Span[] => [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
const within = (inner: Span, outer: Span) => outer.start <= inner.start && inner.end <= outer.end;

/** Characters of context either side of a hit in an excerpt. */
const CONTEXT = 40;

/** The hit with up to CONTEXT characters either side, cut at spaces, "…" where the text goes on. */
function excerpt(text: string, { start, end }: Span): string {
  let from = Math.max(0, start - CONTEXT);
  let to = Math.min(text.length, end + CONTEXT);
  if (from > 0) from = Math.min(start, text.indexOf(" ", from) + 1 || start);
  if (to < text.length) to = Math.max(end, text.lastIndexOf(" ", to));
  return `${from > 0 ? "…" : ""}${text.slice(from, to).trim()}${to < text.length ? "…" : ""}`;
}

/**
 * Every forbidden form of `locale` in the records' texts, one problem a hit, in the records' order
 * and then the text's. Quotations and cited record ids are skipped, and so are the rule's allowed
 * phrases. A hit inside a longer hit of another rule ("Kiev" in "Kiev regime") is reported once, by
 * the longer rule.
 */
export function findForbidden(records: readonly TermRecord[], rules: readonly TermRule[], locale: Locale): TermProblem[] {
  const compiled = rules.filter((r) => r.locale === locale).map((rule) => ({ rule, pattern: formPattern(rule.forbidden), allowed: rule.allowed.map(formPattern) }));
  return records.flatMap(({ file, record, field, text }) => {
    const shown = text.normalize("NFC");
    const words = straightApostrophes(blankIds(blankQuotes(fold(text))));
    const hits = compiled.flatMap(({ rule, pattern, allowed }) => {
      const exempt = allowed.flatMap((p) => spans(words, p));
      return spans(words, pattern)
        .filter((hit) => !exempt.some((e) => within(hit, e)))
        .map((hit) => ({ ...hit, rule }));
    });
    return hits
      .filter((hit) => !hits.some((other) => other !== hit && within(hit, other) && other.end - other.start > hit.end - hit.start))
      .sort((x, y) => x.start - y.start || x.rule.line - y.rule.line)
      .map((hit) => ({ file, record, field, forbidden: hit.rule.forbidden, useInstead: hit.rule.useInstead, excerpt: excerpt(shown, hit) }));
  });
}

/** The parsed JSON of data/ that holds Parley's own words: only the fields ownWords reads. */
export type OwnWordsData = {
  statements: readonly { id: string; summary: string; event: string; speaker: { role: string }; quoteNote?: string }[];
  positions: readonly { id: string; rationale: string; sequencing?: { rationale: string } }[];
  issues: readonly { id: string; title: string; question: string; description: string; spectrum: readonly { label: string; description: string }[] }[];
  documents: {
    documents: readonly { id: string; title: string; shortTitle: string; knownNote: string }[];
    provisions: readonly { id: string; summary: string; rationale: string }[];
    gaps: readonly { id: string; description: string }[];
  };
  events: readonly { id: string; title: string; description: string }[];
  glossary: readonly { id: string; thing: string; definition: string; parley: string }[];
  disputes: {
    disputes: readonly {
      id: string;
      title: string;
      question: string;
      accounts: readonly { summary: string }[];
      independent: { summary: string } | null;
      settled: { summary: string } | null;
    }[];
    leftOut: readonly { what: string; why: string }[];
  };
};

/** One record's fields as check records, leaving out the empty ones (an English quote has no note). */
const fieldsOf = (file: string, record: string, fields: Record<string, string | undefined>): TermRecord[] =>
  Object.entries(fields).flatMap(([field, text]) => (text ? [{ file: `data/${file}.json`, record, field, text }] : []));

/**
 * Every field of data/ written in Parley's own English voice, as check records. Left out on purpose:
 * a statement's `quote` and `quoteTranslation` (the speaker's words, kept verbatim or rendered), its
 * speaker's name, every source's title and publisher (the source's words), a document's
 * `sponsorLabel` (the research's words), a provision's `quote`, `label` and `numbers` (the text's own),
 * and the glossary's usages (each side's terms, quoted). A provision's `summary` and `rationale` are
 * Parley's own (docs/documents.md: "summaries, rationales and placements are Parley's own"), so they
 * are read, as is each statement's `quoteNote`, Parley's note on whose words a quote holds.
 */
export function ownWords(data: OwnWordsData): TermRecord[] {
  return [
    ...data.statements.flatMap((s) => fieldsOf("statements", s.id, { summary: s.summary, event: s.event, "speaker.role": s.speaker.role, quoteNote: s.quoteNote })),
    ...data.positions.flatMap((p) => fieldsOf("positions", p.id, { rationale: p.rationale, "sequencing.rationale": p.sequencing?.rationale })),
    ...data.issues.flatMap((i) =>
      fieldsOf("issues", i.id, {
        title: i.title,
        question: i.question,
        description: i.description,
        ...Object.fromEntries(
          i.spectrum.flatMap((o, k): [string, string][] => [
            [`spectrum.${k}.label`, o.label],
            [`spectrum.${k}.description`, o.description],
          ]),
        ),
      }),
    ),
    ...data.documents.documents.flatMap((d) => fieldsOf("documents", d.id, { title: d.title, shortTitle: d.shortTitle, knownNote: d.knownNote })),
    ...data.documents.provisions.flatMap((p) => fieldsOf("documents", p.id, { summary: p.summary, rationale: p.rationale })),
    ...data.documents.gaps.flatMap((g) => fieldsOf("documents", g.id, { description: g.description })),
    ...data.events.flatMap((e) => fieldsOf("events", e.id, { title: e.title, description: e.description })),
    ...data.glossary.flatMap((g) => fieldsOf("glossary", g.id, { thing: g.thing, definition: g.definition, parley: g.parley })),
    ...data.disputes.disputes.flatMap((d) =>
      fieldsOf("disputes", d.id, {
        title: d.title,
        question: d.question,
        ...Object.fromEntries(d.accounts.map((a, k): [string, string] => [`accounts.${k}.summary`, a.summary])),
        "independent.summary": d.independent?.summary,
        "settled.summary": d.settled?.summary,
      }),
    ),
    ...data.disputes.leftOut.flatMap((l, k) => fieldsOf("disputes", `leftOut.${k}`, { what: l.what, why: l.why })),
  ];
}
