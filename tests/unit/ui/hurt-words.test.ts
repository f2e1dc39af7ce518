import { describe, expect, it } from 'vitest';
import { hurtWords } from '../../../src/popup/Popup';

// After "It hurt" the popup claims the drill is out of the rotation only once the settings say so.
describe('what the popup says after "It hurt"', () => {
  it('says it is out once stored, whatever the command answered', () => {
    expect(hurtWords(true)).toBe('hurt_body');
    expect(hurtWords(true, true)).toBe('hurt_body');
  });

  it('says it is being taken out while the settings do not hold it yet', () => {
    expect(hurtWords(false)).toBe('hurt_saving');
  });

  it('says what to do when not even this computer could keep it', () => {
    expect(hurtWords(false, true)).toBe('hurt_failed');
  });
});
