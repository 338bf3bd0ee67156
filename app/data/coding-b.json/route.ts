import { toReliabilityJson } from "@/lib/files/data-files";
import { getDatasetInfo, getReliability } from "@/lib/server/data";

export const dynamic = "force-static"; // written to out/data/coding-b.json at build

export function GET() {
  return new Response(toReliabilityJson("coding-b", getReliability(), getDatasetInfo()), { headers: { "Content-Type": "application/json; charset=utf-8" } });
}
