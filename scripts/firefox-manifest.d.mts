export function firefoxManifest<M extends { background: { service_worker: string; type: string } }>(
  manifest: M,
): Omit<M, 'background' | 'minimum_chrome_version' | 'storage'> & { background: { scripts: string[]; type: string }; browser_specific_settings: Record<string, Record<string, unknown>> };
