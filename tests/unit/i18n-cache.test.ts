import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';

// Issue 27: a page asks the browser for each message without substitutions once; with
// substitutions, every time (the words differ with them).

describe('messages a page asks for again and again', () => {
  it('are asked of the browser once each; those with substitutions every time', async () => {
    vi.resetModules();
    const { t } = await import('../../src/platform/i18n');
    const asked = vi.spyOn(fakeBrowser.i18n, 'getMessage');
    try {
      expect([t('done'), t('done'), t('skip'), t('done')]).toEqual(['Done', 'Done', 'Skip', 'Done']);
      expect(asked.mock.calls.map(([key]) => key)).toEqual(['done', 'skip']);
      asked.mockClear();
      expect(t('meeting_for', ['15'])).toBe(t('meeting_for', ['15']));
      expect(t('meeting_for', ['30'])).not.toBe(t('meeting_for', ['15']));
      expect(asked).toHaveBeenCalledTimes(4);
    } finally {
      asked.mockRestore();
    }
  });
});
