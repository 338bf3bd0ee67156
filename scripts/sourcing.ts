// npx tsx scripts/sourcing.ts [--write | --check] — the `sourcing` of every statement: how its source
// knows what the statement says (on-record, reported, anonymous, leaked, undetermined), read from the
// research pack's own words for the record (codebook: docs/sourcing.md).
//   (no flag)  prints every record's decision and the words it rests on, then the counts;
//   --write    writes the decisions into data/statements.json (the key right after `confidence`);
//   --check    exits 1 when data/statements.json differs from the decisions, or when a record's words
//              carry a sourcing cue ("sources", "leaked", "as reported by", "not named", …) that
//              nobody has decided on yet: a new record of the pack must be read before it is coded.
// Exits 2 when there is no research pack beside the checkout (set PARLEY_RESEARCH to its folder).
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Sourcing } from "../lib/schema";
import { readResearchStatements, researchDir, researchPackPresent } from "./research-pack";

type Decision = { sourcing: Exclude<Sourcing, "on-record">; words: string };

/*
 * Every record that is not on-record, with the words of the pack (or of the data record) it rests on.
 * Texts the pack's documents.md lists as leaks ("The 2022 draft, the US 28-point plan, the E3, 19-point
 * and 20-point texts, and both April 2025 frameworks rest on leaks reported by the WSJ, NYT, Reuters,
 * AFP, Axios or Bloomberg, or on Zelensky's oral point-by-point briefing") are leaked where the record
 * speaks for the text itself, and on-record where the record's speaker is the one who briefed on it.
 */
