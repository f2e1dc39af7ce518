export const STORE_SIZE: { width: number; height: number };
export const STORE_IMAGES: string[];
export function makeStoreScreenshots(options: { extensionDir: string; outDir: string; chromePath?: string }): Promise<string[]>;
export function pngSize(file: string): { width: number; height: number };
