import type { ReactNode } from "react";
import type { Notice } from "@/lib/url/notices";
import type { EmbedState } from "@/lib/url/embed";
import { comparePin, toEmbedTitle } from "@/lib/view/embed";
import { formatDate } from "@/lib/view/format";
import { messages } from "@/lib/view/messages";
import { Notices } from "../ui/notices";

type Props = {
  /** The full view at this embed's state ("/?date=…", "/documents/<id>/"): the permalink and the "current view" link go there. */
  permalink: string;
  title: string;
  /** The date the chart shows (a text's chart: the text's), its evidence rule and its pin. */
  state: Pick<EmbedState, "date" | "strong" | "pinned">;
  notices: readonly Notice[];
  /** The data's dataset version, which the pin is compared with. */
  version: string;
  /** The change log's address for this view's issues ("/corrections/", "/corrections/?issue=…"). */
  changes: string;
  children: ReactNode;
};

/**
 * The frame of every embed, which the site's layout recognises by `data-embed` (app/globals.css
 * then hides the site's header and footer): the view's title, its chart, the source line with the
 * permalink, and, below it all, what the URL asked for that the view could not do and whether the
 * pin still holds. Those notices come last because the prerendered page cannot know them (the
 * query is read in the browser): appearing at the end, they move nothing already drawn.
 */
export function EmbedFrame({ permalink, title, state, notices, version, changes, children }: Props) {
  const pin = comparePin(state.pinned, version);
  const link = "text-blue-800 underline";
  return (
    <div data-embed className="space-y-3" data-testid="embed">
      {/*
       * Every link leaves the frame: the rest of the site refuses to be framed (serve.json), so a
       * link followed inside the frame would show an error. A <base> in the body is valid for its
       * target (the document's first <base> with one counts) and needs no script.
       */}
      <base target="_blank" />
      <h1 className="text-lg font-semibold leading-snug">{toEmbedTitle(title, state.strong)}</h1>
      {children}
      <p className="text-sm text-gray-700" data-testid="embed-source">
        {messages.embed.source(version, formatDate(state.date))} ·{" "}
        <a href={permalink} className={link} data-testid="embed-permalink">
          {messages.embed.fullView}
        </a>
      </p>
      <Notices notices={notices} />
      {pin.kind === "stale" ? (
        // sticky: in a frame too short for the chart, the notice stays in sight at the frame's foot
        <p className="sticky bottom-0 rounded border border-amber-700 bg-amber-50 px-3 py-2 text-sm text-amber-950" data-testid="embed-stale">
          {messages.embed.stale(pin.pinned, pin.current)}{" "}
          <a href={permalink} className="font-medium underline">
            {messages.embed.currentView}
          </a>{" "}
          ·{" "}
          <a href={changes} className="font-medium underline">
            {messages.embed.whatChanged} {pin.pinned}
          </a>
        </p>
      ) : null}
    </div>
  );
}
