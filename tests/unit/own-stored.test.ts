import { describe, expect, it } from 'vitest';
import { ownIdOf, ownKey, ownRecord, readOwnDrills } from '../../src/core/own-stored';
import { PNG_URL, stored, towel, yRaise } from './own-fixtures';

// Issue 24: the user's own drills in storage.sync, one key each, shared with older and newer
// versions of Desk Reset on the user's other computers.

const T0 = Date.UTC(2026, 2, 2, 9);

describe('readOwnDrills', () => {
  it('reads only the own.own-… keys, in the order the drills were added', () => {
    const items = {
      settings: { version: 7, intervalMinutes: 60 },
      'settings.intervalMinutes': 60,
      ownKeyCopies: {},
      [ownKey('own-towel')]: stored(towel, T0 + 2),
      [ownKey('own-yraise')]: stored(yRaise, T0 + 1),
      // An organisation's drill is never the user's to store; a key that holds no id is no drill.
      'own.org-abc': stored(yRaise, T0),
      'own.own-UPPER': stored(yRaise, T0),
      'own.': stored(yRaise, T0),
      'own-yraise': stored(yRaise, T0),
    };
    expect(readOwnDrills(items)).toEqual({ drills: [yRaise, towel], unreadable: 0 });
  });

  it('orders drills added at the same time by id, and one with no time first', () => {
    const b = { ...towel, id: 'own-b' };
    const a = { ...yRaise, id: 'own-a' };
    const c = { ...yRaise, id: 'own-c', name: 'Third' };
    const items = { 'own.own-b': stored(b, T0), 'own.own-c': { ...stored(c, T0), added: 'yesterday' }, 'own.own-a': stored(a, T0) };
    expect(readOwnDrills(items).drills.map((d) => d.id)).toEqual(['own-c', 'own-a', 'own-b']);
  });

  it('counts a broken drill and a newer version’s shape as unreadable, leaves them out and reads the rest', () => {
    const items = {
      [ownKey('own-yraise')]: stored(yRaise, T0),
      'own.own-noname': stored({ ...yRaise, name: '' }, T0),
      'own.own-text': 'Prone Y raise',
      'own.own-null': null,
      // A kind of dose this version does not know.
      'own.own-timed': { ...stored(yRaise, T0), dose: { kind: 'timed', minutes: 3 } },
    };
    expect(readOwnDrills(items)).toEqual({ drills: [yRaise], unreadable: 4 });
  });

  it('reads a newer version’s drill that only adds fields, without them', () => {
    const items = { [ownKey('own-yraise')]: stored(yRaise, T0, { video: 'https://example.org/y.mp4', dose: { ...yRaise.dose, ramp: 2 } }) };
    expect(readOwnDrills(items)).toEqual({ drills: [yRaise], unreadable: 0 });
  });

  it('takes no picture from sync: the user’s pictures are in storage.local', () => {
    const items = { [ownKey('own-yraise')]: stored(yRaise, T0, { picture: PNG_URL }) };
    expect(readOwnDrills(items).drills[0]!.picture).toBeNull();
    // A broken picture there is another version’s business, not a reason to lose the drill.
    expect(readOwnDrills({ [ownKey('own-yraise')]: stored(yRaise, T0, { picture: 'data:text/html,<script>' }) })).toEqual({ drills: [yRaise], unreadable: 0 });
  });
});

describe('ownIdOf', () => {
  it.each([
    ['own.own-a1', 'own-a1'],
    ['own.org-a1', null],
    ['own.own-', null],
    ['own.own-a_b', null],
    ['settings.own-a1', null],
    ['own-a1', null],
  ] as const)('%s holds %s', (key, id) => {
    expect(ownIdOf(key)).toBe(id);
  });
});

describe('ownRecord', () => {
  it('stores a new drill without its id or picture, with the time it was added', () => {
    const record = ownRecord({ ...yRaise, picture: PNG_URL }, undefined, T0);
    expect(record).toEqual(stored(yRaise, T0));
    expect(record).not.toHaveProperty('picture');
    expect(record).not.toHaveProperty('id');
    // What is stored reads back as the drill (its picture comes from storage.local).
    expect(readOwnDrills({ [ownKey('own-yraise')]: record }).drills).toEqual([yRaise]);
  });

  it('keeps when the drill was first added', () => {
    expect(ownRecord({ ...yRaise, name: 'Y raise' }, stored(yRaise, T0), T0 + 5000)).toMatchObject({ name: 'Y raise', added: T0 });
  });

  it('keeps the fields a newer version stored, on the drill and on its dose of the same kind', () => {
    const newer = stored(yRaise, T0, { video: 'https://example.org/y.mp4', coach: { voice: 'calm' }, dose: { ...yRaise.dose, ramp: 2 } });
    const record = ownRecord({ ...yRaise, steps: ['Lift.'], dose: { kind: 'reps', reps: 12, sets: 2, perSide: true } }, newer, T0 + 5000);
    expect(record).toEqual({ ...stored({ ...yRaise, steps: ['Lift.'] }, T0), video: 'https://example.org/y.mp4', coach: { voice: 'calm' }, dose: { kind: 'reps', reps: 12, sets: 2, perSide: true, ramp: 2 } });
  });

  it('lets the dose’s unknown fields go when the kind of dose changes', () => {
    const newer = stored(yRaise, T0, { dose: { ...yRaise.dose, ramp: 2 } });
    expect(ownRecord(towel, newer, T0 + 1).dose).toEqual(towel.dose);
  });

  it('drops the rest and the tempo the user took out, keeps the ones they changed', () => {
    const before = stored({ ...yRaise, dose: { kind: 'reps', reps: 10, sets: 2, perSide: false, rest: 45, tempo: [{ phase: 'raise', seconds: 2 }] } }, T0);
    expect(ownRecord(yRaise, before, T0 + 1).dose).toEqual(yRaise.dose);
    const changed = { ...yRaise, dose: { kind: 'reps' as const, reps: 10, sets: 2, perSide: false, rest: 60, tempo: [{ phase: 'lower' as const, seconds: 3 }] } };
    expect(ownRecord(changed, before, T0 + 1).dose).toEqual(changed.dose);
    const holdBefore = stored({ ...towel, dose: { ...towel.dose, rest: 20 } }, T0);
    expect(ownRecord(towel, holdBefore, T0 + 1).dose).toEqual(towel.dose);
  });

  it('never stores the drill’s picture when it writes over a stored drill', () => {
    const record = ownRecord({ ...yRaise, picture: PNG_URL }, stored(yRaise, T0), T0 + 1);
    expect(JSON.stringify(record)).not.toContain('data:image');
  });

  it('treats a stored value that is no record, or has no time, as new', () => {
    expect(ownRecord(yRaise, 'Prone Y raise', T0)).toEqual(stored(yRaise, T0));
    expect(ownRecord(yRaise, [1, 2], T0)).toEqual(stored(yRaise, T0));
    expect(ownRecord(yRaise, { added: '2026-03-01' }, T0)).toEqual(stored(yRaise, T0));
  });
});
