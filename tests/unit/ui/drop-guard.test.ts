// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { guardDrops } from '../../../src/options/drop-guard';

// A picture dropped beside an own drill's card must not replace the settings page.

function drop(target: EventTarget, types: string[], type: 'drop' | 'dragover' = 'drop'): boolean {
  const event = new Event(type, { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'dataTransfer', { value: { types } });
  target.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('drops on the settings page', () => {
  const page = document.createElement('div');
  const field = Object.assign(document.createElement('input'), { type: 'file' });
  page.append(field);
  document.body.append(page);
  guardDrops(page as unknown as Window);

  it('keeps a file dropped anywhere from opening in place of the page', () => {
    const inside = page.appendChild(document.createElement('p'));
    expect(drop(inside, ['Files'])).toBe(true);
    expect(drop(page, ['Files'], 'dragover')).toBe(true);
  });

  it('leaves a drop on a file field to it, and dragged text to the page', () => {
    expect(drop(field, ['Files'])).toBe(false);
    expect(drop(page, ['text/plain'])).toBe(false);
  });
});
