import { beforeEach, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { resetGaps } from './fake-gaps';

// Code under test reaches the browser through the global `browser`, as in Firefox; here it is the in-memory fake.
vi.stubGlobal('browser', fakeBrowser);

// The service worker listens on its global scope; Node has none, so give it a bare event target.
if (typeof self === 'undefined') vi.stubGlobal('self', new EventTarget());

beforeEach(() => {
  fakeBrowser.reset();
  resetGaps();
});
