import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };
import { readLocaleSources } from './scripts/locales.mjs';
import { prunePolyfill } from './scripts/polyfill-metadata.mjs';
import { toMessagesFile } from './src/core/i18n.ts';

/** Writes `_locales/<lang>/messages.json` from the message sources in src/locales. */
function locales(): Plugin {
  return {
    name: 'desk-reset-locales',
    generateBundle() {
      for (const [lang, source] of Object.entries(readLocaleSources())) {
        this.emitFile({ type: 'asset', fileName: `_locales/${lang}/messages.json`, source: `${JSON.stringify(toMessagesFile(source), null, 1)}\n` });
      }
    },
  };
}

/**
 * Preact can render raw HTML through `dangerouslySetInnerHTML`; we never use it (a lint rule
 * forbids it), so the shipped runtime sets text instead. Nothing can reach innerHTML, and
 * Firefox's linter has no unsafe assignment to report.
 */
function textOnlyPreact(): Plugin {
  return {
    name: 'desk-reset-text-only-preact',
    transform(code, id) {
      if (!/[\\/]preact[\\/]dist[\\/]/.test(id) || !code.includes('.innerHTML=')) return null;
      return { code: code.replaceAll('.innerHTML=', '.textContent='), map: null };
    },
  };
}

/**
 * Vite wraps every import() in a helper that preloads the chunk's dependencies. Its own helper
 * also fetches the chunk's stylesheets, which are inline here, and waits for them. This one only
 * names the chunk's scripts with modulepreload links, so a lazy view and its imports are read side
 * by side (each read of an extension file costs several ms) instead of one import level at a time.
 */
function scriptPreloadHelper(): Plugin {
  return {
    name: 'desk-reset-script-preload-helper',
    enforce: 'pre',
    load(id) {
      if (!id.includes('vite/preload-helper')) return null;
      return `export const __vitePreload = (load, deps) => {
  if (typeof document !== 'undefined') {
    for (const dep of deps || []) {
      const href = '/' + dep;
      if (!dep.endsWith('.js') || document.querySelector('link[href="' + href + '"]')) continue;
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = href;
      document.head.append(link);
    }
  }
  return load();
};`;
    },
  };
}

/**
 * Puts each page's stylesheets into the page itself. A stylesheet link blocks the first paint
 * until its file is read; the popup's CSS is a few KB, cheaper inline than as two more reads.
 */
function inlineCss(): Plugin {
  return {
    name: 'desk-reset-inline-css',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        return html.replace(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g, (link, file: string) => {
          const asset = bundle?.[file];
          return asset?.type === 'asset' ? `<style>${String(asset.source)}</style>` : link;
        });
      },
    },
  };
}

/** The same extension for Firefox: an event page instead of a service worker, and Gecko's settings. */
function firefoxManifest() {
  const { background, minimum_chrome_version: _chromeOnly, ...rest } = manifest;
  return {
    ...rest,
    background: { scripts: [background.service_worker], type: background.type },
    browser_specific_settings: {
      // 140 (142 on Android) is the first to read data_collection_permissions, which declares that nothing is collected.
      gecko: { id: 'desk-reset@desk-reset.app', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    },
  };
}

export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  return {
    plugins: [scriptPreloadHelper(), inlineCss(), textOnlyPreact(), prunePolyfill(), preact(), crx(firefox ? { manifest: firefoxManifest() as never, browser: 'firefox' } : { manifest }), locales()],
    build: {
      outDir: firefox ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      // Extension pages load from disk, so source maps only add weight to the package. The page
      // names its entry's chunks up front (modulepreload links) so they are read side by side rather
      // than found one import at a time; no polyfill is needed, and lazy views use a lighter helper (above).
      sourcemap: false,
      modulePreload: { polyfill: false },
      target: firefox ? 'firefox140' : 'chrome127',
    },
  };
});
