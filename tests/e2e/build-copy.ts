import { cpSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, type Harness } from './harness';

// A copy of dist/ that a test may change as a new release would (its version) and that tells the
// test what the browser told the worker. Its worker loads a small probe before the extension's
// own code: the probe records each runtime.onInstalled in storage.session (which Desk Reset does
// not use, and which the browser empties on every update and restart), so a test knows which
// reason really fired and when the handler began. Where a test asks, the probe also answers
// idle.queryState for the operating system, which a headless browser cannot lock or leave idle.

export type IdleAnswer = 'active' | 'idle' | 'locked';

export interface BuildCopy {
  dir: string;
  /** Writes the version into the copy's manifest, as the next release would carry. */
  setVersion(version: string): void;
  /** From the next start of the worker, idle.queryState answers this (null: the browser's own answer). */
  reportIdle(answer: IdleAnswer | null): void;
  cleanup(): void;
}

const PROBE = 'test-probe.js';
export const INSTALLS_KEY = 'testProbeInstalls';

function probeSource(idle: IdleAnswer | null): string {
  const stand = idle
    ? `const answer = ${JSON.stringify(idle)};
for (const api of [globalThis.chrome?.idle, globalThis.browser?.idle]) {
  if (api) api.queryState = (_seconds, callback) => (callback ? void callback(answer) : Promise.resolve(answer));
}
`
    : '';
  return `${stand}chrome.runtime.onInstalled.addListener((details) => {
  chrome.storage.session.get(${JSON.stringify(INSTALLS_KEY)}).then((got) =>
    chrome.storage.session.set({ ${JSON.stringify(INSTALLS_KEY)}: [...(got[${JSON.stringify(INSTALLS_KEY)}] ?? []), details] }));
});
`;
}

/** A copy of a build (dist/ unless told; the Firefox build works the same way: its `chrome` is the same API). */
export function copyBuild(build = DIST): BuildCopy {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'desk-reset-copy-')));
  const dir = join(root, 'extension');
  cpSync(build, dir, { recursive: true });
  const loader = join(dir, 'service-worker-loader.js');
  // Imports run in order: the probe's listener and idle answer are in place before the extension's code runs.
  writeFileSync(loader, `import './${PROBE}';\n${readFileSync(loader, 'utf8')}`);
  writeFileSync(join(dir, PROBE), probeSource(null));
  return {
    dir,
    setVersion: (version) => {
      const file = join(dir, 'manifest.json');
      writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), version }, null, 2));
    },
    reportIdle: (answer) => writeFileSync(join(dir, PROBE), probeSource(answer)),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** Every runtime.onInstalled the worker received since the browser started or the extension was last loaded. */
export async function installsSeen(h: Harness): Promise<chrome.runtime.InstalledDetails[]> {
  return h.sw(async (key) => ((await chrome.storage.session.get(key))[key] ?? []) as chrome.runtime.InstalledDetails[], INSTALLS_KEY);
}
