import { toAtomFeed } from "@/lib/files/feeds";
import { getChangelogItems } from "@/lib/server/changelog";
import { getDatasetInfo } from "@/lib/server/data";
import { getSiteUrl } from "@/lib/server/site";

export const dynamic = "force-static"; // written to out/corrections/feed.atom at build

export function GET() {
  return new Response(toAtomFeed(getChangelogItems(), { siteUrl: getSiteUrl(), version: getDatasetInfo().version }), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
}
