/*
 * The words of the pages that are read on their own (the change log, the red-line ledger, the
 * clause links of the texts): apart from lib/view/messages.ts so the dated views, which every
 * reader loads first, do not carry them. Part of the same catalogue for translation.
 */
export const pageMessages = {
  /** The change log (/corrections/, its feeds and the cards' history links). */
  changelog: {
    title: "Corrections and changes",
    kind: {
      "new-statement": "New statement",
      "new-position": "New position",
      correction: "Correction",
      "re-coding": "Re-coding",
      removal: "Removal",
    },
    /** A kind counted, for the summary sentence. */
    kindCount: {
      "new-statement": (n: number) => `${n} new ${n === 1 ? "statement" : "statements"}`,
      "new-position": (n: number) => `${n} new ${n === 1 ? "position" : "positions"}`,
      correction: (n: number) => `${n} ${n === 1 ? "correction" : "corrections"}`,
      "re-coding": (n: number) => `${n} ${n === 1 ? "re-coding" : "re-codings"}`,
      removal: (n: number) => `${n} ${n === 1 ? "removal" : "removals"}`,
    },
    /** What a record is, after "this" in a card's history link. */
    recordKind: { statements: "statement", positions: "position", documents: "text" },
    changes: (n: number) => `${n} ${n === 1 ? "change" : "changes"}`,
    history: (n: number) => `History (${n})`,
    /** After the visible "History (n)", for screen readers: what the link is about. */
    historyFor: (what: string) => `: changes to this ${what} in the change log`,
    removed: "removed from the data",
    /** Shown only without scripts: the filters of a link need them. */
    noscript: "A link to this page may ask for a kind of change, an issue or a record; without JavaScript the page lists every change.",
    feedTitle: "Parley: corrections and changes",
    feedDescription: "Every change to Parley's data, newest first: new statements and positions, corrections, re-codings and removals, each with its reason.",
  },
  /** The red-line ledger (/ledger/, its sections on the document and issue pages, /methodology/#ledger; lib/ledger.ts). */
  ledger: {
    title: "Red-line ledger",
    glyph: { within: "✓", crosses: "✗", silent: "–", "no-position": "?" },
    verdict: { within: "within", crosses: "crosses", silent: "silent", "no-position": "no position" },
    crosses: (steps: number) => `crosses ${steps}`,
    /** A text that leaves several options open, all outside the range: its nearest and its farthest. */
    crossesBetween: (least: number, steps: number) => `crosses ${least}–${steps}`,
    /** A text that leaves open options inside the range and beyond it. */
    crossesInPart: (steps: number) => `crosses up to ${steps}, in part`,
    clause: "clause",
    clauses: (n: number) => `${n} clauses`,
    positions: "positions",
    /** Shown only without scripts: the filters of a link need them. */
    noscript: "A link to this page may ask for a pair of sides or a kind of text; without JavaScript the page shows Russia and Ukraine and every text.",
    /** The written rules, printed on /methodology/#ledger and under the ledger. */
    rules: {
      judged:
        "A text’s place on an issue combines its clauses on it (the options all of them allow). It is judged by the one option it names; when it names no single option, or its clauses disagree, by every option it leaves open. Each side is judged by the position it held on the text’s date.",
      within: "Every option judged lies inside the range the side said it could live with.",
      crosses:
        "Some option judged lies outside that range; the number is the steps from the range’s nearest edge to the farthest such option. “Crosses 2–3”: the text leaves several options open, the nearest 2 steps out and the farthest 3. “In part”: it also leaves open an option the side accepts.",
      silent: "The text places no clause on the issue (it may mention the issue in a clause that takes no position on the spectrum).",
      noPosition: "The text places the issue, but the side had no coded position on it on the text’s date: there is nothing to judge against.",
      closest:
        "On one issue, a text within both sides’ ranges comes first, then the fewest steps crossed by the two sides together. Overall, the fewest steps crossed per issue judged (both sides added), then the most issues within both, then the most issues judged. Only issues on which both sides are judged count, and ties go to the earlier text.",
    },
  },
  /** "Copy link" beside each clause (components/controls/copy-link.tsx). */
  copyLink: {
    button: "Copy link",
    /** For screen readers, after the button's words: what the link is to. */
    to: (label: string) => ` to ${label}`,
    copied: "Link copied.",
    manual: "Copy this address:",
    address: (label: string) => `Address of ${label}`,
  },
} as const;
