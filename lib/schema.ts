import * as z from "zod";
import { isEnglish } from "./language";
import { isHttpsUrl } from "./rules";

// The site's Content-Security-Policy forbids eval. Zod 4 otherwise probes `new Function` when it
// builds an object schema, to compile a faster parser, and the browser reports that probe as a
// violation even though zod catches it. Set before any schema below is built.
z.config({ jitless: true });

/*
 * The only place Parley's data shapes are declared. Every type in the code comes from
 * z.infer on these schemas. The module is pure (no fs, no next/*), so the browser-side
 * importer validates user files with exactly the rules the build uses.
 */

export const Id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "use a kebab-case id (a-z, 0-9, single hyphens)" });

/** A real calendar day written YYYY-MM-DD (z.iso.date also rejects 2025-02-30). */
export const IsoDate = z.iso.date({ error: "use a real date written YYYY-MM-DD" });

/** A source's publication date: some pages show only the month or the year. */
export const PartialDate = z.union([IsoDate, z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/)], {
  error: "use YYYY-MM-DD, YYYY-MM or YYYY",
});

export const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;
const maxWords = (limit: number, what: string) =>
  z.string().refine((text) => wordCount(text) <= limit, {
    error: (issue) => `${what} has ${wordCount(String(issue.input))} words; the limit is ${limit}`,
  });

export const HttpsUrl = z
  .string()
  .refine((url) => URL.canParse(url), { error: "is not a URL" })
  // the same test as the stored import's reader (lib/rules.ts), so an accepted link is always read back
  .refine((url) => !URL.canParse(url) || isHttpsUrl(url), { error: "must be an https:// URL" });

export const Confidence = z.enum(["high", "medium", "low"]);
export type Confidence = z.infer<typeof Confidence>;

/**
 * How the source knows what a statement says: the speaker's own public words or an official text
 * (on-record); a named speaker's words known only from one outlet's account of them (reported); an
 * unnamed official or source (anonymous); a document or recording not meant to be public (leaked);
 * or the record does not say (undetermined). Parley's reading of the research pack's own words.
 */
export const Sourcing = z.enum(["on-record", "reported", "anonymous", "leaked", "undetermined"]);
export type Sourcing = z.infer<typeof Sourcing>;

export const SourceKind = z.enum(["official", "wire", "press", "academic", "encyclopedia", "other"]);
export type SourceKind = z.infer<typeof SourceKind>;

export const Pattern = z.enum(["solid", "diagonal", "dots", "crosshatch", "horizontal", "vertical"]);

export const ActorSchema = z.strictObject({
  id: Id,
  name: z.string().min(1),
  shortName: z.string().min(1).max(16),
  kind: z.enum(["party", "mediator", "third-party"]),
  /** CSS custom property that holds the actor's colour, e.g. "--color-actor-russia". */
  color: z.string().regex(/^--color-actor-[a-z-]+$/),
  /** Fill pattern, so the actor reads in greyscale and print without its colour. */
  pattern: Pattern,
  /** Mark shape on charts: a second non-colour cue. */
  shape: z.enum(["circle", "square", "diamond", "triangle"]),
  description: z.string().min(1),
});
export type Actor = z.infer<typeof ActorSchema>;

export const OptionSchema = z.strictObject({
  value: z.int().nonnegative(),
  label: z.string().min(1).max(48),
  description: z.string().min(1),
});
export type SpectrumOption = z.infer<typeof OptionSchema>;
/** An issue's spectrum as the charts and formatters read it: values and labels, not the long descriptions. */
export type SpectrumLabels = { spectrum: readonly Pick<SpectrumOption, "value" | "label">[] };

export const IssueSchema = z.strictObject({
  id: Id,
  title: z.string().min(1),
  question: z.string().min(1),
  description: z.string().min(1),
  spectrum: z
    .array(OptionSchema)
    .min(3, { error: "a spectrum needs at least 3 options" })
    .max(7, { error: "a spectrum has at most 7 options" })
    .refine((options) => options.every((option, index) => option.value === index), {
      error: "option values must run 0, 1, 2, … in order",
    }),
});
export type Issue = z.infer<typeof IssueSchema>;

/** A BCP 47 language tag: "en", "pl", "uk", "ru", "pt-BR". */
export const LanguageTag = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: "use a BCP 47 language tag such as en, pl, uk or ru" });

export const StatementSchema = z.strictObject({
  id: Id,
  actor: Id,
  speaker: z.strictObject({ name: z.string().min(1), role: z.string() }),
  date: IsoDate,
  event: z.string().min(1),
  issues: z.array(Id).min(1, { error: "a statement bears on at least one issue" }),
  summary: z.string().min(1).pipe(maxWords(45, "summary")),
  quote: maxWords(25, "quote"), // verbatim from the source, or empty
  /** The language the quote's words are in, as the source has them (records written before the field are English). */
  quoteLanguage: LanguageTag.default("en"),
  /** Parley's own English rendering of a quote that is not in English; empty for an English quote. */
  quoteTranslation: z.string().pipe(maxWords(40, "quoteTranslation")).default(""),
  /** Whose words the quote is when they are not the speaker's (a reporter's summary of a text), shown with the quote; or empty. */
  quoteNote: z.string().pipe(maxWords(30, "quoteNote")).default(""),
  source: z.strictObject({
    title: z.string().min(1),
    publisher: z.string().min(1),
    url: HttpsUrl,
    date: PartialDate,
    kind: SourceKind,
  }),
  confidence: Confidence,
  /** Records and imports written before the field say nothing about it. */
  sourcing: Sourcing.default("undetermined"),
}).check((ctx) => {
  const s = ctx.value;
  const english = isEnglish(s.quoteLanguage);
  // a quote that is not in English is never shown without saying what it means, and an English one never carries a "translation"
  if (!english && s.quote.trim() !== "" && s.quoteTranslation.trim() === "")
    ctx.issues.push({ code: "custom", path: ["quoteTranslation"], input: s.quoteTranslation, message: `the quote is in "${s.quoteLanguage}": give Parley's English translation` });
  if (english && s.quoteTranslation.trim() !== "")
    ctx.issues.push({ code: "custom", path: ["quoteTranslation"], input: s.quoteTranslation, message: "the quote is in English: leave the translation empty (or set quoteLanguage)" });
  if (s.quote.trim() === "" && s.quoteTranslation.trim() !== "")
    ctx.issues.push({ code: "custom", path: ["quoteTranslation"], input: s.quoteTranslation, message: "there is no quote to translate" });
});
export type Statement = z.infer<typeof StatementSchema>;

