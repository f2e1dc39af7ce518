import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, defineConfig, runnerImport, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };
import { readLocaleSources } from './scripts/locales.mjs';
import { pseudoMessages } from './scripts/pseudo-locale.mjs';
import { prunePolyfill } from './scripts/polyfill-metadata.mjs';
import { firefoxManifest } from './scripts/firefox-manifest.mjs';
import { toMessagesFile } from './src/core/i18n.ts';

/**
 * Writes `_locales/<lang>/messages.json` from the message sources in src/locales. A test-only build
 * (DESK_RESET_PSEUDO=1) says English in the pseudo-locale, for the layout tests of a long language.
 */
function locales(): Plugin {
  const pseudo = process.env.DESK_RESET_PSEUDO === '1';
  return {
    name: 'desk-reset-locales',
    generateBundle() {
      for (const [lang, source] of Object.entries(readLocaleSources())) {
        const words = pseudo && lang === 'en' ? pseudoMessages(source) : source;
        this.emitFile({ type: 'asset', fileName: `_locales/${lang}/messages.json`, source: `${JSON.stringify(toMessagesFile(words), null, 1)}\n` });
      }
    },
  };
}

/**
 * Writes `managed_schema.json`, the schema Chromium checks an organisation's policy against, from
 * the settings' own schema. Firefox reads policies without one (and warns at the manifest key).
 */
