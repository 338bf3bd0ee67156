"use client";

import type { ActorView } from "@/lib/view/view-model";
import { useIsPrerendered } from "../hooks/use-url-search";

type Props = { actors: readonly ActorView[]; a: string; b: string; onChange: (pair: { a: string; b: string }) => void };

/** Choose the two actors every chart and table compares. */
export function ActorPicker({ actors, a, b, onChange }: Props) {
  // a choice made before the page hydrates would show in the select but never reach the chart
  const prerendered = useIsPrerendered();
  const select = (name: "a" | "b", value: string, other: string) => (
    <select
      className="min-w-0 max-w-full rounded border border-gray-400 px-2 py-1 present:text-2xl"
      value={value}
      onChange={(event) => {
        const chosen = event.currentTarget.value;
        // choosing the other side's actor swaps the pair rather than comparing an actor with itself
        if (chosen === other) onChange(name === "a" ? { a: chosen, b: value } : { a: value, b: chosen });
        else onChange(name === "a" ? { a: chosen, b } : { a, b: chosen });
      }}
    >
      {actors
        .filter((actor) => actor.kind !== "document")
        .map((actor) => (
          <option key={actor.id} value={actor.id}>
            {actor.name}
            {actor.kind === "party" ? "" : actor.kind === "mediator" ? " (mediator)" : " (third party)"}
          </option>
        ))}
      {actors.some((actor) => actor.kind === "document") ? (
        <optgroup label="Texts of the peace efforts">
          {actors
            .filter((actor) => actor.kind === "document")
            .map((actor) => (
              <option key={actor.id} value={actor.id}>
                {actor.name}
              </option>
            ))}
        </optgroup>
      ) : null}
    </select>
  );
  return (
    <fieldset disabled={prerendered} className="flex min-w-0 flex-wrap items-center gap-2 text-sm present:text-2xl">
      <legend className="sr-only">Actors to compare</legend>
      <label className="flex min-w-0 max-w-full items-center gap-2">
        <span className="font-semibold">Compare</span>
        {select("a", a, b)}
      </label>
      <button
        type="button"
        className="rounded border border-gray-400 px-2 py-1 hover:bg-gray-100"
        onClick={() => onChange({ a: b, b: a })}
        aria-label="Swap the two actors"
      >
        ⇄
      </button>
      <label className="flex min-w-0 max-w-full items-center gap-2">
        <span className="font-semibold">with</span>
        {select("b", b, a)}
      </label>
    </fieldset>
  );
}