const notOnRecord: Record<string, Decision> = {
  "ru-2022-03-10-antalya-demands": { sourcing: "reported", words: "demands set out at Lavrov–Kuleba meeting, Antalya; \"as summarised by Le Monde diplomatique\"; \"Per Le Monde diplomatique, Moscow sought …\"" },
  "ru-2022-04-15-draft-army-caps": { sourcing: "leaked", words: "\"15 April 2022 draft treaty (as reported by WSJ)\"; \"The WSJ published the terms of the peace agreement … never signed\"" },
  "ru-2022-04-15-draft-guarantor-veto": { sourcing: "leaked", words: "\"negotiating position in 2022 Istanbul drafts (as reported)\"; \"Reporting on the drafts indicates …\"" },
  "ru-2022-04-15-draft-language-sanctions": { sourcing: "leaked", words: "\"15 April 2022 draft treaty (as published by NYT)\"; \"NYT discloses alleged 2022 Russia-Ukraine treaty draft\"" },
  "ua-2022-04-15-draft-army-caps": { sourcing: "leaked", words: "\"15 April 2022 draft treaty (as reported by WSJ)\"; \"The WSJ published the terms of the peace agreement … never signed\"" },
  "ua-2022-04-15-draft-neutrality-guarantors": { sourcing: "leaked", words: "\"15 April 2022 draft treaty (as published by NYT)\"; \"NYT discloses alleged 2022 Russia-Ukraine treaty draft\"" },
  "ua-2022-04-15-draft-rejected-clauses": { sourcing: "leaked", words: "\"15 April 2022 draft treaty (as published by NYT)\"; \"NYT discloses alleged 2022 Russia-Ukraine treaty draft\"" },
  "ru-2024-11-20-anonymous-officials-flexibility": { sourcing: "anonymous", words: "\"Five current and former Russian officials (anonymous, via Reuters)\"; \"Unattributed sources said …\"" },
  "us-paris-proposal-crimea-2025-04-17": { sourcing: "leaked", words: "\"proposal handed to Ukraine in Paris, as reported by WSJ\"; \"Reported US proposal\"" },
  "ukraine-europe-london-framework-2025-04-23": { sourcing: "leaked", words: "\"counter-framework handed to US in London\"; \"Ukrainska Pravda report publishing Reuters text of Ukrainian-European proposals\"" },
  "russia-istanbul1-withdrawal-demand-reported-2025-05-16": { sourcing: "anonymous", words: "\"Russian delegation (per Ukrainian diplomatic source to Sky News)\"" },
  "russia-nato-written-pledge-2025-05-28": { sourcing: "anonymous", words: "\"Vladimir Putin (per three Russian sources to Reuters)\"; \"Reportedly wants …\"" },
  "russia-alaska-donetsk-demand-2025-08-15": { sourcing: "anonymous", words: "\"Vladimir Putin (as reported by FT, four sources)\"; \"Reportedly demanded …\"" },
  "us-28pt-elections-amnesty-2025-11-20": { sourcing: "leaked", words: "\"US 28-point draft plan\"; \"Reported provisions\"" },
  "us-28pt-frozen-assets-2025-11-20": { sourcing: "leaked", words: "\"US 28-point draft plan\"; source \"… NATO-style security pact – doc\" (Reuters)" },
  "us-28pt-military-nato-2025-11-20": { sourcing: "leaked", words: "\"US 28-point draft plan (Witkoff/Rubio), presented in Kyiv\"" },
  "us-28pt-sanctions-g8-2025-11-20": { sourcing: "leaked", words: "\"US 28-point draft plan\"; quoteNote \"AFP's words summing up the draft\"" },
  "us-28pt-territory-2025-11-20": { sourcing: "leaked", words: "\"US 28-point draft plan\"; source \"More details of US plan for Ukraine emerge\"" },
  "us-28pt-znpp-2025-11-20": { sourcing: "leaked", words: "\"US 28-point draft plan\"; \"Proposed restarting the Zaporizhzhia NPP …\" (LIGA.Business citing Reuters)" },
  "europe-e3-counterproposal-2025-11-23": { sourcing: "leaked", words: "\"UK, France, Germany (E3) – counter-proposal to US plan\"; source \"Full text of European counter-proposal to US Ukraine peace plan\" (Reuters)" },
  "europe-e3-frozen-assets-2025-11-23": { sourcing: "leaked", words: "\"UK, France, Germany (E3) – counter-proposal\"; source \"… NATO-style security pact – doc\" (Reuters)" },
  "europe-e3-territory-loc-2025-11-23": { sourcing: "leaked", words: "\"UK, France, Germany (E3) – counter-proposal\"; source \"… NATO-style security pact – doc\" (Reuters)" },
  "us-free-economic-zone-2025-12-11": { sourcing: "reported", words: "\"US negotiators (as described by Zelensky)\"" },
  "us-15yr-guarantee-offer-2025-12-29": { sourcing: "reported", words: "\"US draft security guarantee (as described by Zelensky)\"; \"According to Zelensky, the US draft provided …\"" },
  "russia-geneva-donbas-demand-2026-02-17": {
    sourcing: "undetermined",
    words: "\"Russian delegation (Vladimir Medinsky) / Kremlin\"; \"Russia put territory on the Geneva agenda, demanding …\": no quote, nothing on how the demand became known",
  },
  "ukraine-geneva-fez-only-2026-02-17": { sourcing: "reported", words: "\"Per Swissinfo (Keystone-SDA), Kyiv was ready at most for …\"" },
  "european-union-sanctions-extension-three-years-2026-09-22": {
    sourcing: "undetermined",
    words: "\"EU member states\"; \"EU preliminary agreement … (reported by TVP)\": no quote, no speaker, nothing on how it became known",
  },
};

/*
 * On-record records whose words trip the cue scan below, with why the cue does not change the answer.
 * TVP's broadcasts (statements-2026h2.jsonl) air the speakers' voices: a voice the automatic transcript
 * does not name, or names only by inference, is public speech by an unidentified speaker, not an
 * anonymous source (its speaker and confidence say so).
 */