export const Range = z
  .tuple([z.int().nonnegative(), z.int().nonnegative()])
  .refine(([low, high]) => low <= high, { error: "acceptable is [low, high] with low ≤ high" });
export type Range = z.infer<typeof Range>;

/**
 * When an actor wants a demand met, in the order the talks would run (docs/coding.md §6): before
 * talks begin, before the fighting stops, as a term of the settlement, after it in its
 * implementation; or the statements do not say.
 */
export const SequencingStage = z.enum(["before-talks", "before-ceasefire", "in-settlement", "after-settlement", "unknown"]);
export type SequencingStage = z.infer<typeof SequencingStage>;

export const SequencingSchema = z
  .strictObject({
    stage: SequencingStage,
    /** The statements whose words fix the order; none when the stage is unknown. */
    evidence: z.array(Id),
    rationale: z.string().min(1).pipe(maxWords(60, "sequencing.rationale")),
  })
  .refine((s) => s.stage === "unknown" || s.evidence.length > 0, { path: ["evidence"], error: "a known stage needs at least one statement that states the order" });
export type Sequencing = z.infer<typeof SequencingSchema>;

export const PositionSchema = z
  .strictObject({
    id: Id,
    actor: Id,
    issue: Id,
    validFrom: IsoDate, // from this day until the actor's next position on the issue
    ideal: z.int().nonnegative(), // the spectrum option the actor asks for
    acceptable: Range, // what it has said it could live with
    salience: z.int().min(1).max(5),
    evidence: z.array(Id).min(1, { error: "a position needs at least one statement as evidence" }),
    rationale: z.string().min(1),
    confidence: Confidence,
    /** When the demand must be met; required of the parties' positions in data/ (validateDataset), optional in a reader's import. */
    sequencing: SequencingSchema.optional(),
  })
  .refine((p) => p.acceptable[0] <= p.ideal && p.ideal <= p.acceptable[1], {
    path: ["ideal"],
    error: (issue) => {
      const p = issue.input as { ideal: number; acceptable: number[] };
      return `ideal ${p.ideal} lies outside acceptable [${p.acceptable.join(", ")}]`;
    },
  });
export type Position = z.infer<typeof PositionSchema>;

export const EventSchema = z.strictObject({
  id: Id,
  date: IsoDate,
  title: z.string().min(1).max(48),
  description: z.string().min(1),
  statements: z.array(Id),
});
export type Event = z.infer<typeof EventSchema>;

/*
 * Documents: the key texts of the peace efforts, their provisions (clauses) and the clauses that
 * could not be found. A provision is placed on its issue's spectrum like a Position, so a text can
 * be compared with any actor by the same rules (lib/documents.ts).
 */

/** A provision id as the research wrote it: runs of hyphens join the document, the label and the issue ("a--b----c"). */
export const ProvisionId = z.string().regex(/^[a-z0-9]+(-+[a-z0-9]+)*$/, { error: "use lower-case words joined by hyphens" });

export const DocumentKind = z.enum(["draft-treaty", "memorandum", "plan", "communique", "declaration", "letter", "speech"]);
export type DocumentKind = z.infer<typeof DocumentKind>;

/** How a document's text is known: its official publication, its sponsor's state media, press reports of a public text, or a leak. */
export const TextKnownFrom = z.enum(["official", "state-media", "press", "leak"]);
export type TextKnownFrom = z.infer<typeof TextKnownFrom>;

/** How one provision is known: read in an official text or in the sponsor's state media, or only in a press report or a leak. */
export const ProvisionKnownFrom = z.enum(["official-text", "state-media", "press-report", "leak"]);
export type ProvisionKnownFrom = z.infer<typeof ProvisionKnownFrom>;

export const DocumentSchema = z.strictObject({
  id: Id, // the research doc_id
  title: z.string().min(1),
  /** A short name for charts and lists. */
  shortTitle: z.string().min(1).max(40),
  date: IsoDate, // handover, publication or speech
  sponsors: z.array(Id).min(1, { error: "a document has at least one sponsor" }), // actor ids
  /** The research's own words for who put the text forward. */
  sponsorLabel: z.string().min(1),
  kind: DocumentKind,
  knownFrom: TextKnownFrom,
  /** One line on how the text reached the public. */
  knownNote: z.string().min(1),
  event: Id.optional(), // the events.json moment the text belongs to
});
export type Document = z.infer<typeof DocumentSchema>;

/**
 * Where a provision sits on its issue's spectrum. `ideal` is null when the text names no single
 * option: a joint draft with each side's wording in brackets, or a clause that only rules options out.
 */
export const PlacementSchema = z
  .strictObject({ ideal: z.int().nonnegative().nullable(), acceptable: Range })
  .refine((p) => p.ideal === null || (p.acceptable[0] <= p.ideal && p.ideal <= p.acceptable[1]), {
    path: ["ideal"],
    error: (issue) => {
      const p = issue.input as { ideal: number; acceptable: number[] };
      return `ideal ${p.ideal} lies outside acceptable [${p.acceptable.join(", ")}]`;
    },
  });
export type Placement = z.infer<typeof PlacementSchema>;

