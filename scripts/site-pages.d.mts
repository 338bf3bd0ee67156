export function listPages(dir?: string): string[];
export function htmlFile(page: string, dir?: string): string;
export function firstLoadChunks(html: string): string[];
export function routeSamples(pages?: string[]): string[];
export function everyRouteSamples(pages?: string[]): string[];
export function auditPages(pages?: string[], dir?: string): { name: string; page: string }[];
