import { describe, expect, it } from 'vitest';
import { msg } from '../../src/core/i18n';
import { orgId } from '../../src/core/own-world';
import { PICTURE_MAX_BYTES, pictureUrlProblem } from '../../src/core/picture';
import { readPolicyDrills } from '../../src/core/policy-drills';
import { buildProgram } from '../../src/core/program';
import { at } from '../../src/core/transfer-strict';
import { PNG_URL, towel, yRaise } from './own-fixtures';
import { pictureUrl, SVG_URL } from './program-samples';

// Issue 24 item 5: a program an organisation pushes through browser policy, read as strictly as a
// file the user imports; and the pictures such a program (or a file) carries as data URLs.

const program = (drills = [yRaise, towel]) => JSON.parse(buildProgram(drills)) as { format: string; version: number; drills: Record<string, unknown>[] };
const asOrg = (d: typeof yRaise) => ({ ...d, id: orgId(d.name) });

describe('readPolicyDrills', () => {
  it.each([
    ['no policy', undefined],
    ['a policy without drills', { intervalMinutes: 60, locked: ['intervalMinutes'] }],
    ['a policy that is no object', 'drills'],
  ])('%s: no drills and nothing to say', (_what, policy) => {
    expect(readPolicyDrills(policy)).toEqual({ drills: [], refused: [], left: [], catalog: false });
  });

  it('reads a program given as an object, each drill with the id its name gives', () => {
    expect(readPolicyDrills({ intervalMinutes: 60, drills: program() })).toEqual({ drills: [asOrg(yRaise), asOrg(towel)], refused: [], left: [], catalog: false });
  });

  it('reads a program given as its JSON text, the same', () => {
    expect(readPolicyDrills({ drills: buildProgram([yRaise, towel]) })).toEqual({ drills: [asOrg(yRaise), asOrg(towel)], refused: [], left: [], catalog: false });
  });

  it('keeps the picture a drill carries', () => {
    expect(readPolicyDrills({ drills: program([{ ...yRaise, picture: PNG_URL }]) }).drills).toEqual([{ ...asOrg(yRaise), picture: PNG_URL }]);
  });

  it.each([
    ['one drill broken', { ...program(), drills: [program().drills[0], { ...program().drills[1], steps: [] }] }],
    ['a picture that is no picture', { ...program(), drills: [{ ...program().drills[0], picture: 'data:image/svg+xml;base64,PHN2Zz4=' }] }],
    ['a newer format', { ...program(), version: 2 }],
    ['text that is no JSON', '{"format": "desk-reset-program",'],
    ['nothing', null],
  ])('%s: leaves the whole program out and names the problem', (_what, drills) => {
    const { drills: read, refused, left } = readPolicyDrills({ drills });
    expect(read).toEqual([]);
    expect(refused).toHaveLength(1);
    expect(left).toEqual([]);
  });

  it('keeps one drill of a name given twice (in any case or spacing): the first; the other is named', () => {
    const twice = { ...program(), drills: [program().drills[0], { ...program().drills[1], name: '  PRONE Y RAISE ' }, program().drills[1]] };
    expect(readPolicyDrills({ drills: twice })).toEqual({ drills: [asOrg(yRaise), asOrg(towel)], refused: [], left: [at('drills[1].name', msg('policy_same_name', 'PRONE Y RAISE'))], catalog: false });
  });

  it('gives a drill the same id when a later policy changes its dose or its words, but not its name', () => {
    const later = { ...program(), drills: [{ ...program().drills[0], purpose: 'Posture', dose: { kind: 'reps', reps: 12, sets: 3, perSide: false } }] };
    expect(readPolicyDrills({ drills: later }).drills[0]!.id).toBe(readPolicyDrills({ drills: program() }).drills[0]!.id);
  });
});

/** `url` with `text` in place of the base64 characters from the 40th on. */
const spoilt = (url: string, text: string) => url.slice(0, 40) + text + url.slice(40 + text.length);

describe('pictureUrlProblem', () => {
  it.each([
    ['a PNG', pictureUrl('png')],
    ['a JPEG', pictureUrl('jpeg')],
    ['a WebP', pictureUrl('webp')],
    ['a real 1×1 PNG', PNG_URL],
    ['a PNG of exactly 2 MB', pictureUrl('png', PICTURE_MAX_BYTES)],
  ])('takes %s', (_what, url) => {
    expect(pictureUrlProblem(url)).toBeNull();
  });

  it.each([
    ['a PNG that says it is a JPEG', pictureUrl('png', 64, 'jpeg')],
    ['a JPEG that says it is a WebP', pictureUrl('jpeg', 64, 'webp')],
    ['an SVG', SVG_URL],
    ['an SVG that says it is a PNG', SVG_URL.replace('image/svg+xml', 'image/png')],
    ['a GIF', pictureUrl('gif')],
    ['a picture not in base64', 'data:image/png,%89PNG'],
    ['base64 cut short', pictureUrl('png').slice(0, -1)],
    ['base64 with a stray character', spoilt(pictureUrl('png'), '*')],
    ['base64 with padding inside', spoilt(pictureUrl('png'), '==')],
    ['an address, not a data URL', 'https://example.org/y.png'],
    ['no text at all', 42],
  ])('refuses %s as no picture', (_what, url) => {
    expect(pictureUrlProblem(url)).toEqual(msg('picture_not_image'));
  });

  it('refuses an empty picture', () => {
    expect(pictureUrlProblem('data:image/png;base64,')).toEqual(msg('picture_empty'));
  });

  it('refuses a picture over 2 MB, saying its size', () => {
    expect(pictureUrlProblem(pictureUrl('png', PICTURE_MAX_BYTES + 1))).toEqual(msg('picture_too_big', 2, 0));
    expect(pictureUrlProblem(pictureUrl('jpeg', 3 * 1024 * 1024))).toEqual(msg('picture_too_big', 3, 0));
  });
});
