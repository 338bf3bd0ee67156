import { toStatementsCsv } from "@/lib/files/data-files";
import { getDatasetInfo, getStatements } from "@/lib/server/data";

export const dynamic = "force-static"; // written to out/data/statements.csv at build

export function GET() {
  return new Response(toStatementsCsv(getStatements(), getDatasetInfo().version), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
}
