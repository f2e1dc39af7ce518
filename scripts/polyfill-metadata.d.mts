import type { Plugin } from 'vite';
export function usedNamespaces(dir?: string): Set<string>;
export function pruneMetadata(code: string, keep: Set<string>): string;
export function toEsModule(code: string): string;
export function prunePolyfill(): Plugin;
