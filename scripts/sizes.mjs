// What each entry of the built extension loads before it can run: its script and everything it
// imports statically, gzipped. Code loaded later through import() is counted apart.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const STATIC = /(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g;
const DYNAMIC = /import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

function graph(dist, start) {
  const seen = new Set();
  const lazy = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, spec] of code.matchAll(STATIC)) visit(resolve(dirname(file), spec));
    for (const [, spec] of code.matchAll(DYNAMIC)) lazy.add(resolve(dirname(file), spec));
  };
  visit(start);
  const later = new Set();
  const visitLater = (file) => {
    if (seen.has(file) || later.has(file)) return;
    later.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, spec] of [...code.matchAll(STATIC), ...code.matchAll(DYNAMIC)]) visitLater(resolve(dirname(file), spec));
  };
  lazy.forEach(visitLater);
  const sum = (files) => [...files].reduce((n, f) => n + gz(f), 0);
  return { files: [...seen].map((f) => relative(dist, f)), gzip: sum(seen), lazyGzip: sum(later) };
}

function pageEntry(dist, html) {
  const src = readFileSync(join(dist, html), 'utf8').match(/<script[^>]+src="([^"]+)"/)[1];
  return src.startsWith('/') ? join(dist, src) : resolve(dirname(join(dist, html)), src);
}

export function entrySizes(dist = resolve(import.meta.dirname, '../dist')) {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  const total = readdirSync(dist, { recursive: true }).map((f) => join(dist, f)).filter((f) => statSync(f).isFile()).reduce((n, f) => n + statSync(f).size, 0);
  return {
    serviceWorker: graph(dist, join(dist, manifest.background.service_worker)),
    popup: graph(dist, pageEntry(dist, manifest.action.default_popup)),
    // The popup with the break views built in: where the worker sends a break.
    breakPage: graph(dist, pageEntry(dist, 'src/popup/break.html')),
    options: graph(dist, pageEntry(dist, manifest.options_ui.page)),
    packageBytes: total,
  };
}

if (process.argv[1] === import.meta.filename) {
  const s = entrySizes();
  for (const [name, e] of Object.entries(s)) if (typeof e === 'object') console.log(name.padEnd(14), `${(e.gzip / 1024).toFixed(2)} KB gz`, `(+${(e.lazyGzip / 1024).toFixed(2)} KB later)`, e.files.join(' '));
  console.log('package', `${(s.packageBytes / 1024).toFixed(1)} KB`);
}
