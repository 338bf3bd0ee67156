export function deferHydration(html: string): string;
export function contentSecurityPolicy(html: string): string;
export function addContentSecurityPolicy(html: string): string;
export function transformPage(html: string): string;
