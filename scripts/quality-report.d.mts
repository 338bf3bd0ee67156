export const reportDir: string;
export function describeMachine(): Record<string, string | number>;
export function writeReport(name: string, results: object): string;
export function readReport(name: string): Record<string, unknown> | undefined;
export function formatTable(header: readonly (string | number)[], rows: readonly (readonly (string | number)[])[]): string;
export function gzipSize(content: string | Buffer): number;
export function kB(bytes: number): number;
export function median(values: readonly number[]): number;