export const ProvisionSchema = z.strictObject({
  id: ProvisionId, // the research id, kept exactly
  document: Id,
  /** The clause's number or label in the cited source, or empty. */
  label: z.string(),
  issue: Id,
  summary: z.string().min(1).pipe(maxWords(45, "summary")),
  /** Figures the clause sets, as the research gives them, or empty. */
  numbers: z.string(),
  quote: maxWords(25, "quote"), // verbatim from the source, or empty
  source: z.strictObject({ publisher: z.string().min(1), url: HttpsUrl }),
  knownFrom: ProvisionKnownFrom,
  confidence: Confidence,
  /** Null when the clause takes no position on the issue's axis. */
  placement: PlacementSchema.nullable(),
  /** One line: why this placement, or why none. */
  rationale: z.string().min(1).pipe(maxWords(60, "rationale")),
});
export type Provision = z.infer<typeof ProvisionSchema>;

/** A clause or text that could not be found or was left out, listed so it is not silently missing. */
export const DocumentGapSchema = z.strictObject({
  id: Id,
  document: Id.nullable(), // null for a text that was never published at all
  issues: z.array(Id),
  reason: z.enum(["unpublished", "unreliable-source", "not-read", "not-coded"]),
  description: z.string().min(1).pipe(maxWords(60, "description")),
});
export type DocumentGap = z.infer<typeof DocumentGapSchema>;

export const DocumentsFileSchema = z.strictObject({ documents: z.array(z.unknown()), provisions: z.array(z.unknown()), gaps: z.array(z.unknown()) });

export const MetaSchema = z.strictObject({
  title: z.string().min(1),
  /** Bumped by hand when codings change without new statements. */
  revision: z.int().positive(),
});

/** The files of data/, keyed by the name the messages use. */
export const FILE_SCHEMAS = {
  actors: ActorSchema,
  issues: IssueSchema,
  statements: StatementSchema,
  positions: PositionSchema,
  events: EventSchema,
} as const;
export type FileName = keyof typeof FILE_SCHEMAS;

export type Dataset = {
  actors: Actor[];
  issues: Issue[];
  statements: Statement[];
  positions: Position[];
  events: Event[];
  documents: Document[];
  provisions: Provision[];
  documentGaps: DocumentGap[];
  meta: z.infer<typeof MetaSchema>;
};

/** One problem in the data, located to the file, the record and the field. */
export type Problem = { file: string; record: string; field: string; message: string };

export const formatProblem = (p: Problem) => `${p.file} › ${p.record} › ${p.field}: ${p.message}`;

const recordLabel = (raw: unknown, index: number, list?: string) => {
  const id = raw && typeof raw === "object" && "id" in raw ? (raw as { id: unknown }).id : undefined;
  return typeof id === "string" && id ? `"${id}"` : `${list ? `${list} ` : ""}record #${index + 1}`;
};

function parseFile<S extends z.ZodType>(file: string, schema: S, raw: unknown, problems: Problem[], list?: string): z.infer<S>[] {
  const path = `data/${file}.json`;
  if (!Array.isArray(raw)) {
    problems.push({ file: path, record: "(file)", field: list ?? "(root)", message: "must be a JSON array of records" });
    return [];
  }
  const parsed: z.infer<S>[] = [];
  raw.forEach((item, index) => {
    const result = schema.safeParse(item);
    if (result.success) parsed.push(result.data);
    else
      for (const issue of result.error.issues)
        problems.push({ file: path, record: recordLabel(item, index, list), field: issue.path.join(".") || "(record)", message: issue.message });
  });
  return parsed;
}

type Push = (file: string, record: string, field: string, message: string) => void;

/** Each record's id once in its file; the records by id. */
function uniqueIds<T extends { id: string }>(file: string, records: readonly T[], push: Push): Map<string, T> {
  const seen = new Set<string>();
  for (const r of records) {
    if (seen.has(r.id)) push(file, r.id, "id", `duplicate id "${r.id}"`);
    seen.add(r.id);
  }
  return new Map(records.map((r) => [r.id, r]));
}

/**
 * The rules that tie positions to the rest of the data: a known actor and issue, an ideal and a
 * range on the issue's spectrum, evidence that exists and is not newer than the position, one
 * position per actor, issue and day. For data/positions.json and for both codings alike.
 */
function checkPositions(
  file: string,
  positions: readonly Position[],
  { actorById, issueById, statementById }: { actorById: ReadonlyMap<string, unknown>; issueById: ReadonlyMap<string, Issue>; statementById: ReadonlyMap<string, Statement> },
  push: Push,
) {
  const seenValidFrom = new Map<string, string>();
  for (const p of positions) {
    if (!actorById.has(p.actor)) push(file, p.id, "actor", `unknown actor "${p.actor}"`);
    const issue = issueById.get(p.issue);
    if (!issue) push(file, p.id, "issue", `unknown issue "${p.issue}"`);
    else {
      const last = issue.spectrum.length - 1;
      if (p.acceptable[1] > last) push(file, p.id, "acceptable", `acceptable [${p.acceptable.join(", ")}] runs past the spectrum of "${p.issue}" (0–${last})`);
      if (p.ideal > last) push(file, p.id, "ideal", `ideal ${p.ideal} is not an option of "${p.issue}" (0–${last})`);
    }
    p.evidence.forEach((sid, i) => {
      const s = statementById.get(sid);
      if (!s) push(file, p.id, `evidence.${i}`, `unknown statement "${sid}"`);
      else if (s.date > p.validFrom) push(file, p.id, `evidence.${i}`, `statement "${sid}" of ${s.date} is newer than the position (validFrom ${p.validFrom})`);
    });
    const key = `${p.actor}/${p.issue}/${p.validFrom}`;
    const twin = seenValidFrom.get(key);
    if (twin) push(file, p.id, "validFrom", `"${twin}" already starts on ${p.validFrom} for ${p.actor} on ${p.issue}`);
    else seenValidFrom.set(key, p.id);
  }
  checkSequencing(file, positions, statementById, push);
}

