import { toPositionsCsv } from "@/lib/files/data-files";
import { getDatasetInfo, getPositions } from "@/lib/server/data";

export const dynamic = "force-static"; // written to out/data/positions.csv at build

export function GET() {
  return new Response(toPositionsCsv(getPositions(), getDatasetInfo().version), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
}
