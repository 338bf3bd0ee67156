import fc, { type IProperty } from "fast-check";
import path from "node:path";
import { expect } from "vitest";

/*
 * The importer's and the URL codecs' properties run through `fuzz`, so a failure in CI can be
 * replayed: fast-check's default seed changes on every run and sits in the middle of its report, and
 * a case that fails once in thousands may not come up again. The message leads with the seed and
 * the command that replays it: FUZZ_SEED=<seed> runs the same cases again, and FUZZ_SCALE=<n>
 * multiplies every property's cases for a longer hunt than CI's time limit allows (with vitest's
 * --testTimeout=0, as a scaled property outlasts the per-test limit).
 */

function fromEnv(name: string, valid: (value: number) => boolean, want: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return undefined;
  const value = Number(raw);
  // a mistyped variable must not quietly run some other seed or no cases at all
  if (!valid(value)) throw new Error(`${name}=${raw}: expected ${want}`);
  return value;
}

/** How many times the cases each property names are run: FUZZ_SCALE, 1 unless set. */
export const FUZZ_RUNS = fromEnv("FUZZ_SCALE", (n) => Number.isFinite(n) && n > 0, "a number above 0") ?? 1;

const seedOf = () => fromEnv("FUZZ_SEED", Number.isSafeInteger, "an integer, as a failure prints it") ?? (Math.random() * 2 ** 32) | 0;
const runsOf = (numRuns: number) => Math.max(1, Math.round(numRuns * FUZZ_RUNS));

function withSeed(seed: number, error: unknown): Error {
  const testPath = expect.getState().testPath;
  const file = testPath ? path.relative(process.cwd(), testPath) : "<the test file>";
  const report = error instanceof Error ? error.message : String(error);
  // the cause is the failed expectation itself, so the runner shows its diff once, below the report
  const cause = error instanceof Error && error.cause !== undefined ? error.cause : error;
  return new Error(`fuzz seed ${seed} (reproduce: FUZZ_SEED=${seed} npx vitest run ${file})\n${report}`, { cause });
}

/**
 * Runs a property `numRuns` times (scaled by FUZZ_SCALE) from a seed a failure names. `examples`
 * run first on every seed: a counterexample once found stays tested, whatever the seed draws.
 */
export function fuzz<Ts>(property: IProperty<Ts>, numRuns: number, examples: Ts[] = []): void {
  const seed = seedOf();
  try {
    fc.assert(property, { numRuns: runsOf(numRuns), seed, examples });
  } catch (error) {
    throw withSeed(seed, error);
  }
}