/**
 * A position's sequencing rests on the actor's own words while the position holds: statements by
 * the same actor, dated before its next position on the issue (a later one may restate the order
 * the position was coded with, docs/coding.md §6).
 */
function checkSequencing(file: string, positions: readonly Position[], statementById: ReadonlyMap<string, Statement>, push: Push) {
  const starts = new Map<string, string[]>();
  for (const p of positions) {
    const key = `${p.actor}/${p.issue}`;
    starts.set(key, [...(starts.get(key) ?? []), p.validFrom]);
  }
  for (const p of positions) {
    if (!p.sequencing) continue;
    const next = (starts.get(`${p.actor}/${p.issue}`) ?? []).filter((day) => day > p.validFrom).sort()[0];
    p.sequencing.evidence.forEach((sid, i) => {
      const s = statementById.get(sid);
      const field = `sequencing.evidence.${i}`;
      if (!s) push(file, p.id, field, `unknown statement "${sid}"`);
      else if (s.actor !== p.actor) push(file, p.id, field, `statement "${sid}" is by ${s.actor}, not ${p.actor}: a position's order rests on its own actor's words`);
      else if (next && s.date >= next) push(file, p.id, field, `statement "${sid}" of ${s.date} is from after the position ends (the actor's next position on "${p.issue}" starts ${next})`);
    });
  }
}

/** `documents` may be absent (a dataset made before documents existed): it then holds none. */
export type RawDataset = Record<FileName, unknown> & { meta: unknown; documents?: unknown };

/**
 * Every record checked on its own, then the rules that span files (DESIGN.md §1).
 * `today` is passed in, never read from the clock here, so the rule "not in the future"
 * is testable.
 */
export function validateDataset(
  raw: RawDataset,
  today: string,
  /**
   * "optional" for a reader's import, whose files may predate the sequencing columns; data/ itself
   * must give every party's position a stage, or say it is unknown.
   */
  { sequencing = "required" }: { sequencing?: "required" | "optional" } = {},
): { dataset?: Dataset; problems: Problem[] } {
  const problems: Problem[] = [];
  const actors = parseFile("actors", ActorSchema, raw.actors, problems);
  const issues = parseFile("issues", IssueSchema, raw.issues, problems);
  const statements = parseFile("statements", StatementSchema, raw.statements, problems);
  const positions = parseFile("positions", PositionSchema, raw.positions, problems);
  const events = parseFile("events", EventSchema, raw.events, problems);
  const documentsFile = raw.documents === undefined ? { documents: [], provisions: [], gaps: [] } : raw.documents;
  const documentsShape = DocumentsFileSchema.safeParse(documentsFile);
  if (!documentsShape.success)
    problems.push({ file: "data/documents.json", record: "(file)", field: "(root)", message: "must be an object with the lists documents, provisions and gaps" });
  const documentLists = documentsShape.success ? documentsShape.data : { documents: [], provisions: [], gaps: [] };
  const documents = parseFile("documents", DocumentSchema, documentLists.documents, problems, "documents");
  const provisions = parseFile("documents", ProvisionSchema, documentLists.provisions, problems, "provisions");
  const documentGaps = parseFile("documents", DocumentGapSchema, documentLists.gaps, problems, "gaps");
  const metaResult = MetaSchema.safeParse(raw.meta);
  if (!metaResult.success)
    for (const issue of metaResult.error.issues)
      problems.push({ file: "data/meta.json", record: "(meta)", field: issue.path.join(".") || "(root)", message: issue.message });

  const push: Push = (file, record, field, message) => problems.push({ file: `data/${file}.json`, record: `"${record}"`, field, message });

  const actorById = uniqueIds("actors", actors, push);
  const issueById = uniqueIds("issues", issues, push);
  const statementById = uniqueIds("statements", statements, push);
  uniqueIds("positions", positions, push);
  const eventById = uniqueIds("events", events, push);
  // one id space for the whole file, so a link to any record of it is unambiguous
  const documentById = new Map(documents.map((d) => [d.id, d]));
  uniqueIds("documents", [...documents, ...provisions, ...documentGaps], push);

  const notFuture = (file: string, id: string, field: string, date: string) => {
    if (date > today) push(file, id, field, `${date} is in the future (today is ${today})`);
  };

  const quoteKeys = new Map<string, string>();
  for (const s of statements) {
    if (!actorById.has(s.actor)) push("statements", s.id, "actor", `unknown actor "${s.actor}"`);
    s.issues.forEach((issue, i) => {
      if (!issueById.has(issue)) push("statements", s.id, `issues.${i}`, `unknown issue "${issue}"`);
    });
    notFuture("statements", s.id, "date", s.date);
    notFuture("statements", s.id, "source.date", s.source.date);
    if (s.quote) {
      const key = `${s.source.url}\u0000${s.quote}`;
      const twin = quoteKeys.get(key);
      if (twin) push("statements", s.id, "quote", `same source and quote as "${twin}"`);
      else quoteKeys.set(key, s.id);
    }
  }

  checkPositions("positions", positions, { actorById, issueById, statementById }, push);
  for (const p of positions) {
    notFuture("positions", p.id, "validFrom", p.validFrom);
    if (sequencing === "required" && !p.sequencing && actorById.get(p.actor)?.kind === "party")
      push("positions", p.id, "sequencing", `a position of ${p.actor}, a party to the war, needs a sequencing stage (docs/coding.md §6); write "unknown" when the statements do not say when`);
  }

  for (const e of events) {
    notFuture("events", e.id, "date", e.date);
    e.statements.forEach((sid, i) => {
      if (!statementById.has(sid)) push("events", e.id, `statements.${i}`, `unknown statement "${sid}"`);
    });
  }

  for (const d of documents) {
    notFuture("documents", d.id, "date", d.date);
    d.sponsors.forEach((actor, i) => {
      if (!actorById.has(actor)) push("documents", d.id, `sponsors.${i}`, `unknown actor "${actor}"`);
    });
    if (d.event !== undefined && !eventById.has(d.event)) push("documents", d.id, "event", `unknown event "${d.event}"`);
    if (!provisions.some((p) => p.document === d.id)) push("documents", d.id, "id", "a document needs at least one provision (list a missing text as a gap)");
  }

  for (const p of provisions) {
    if (!documentById.has(p.document)) push("documents", p.id, "document", `unknown document "${p.document}"`);
    const issue = issueById.get(p.issue);
    if (!issue) push("documents", p.id, "issue", `unknown issue "${p.issue}"`);
    else if (p.placement) {
      const last = issue.spectrum.length - 1;
      if (p.placement.acceptable[1] > last)
        push("documents", p.id, "placement.acceptable", `placement [${p.placement.acceptable.join(", ")}] runs past the spectrum of "${p.issue}" (0–${last})`);
      if (p.placement.ideal !== null && p.placement.ideal > last)
        push("documents", p.id, "placement.ideal", `ideal ${p.placement.ideal} is not an option of "${p.issue}" (0–${last})`);
    }
  }

  for (const g of documentGaps) {
    if (g.document !== null && !documentById.has(g.document)) push("documents", g.id, "document", `unknown document "${g.document}"`);
    g.issues.forEach((issue, i) => {
      if (!issueById.has(issue)) push("documents", g.id, `issues.${i}`, `unknown issue "${issue}"`);
    });
  }

  if (problems.length > 0 || !metaResult.success) return { problems };
  return { dataset: { actors, issues, statements, positions, events, documents, provisions, documentGaps, meta: metaResult.data }, problems };
}

