/*
 * Interface text in one catalogue (English first). Ukrainian and Russian versions are planned:
 * they should cost a translation of this file, not a rewrite of the components.
 */
export const messages = {
  site: {
    name: "Parley",
    tagline: "What Russia and Ukraine say they want, issue by issue, and where it overlaps",
    skip: "Skip to content",
  },
  nav: {
    overview: "Overview",
    issues: "Issues",
    changes: "What changed",
    statements: "Statements",
    present: "Classroom",
    methodology: "Methodology",
    documents: "Documents",
    sources: "Sources",
    import: "Import your data",
    disputes: "Disputed accounts",
    sequencing: "What each side wants first",
    deal: "Build a deal (class task)",
    glossary: "Each side's words",
    worksheets: "Worksheets",
  },
  relation: {
    unknown: "Not yet known",
    agreement: "Agreement",
    overlap: "Overlap",
    conflict: "Conflict",
  },
  relationHelp: {
    unknown: "One side has no coded position on this issue yet.",
    agreement: "Both sides ask for the same option.",
    overlap: "What each side could live with overlaps: that common ground is the zone of possible agreement (ZOPA).",
    conflict: "What each side could live with does not overlap: the gap is the number of steps between them.",
  },
  direction: { toward: "toward agreement", away: "away from agreement", neither: "no closer, no further" },
  confidence: { high: "High confidence", medium: "Medium confidence", low: "Low confidence" },
  documents: {
    kind: {
      "draft-treaty": "Draft treaty",
      memorandum: "Memorandum",
      plan: "Plan",
      communique: "Communiqué",
      declaration: "Declaration",
      letter: "Letter",
      speech: "Speech",
    },
    /** How a whole text is known. */
    textKnownFrom: {
      official: "Official text",
      "state-media": "Sponsor's state media",
      press: "Known from press reports",
      leak: "Leaked or unpublished text",
    },
    /** How one clause is known; the last two are marked wherever the clause appears. */
    provisionKnownFrom: {
      "official-text": "Official text",
      "state-media": "Sponsor's state media",
      "press-report": "Press report only",
      leak: "Known from a leak",
    },
    gapReason: {
      unpublished: "Unpublished",
      "unreliable-source": "Seen only on unreliable sites",
      "not-read": "Not read or not found",
      "not-coded": "Not coded",
    },
    noPlacement: "No position on this spectrum",
    noSingleOption: "No single option: the text spans a range",
  },
  /** What each confidence grade means (the research pack's definition). */
  confidenceHelp: {
    high: "An official source, or two independent reliable sources, agree.",
    medium: "One reliable source.",
    low: "Less than that: a single summary or only low-quality copies were found.",
  },
  sourceKind: {
    official: "Official source",
    wire: "News agency",
    press: "Press",
    academic: "Academic",
    encyclopedia: "Encyclopedia",
    other: "Other source",
  },
  present: {
    disputeKicker: "Disputed account",
    /** "Argue the other side": the prompts at each reveal step, and the control. */
    argue: {
      control: "Argue the other side",
      short: "Argue",
      on: "Argue the other side on: each press shows one side's case and asks the class to restate it, then to switch.",
      off: "Argue the other side off.",
      question: "Before the sides speak: what do you expect each to ask for?",
      restate: (name: string) => `In pairs: restate ${name}'s case in your own words, so that ${name} would call it fair.`,
      switch: "Switch: argue for the side you did not take, then say where the two could meet.",
    },
    alsoAccounts: (names: string[]) => `${names.join(" and ")} also ${names.length === 1 ? "gives an account" : "give accounts"}: read ${names.length === 1 ? "it" : "them"} with both sides' on the disputes page.`,
    /** The last reveal step of a dispute's slide: the question the class is left with. */
    disputeOpen: "What the record cannot settle",
    disputePrompt: "Which account do the statements support, and what would settle it? Read both sides' statements on Parley.",
    claimPrompt: "No other party confirms this claim in the record. What would you need to see to believe it?",
    title: "What each side says it wants",
    back: "Back",
    next: "Next",
    reveal: "Reveal step",
    revealShort: "Reveal",
    revealOn: "Reveal step on: each press shows one more part of the slide.",
    revealOff: "Reveal step off: every slide shows in full.",
    dark: "Dark theme",
    darkShort: "Dark",
    fullScreen: "Full screen",
    print: "Print handouts",
    printShort: "Print",
    exit: "Exit",
    exitToIssue: "Exit to this issue's page",
    exitToOverview: "Exit to the overview",
    exitToDispute: "Exit to this dispute on the disputes page",
    controls: "Presentation controls",
    keys: "→/Page Down: next · ←/Page Up: back · R: reveal · A: argue · F: full screen",
    legend: {
      bar: "what a side could live with,",
      mark: "what it asks for,",
      zopa: "overlap,",
      gap: "gap.",
    },
    noQuote: "No verbatim quote; coded from",
    summaryKicker: "Summary",
    overlap: "Where they overlap",
    conflict: "Where they conflict",
    unknown: "Not yet known for both",
    none: "None",
    handout: "Parley · classroom handout",
  },
  quote: {
    /** Before Parley's English rendering of a quote in another language; the language's name follows. */
    translation: "Parley’s translation from",
    /** Before a language's name, where a view lists a statement without its quote. */
    quotedIn: "Quoted in",
  },
  /** What a view says about the parts of its link it could not use as written. */
  notices: {
    ignored: "Part of the link was ignored; showing the defaults instead.",
    corrected: "Part of the link was corrected.",
    /** Shorter, on a slide, where every line costs projector space. */
    slide: "Part of the link was ignored:",
    /** Before the list of what was ignored, on a slide's one line. */
    slideCompact: "Ignored in the link:",
    /** Shorter still, beside the mark of an import. */
    slideCompactShort: "Ignored:",
    swappedDates: "The start date was after the end date: the two were swapped.",
    /** How a notice names the part of the link it is about. */
    field: {
      date: "date",
      from: "from",
      to: "to",
      start: "the start date",
      end: "the end date",
      actor: "actor",
      issue: "issue",
      kind: "source kind",
      confidence: "confidence",
      changeKind: "kind of change",
      record: "record",
    },
    /** What each notice code says; `value` arrives already quoted where the sentence quotes it. */
    notADate: (field: string, value: string) => `Ignored ${field} ${value}: not a date written YYYY-MM-DD.`,
    afterData: (field: string, value: string, latest: string) => `Ignored ${field} ${value}: the data runs only to ${latest}.`,
    beforeData: (field: string, value: string, earliest: string) => `Ignored ${field} ${value}: the data starts on ${earliest}.`,
    unknownActor: (value: string) => `Ignored actor ${value}: not an actor in the data.`,
    sameActors: "Ignored the second actor: it is the same as the first.",
    swappedRange: (from: string, to: string) => `Swapped the dates: ${from} is after ${to}.`,
    shortenedSearch: (max: number) => `Shortened the search to its first ${max} characters.`,
    unknownChoice: (field: string, value: string) => `Ignored ${field} ${value}: not one in the data.`,
    unknownSort: (value: string, allowed: string) => `Ignored the sort ${value}: sort by ${allowed}.`,
    unknownOrder: (value: string) => `Ignored the order ${value}: use asc or desc.`,
    unknownSponsor: (value: string) => `Ignored sponsor ${value}: no text in the data has that sponsor.`,
    unknownTextKind: (value: string) => `Ignored kind ${value}: not a kind of text in the data.`,
    unknownIssue: (value: string) => `Ignored issue ${value}: not an issue in the data.`,
    unknownEvidence: (value: string) => `Ignored evidence ${value}: the one choice is "strong" (strong evidence only).`,
    unknownChangeKind: (value: string) => `Ignored kind ${value}: not a kind of change in the log.`,
    unknownRecord: (value: string) => `Ignored record ${value}: the change log has no entry about it.`,
    unknownPick: (value: string) => `Ignored pick ${value}: a pick is an issue and one of its options, written issue.option (ceasefire.2), once per issue.`,
    /** On a slide's one line, what a notice ignored without its reason. */
    ignoredPart: (field: string, value: string) => `${field} ${value}`,
    secondActor: "the second actor",
  },
  /** Where a reader's import is, or is not, in what a view shows. */
  imported: {
    included: "Including your imported data:",
    mergedOver: "merged over Parley’s data",
    inPlaceOf: "in place of Parley’s",
    imported: "imported",
    review: "Review or remove it",
    notIncluded: "Your imported data is not shown on this page,",
    notIncludedWhy: "which lists Parley’s own data only. It is shown on the overview, the issue pages, what changed, the statements explorer and the classroom deck.",
    sectionNotIncluded: "This section compares the texts with Parley’s own positions, not your imported ones.",
    /** On a slide or a printed handout, which carry no banner. */
    short: "Includes your imported data",
    /** The same on a slide's one line, where what a link ignored must fit beside it. */
    slide: "With your imported data",
  },
  /** Where a view could not fetch the statements it quotes. */
  download: {
    failed: "The statements for this view could not be loaded:",
    handoutFailed: "The statements the printed handout quotes could not be loaded:",
    slideFailed: "The quotes for this view could not be loaded:",
    printFailed: "The statements for this view could not be loaded, so this sheet lacks their quotes; reload the page and print again.",
    loading: "Loading the statements for this view…",
    retry: "Try again",
  },
  /** Shown only when scripts are off (<noscript>): what the page cannot do without them. */
  noscript: {
    permalink: (date: string, a: string, b: string) =>
      `A link to this page may ask for a date or a pair of actors; without JavaScript the page shows the defaults: ${date}, ${a} and ${b}.`,
    changes: (from: string, to: string, a: string, b: string) =>
      `A link to this page may ask for two dates or a pair of actors; without JavaScript the page shows the defaults: ${from} to ${to}, ${a} and ${b}.`,
    import: "Importing needs JavaScript: the file is checked and kept in this browser by the page’s scripts. Without JavaScript every view shows Parley’s own data.",
  },
  /** How much a verdict rests on (lib/evidence.ts). */
  evidence: {
    strongOnly: "Strong evidence only",
    strongOnlyHelp: "Sets aside every position that rests only on low-confidence, reported, anonymous or leaked statements; the side’s previous position then holds.",
    strongOnlyOn: "Strong evidence only: weak positions are set aside in every count and chart.",
    fragile: "Fragile",
    fragileHelp: "This verdict changes once weak evidence is set aside.",
    strength: { strong: "Strong evidence", moderate: "Moderate evidence", weak: "Weak evidence" },
    sourcing: { "on-record": "on the record", reported: "reported by one outlet", anonymous: "anonymous sources", leaked: "leaked", undetermined: "sourcing not stated" },
    coverage: "What is known",
  },
  /** An issue's status over a window (lib/status.ts) and the reason that decided it (lib/view/status.ts). */
  status: {
    /** Before the status's word on a slide: "Status: converging". */
    slideLabel: "Status",
    word: { unknown: "not known", settled: "settled", converging: "converging", diverging: "diverging", stalled: "stalled", holding: "holding" },
    /** The rules as the methodology prints them, in their order of precedence; `w` and `s` are the window and the stall in days. */
    rule: {
      unknown: "a side has no coded position on the date.",
      settled: (w: number) => `what the two sides could live with has met (agreement or overlap) on every day of the last ${w} days.`,
      converging: (w: number) =>
        `compared with ${w} days before (or with the first day since on which both sides were coded), the gap between their ranges is smaller, or, at the same gap, the distance between what they ask for is.`,
      diverging: "the same comparison, the other way: the gap is larger, or, at the same gap, the distance is.",
      stalled: (s: number) => `neither side has changed its position in the last ${s} days (the last change is ${s} days or more before the date).`,
      holding: (w: number, s: number) => `anything else: a side moved in the last ${s} days, but over the last ${w} they are no nearer and no further.`,
    },
    /** What one side's move did, after its name. */
    move: {
      first: "took its first position",
      less: "asked for less",
      more: "asked for more",
      other: "changed its ask",
      wider: "widened its range",
      narrower: "narrowed its range",
      shifted: "shifted its range",
    },
    /** The same, after both sides' names, when both made the same kind of move on one day. */
    moveBoth: {
      first: "took their first positions",
      less: "asked for less",
      more: "asked for more",
      other: "changed their asks",
      wider: "widened their ranges",
      narrower: "narrowed their ranges",
      shifted: "shifted their ranges",
    },
    /** The reasons, each naming the day that decided the status; `moves` is who did what ("Russia widened its range"). */
    reason: {
      missing: (names: string) => `${names} has no coded position`,
      neither: "Neither side has a coded position",
      metSince: (moves: string, date: string) => `Ranges have met since ${moves} on ${date}`,
      moved: (moves: string, date: string) => `${moves} on ${date}`,
      stillSince: (date: string) => `No change by either side since ${date}`,
      sideways: (moves: string, date: string, w: number) => `${moves} on ${date}; no nearer, no further over ${w} days`,
      new: (moves: string, date: string) => `Coded for both only since ${date}, when ${moves}`,
      quietSince: (moves: string, date: string, w: number) => `No change in the last ${w} days; the last: ${moves} on ${date}`,
    },
    strip: "Status, month by month",
    legend: "Status at each month’s end",
    month: "Month",
    status: "Status",
    why: "Why",
  },
  /** "Cite this view": the citation files beside the text (lib/files/citation.ts). */
  cite: {
    files: "Download the citation as",
    filesLabel: "Citation files",
    /** Read after each format's name by screen readers: "BibTeX file". */
    fileSuffix: "file",
    saved: (format: string) => `Downloaded the ${format} file.`,
  },
  /** The embeds (/embed/…) and the control that gives their code. */
  embed: {
    control: "Embed this chart",
    intro: (version: string, height: number) =>
      `Paste this code into a web page to show this chart there, pinned to dataset version ${version}. It is ${height} pixels tall, which fits the chart in a frame at least 768 pixels wide; in a narrower one the chart scrolls inside its frame.`,
    copy: "Copy embed code",
    copied: "Copied the embed code.",
    copyFailed: "Could not copy: select the code above and copy it.",
    preview: "Open the embed",
    frameTitle: (title: string) => `Parley: ${title}`,
    source: (version: string, date: string) => `Parley · dataset version ${version} · as of ${date}`,
    fullView: "Full view on Parley",
    stale: (pinned: string, current: string) => `This chart was pinned to dataset version ${pinned}; the data has changed since (now ${current}).`,
    currentView: "See the current view",
    whatChanged: "What changed since",
  },
  /** When each side wants its demands met (lib/sequencing.ts, docs/coding.md §6). */
  sequencing: {
    stage: {
      "before-talks": "Before talks",
      "before-ceasefire": "Before a ceasefire",
      "in-settlement": "In the settlement",
      "after-settlement": "After the settlement",
      unknown: "Not stated",
    },
    /** The stage as a phrase after "wants it met": the table's and the sentences' wording. */
    phrase: {
      "before-talks": "before talks",
      "before-ceasefire": "before a ceasefire",
      "in-settlement": "in the settlement",
      "after-settlement": "after the settlement",
      unknown: "at a time it has not stated",
    },
    /** The rule of each stage, as the methodology prints it. */
    rule: {
      "before-talks": "the demand must be met before negotiations on a settlement begin or resume: a precondition of talking at all.",
      "before-ceasefire": "the demand must be met before the fighting stops, or is the condition of a ceasefire; talks may go on meanwhile. On the ceasefire issue: the ceasefire itself comes first.",
      "in-settlement": "the demand is a term of the final agreement, negotiated with the rest.",
      "after-settlement": "the demand is met after the agreement is signed, in its implementation.",
      unknown: "the statements do not say when. Unknown stays unknown: no stage is guessed.",
    },
    collision: "Collision",
    collisionRule:
      "A collision is an issue on which one side's demand is a precondition (before talks or before a ceasefire) while the other side leaves the same issue to the settlement or after it: one side's first step is the other's final term.",
    untagged: (name: string) => `Parley tags when demands must be met only for the parties to the war; ${name}'s positions carry no stage.`,
  },
  /** Disputed accounts (data/disputes.json, lib/disputes.ts). */
  disputes: {
    status: { open: "Open", settled: "Settled" },
    oneSided: "Claimed by one side only",
    oneSidedNote: (name: string) => `Only ${name} gives this account; no other party confirms it in the record.`,
    independent: "An independent source",
    /** For a claim of one side only: the other parties' words, which do not confirm it. */
    othersSaid: "What the other parties said",
    noIndependent: "The research has no independent account.",
    settledBy: "Settled by",
    about: "About",
    mark: "Disputed",
    markLink: "See the dispute",
    accountOf: (name: string) => `${name}'s account`,
  },
  footer: {
    currentTo: "Data current to",
    /** Follows the date the data is current to, linking to what the methodology says about the sources. */
    nothingAfter: "nothing verifiable was found after it",
    version: "Dataset version",
    sources: "Every claim links to its source. Summaries are Parley's own words; quotes are verbatim.",
    downloads: "Download the data",
  },
} as const;

export type RelationKindLabel = keyof typeof messages.relation;
