/* global chrome -- the functions passed to evaluate() run inside the extension */
// What the bench stores before it measures: a user's settings, six weeks of history (the settings
// page and the popup draw from it), and for a second round, drills of the user's own.

/** Every minute a working minute, so breaks can be fired at any hour. */
export const SETTINGS = { version: 5, workDays: [0, 1, 2, 3, 4, 5, 6], workHours: [{ start: '00:00', end: '24:00' }], safetyAcknowledged: true };
/** How many drills of their own the second round of break measurements stores: a whole written program. */
export const OWN_DRILLS = 20;

/** Runs in the extension: stores `n` drills of the user's own in storage.sync, as the library writes them. */
export function storeOwnDrills(n) {
  const drill = (i) => ({
    name: `My drill ${i + 1}`,
    purpose: 'What my physiotherapist prescribed',
    steps: ['Stand tall, feet hip-width apart.', 'Raise both arms slowly to shoulder height.', 'Lower them over three seconds.', 'Breathe out as you lower.'],
    cue: 'Shoulders down',
    mistake: 'Arching the back',
    category: 'strength',
    equipment: ['none'],
    position: 'standing',
    dose: { kind: 'reps', reps: 12, sets: 2, perSide: false, rest: 30, tempo: [{ phase: 'raise', seconds: 2 }, { phase: 'lower', seconds: 3 }] },
    figure: null,
    routines: [],
    levels: true,
    added: Date.UTC(2026, 11, 1) + i,
  });
  return chrome.storage.sync.set(Object.fromEntries(Array.from({ length: n }, (_, i) => [`own.own-bench${i + 1}`, drill(i)])));
}

/** Runs in the extension: six weeks of breaks as the worker records them, five a working day. */
export function storeHistory(days) {
  const drills = ['chin-tucks', 'wall-slides', 'band-pull-aparts', 'doorway-pec-stretch', 'thoracic-extension-chair'];
  const outcomes = ['done', 'done', 'done', 'skipped', 'snoozed'];
  const events = [];
  const start = Date.now() - days * 86_400_000;
  for (let d = 0; d < days; d++) {
    if (d % 7 >= 5) continue;
    for (let b = 0; b < 5; b++) {
      const dueAt = start + d * 86_400_000 + (9 + b * 1.5) * 3_600_000;
      const outcome = outcomes[(d + b) % outcomes.length];
      const done = outcome === 'done';
      events.push({ at: dueAt + 120_000, outcome, dueAt, shownAt: dueAt + 1000, drillId: drills[(d + b) % drills.length], rating: done ? 'right' : null, seconds: done ? 75 : outcome === 'skipped' ? 5 : null });
    }
  }
  return chrome.storage.local.set({ history: events });
}