/*
 * Reliability: two independent codings of the Russia and Ukraine positions (coding A is the
 * project's, frozen when agreement was measured; coding B a second coder's, from the codebook and
 * the statements only), and the settlement of each disagreement by a third read. Kept beside the
 * data, checked with the same position schema and the same references.
 */

export const SettlementValues = z.strictObject({ id: Id.nullable(), ideal: z.int().nonnegative().nullable(), acceptable: Range.nullable() });

export const SettlementSchema = z.strictObject({
  id: Id,
  issue: Id,
  /** The actor whose coding was disputed, or "both" when the two codings disagreed on the relation. */
  actor: z.union([Id, z.literal("both")]),
  /** The comparison dates on which the codings disagreed. */
  dates: z.array(IsoDate).min(1),
  a: z.array(SettlementValues).min(1),
  b: z.array(SettlementValues).min(1),
  stands: z.enum(["A", "B", "neither"]),
  /** The positions of data/positions.json that now carry the settled coding. */
  final: z.array(Id).min(1),
  why: z.string().min(1),
});
export type Settlement = z.infer<typeof SettlementSchema>;

export const ReliabilitySchema = z.strictObject({
  /** The day agreement was measured: coding B may not change after it, except to fix a schema error. */
  measuredOn: IsoDate,
  codings: z.array(
    z.strictObject({
      name: z.enum(["A", "B"]),
      file: z.string().regex(/^data\/coding-[ab]\.json$/),
      /** SHA-256 of the file as measured, so any later edit shows. */
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      coder: z.string().min(1),
      worked: z.string().min(1),
    }),
  ).length(2),
  actors: z.array(Id).min(1),
  note: z.string().min(1),
});
export type Reliability = z.infer<typeof ReliabilitySchema>;

export type ReliabilityData = { reliability: Reliability; codingA: Position[]; codingB: Position[]; settlements: Settlement[] };

/** The reliability files checked against their schemas and against the dataset they code. */
export function validateReliability(
  raw: { reliability: unknown; codingA: unknown; codingB: unknown; settlements: unknown },
  dataset: Pick<Dataset, "actors" | "statements" | "issues" | "positions">,
): { data?: ReliabilityData; problems: Problem[] } {
  const problems: Problem[] = [];
  const codingA = parseFile("coding-a", PositionSchema, raw.codingA, problems);
  const codingB = parseFile("coding-b", PositionSchema, raw.codingB, problems);
  const settlements = parseFile("settlements", SettlementSchema, raw.settlements, problems);
  const meta = ReliabilitySchema.safeParse(raw.reliability);
  if (!meta.success)
    for (const issue of meta.error.issues)
      problems.push({ file: "data/reliability.json", record: "(file)", field: issue.path.join(".") || "(root)", message: issue.message });
  const push: Push = (file, record, field, message) => problems.push({ file: `data/${file}.json`, record: `"${record}"`, field, message });
  const lookups = {
    actorById: new Map(dataset.actors.map((a) => [a.id, a])),
    issueById: new Map(dataset.issues.map((i) => [i.id, i])),
    statementById: new Map(dataset.statements.map((s) => [s.id, s])),
  };
  const positionIds = new Set(dataset.positions.map((p) => p.id));
  for (const [file, coding] of [["coding-a", codingA], ["coding-b", codingB]] as const) {
    uniqueIds(file, coding, push);
    checkPositions(file, coding, lookups, push);
  }
  for (const s of settlements) {
    if (!lookups.issueById.has(s.issue)) push("settlements", s.id, "issue", `unknown issue "${s.issue}"`);
    s.final.forEach((id, i) => {
      if (!positionIds.has(id)) push("settlements", s.id, `final.${i}`, `unknown position "${id}" (a settlement names the positions of data/positions.json that carry it)`);
    });
  }
  return problems.length > 0 || !meta.success ? { problems } : { data: { reliability: meta.data, codingA, codingB, settlements }, problems };
}

/*
 * The change log (data/changelog.json): every change to data/ since the coding review, one entry a
 * changed field or record, appended in the order the changes were made. Only what the repository
 * records goes in: a `from` or `to` that was not recorded is left out rather than reconstructed.
 */