const onRecordDespiteCue: Record<string, string> = {
  "ua-2022-03-29-istanbul-guarantee-treaty": "Arakhamia's own words presenting the draft he handed over",
  "ua-2022-09-30-zelensky-nato-application": "Zelensky signing the application; \"source of guarantees\" is the Kyiv Security Compact, not a news source",
  "ru-2022-04-03-medinsky-no-progress": "Medinsky's comments on the draft",
  "ru-2022-05-17-rudenko-ukraine-withdrew": "Rudenko's remarks to reporters about the draft",
  "ru-2022-12-23-peskov-formula-out-of-touch": "Peskov's press briefing (on a reported plan)",
  "ru-2023-06-17-putin-shows-draft": "Putin showing the draft himself at a meeting reported by TASS",
  "ru-2024-03-01-peskov-draft-off-table": "Peskov's reaction to the WSJ report",
  "ru-2024-04-12-peskov-istanbul-basis": "Peskov's briefing on the draft",
  "ru-2024-07-04-putin-istanbul-on-table": "Putin at the SCO summit",
  "ru-2024-10-17-kremlin-victory-plan-nato-conflict": "\"Kremlin (comments carried by TASS)\": \"According to the Kremlin\"",
  "russia-putin-trump-first-call-2025-02-12": "the Kremlin's readout of the call: \"According to the Kremlin readout\"",
  "ukraine-memo-ceasefire-2025-06-02": "Ukraine's memorandum, \"handed over 28 May, published 2 June\"",
  "ukraine-memo-humanitarian-2025-06-02": "Ukraine's memorandum, published: \"full text … has appeared – Suspilne\"",
  "ukraine-memo-no-army-limits-2025-06-02": "Ukraine's memorandum, published: \"full text … has appeared – Suspilne\"",
  "ukraine-memo-no-neutrality-2025-06-02": "Ukraine's memorandum, published: \"full text … has appeared – Suspilne\"",
  "ukraine-memo-territory-2025-06-02": "Ukraine's memorandum, published: \"full text … has appeared – Suspilne\"",
  "russia-memo-sanctions-claims-2025-06-02": "Russia's memorandum, the same text TASS reports in the other memorandum records: \"text … has appeared\"",
  "ukraine-istanbul-format-paused-2025-11-11": "Kyslytsya's interview with The Times",
  "us-ukraine-geneva-statement-2025-11-23": "the US–Ukraine joint statement",
  "ukraine-20pt-contact-line-2025-12-24": "Zelensky's own press briefing on the draft",
  "ukraine-20pt-draft-contents-2025-12-24": "Zelensky's own press briefing on the draft",
  "ukraine-longer-guarantees-2025-12-29": "Zelensky's comments on the draft",
  "russia-energy-pause-unconfirmed-2026-01-29": "Peskov declining to confirm a reported pause",
  "russia-official-keep-pressure-on-kyiv-2026-07-02": "a Russian official's aired voice (\"voice not named in transcript\")",
  "ukraine-zelensky-russia-wont-end-war-on-request-2026-07-02": "aired voice, \"attribution inferred from context; voice not named\"",
  "russia-kremlin-ankara-no-constructive-dialogue-2026-07-07": "a Kremlin spokesperson's aired comment (\"voice not named in transcript\")",
  "europe-coalition-of-willing-paris-summit-2026-07-13": "a leader's aired words at the summit (\"quoted speaker not named\")",
  "europe-coalition-of-willing-exercises-in-poland-2026-07-14": "an aired announcement (\"quoted speaker not named; Macron hosted\")",
  "united-states-senate-passes-graham-sanctions-bill-2026-08-08": "an aired remark at the Senate vote (\"unnamed speaker at the vote\")",
  "europe-coalition-of-willing-kyiv-borders-2026-08-24": "a leader's aired words at the Kyiv meeting (\"quoted speaker not identified\")",
  "russia-kremlin-cia-contacts-no-putin-meeting-2026-08-26": "a Kremlin spokesperson's aired comment (\"voice not named in transcript\")",
  "russia-putin-receives-witkoff-kushner-2026-09-05": "Putin and the Kremlin readout (\"spokesperson not named\")",
  "united-states-envoys-kyiv-trilateral-proposal-2026-09-06": "an envoy's aired words in Kyiv (\"quoted US speaker not named\")",
  "united-states-trump-putin-call-wants-deal-2026-09-10": "Trump's aired remarks; \"FT reported …\" is TVP's added context",
  "ukraine-zelensky-end-war-without-renewed-aggression-2026-09-06": "aired voice, \"attribution inferred from context\"",
  "europe-tusk-russia-does-not-want-peace-talks-2026-09-18": "aired voice, \"attribution inferred from context\"",
  "russia-kremlin-resumption-of-talks-under-consideration-2026-09-26": "a Kremlin official's aired comment (\"voice not named in transcript\")",
  "russia-putin-not-preparing-war-with-europe-2026-09-26": "Putin's aired words; \"per TVP\" marks only TVP's added paraphrase",
  "russia-kremlin-g20-invitation-too-early-2026-09-27": "a Kremlin spokesperson's aired comment (\"voice not named in transcript\")",
  "ukraine-zelensky-diesel-deal-feeds-putin-2026-10-10": "aired voice, \"attribution inferred: the voice is not named\"",
};

