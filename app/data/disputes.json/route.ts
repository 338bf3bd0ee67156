import { toDisputesJson } from "@/lib/files/data-files";
import { getDatasetInfo, getDisputes } from "@/lib/server/data";

export const dynamic = "force-static"; // written to out/data/disputes.json at build

export function GET() {
  return new Response(toDisputesJson(getDisputes(), getDatasetInfo()), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
}
