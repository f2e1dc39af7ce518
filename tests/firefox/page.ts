import type { Firefox } from './harness';
import { waitFor } from './wait';

// WebDriver's key codes for the keys tests press besides text.
const CONTROL = '\uE009';
const BACKSPACE = '\uE003';

/**
 * Focuses the form control a user would find by `label` (its <label>, aria-label or
 * aria-labelledby text) in the tab, scrolled into view, and returns its centre in the viewport;
 * waits for it, since the page renders after it loads.
 */
export async function focusLabelled(ff: Firefox, context: string, label: string): Promise<{ x: number; y: number }> {
  return waitFor(
    () =>
      ff.page(
        context,
        (w, name) => {
          const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
          const nameOf = (el: any) =>
            el.getAttribute('aria-label') ??
            (el.getAttribute('aria-labelledby') ? el.getAttribute('aria-labelledby').split(' ').map((id: string) => text(w.document.getElementById(id))).join(' ') : null) ??
            [...(el.labels ?? [])].map(text).join(' ');
          const matches = [...w.document.querySelectorAll('input, select, textarea')].filter((el: any) => nameOf(el) === name);
          if (matches.length > 1) throw new Error(`${matches.length} controls are labelled "${name}"`);
          const el = matches[0];
          if (!el) return null;
          el.scrollIntoView({ block: 'center' });
          el.focus();
          const box = el.getBoundingClientRect();
          return w.document.activeElement === el ? { x: Math.round(box.left + box.width / 2), y: Math.round(box.top + box.height / 2) } : null;
        },
        label,
      ),
    `a control labelled "${label}"`,
  );
}

/** Replaces the value of the labelled control by typing, with real key events, as a user would. */
export async function typeInto(ff: Firefox, context: string, label: string, text: string): Promise<void> {
  await focusLabelled(ff, context, label);
  const keys = [CONTROL, 'a'].map((value) => ({ type: 'keyDown', value }));
  const release = [{ type: 'keyUp', value: 'a' }, { type: 'keyUp', value: CONTROL }];
  const typed = [BACKSPACE, ...text].flatMap((value) => [{ type: 'keyDown', value }, { type: 'keyUp', value }]);
  await ff.bidi.send('input.performActions', { context, actions: [{ type: 'key', id: 'keyboard', actions: [...keys, ...release, ...typed] }] });
}

/** Clicks the labelled control with the mouse: a checkbox toggles. */
export async function click(ff: Firefox, context: string, label: string): Promise<void> {
  const { x, y } = await focusLabelled(ff, context, label);
  const actions = [{ type: 'pointerMove', x, y }, { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 }];
  await ff.bidi.send('input.performActions', { context, actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions }] });
}
