import { describe, expect, it } from 'vitest';
import { readPolicy } from '../../src/core/policy';
import { readSettings, toStored, DEFAULT_SETTINGS } from '../../src/core/settings';

// An organisation may turn the posture resets on, set their gap and a standing-desk office's
// sit-stand rhythm, and lock them; never the hold for calls, which needs each user's permission.

describe('posture resets by policy', () => {
  it('are set and locked like any other field; a user’s own choice stands where not locked', () => {
    const { policy, problems } = readPolicy({ postureResets: true, postureMinutes: 25, sitStand: true, sitMinutes: 30, standMinutes: 10, moveMinutes: 3, locked: ['postureResets'] });
    expect(problems).toEqual([]);
    const mine = { version: toStored(DEFAULT_SETTINGS).version, postureResets: false, postureMinutes: 40 };
    const { settings } = readSettings(mine, policy);
    expect(settings).toMatchObject({ postureResets: true, postureMinutes: 40, sitStand: true, sitMinutes: 30, standMinutes: 10, moveMinutes: 3 });
  });

  it('a value out of range is left out and named; the hold for calls is not the organisation’s to set', () => {
    const { policy, problems } = readPolicy({ postureMinutes: 50, standMinutes: 1, holdForCalls: true, postureResets: true });
    expect(policy.values).toEqual({ postureResets: true });
    expect(problems).toEqual(['postureMinutes (50)', 'standMinutes (1)', 'holdForCalls (not a setting an organisation can set)']);
  });
});
