import { toPositionsJson } from "@/lib/files/data-files";
import { getDatasetInfo, getPositions } from "@/lib/server/data";

export const dynamic = "force-static"; // written to out/data/positions.json at build

export function GET() {
  return new Response(toPositionsJson(getPositions(), getDatasetInfo()), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
}
