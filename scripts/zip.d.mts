export function zipDirectory(dir: string): Buffer;
export function makeRelease(outDir?: string): Promise<string[]>;
