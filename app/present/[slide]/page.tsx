import type { Metadata } from "next";
import { getDisputes, getIssue, getIssues, getOpenDisputes } from "@/lib/server/data";
import { messages } from "@/lib/view/messages";
import { findSlideIndex, slidePath, toDeck } from "@/lib/present";

export const dynamicParams = false; // unknown slides 404 in dev, as they do in the export

const getDeck = () => toDeck(getIssues().map(({ id }) => id), getOpenDisputes().map(({ id }) => id));

/** Every slide by name (/present/ceasefire/, /present/summary/) and by number (/present/3/); the title is /present/ itself. */
export function generateStaticParams() {
  const deck = getDeck();
  return [...deck.filter((slide) => slide.slug).map((slide) => ({ slide: slide.slug })), ...deck.map((_, i) => ({ slide: String(i + 1) }))];
}

export async function generateMetadata({ params }: PageProps<"/present/[slide]">): Promise<Metadata> {
  const { slide: name } = await params;
  const deck = getDeck();
  const slide = deck[findSlideIndex(deck, `/present/${name}/`) ?? 0]!;
  const title =
    slide.kind === "issue"
      ? getIssue(slide.issue)?.title
      : slide.kind === "dispute"
        ? `${messages.present.disputeKicker}: ${getDisputes().find((d) => d.id === slide.dispute)?.title ?? slide.dispute}`
        : slide.kind === "summary"
          ? messages.present.summaryKicker
          : undefined;
  return {
    title: title ? `${title} · ${messages.nav.present}` : messages.nav.present,
    // a numbered address shows the same slide as its named one, which is canonical; a named one needs no
    // canonical link (Lighthouse fails a relative one, and the site's own origin is unknown at build)
    ...(slidePath(slide) === `/present/${name}/` ? {} : { alternates: { canonical: slidePath(slide) } }),
  };
}

/** One slide: the deck itself is drawn by app/present/layout.tsx. */
export default function PresentSlidePage() {
  return null;
}