function managedSchemaFile(): Plugin {
  return {
    name: 'desk-reset-managed-schema',
    async generateBundle() {
      // Loaded through Vite's module runner: the config itself imports no part of src/core that imports more.
      const { module } = await runnerImport<typeof import('./src/core/managed-schema.ts')>(resolve(import.meta.dirname, 'src/core/managed-schema.ts'));
      this.emitFile({ type: 'asset', fileName: 'managed_schema.json', source: `${JSON.stringify(module.managedSchema(), null, 1)}\n` });
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

/**
 * Builds the toolbar popup's script a second time, on its own, as one file. In the main build it
 * shares chunks with the options page and the worker, so it opens three scripts, and on these
 * machines each extension file read at page load costs many milliseconds before the popup can
 * draw. Its lazy views stay separate chunks; the page is rewritten to load the one script, its
 * styles inline. The break page (the same popup with the break views built in, so a break costs
 * no second read) is written from the same page. The settings page and the welcome are built the
 * same way: in the main build each opened a dozen shared chunks, and reading them delayed its
 * script by about 40 ms.
 */
/** `preload`: modules of lazy chunks the page always draws from, named in the page so they are read at once. */
const SINGLE_FILE_PAGES: { entry: string; page: string; from: string; name: string; chunks: string; preload?: string[] }[] = [
  { entry: 'src/popup/main.tsx', page: 'src/popup/index.html', from: 'src/popup/index.html', name: 'popup', chunks: 'popup' },
  // The drawings are a chunk of their own (the idle popup never loads them), but a break always
  // draws one: the page names it, so it is read while the page is parsed, beside the page's script.
  { entry: 'src/popup/break.tsx', page: 'src/popup/break.html', from: 'src/popup/index.html', name: 'break', chunks: 'popup', preload: ['src/ui/illustration/poses/index.ts'] },
  { entry: 'src/options/main.tsx', page: 'src/options/index.html', from: 'src/options/index.html', name: 'options', chunks: 'options' },
  { entry: 'src/welcome/main.tsx', page: 'src/welcome/index.html', from: 'src/welcome/index.html', name: 'welcome', chunks: 'welcome' },
];

function singleFilePages(target: string): Plugin {
  let outDir = '';
  let mode = '';
  return {
    name: 'desk-reset-single-file-popup',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
      mode = config.mode;
    },
    async closeBundle() {
      const root = import.meta.dirname;
      await singleFileWorker(root, outDir, mode, target);
      // Every page as the main build wrote it, read before any is rewritten.
      const built = new Map(SINGLE_FILE_PAGES.map(({ from }) => [from, readFileSync(join(outDir, from), 'utf8')] as const));
      for (const { entry, page, from, name, chunks, preload } of SINGLE_FILE_PAGES) {
        const result = await build({
          configFile: false,
          root,
          mode,
          logLevel: 'warn',
          plugins: [scriptPreloadHelper(), textOnlyPreact(), prunePolyfill(), preact()],
          build: {
            outDir,
            emptyOutDir: false,
            copyPublicDir: false,
            sourcemap: false,
            modulePreload: { polyfill: false },
            target,
            rolldownOptions: {
              input: resolve(root, entry),
              // Chunks are named alike in both builds, so a chunk they share (the drawings) is one file.
              output: { entryFileNames: `assets/${name}-[hash].js`, chunkFileNames: `assets/${chunks}-[name]-[hash].js`, assetFileNames: `assets/${chunks}-[name]-[hash][extname]` },
              // The break page imports the break views outright; the popup's lazy import of them stays.
              onLog: (level, log, handler) => (log.code === 'INEFFECTIVE_DYNAMIC_IMPORT' ? undefined : handler(level, log)),
            },
          },
        });
        const output = (Array.isArray(result) ? result[0] : result) as { output: { type: string; fileName: string; isEntry?: boolean; facadeModuleId?: string | null; source?: string | Uint8Array }[] };
        const script = output.output.find((o) => o.type === 'chunk' && o.isEntry)!;
        const wanted = new Set((preload ?? []).map((m) => resolve(root, m)));
        const preloads = output.output.filter((o) => o.type === 'chunk' && o.facadeModuleId && wanted.has(o.facadeModuleId)).map((o) => `<link rel="modulepreload" href="/${o.fileName}">`);
        if (preloads.length !== wanted.size) throw new Error(`${page}: no chunk of its own for ${[...wanted].join(', ')}`);
        const css = output.output.filter((o) => o.type === 'asset' && o.fileName.endsWith('.css'));
        const styles = css.map((o) => `<style>${String(o.source)}</style>`).join('');
        for (const o of css) rmSync(join(outDir, o.fileName));
        const html = built.get(from)!
          .replace(/<script type="module"[^>]*><\/script>\s*/g, '')
          .replace(/<link rel="modulepreload"[^>]*>\s*/g, '')
          .replace(/<style>[\s\S]*?<\/style>\s*/g, '')
          .replace('</head>', `<script type="module" src="/${script.fileName}"></script>${preloads.join('')}${styles}\n  </head>`);
        writeFileSync(join(outDir, page), html);
      }
      removeUnused(outDir, built.get('src/popup/index.html')!);
    },
  };
}

/**
 * The service worker, built a second time on its own as one file. In the main build it shares
 * chunks with the pages, and a shared module brings along what only the pages use of it; alone,
 * only what the worker reaches is kept (about 1.7 KB less gzipped), and it is one file to read at
 * every cold start. crxjs's loader is pointed at it.
 */
async function singleFileWorker(root: string, outDir: string, mode: string, target: string): Promise<void> {
  const result = await build({
    configFile: false,
    root,
    mode,
    logLevel: 'warn',
    plugins: [prunePolyfill()],
    build: {
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      sourcemap: false,
      modulePreload: false,
      target,
      rolldownOptions: { input: resolve(root, 'src/background/index.ts'), output: { entryFileNames: 'assets/service-worker-[hash].js', codeSplitting: false } },
    },
  });
  const output = (Array.isArray(result) ? result[0] : result) as { output: { type: string; fileName: string; isEntry?: boolean }[] };
  const script = output.output.find((o) => o.type === 'chunk' && o.isEntry)!;
  writeFileSync(join(outDir, 'service-worker-loader.js'), `import './${script.fileName}';\n`);
}

/** Deletes what only the main build's pages and worker scripts loaded, now that nothing refers to it. */
function removeUnused(outDir: string, oldPage: string): void {
  const assets = join(outDir, 'assets');
  const files = readdirSync(assets);
  const refs = (text: string) => new Set([...text.matchAll(/assets\/([\w.-]+\.(?:js|css))|\.\/([\w.-]+\.js)/g)].map((m) => m[1] ?? m[2]!));
  const oldEntry = oldPage.match(/src="\/assets\/([^"]+\.js)"/)?.[1];
  if (!oldEntry) return;
  // Everything else (other pages, the worker, the manifest) keeps what it refers to.
  const keep = new Set<string>();
  const visit = (file: string) => {
    if (keep.has(file) || !files.includes(file)) return;
    keep.add(file);
    if (file.endsWith('.js')) for (const ref of refs(readFileSync(join(assets, file), 'utf8'))) visit(ref);
  };
  const roots = readdirSync(outDir, { recursive: true })
    .map(String)
    .filter((f) => (f.endsWith('.html') || f.endsWith('.json') || f.startsWith('service-worker')) && !f.startsWith('_locales'));
  for (const root of roots) for (const ref of refs(readFileSync(join(outDir, root), 'utf8'))) visit(ref);
  for (const file of files) if (!keep.has(file)) rmSync(join(assets, file));
}

export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  return {
    plugins: [
      scriptPreloadHelper(),
      inlineCss(),
      textOnlyPreact(),
      prunePolyfill(),
      preact(),
      crx(firefox ? { manifest: firefoxManifest(manifest) as never, browser: 'firefox' } : { manifest }),
      locales(),
      ...(firefox ? [] : [managedSchemaFile()]),
      singleFilePages(firefox ? 'firefox140' : 'chrome127'),
    ],
    build: {
      outDir: firefox ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      // Extension pages load from disk, so source maps only add weight to the package. The page
      // names its entry's chunks up front (modulepreload links) so they are read side by side rather
      // than found one import at a time; no polyfill is needed, and lazy views use a lighter helper (above).
      sourcemap: false,
      modulePreload: { polyfill: false },
      target: firefox ? 'firefox140' : 'chrome127',
      // Pages the manifest does not name: the welcome opens in a tab on first install.
      rolldownOptions: { input: { welcome: resolve(import.meta.dirname, 'src/welcome/index.html') } },
    },
  };
});
