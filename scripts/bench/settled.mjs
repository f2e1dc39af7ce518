// Loads pages in turns and times each load: the load event, the first paint of content (the first
// contentful paint: a page's background alone is not drawn), and "settled", the
// last change to the page's DOM in its first 900 ms, seen by a MutationObserver installed before
// any of the page's own scripts (an init script), so a placeholder replaced later counts the
// replacement. Medians of 25 counted loads each, after one warm-up load of each.

export const WINDOW_MS = 900;
const LOADS = Number(process.env.BENCH_LOADS) || 25;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs in every page before its scripts: remembers when the DOM last changed. */
function watchDom(windowMs) {
  let last = 0;
  const seen = () => {
    const t = performance.now();
    if (t <= windowMs) last = t;
  };
  new MutationObserver(seen).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  Object.defineProperty(globalThis, '__benchSettled', { value: () => last });
}

/** Runs in the page once its 900 ms have passed. */
function readTimes(windowMs) {
  return new Promise((done) => {
    const look = () => {
      const nav = performance.getEntriesByType('navigation')[0];
      if (!nav || nav.loadEventStart === 0 || performance.now() < windowMs + 50) return void setTimeout(look, 25);
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      done({ load: nav.loadEventStart, paint: paint ? paint.startTime : null, settled: globalThis.__benchSettled?.() ?? null });
    };
    look();
  });
}

export async function watchPages(page) {
  await page.addInitScript(`(${watchDom})(${WINDOW_MS})`);
}

/**
 * One load of `path`: its load event, first paint and settled time, in ms from navigation start.
 * Each load comes from the same blank page: leaving a large page (the settings page) delays the
 * next page's parsing by 20–30 ms here, which would be charged to whichever page came next.
 */
export async function loadOnce(page, id, path) {
  await page.goto('about:blank');
  await page.goto(`chrome-extension://${id}/${path}`);
  const times = await page.evaluate(`(${readTimes})(${WINDOW_MS})`);
  if (times.settled === null) throw new Error(`${path}: the DOM observer was not installed before the page's scripts`);
  if (times.paint === null) throw new Error(`${path}: no first paint in ${WINDOW_MS} ms`);
  return times;
}

/** `pages` ({ name: path }) loaded one after another, again and again; the medians of each. */
export async function loadInTurns(page, id, pages) {
  const entries = Object.entries(pages);
  const samples = Object.fromEntries(entries.map(([name]) => [name, { load: [], paint: [], settled: [] }]));
  for (const [, path] of entries) await loadOnce(page, id, path);
  for (let i = 0; i < LOADS; i++) {
    for (const [name, path] of entries) {
      const t = await loadOnce(page, id, path);
      for (const key of ['load', 'paint', 'settled']) samples[name][key].push(t[key]);
    }
  }
  const round = (x) => Math.round(x * 10) / 10;
  return Object.fromEntries(entries.map(([name]) => [name, { loadMs: round(median(samples[name].load)), firstPaintMs: round(median(samples[name].paint)), settledMs: round(median(samples[name].settled)) }]));
}