/** Words that may mark a record as not on-record; "(reported by TVP …)" only names the broadcast. */
const cue = /\breported\b|anonym|unnamed|not named|not identified|inferred|\bsources?\b|familiar with|officials said|according to|reportedly|as described|summari[sz]ed by|\bper [A-Z]|\bper (a|an|the|three|four|five|two)\b|leak|obtained|seen by|discloses|\bdraft|closed-door|private|confidential|\bdoc\b|has appeared|emerge/i;

type Statement = { id: string; confidence: string; sourcing?: string; quoteNote?: string; summary: string } & Record<string, unknown>;

const print = (line: string) => process.stdout.write(`${line}\n`);
const file = path.join(import.meta.dirname, "..", "data", "statements.json");
const mode = process.argv[2] ?? "";
if (!["", "--write", "--check"].includes(mode)) {
  console.error(`sourcing: unknown option ${mode}; use --write, --check or nothing`);
  process.exit(2);
}
if (!researchPackPresent()) {
  console.error(`sourcing: no research pack at ${researchDir}. Lay the pack beside the checkout (../shared/research/) or set PARLEY_RESEARCH to its folder.`);
  process.exit(2);
}

const text = readFileSync(file, "utf8");
const statements = JSON.parse(text) as Statement[];
const research = new Map(readResearchStatements().map((r) => [r.id, r]));
const problems: string[] = [];

for (const id of [...Object.keys(notOnRecord), ...Object.keys(onRecordDespiteCue)])
  if (!statements.some((s) => s.id === id)) problems.push(`${id}: decided here but not in data/statements.json`);

const decided = statements.map((s) => {
  const r = research.get(s.id);
  if (!r) {
    problems.push(`${s.id}: not in the research pack, so its sourcing cannot be read`);
    return { id: s.id, sourcing: "undetermined" as Sourcing, words: "(no research record)" };
  }
  const words = [r.speaker, r.event, r.stance, r.source_title, r.source_publisher, s.summary, s.quoteNote ?? ""].join(" ").replace(/\(?reported by TVP[^)]*\)?|TVP reported|\(title per URL\)/g, "");
  const decision = notOnRecord[s.id];
  if (decision) return { id: s.id, sourcing: decision.sourcing, words: decision.words };
  const match = words.match(cue);
  if (match && !onRecordDespiteCue[s.id]) problems.push(`${s.id}: its words carry the cue "${match[0]}"; read the record and decide it in scripts/sourcing.ts`);
  return { id: s.id, sourcing: "on-record" as Sourcing, words: onRecordDespiteCue[s.id] ?? `${r.speaker}: ${r.event}` };
});

if (mode === "--write" && problems.length === 0) {
  const byId = new Map(decided.map((d) => [d.id, d.sourcing]));
  const written = statements.map((s) => {
    const entries = Object.entries(s).filter(([key]) => key !== "sourcing");
    const at = entries.findIndex(([key]) => key === "confidence") + 1;
    entries.splice(at, 0, ["sourcing", byId.get(s.id)]);
    return Object.fromEntries(entries);
  });
  // the file's own layout: one-space indent, and a final newline only if it had one
  writeFileSync(file, JSON.stringify(written, null, 1) + (text.endsWith("\n") ? "\n" : ""));
  print(`sourcing: wrote ${written.length} statements to ${path.relative(process.cwd(), file)}`);
} else if (mode === "--check") {
  for (const d of decided) {
    const s = statements.find((x) => x.id === d.id);
    if (s?.sourcing !== d.sourcing) problems.push(`${d.id}: data says ${JSON.stringify(s?.sourcing)}, the decision is ${d.sourcing}`);
  }
} else {
  for (const d of decided) print(`${d.id}\t${d.sourcing}\t${d.words}`);
}

const counts = Sourcing.options.map((value) => `${value}: ${decided.filter((d) => d.sourcing === value).length}`);
print(`sourcing: ${decided.length} statements — ${counts.join(", ")}`);
if (problems.length > 0) {
  console.error(`sourcing: ${problems.length} problem${problems.length === 1 ? "" : "s"}:`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
