import type { Notice } from "../url/notices";
import { messages } from "./messages";

/*
 * The notices of the URL codecs (lib/url/notices.ts) in words, through the message catalogue: the
 * one place that knows how each code is said, so a translation changes only the catalogue.
 */

const m = messages.notices;
const quoted = (value: string) => JSON.stringify(value);

/** A notice as a sentence, for the notice box of a page and for screen readers on a slide. */
export function formatNotice(notice: Notice): string {
  switch (notice.code) {
    case "not-a-date":
      return m.notADate(m.field[notice.field], quoted(notice.value));
    case "after-data":
      return m.afterData(m.field[notice.field], notice.value, notice.limit);
    case "before-data":
      return m.beforeData(m.field[notice.field], notice.value, notice.limit);
    case "unknown-actor":
      return m.unknownActor(quoted(notice.value));
    case "same-actors":
      return m.sameActors;
    case "swapped-dates":
      return m.swappedDates;
    case "swapped-range":
      return m.swappedRange(notice.from, notice.to);
    case "shortened-search":
      return m.shortenedSearch(notice.max);
    case "unknown-choice":
      return m.unknownChoice(m.field[notice.field], quoted(notice.value));
    case "unknown-sort":
      return m.unknownSort(quoted(notice.value), notice.allowed.join(", "));
    case "unknown-order":
      return m.unknownOrder(quoted(notice.value));
    case "unknown-sponsor":
      return m.unknownSponsor(quoted(notice.value));
    case "unknown-text-kind":
      return m.unknownTextKind(quoted(notice.value));
    case "unknown-issue":
      return m.unknownIssue(quoted(notice.value));
    case "unknown-evidence":
      return m.unknownEvidence(quoted(notice.value));
    case "unknown-change-kind":
      return m.unknownChangeKind(quoted(notice.value));
    case "unknown-record":
      return m.unknownRecord(quoted(notice.value));
    case "unknown-pick":
      return m.unknownPick(quoted(notice.value));
  }
}

/**
 * What a notice ignored, without its reason ("date 2099-01-01", "actor \"atlantis\""), for a
 * slide's one line; a correction, which ignored nothing, is said whole.
 */
export function formatIgnoredPart(notice: Notice): string {
  switch (notice.code) {
    case "not-a-date":
      return m.ignoredPart(m.field[notice.field], quoted(notice.value));
    case "after-data":
    case "before-data":
      return m.ignoredPart(m.field[notice.field], notice.value);
    case "unknown-actor":
      return m.ignoredPart(m.field.actor, quoted(notice.value));
    case "same-actors":
      return m.secondActor;
    case "unknown-choice":
      return m.ignoredPart(m.field[notice.field], quoted(notice.value));
    case "unknown-issue":
      return m.ignoredPart(m.field.issue, quoted(notice.value));
    case "unknown-evidence":
      return m.ignoredPart("evidence", quoted(notice.value));
    case "unknown-change-kind":
      return m.ignoredPart(m.field.changeKind, quoted(notice.value));
    case "unknown-record":
      return m.ignoredPart(m.field.record, quoted(notice.value));
    default:
      return formatNotice(notice);
  }
}
