/*
 * The pair every two-sided view compares until the reader picks another: the two parties to the
 * war, named once so the time context, the cross-walk and the pages cannot disagree about it.
 */

/** The default pair of sides, in the order the views show them: A, then B. */
export const DEFAULT_PAIR = ["russia", "ukraine"] as const;