/** A dataset version as lib/dataset-info.ts writes it: the day the data is current to, then the revision ("2026-10-10.r1"). */
export const DatasetVersion = z.string().regex(/^\d{4}-\d{2}-\d{2}\.r[1-9]\d*$/, { error: "use a dataset version written YYYY-MM-DD.rN (the day the data is current to, then data/meta.json's revision)" });

/** Two dataset versions in order: by the day the data is current to, then by revision; negative when `a` is the older. */
export function compareVersions(a: string, b: string): number {
  const [dayA = "", revA = "0"] = a.split(".r");
  const [dayB = "", revB = "0"] = b.split(".r");
  return dayA !== dayB ? (dayA < dayB ? -1 : 1) : Number(revA) - Number(revB);
}

/**
 * What a change did: a statement or a position added; a field put right (a date, an occasion, a
 * summary, a note, a rationale); a position's coding changed (ideal, range, confidence, evidence);
 * a record taken out of the data.
 */
export const ChangeKind = z.enum(["new-statement", "new-position", "correction", "re-coding", "removal"]);
export type ChangeKind = z.infer<typeof ChangeKind>;

/** The files of data/ whose records the log names. */
export const ChangelogFile = z.enum(["statements", "positions", "documents"]);
export type ChangelogFile = z.infer<typeof ChangelogFile>;

/** The file each kind of change may name; kinds not listed may name any. */
const KIND_FILES: Partial<Record<ChangeKind, readonly ChangelogFile[]>> = {
  "new-statement": ["statements"],
  "new-position": ["positions"],
  // a provision's placement on a spectrum is coded like a position
  "re-coding": ["positions", "documents"],
};

export const ChangelogEntrySchema = z
  .strictObject({
    id: Id,
    /** The dataset version that first carried the change. */
    version: DatasetVersion,
    /** The day the change was made (not the day of the record it concerns). */
    date: IsoDate,
    kind: ChangeKind,
    /** The id of the statement, position or document record (a provision's id has runs of hyphens). */
    record: ProvisionId,
    file: ChangelogFile,
    /** The issues the change bears on; may be empty. */
    issues: z.array(Id),
    /** The field that changed, for a correction or a re-coding. */
    field: z.string().min(1).optional(),
    /** The old value, as text, where it is recorded. */
    from: z.string().optional(),
    /** The new value, as text, where it is recorded. */
    to: z.string().optional(),
    /** One sentence, in Parley's own words. */
    why: z.string().min(1).pipe(maxWords(60, "why")),
  })
  .check((ctx) => {
    const e = ctx.value;
    const files = KIND_FILES[e.kind];
    if (files && !files.includes(e.file))
      ctx.issues.push({ code: "custom", path: ["file"], input: e.file, message: `a ${e.kind} change names a record of ${files.map((f) => `data/${f}.json`).join(" or ")}, not data/${e.file}.json` });
    if ((e.kind === "correction" || e.kind === "re-coding") && e.field === undefined)
      ctx.issues.push({ code: "custom", path: ["field"], input: e.field, message: `a ${e.kind} names the field it changed` });
  });
export type ChangelogEntry = z.infer<typeof ChangelogEntrySchema>;

/**
 * The change log checked on its own and against the dataset it describes: unique ids; every record
 * in its file, unless the log also records its removal, and no record that is still there removed
 * for good; known issues; no version newer than the dataset's (`version`), no date after `today` or
 * before the day its version is current to; entries in the order they were made.
 */
