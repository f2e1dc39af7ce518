import { beforeEach } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import fc from 'fast-check';
import { resetGaps } from './fake-gaps';
import { fakeLocks, resetLocks } from './fake-locks';
// browser.permissions for every test, not only the call tests: the settings page asks it whether the meeting sites are allowed.
import './call-permissions';
import { forgetDrillsStore } from '../../src/ui/drills';
import { forgetCheckInsStore } from '../../src/ui/checkin-store';

// Globals every test relies on are defined, not stubbed: a test that undoes its own stubs
// (vi.unstubAllGlobals) must not take these away from the tests that run after it.
const define = (name: string, value: unknown) => Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });

// Code under test reaches the browser through the global `browser`, as in Firefox; here it is the in-memory fake.
define('browser', fakeBrowser);

// The service worker listens on its global scope; Node has none, so give it a bare event target.
if (typeof self === 'undefined') define('self', new EventTarget());

if (typeof navigator === 'undefined') define('navigator', { locks: fakeLocks });
// happy-dom's navigator has `locks`, but it is null.
else if (!navigator.locks) Object.defineProperty(navigator, 'locks', { value: fakeLocks, configurable: true });

// Under mutation testing the property tests run a tenth of their cases (runs.ts). The few that
// check a share of their cases (a fuzz test's accepted fraction) then failed Stryker's first run
// by chance now and then; one fixed seed makes every mutant meet the same cases.
if (Number(process.env.MUTATION_RUNS_DIVISOR ?? 1) > 1) fc.configureGlobal({ seed: 20261207 });

beforeEach(() => {
  resetLocks();
  fakeBrowser.reset();
  forgetDrillsStore();
  forgetCheckInsStore();
  resetGaps();
});
