import type { Metadata } from "next";
import { DealProjectorFromUrl } from "@/components/deal/deal-projector";
import { getDealProps } from "@/lib/server/deal-data";

export const metadata: Metadata = {
  title: "Build a deal · on a projector",
  description: "The classroom's deal on a projector: one issue to a screen, picked by keyboard, moved through with a clicker, with the real texts revealed at the end.",
};

/* The deck's frame without the deck: [data-present] gives it the projector's sizes and theme and hides the site's header and footer. */
export default function DealPresentPage() {
  return (
    <div data-present>
      {/* eslint-disable-next-line @next/next/no-sync-scripts -- blocking on purpose: it sets the remembered theme before the screen paints, so a dark theme never flashes light */}
      <script src="/present-theme.js" />
      <DealProjectorFromUrl {...getDealProps()} />
    </div>
  );
}