export function validateChangelog(
  raw: unknown,
  dataset: Pick<Dataset, "issues" | "statements" | "positions" | "documents" | "provisions" | "documentGaps">,
  { version, today }: { version: string; today: string },
): { entries?: ChangelogEntry[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const entries = parseFile("changelog", ChangelogEntrySchema, raw, problems);
  const push: Push = (file, record, field, message) => problems.push({ file: `data/${file}.json`, record: `"${record}"`, field, message });
  uniqueIds("changelog", entries, push);

  const ids: Record<ChangelogFile, ReadonlySet<string>> = {
    statements: new Set(dataset.statements.map((s) => s.id)),
    positions: new Set(dataset.positions.map((p) => p.id)),
    documents: new Set([...dataset.documents, ...dataset.provisions, ...dataset.documentGaps].map((d) => d.id)),
  };
  const issueIds = new Set(dataset.issues.map((i) => i.id));
  const key = (e: ChangelogEntry) => `${e.file}/${e.record}`;
  const removed = new Set(entries.filter((e) => e.kind === "removal").map(key));
  const last = new Map(entries.map((e) => [key(e), e]));

  let previous: ChangelogEntry | undefined;
  for (const e of entries) {
    const present = ids[e.file].has(e.record);
    if (!present && e.kind !== "removal" && !removed.has(key(e)))
      push("changelog", e.id, "record", `unknown record "${e.record}" in data/${e.file}.json (a record that is gone needs a removal entry)`);
    if (present && e.kind === "removal" && last.get(key(e)) === e)
      push("changelog", e.id, "record", `"${e.record}" is still in data/${e.file}.json: a removal names a record taken out of it`);
    e.issues.forEach((issue, i) => {
      if (!issueIds.has(issue)) push("changelog", e.id, `issues.${i}`, `unknown issue "${issue}"`);
    });
    if (compareVersions(e.version, version) > 0) push("changelog", e.id, "version", `version ${e.version} is after the dataset's (${version})`);
    if (e.date > today) push("changelog", e.id, "date", `${e.date} is in the future (today is ${today})`);
    const versionDay = e.version.slice(0, 10);
    if (e.date < versionDay) push("changelog", e.id, "date", `${e.date} is before ${versionDay}, the day version ${e.version} is current to`);
    if (previous && e.date < previous.date) push("changelog", e.id, "date", `${e.date} is before the date of the entry above it ("${previous.id}", ${previous.date}): append entries in the order the changes were made`);
    if (previous && compareVersions(e.version, previous.version) < 0)
      push("changelog", e.id, "version", `${e.version} is older than the version of the entry above it ("${previous.id}", ${previous.version}): append entries in the order the changes were made`);
    previous = e;
  }
  return problems.length > 0 ? { problems } : { entries, problems };
}

/*
 * Disputed accounts (data/disputes.json): an event or text of which the parties give conflicting
 * accounts (what was said, agreed or initialled), or which one side alone claims. Each account
 * rests on its actor's statements in data/; what an independent source says is kept apart.
 */

export const DisputeStatus = z.enum(["open", "settled"]);
export type DisputeStatus = z.infer<typeof DisputeStatus>;

export const DisputeAccountSchema = z.strictObject({
  actor: Id,
  /** The actor's account in Parley's own words. */
  summary: z.string().min(1).pipe(maxWords(45, "summary")),
  statements: z.array(Id).min(1, { error: "an account rests on at least one of its actor's statements" }),
});

export const DisputeSchema = z
  .strictObject({
    id: Id,
    title: z.string().min(1).max(64),
    /** The day of the disputed event or text. */
    date: IsoDate,
    /** What is disputed, neutrally, in Parley's own words. */
    question: z.string().min(1).pipe(maxWords(30, "question")),
    about: z.strictObject({ events: z.array(Id), documents: z.array(Id), provisions: z.array(ProvisionId) }),
    issues: z.array(Id).min(1),
    /** One account per actor: two or more make a dispute; one alone is a claim no other party confirms. */
    accounts: z.array(DisputeAccountSchema).min(1),
    /** What a source other than the parties to the dispute says, where the research has one. */
    independent: z.strictObject({ summary: z.string().min(1).pipe(maxWords(45, "summary")), statements: z.array(Id), documents: z.array(Id) }).nullable(),
    status: DisputeStatus,
    /** The later statement that settled the dispute. */
    settled: z.strictObject({ by: Id, summary: z.string().min(1).pipe(maxWords(30, "summary")) }).nullable(),
  })
  .check((ctx) => {
    const d = ctx.value;
    if (d.about.events.length + d.about.documents.length + d.about.provisions.length === 0)
      ctx.issues.push({ code: "custom", path: ["about"], input: d.about, message: "a dispute is about at least one event, document or provision" });
    if ((d.status === "settled") !== (d.settled !== null))
      ctx.issues.push({ code: "custom", path: ["settled"], input: d.settled, message: d.status === "settled" ? "a settled dispute names the statement that settled it" : "an open dispute has settled: null" });
  });
export type Dispute = z.infer<typeof DisputeSchema>;

/** A candidate dispute that was looked into and left out, with the reason: the record of what the research could not carry. */
export const LeftOutSchema = z.strictObject({ what: z.string().min(1).max(80), why: z.string().min(1).pipe(maxWords(45, "why")) });
export type LeftOut = z.infer<typeof LeftOutSchema>;

export type DisputesData = { disputes: Dispute[]; leftOut: LeftOut[] };

/**
 * data/disputes.json ({ disputes, leftOut }) checked on its own and against the dataset: known
 * records, each account on its own actor's statements, one account per actor, in date order.
 */
export function validateDisputes(
  raw: unknown,
  dataset: Pick<Dataset, "actors" | "issues" | "statements" | "events" | "documents" | "provisions">,
): { data?: DisputesData; problems: Problem[] } {
  const problems: Problem[] = [];
  const file = raw && typeof raw === "object" && !Array.isArray(raw) ? (raw as Record<string, unknown>) : undefined;
  if (!file) {
    problems.push({ file: "data/disputes.json", record: "(file)", field: "(root)", message: "must be an object with the lists disputes and leftOut" });
    return { problems };
  }
  const disputes = parseFile("disputes", DisputeSchema, file.disputes, problems, "disputes");
  const leftOut = parseFile("disputes", LeftOutSchema, file.leftOut, problems, "leftOut");
  const push: Push = (file, record, field, message) => problems.push({ file: `data/${file}.json`, record: `"${record}"`, field, message });
  uniqueIds("disputes", disputes, push);
  const statementById = new Map(dataset.statements.map((s) => [s.id, s]));
  const known = {
    actors: new Set(dataset.actors.map((a) => a.id)),
    issues: new Set(dataset.issues.map((i) => i.id)),
    events: new Set(dataset.events.map((e) => e.id)),
    documents: new Set(dataset.documents.map((d) => d.id)),
    provisions: new Set(dataset.provisions.map((p) => p.id)),
  };
  let previous: Dispute | undefined;
  for (const d of disputes) {
    for (const list of ["events", "documents", "provisions"] as const)
      d.about[list].forEach((id, i) => {
        if (!known[list].has(id)) push("disputes", d.id, `about.${list}.${i}`, `unknown ${list.slice(0, -1)} "${id}"`);
      });
    d.issues.forEach((id, i) => {
      if (!known.issues.has(id)) push("disputes", d.id, `issues.${i}`, `unknown issue "${id}"`);
    });
    const actors = new Set<string>();
    d.accounts.forEach((account, i) => {
      if (!known.actors.has(account.actor)) push("disputes", d.id, `accounts.${i}.actor`, `unknown actor "${account.actor}"`);
      if (actors.has(account.actor)) push("disputes", d.id, `accounts.${i}.actor`, `${account.actor} has two accounts: give one account per actor`);
      actors.add(account.actor);
      account.statements.forEach((sid, j) => {
        const s = statementById.get(sid);
        if (!s) push("disputes", d.id, `accounts.${i}.statements.${j}`, `unknown statement "${sid}"`);
        else if (s.actor !== account.actor) push("disputes", d.id, `accounts.${i}.statements.${j}`, `statement "${sid}" is by ${s.actor}, not ${account.actor}: an account rests on its own actor's words`);
      });
    });
    d.independent?.statements.forEach((sid, i) => {
      const s = statementById.get(sid);
      if (!s) push("disputes", d.id, `independent.statements.${i}`, `unknown statement "${sid}"`);
      else if (actors.has(s.actor)) push("disputes", d.id, `independent.statements.${i}`, `statement "${sid}" is by ${s.actor}, a side of the dispute: an independent source is another actor`);
    });
    d.independent?.documents.forEach((id, i) => {
      if (!known.documents.has(id)) push("disputes", d.id, `independent.documents.${i}`, `unknown document "${id}"`);
    });
    if (d.settled && !statementById.has(d.settled.by)) push("disputes", d.id, "settled.by", `unknown statement "${d.settled.by}"`);
    if (previous && d.date < previous.date) push("disputes", d.id, "date", `${d.date} is before the date of the dispute above it ("${previous.id}", ${previous.date}): keep disputes in date order`);
    previous = d;
  }
  return problems.length > 0 ? { problems } : { data: { disputes, leftOut }, problems };
}

/*
 * Each side's words (data/glossary.json): the loaded terms the sides use for the same thing, each
 * usage resting on statements whose verbatim quote (or Parley's translation of it) holds the term.
 */

export const GlossaryEntrySchema = z.strictObject({
  id: Id,
  /** What is being named, neutrally. */
  thing: z.string().min(1).pipe(maxWords(8, "thing")),
  definition: z.string().min(1).pipe(maxWords(40, "definition")),
  /** How Parley itself names it, and why. */
  parley: z.string().min(1).pipe(maxWords(30, "parley")),
  usages: z
    .array(z.strictObject({ actor: Id, term: z.string().min(1).max(80), statements: z.array(Id).min(1).max(6) }))
    .min(2)
    .refine((usages) => new Set(usages.map((u) => u.actor)).size >= 2, { error: "an entry sets the words of at least two actors side by side" }),
});
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;

/** The glossary checked against the statements: each usage's term is in the quote or its translation of every statement it cites, by its actor. */
export function validateGlossary(raw: unknown, dataset: Pick<Dataset, "actors" | "statements">): { entries?: GlossaryEntry[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const entries = parseFile("glossary", GlossaryEntrySchema, raw, problems);
  const push: Push = (file, record, field, message) => problems.push({ file: `data/${file}.json`, record: `"${record}"`, field, message });
  uniqueIds("glossary", entries, push);
  const statementById = new Map(dataset.statements.map((s) => [s.id, s]));
  const actors = new Set(dataset.actors.map((a) => a.id));
  for (const e of entries)
    e.usages.forEach((u, i) => {
      if (!actors.has(u.actor)) push("glossary", e.id, `usages.${i}.actor`, `unknown actor "${u.actor}"`);
      u.statements.forEach((sid, j) => {
        const s = statementById.get(sid);
        const field = `usages.${i}.statements.${j}`;
        if (!s) push("glossary", e.id, field, `unknown statement "${sid}"`);
        else if (s.actor !== u.actor) push("glossary", e.id, field, `statement "${sid}" is by ${s.actor}, not ${u.actor}`);
        else if (!termIn(u.term, s)) push("glossary", e.id, field, `"${u.term}" is not in the quote of "${sid}" nor in its translation: a term is quoted, never paraphrased`);
      });
    });
  return problems.length > 0 ? { problems } : { entries, problems };
}

/** Whether a term is in a statement's verbatim quote ("quote") or only in Parley's translation of it ("translation"), case aside. */
export function termIn(term: string, s: Pick<Statement, "quote" | "quoteTranslation">): "quote" | "translation" | undefined {
  const t = term.toLowerCase();
  if (s.quote.toLowerCase().includes(t)) return "quote";
  return s.quoteTranslation.toLowerCase().includes(t) ? "translation" : undefined;
}

/** A second, independent reading of the sequencing stages (data/sequencing-b.json), from the codebook and the statements only; kept as measured. */
export const SequencingReadingSchema = z.strictObject({ position: Id, stage: SequencingStage, evidence: z.array(Id), rationale: z.string().min(1).pipe(maxWords(40, "rationale")) });
export type SequencingReading = z.infer<typeof SequencingReadingSchema>;

export function validateSequencingB(raw: unknown, dataset: Pick<Dataset, "positions">): { readings?: SequencingReading[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const readings = parseFile("sequencing-b", SequencingReadingSchema, raw, problems);
  const tagged = new Set(dataset.positions.filter((p) => p.sequencing).map((p) => p.id));
  for (const r of readings)
    if (!tagged.has(r.position)) problems.push({ file: "data/sequencing-b.json", record: `"${r.position}"`, field: "position", message: `no position "${r.position}" with a sequencing stage in data/positions.json` });
  return problems.length > 0 ? { problems } : { readings, problems };
}

/** A worksheet's discussion questions for one issue (data/worksheets.json), written for the issue. */
export const WorksheetSchema = z.strictObject({
  issue: Id,
  questions: z.array(z.string().min(1).pipe(maxWords(30, "question")).refine((q) => q.trim().endsWith("?"), { error: "a question ends with ?" })).length(3),
});
export type Worksheet = z.infer<typeof WorksheetSchema>;

/** One worksheet per issue, each of known issue, none twice. */
export function validateWorksheets(raw: unknown, dataset: Pick<Dataset, "issues">): { worksheets?: Worksheet[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const worksheets = parseFile("worksheets", WorksheetSchema, raw, problems);
  const push = (record: string, field: string, message: string) => problems.push({ file: "data/worksheets.json", record: `"${record}"`, field, message });
  const seen = new Set<string>();
  for (const w of worksheets) {
    if (!dataset.issues.some((i) => i.id === w.issue)) push(w.issue, "issue", `unknown issue "${w.issue}"`);
    if (seen.has(w.issue)) push(w.issue, "issue", `a second worksheet for "${w.issue}"`);
    seen.add(w.issue);
  }
  for (const i of dataset.issues) if (!seen.has(i.id)) push(i.id, "issue", `issue "${i.id}" has no worksheet`);
  return problems.length > 0 ? { problems } : { worksheets, problems };
}
