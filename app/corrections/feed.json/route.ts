import { toJsonFeed } from "@/lib/files/feeds";
import { getChangelogItems } from "@/lib/server/changelog";
import { getDatasetInfo } from "@/lib/server/data";
import { getSiteUrl } from "@/lib/server/site";

export const dynamic = "force-static"; // written to out/corrections/feed.json at build

export function GET() {
  return new Response(toJsonFeed(getChangelogItems(), { siteUrl: getSiteUrl(), version: getDatasetInfo().version }), {
    headers: { "Content-Type": "application/feed+json; charset=utf-8" },
  });
}
