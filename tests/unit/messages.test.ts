import { describe, expect, it } from 'vitest';
import { isCommand } from '../../src/platform/messages';

// Messages from pages are checked before the worker acts on them: anything else in the extension could send one.
describe('commands from the pages', () => {
  it('takes every command in its documented form', () => {
    for (const command of [
      { type: 'start-now' },
      { type: 'start-now', open: true },
      { type: 'start-now', open: false },
      { type: 'swap' },
      { type: 'resume' },
      { type: 'finish', outcome: 'done', seconds: 42 },
      { type: 'finish', outcome: 'skipped' },
      { type: 'rate', drillId: 'chin-tucks', rating: 'easy' },
      { type: 'snooze', minutes: 5 },
      { type: 'pause', kind: '1h' },
      { type: 'meeting', minutes: 30 },
      { type: 'meeting', minutes: 60 },
      { type: 'meeting', minutes: 0 },
    ]) {
      expect(isCommand(command), JSON.stringify(command)).toBe(true);
    }
  });

  it('refuses anything malformed', () => {
    for (const message of [
      null,
      'start-now',
      { type: 'start-now', open: 'yes' },
      { type: 'launch' },
      { type: 'finish', outcome: 'maybe' },
      { type: 'finish', outcome: 'done', seconds: -1 },
      { type: 'rate', drillId: 'no-such-drill', rating: 'easy' },
      { type: 'rate', drillId: 'chin-tucks', rating: 'great' },
      { type: 'snooze', minutes: 0 },
      { type: 'snooze', minutes: 61 },
      { type: 'pause', kind: 'forever' },
      { type: 'meeting', minutes: 45 },
      { type: 'meeting' },
    ]) {
      expect(isCommand(message), JSON.stringify(message)).toBe(false);
    }
  });
});
