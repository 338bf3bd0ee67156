/*
 * The little of Citation.js (devDependencies @citation-js/*) that tests/unit/citation.test.ts uses:
 * the packages ship no types of their own.
 */
declare module "@citation-js/core" {
  type CiteOptions = { forceType?: string };
  export class Cite {
    constructor(data: unknown, options?: CiteOptions);
    static async(data: unknown, options?: CiteOptions): Promise<Cite>;
    /** CSL-JSON items, as the input plugin read them. */
    data: Record<string, unknown>[];
    format(name: "bibliography", options?: { template?: string; format?: "text" | "html"; lang?: string }): string;
  }
  export const plugins: { config: { get(name: "@bibtex"): { parse: { strict: boolean; biblatex: boolean } } } };
}
declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-ris";
declare module "@citation-js/plugin-csl";
