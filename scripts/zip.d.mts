export function zipDirectory(dir: string): Buffer;
export function zipFiles(dir: string, names: readonly string[]): Buffer;
export function sourceFiles(root: string): string[];
export const TARGETS: { target: 'chrome' | 'firefox'; mode: string }[];
export function buildTarget(mode: string, outDir: string): void;
export function makeRelease(outDir?: string): Promise<string[]>;
