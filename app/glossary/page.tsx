import type { Metadata } from "next";
import { ActorKey } from "@/components/ui/actor-mark";
import { termIn } from "@/lib/schema";
import { getActors, getGlossary, getStatements } from "@/lib/server/data";
import { statementHref } from "@/lib/view/statement";
import { formatDate } from "@/lib/view/format";
import { toActorView } from "@/lib/view/view-model";

export const metadata: Metadata = {
  title: "Each side's words",
  description: "The loaded terms each side uses for the same thing (the war, the other government, the regions, a ceasefire), each quoted from the statements that use it, with a neutral definition and how Parley names it.",
};

/** The words each side uses for the same things, quoted from the statements, with a neutral definition and Parley's own term. */
export default function GlossaryPage() {
  const entries = getGlossary();
  const actors = new Map(getActors().map((a) => [a.id, toActorView(a)]));
  const statements = new Map(getStatements().map((s) => [s.id, s]));
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm font-semibold uppercase tracking-wide text-gray-600">Classroom</p>
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Each side&apos;s words</h1>
        <p className="max-w-3xl text-lg text-gray-700">
          The same thing goes by different names depending on who speaks. Each entry below sets the words each side uses side by side, every one quoted
          from a statement in Parley&apos;s data (linked), with a neutral definition in Parley&apos;s own words and the term Parley itself uses, and why.
          {" "}{entries.length} entries.
        </p>
      </header>
      <nav aria-label="Entries" className="text-sm">
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {entries.map((e) => (
            <li key={e.id}>
              <a href={`#${e.id}`} className="inline-block py-0.5 text-blue-800 underline">
                {e.thing}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {entries.map((e) => {
        const byActor = [...new Set(e.usages.map((u) => u.actor))];
        return (
          <section key={e.id} id={e.id} aria-labelledby={`${e.id}-heading`} className="scroll-mt-4 space-y-3 rounded-lg border border-gray-200 bg-white p-4 shadow-sm">
            <h2 id={`${e.id}-heading`} className="text-xl font-semibold">
              {e.thing}
            </h2>
            <p className="max-w-3xl">{e.definition}</p>
            <div className={`grid gap-4 ${byActor.length > 1 ? "md:grid-cols-2" : ""}`}>
              {byActor.map((actorId) => {
                const actor = actors.get(actorId);
                return (
                  <div key={actorId} className="rounded border border-gray-200 p-3" style={actor ? { borderTop: `6px solid var(${actor.color})` } : undefined}>
                    <h3 className="font-semibold">{actor ? <ActorKey actor={actor} /> : actorId}</h3>
                    <ul className="mt-1 space-y-2">
                      {e.usages
                        .filter((u) => u.actor === actorId)
                        .map((u) => (
                          <li key={u.term}>
                            <span className="font-serif text-lg italic">“{u.term}”</span>
                            <ul className="text-sm text-gray-800">
                              {u.statements.map((sid) => {
                                const s = statements.get(sid)!;
                                const found = termIn(u.term, s);
                                return (
                                  <li key={sid}>
                                    <a href={statementHref(s.id)} className="inline-block py-0.5 text-blue-800 underline">
                                      {s.speaker.name}, {formatDate(s.date, "short")}
                                    </a>
                                    {found === "translation" ? <span className="text-gray-700"> (in Parley&apos;s translation of a quote in {s.quoteLanguage === "pl" ? "Polish" : s.quoteLanguage})</span> : null}
                                  </li>
                                );
                              })}
                            </ul>
                          </li>
                        ))}
                    </ul>
                  </div>
                );
              })}
            </div>
            <p className="max-w-3xl text-sm text-gray-800">
              <span className="font-semibold">How Parley says it:</span> {e.parley}
            </p>
          </section>
        );
      })}
    </div>
  );
}
