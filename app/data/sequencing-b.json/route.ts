import { getDatasetInfo, getSequencingB } from "@/lib/server/data";

export const dynamic = "force-static"; // written to out/data/sequencing-b.json at build

export function GET() {
  const body = {
    dataset: "Parley",
    version: getDatasetInfo().version,
    about: "An independent second reading of the sequencing stages of the Russia and Ukraine positions, from the codebook and the statements only, as measured and unedited. Method: /methodology/#sequencing",
    count: getSequencingB().length,
    readings: getSequencingB(),
  };
  return new Response(JSON.stringify(body, null, 1) + "\n", { headers: { "Content-Type": "application/json; charset=utf-8" } });
}
