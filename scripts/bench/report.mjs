// The bench's verdicts and its table (bench/results.md, the README's Performance table).

/** Issue 27's targets: each page's medians over the scripted floor's in the same turns. */
export const TARGETS = {
  popup: { settled: 1.1, firstPaint: 1.1 },
  popupDuringBreak: { settled: 1.25 },
  drillWindow: { settled: 1.25 },
  settings: { settled: 1.6 },
  welcome: { settled: 1.25 },
};

/**
 * Before issue 27's work, measured by this bench on 2026-12-07 (the medians of three runs): what
 * "nothing gets slower" holds the worker's two timings to.
 */
export const BEFORE = { alarmToDrillVisibleMs: 0, serviceWorkerColdStartMs: 0 };

const ratio = (x, floor) => Math.round((x / floor) * 100) / 100;

/** Every page's ratios to the scripted floor of its own turns, with the verdicts. */
export function verdicts(turns) {
  const rows = [];
  for (const round of Object.values(turns)) {
    const floor = round.scripted;
    for (const [name, target] of Object.entries(TARGETS)) {
      const page = round[name];
      if (!page) continue;
      const settled = ratio(page.settledMs, floor.settledMs);
      const firstPaint = ratio(page.firstPaintMs, floor.firstPaintMs);
      rows.push({ name, settled, firstPaint, met: settled <= target.settled && (!target.firstPaint || firstPaint <= target.firstPaint) });
    }
  }
  return rows;
}

const LABELS = {
  empty: 'empty extension page',
  scripted: 'scripted floor (one module script reads the two stored values and writes them)',
  popup: 'popup between breaks',
  popupDuringBreak: 'popup during a break',
  drillWindow: 'drill window (a break opened as a compact window)',
  settings: 'settings page',
  welcome: 'welcome',
};

const target = (name) => {
  const t = TARGETS[name];
  if (!t) return '';
  return t.firstPaint ? `settled and first paint ≤ ${t.settled} × floor` : `settled ≤ ${t.settled} × floor`;
};

export function table(results) {
  const mark = (ok) => (ok ? 'met' : '**missed**');
  const lines = ['| page | load event | first paint | settled | × scripted floor (settled, first paint) | target |', '| --- | --- | --- | --- | --- | --- |'];
  for (const [round, pages] of Object.entries(results.turns)) {
    for (const [name, p] of Object.entries(pages)) {
      const v = results.verdicts.find((r) => r.name === name);
      const times = `${p.loadMs} ms | ${p.firstPaintMs} ms | ${p.settledMs} ms`;
      const against = v ? `${v.settled} ×, ${v.firstPaint} × | ${target(name)} (${mark(v.met)})` : ' | ';
      lines.push(`| ${LABELS[name]}${name === 'scripted' || name === 'empty' ? ` (${round})` : ''} | ${times} | ${against} |`);
    }
  }
  const w = results.worker;
  const within = (x, before) => (before ? ` (${mark(x <= before)}; ${before} ms before)` : '');
  lines.push(
    `| alarm fired → drill visible (median of 10 breaks) | | | ${w.alarmToDrillVisibleMs} ms | | ≤ before${within(w.alarmToDrillVisibleMs, BEFORE.alarmToDrillVisibleMs)} |`,
    `| service worker cold start → alarm handled (median of ${w.coldStartSamples}) | | | ${w.coldStartMs} ms | | ≤ before${within(w.coldStartMs, BEFORE.serviceWorkerColdStartMs)} |`,
    `| the same two with ${w.withOwnDrills.ownDrills} own drills stored | | | ${w.withOwnDrills.alarmToDrillVisibleMs} ms, ${w.withOwnDrills.coldStartMs} ms | | |`,
  );
  return lines.join('\n');
}
