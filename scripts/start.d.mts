export function findBrowser(env?: Record<string, string | undefined>, platform?: string, exists?: (path: string) => boolean): string | null;
