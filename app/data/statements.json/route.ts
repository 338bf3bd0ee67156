import { toStatementsJson } from "@/lib/files/data-files";
import { getDatasetInfo, getStatements } from "@/lib/server/data";

export const dynamic = "force-static"; // written to out/data/statements.json at build

export function GET() {
  return new Response(toStatementsJson(getStatements(), getDatasetInfo()), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
}
