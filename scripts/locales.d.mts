export const LOCALES_DIR: string;
export function readLocaleSources(dir?: string): Record<string, Record<string, string>>;
