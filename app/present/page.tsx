import type { Metadata } from "next";
import { messages } from "@/lib/view/messages";

export const metadata: Metadata = {
  title: messages.nav.present,
  description: "Parley on a projector: one issue to a slide, driven by arrow keys or a presentation clicker, with a reveal step and printable handouts.",
};

/** The title slide: the deck itself is drawn by app/present/layout.tsx. */
export default function PresentTitlePage() {
  return null;
}
