// The floors every page is measured against, written into the bench's own build: an empty
// extension page, and the scripted floor, the least a page that shows stored data can do: one small
// module script that reads the two stored values the popup shows and writes them into the page.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const EMPTY = 'bench-empty.html';
export const SCRIPTED = 'bench-scripted.html';

export function writeFloors(ext) {
  writeFileSync(join(ext, EMPTY), '<!doctype html><html><head><meta charset="utf-8"><title>floor</title></head><body><p>.</p></body></html>');
  writeFileSync(
    join(ext, SCRIPTED),
    '<!doctype html><html><head><meta charset="utf-8"><title>floor</title><script type="module" src="/bench-scripted.js"></script></head><body><p id="next">.</p><p id="every">.</p></body></html>',
  );
  writeFileSync(
    join(ext, 'bench-scripted.js'),
    [
      "const [{ state }, { settings }] = await Promise.all([chrome.storage.local.get('state'), chrome.storage.sync.get('settings')]);",
      "document.getElementById('next').textContent = new Date(state?.nextBreakAt ?? 0).toLocaleTimeString();",
      "document.getElementById('every').textContent = String(settings?.intervalMinutes ?? 90);",
      '',
    ].join('\n'),
  );
}
