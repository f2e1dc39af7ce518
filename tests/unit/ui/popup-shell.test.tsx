// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { readLocaleSources } from '../../../scripts/locales.mjs';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { initialState } from '../../../src/core/state';
import { IdleView } from '../../../src/popup/IdleView';

// Issue 27: the popup's page draws its first line (the brand, above the next break) before its
// script runs, and the script's first render takes that line over as it stands: no word of it is
// drawn twice or changes, so what the user sees first is never replaced.

const page = readFileSync(resolve(import.meta.dirname, '../../../src/popup/index.html'), 'utf8');
const shell = page.match(/<div id="app">([\s\S]*?)<\/div>/)![1]!;
const NOW = Date.UTC(2026, 2, 2, 10, 40);

afterEach(() => {
  document.body.textContent = '';
});

describe('the popup’s first line, in its page', () => {
  it('is the brand as every language writes it', () => {
    const brand = shell.match(/<p class="eyebrow">([^<]*)<\/p>/)?.[1];
    expect(brand).toBeDefined();
    for (const [lang, messages] of Object.entries(readLocaleSources())) expect(messages.brand, lang).toBe(brand);
  });

  it('is kept, node for node, by the idle view’s first render', () => {
    const app = document.createElement('div');
    app.innerHTML = shell;
    document.body.append(app);
    const eyebrow = app.querySelector('p.eyebrow')!;
    const text = eyebrow.firstChild;
    const before = eyebrow.textContent;
    render(
      <main class="popup">
        <IdleView state={initialState(NOW)} settings={DEFAULT_SETTINGS} history={{ events: [], days: [] }} now={NOW} onSafety={() => undefined} />
      </main>,
      app,
    );
    expect(app.querySelector('p.eyebrow')).toBe(eyebrow);
    expect(eyebrow.firstChild).toBe(text);
    expect(eyebrow.textContent).toBe(before);
    expect(app.querySelectorAll('main')).toHaveLength(1);
    expect(app.querySelector('#idle-title')).not.toBeNull();
  });
});
