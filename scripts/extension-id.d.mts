export function unpackedExtensionId(dir: string): string;
