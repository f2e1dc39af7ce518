interface Graph { files: string[]; gzip: number; lazyGzip: number }
export function entrySizes(dist?: string): { serviceWorker: Graph; popup: Graph; breakPage: Graph; options: Graph; packageBytes: number };
