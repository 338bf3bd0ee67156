"use client";

import { useId, useRef, type KeyboardEvent, type PointerEvent } from "react";
import { addDays, clampDate, daysBetween, isIsoDay } from "@/lib/dates";
import { disputeHref } from "@/lib/view/disputes";
import { formatDate } from "@/lib/view/format";
import { messages } from "@/lib/view/messages";
import type { EventView } from "@/lib/view/view-model";
import { useIsPrerendered } from "../hooks/use-url-search";

type Props = {
  value: string;
  earliest: string;
  latest: string;
  events: readonly EventView[];
  onChange: (date: string) => void;
  label?: string;
};

/**
 * The as-of date: a slider with the key events as ticks, a date field, and a list of events.
 * Arrow keys step from event to event (the moments users ask about), PageUp/PageDown by a month,
 * Home/End to the ends; the field takes a typed date.
 */
export function AsOfControl({ value, earliest, latest, events, onChange, label = "As of" }: Props) {
  const id = useId();
  // until the page hydrates nothing answers these controls: disabled, they cannot show a date the chart does not
  const prerendered = useIsPrerendered();
  const track = useRef<HTMLDivElement>(null);
  const total = Math.max(1, daysBetween(earliest, latest));
  const offset = (date: string) => (daysBetween(earliest, date) / total) * 100;
  const inRange = events.filter((e) => e.date >= earliest && e.date <= latest);
  const current = [...inRange].reverse().find((e) => e.date <= value);
  const set = (date: string) => onChange(clampDate(date, earliest, latest));

  const onKeyDown = (event: KeyboardEvent) => {
    const next = inRange.find((e) => e.date > value)?.date ?? latest;
    const previous = [...inRange].reverse().find((e) => e.date < value)?.date ?? earliest;
    const moves: Record<string, () => string> = {
      ArrowRight: () => next,
      ArrowUp: () => next,
      ArrowLeft: () => previous,
      ArrowDown: () => previous,
      PageUp: () => addDays(value, 30),
      PageDown: () => addDays(value, -30),
      Home: () => earliest,
      End: () => latest,
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    set(move());
  };

  const fromPointer = (event: PointerEvent) => {
    const box = track.current?.getBoundingClientRect();
    if (!box || box.width === 0) return;
    const share = Math.min(1, Math.max(0, (event.clientX - box.left) / box.width));
    set(addDays(earliest, Math.round(share * total)));
  };

  return (
    <div className="rounded-lg border border-gray-300 bg-white p-3 present:p-5" role="group" aria-labelledby={`${id}-label`}>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <span id={`${id}-label`} className="font-semibold present:text-3xl">
          {label}
        </span>
        <label className="flex items-center gap-2 text-sm present:text-2xl">
          <span className="sr-only">Date</span>
          <input
            type="date"
            disabled={prerendered}
            className="rounded border border-gray-400 px-2 py-1 present:text-2xl"
            min={earliest}
            max={latest}
            value={value}
            onChange={(event) => {
              const typed = event.currentTarget.value;
              if (isIsoDay(typed) && typed >= earliest && typed <= latest) set(typed);
            }}
          />
        </label>
        <label className="flex min-w-0 items-center gap-2 text-sm present:text-2xl">
          <span>Jump to event</span>
          <select
            disabled={prerendered}
            className="max-w-[16rem] rounded border border-gray-400 px-2 py-1 present:max-w-none"
            value={current?.date === value ? current.id : ""}
            onChange={(event) => {
              const chosen = inRange.find((e) => e.id === event.currentTarget.value);
              if (chosen) set(chosen.date);
            }}
          >
            <option value="">—</option>
            {inRange.map((e) => (
              <option key={e.id} value={e.id}>
                {formatDate(e.date, "short")}: {e.title}
                {e.disputes ? ` (${messages.disputes.mark.toLowerCase()})` : ""}
              </option>
            ))}
          </select>
        </label>
        <span className="text-sm text-gray-700 present:text-2xl" aria-live="polite">
          {formatDate(value)}
          {current ? ` · after “${current.title}”` : ""}
        </span>
        {current?.date === value && current.disputes ? (
          <span className="text-sm present:text-2xl" data-testid="event-dispute-mark">
            <span className="mr-1 rounded border border-gray-800 px-1 font-semibold">
              <span aria-hidden="true">⚑ </span>
              {messages.disputes.mark}
            </span>
            {current.disputes.map((d, i) => (
              <span key={d.id}>
                {i > 0 ? "; " : ""}
                <a href={disputeHref(d.id)} className="text-blue-800 underline">
                  {d.title}
                </a>
              </span>
            ))}
          </span>
        ) : null}
      </div>
      <div
        ref={track}
        role="slider"
        tabIndex={prerendered ? -1 : 0}
        aria-disabled={prerendered || undefined}
        aria-label={`${label}: date on the timeline`}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={daysBetween(earliest, value)}
        aria-valuetext={`${formatDate(value)}${current ? `, after ${current.title}` : ""}`}
        aria-describedby={`${id}-help`}
        className="relative mt-3 h-10 cursor-pointer touch-none select-none rounded"
        onKeyDown={onKeyDown}
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture(event.pointerId);
          fromPointer(event);
        }}
        onPointerMove={(event) => {
          if (event.currentTarget.hasPointerCapture(event.pointerId)) fromPointer(event);
        }}
      >
        <div className="absolute inset-x-0 top-4 h-2 rounded-full bg-gray-200" />
        <div className="absolute left-0 top-4 h-2 rounded-full bg-gray-700" style={{ width: `${offset(value)}%` }} />
        {inRange.map((e) => (
          <span
            key={e.id}
            title={`${formatDate(e.date)}: ${e.title}`}
            className={`absolute top-2 h-6 w-0.5 -translate-x-1/2 ${e.date <= value ? "bg-gray-900" : "bg-gray-400"}`}
            style={{ left: `${offset(e.date)}%` }}
          />
        ))}
        <span
          className="absolute top-1 h-8 w-4 -translate-x-1/2 rounded border-2 border-gray-900 bg-white shadow"
          style={{ left: `${offset(value)}%` }}
        />
      </div>
      <div className="flex justify-between text-xs text-gray-700 present:text-2xl" aria-hidden="true">
        <span>{formatDate(earliest, "short")}</span>
        <span>{formatDate(latest, "short")}</span>
      </div>
      <p id={`${id}-help`} className="sr-only">
        Arrow keys move to the previous or next key event; Page Up and Page Down move a month; Home and End go to the first and last dates.
      </p>
    </div>
  );
}
