// A second floor for each page: the least the design card's stack can do with that page's
// content. The page's DOM, once settled, is written down as a fixed tree; the floor page's one
// script (Preact and webextension-polyfill, built as the pages are) reads the two stored values the
// scripted floor reads and renders that tree. A page's distance from its own floor is what its
// code adds (its reads, checks, words and views); the floor's distance from the scripted floor is
// what drawing that much content with Preact costs here.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { prunePolyfill } from '../polyfill-metadata.mjs';

const PREACT = fileURLToPath(import.meta.resolve('preact'));
const POLYFILL = fileURLToPath(import.meta.resolve('webextension-polyfill'));

/** The page's settled content, as [tag, attributes, children] trees, and its styles. */
function capture() {
  const walk = (n) => (n.nodeType === 3 ? n.data : n.nodeType === 1 ? [n.nodeName.toLowerCase(), Object.fromEntries([...n.attributes].map((a) => [a.name, a.value])), [...n.childNodes].map(walk).filter((c) => c !== null)] : null);
  return { tree: [...document.getElementById('app').childNodes].map(walk), head: [...document.head.querySelectorAll('meta,style')].map((e) => e.outerHTML).join('') };
}

const entry = (treeFile) => `import { h, render } from ${JSON.stringify(PREACT)};
import browser from ${JSON.stringify(POLYFILL)};
import tree from ${JSON.stringify(treeFile)};
const draw = (n) => (typeof n === 'string' ? n : h(n[0], n[1], ...n[2].map(draw)));
const [{ state }, { settings }] = await Promise.all([browser.storage.local.get('state'), browser.storage.sync.get('settings')]);
document.title = String(settings?.intervalMinutes ?? 90) + ' ' + String(state?.nextBreakAt ?? 0);
render(tree.map(draw), document.getElementById('app'));
`;

/**
 * Loads each of `pages` ({ name: path }) once, lets it settle, and writes its Preact floor into the
 * bench's build; returns { 'name floor': path } to load in turns with the pages.
 */
export async function writePreactFloors(page, id, ext, pages) {
  const floors = {};
  const work = mkdtempSync(join(tmpdir(), 'desk-reset-bench-floor-'));
  try {
    for (const [name, path] of Object.entries(pages)) {
      await page.goto('about:blank');
      await page.goto(`chrome-extension://${id}/${path}`);
      await page.waitForTimeout(1000);
      const { tree, head } = await page.evaluate(capture);
      const treeFile = join(work, `${name}.json`);
      writeFileSync(treeFile, JSON.stringify(tree));
      writeFileSync(join(work, `${name}.js`), entry(treeFile));
      const result = await build({
        configFile: false,
        logLevel: 'silent',
        plugins: [prunePolyfill()],
        build: { write: false, target: 'es2022', rolldownOptions: { input: join(work, `${name}.js`) } },
      });
      const code = (Array.isArray(result) ? result[0] : result).output[0].code;
      const file = `bench-preact-${name}`;
      writeFileSync(join(ext, `${file}.js`), code);
      writeFileSync(join(ext, `${file}.html`), `<!doctype html><html><head>${head}<title>floor</title><script type="module" src="/${file}.js"></script></head><body><div id="app"></div></body></html>`);
      floors[`${name}Floor`] = `${file}.html`;
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return floors;
}
