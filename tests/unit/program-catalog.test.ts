import { describe, expect, it } from 'vitest';
import { DRILL_IDS } from '../../src/core/catalog/ids';
import { LADDERS } from '../../src/core/catalog/ladders';
import { msg } from '../../src/core/i18n';
import { MAX_PICTURES, PICTURE_MAX_BYTES } from '../../src/core/picture';
import { buildProgram, parseProgram, PROGRAM_FORMAT, programFileName } from '../../src/core/program';
import { at } from '../../src/core/transfer-strict';
import { pictureUrl, SVG_URL, towel, withoutId, yRaise } from './program-samples';

// Issue 24 item 4: a program names built-in drills with the level to do each at, and carries its
// drills' pictures and figures; each is checked like the rest of the file.

const file = (over: Record<string, unknown>) => JSON.stringify({ format: PROGRAM_FORMAT, version: 1, drills: [withoutId(yRaise)], ...over });

describe('built-in drills in a program', () => {
  it('round-trip with their levels; a file without them reads as none', () => {
    const catalog = [{ id: 'band-rows', level: 2 }, { id: 'chin-tucks', level: 0 }] as const;
    const text = buildProgram([yRaise], catalog);
    expect(JSON.parse(text).catalog).toEqual(catalog);
    expect(parseProgram(text)).toEqual({ ok: true, drills: [withoutId(yRaise)], catalog });
    expect(JSON.parse(buildProgram([yRaise]))).not.toHaveProperty('catalog');
  });

  it('may be all a program holds', () => {
    const text = buildProgram([], [{ id: 'wall-slides', level: 1 }]);
    expect(parseProgram(text)).toEqual({ ok: true, drills: [], catalog: [{ id: 'wall-slides', level: 1 }] });
    expect(parseProgram(JSON.stringify({ format: PROGRAM_FORMAT, version: 1, catalog: [{ id: 'wall-slides', level: 1 }] }))).toEqual({ ok: true, drills: [], catalog: [{ id: 'wall-slides', level: 1 }] });
  });

  const top = LADDERS['band-rows'].rungs.length - 1;
  it.each([
    ['a catalog that is no list', { catalog: { 'band-rows': 1 } }, [at('catalog', msg('import_not_list'))]],
    ['a pick that is no object', { catalog: ['band-rows'] }, [at('catalog[0]', msg('import_expected_object'))]],
    ['a drill Desk Reset does not have', { catalog: [{ id: 'burpees', level: 0 }] }, [at('catalog[0].id', msg('prog_unknown_drill'))]],
    ['an own drill named as built in', { catalog: [{ id: 'own-abc', level: 0 }] }, [at('catalog[0].id', msg('prog_unknown_drill'))]],
    ['the same drill twice', { catalog: [{ id: 'band-rows', level: 0 }, { id: 'band-rows', level: 1 }] }, [at('catalog[1].id', msg('prog_drill_twice'))]],
    ['a level past the ladder', { catalog: [{ id: 'band-rows', level: top + 1 }] }, [at('catalog[0].level', msg('import_off_ladder', 0, top))]],
    ['a level below it', { catalog: [{ id: 'band-rows', level: -1 }] }, [at('catalog[0].level', msg('import_off_ladder', 0, top))]],
    ['a level that is no whole number', { catalog: [{ id: 'band-rows', level: 1.5 }] }, [at('catalog[0].level', msg('import_off_ladder', 0, top))]],
    ['a level written as text', { catalog: [{ id: 'band-rows', level: '1' }] }, [at('catalog[0].level', msg('import_off_ladder', 0, top))]],
    ['no level', { catalog: [{ id: 'band-rows' }] }, [at('catalog[0].level', msg('import_off_ladder', 0, top))]],
    ['an unknown field in a pick', { catalog: [{ id: 'band-rows', level: 0, sets: 5 }] }, [at('catalog[0].sets', msg('import_unknown_field'))]],
    ['more picks than built-in drills', { catalog: Array(DRILL_IDS.length + 1).fill({ id: 'band-rows', level: 0 }) }, [at('catalog', msg('prog_catalog_too_many', DRILL_IDS.length))]],
    ['neither drills nor built-in ones', { drills: [], catalog: [] }, [at('drills', msg('program_no_drills'))]],
    ['built-in drills and drills that are no list', { drills: 'Y raise', catalog: [{ id: 'band-rows', level: 0 }] }, [at('drills', msg('program_no_drills'))]],
  ] as const)('refuses %s, saying where', (_what, over, errors) => {
    expect(parseProgram(file(over))).toEqual({ ok: false, errors });
  });
});

describe('pictures and figures in a program', () => {
  it('travel with their drills and round-trip', () => {
    const drills = [{ ...yRaise, picture: pictureUrl('png', 300) }, { ...towel, picture: pictureUrl('webp', 40), figure: 'doorway-pec-stretch' as const }, { ...towel, name: 'Third', picture: pictureUrl('jpeg') }];
    expect(parseProgram(buildProgram(drills))).toEqual({ ok: true, drills: drills.map(withoutId), catalog: [] });
  });

  it.each([
    ['an SVG, whatever it holds', SVG_URL],
    ['a GIF', pictureUrl('gif')],
    ['a JPEG named PNG', pictureUrl('jpeg', 64, 'png')],
    ['a PNG named WebP', pictureUrl('png', 64, 'webp')],
    ['base64 that is cut short', pictureUrl('png').slice(0, -1)],
    ['base64 with a character it does not have', `${pictureUrl('png').slice(0, 40)}!${pictureUrl('png').slice(41)}`],
    ['a data URL that is not base64', 'data:image/png,%89PNG'],
    ['an address', 'https://example.org/y-raise.png'],
    ['a number', 42],
  ])('refuses a picture that is %s', (_what, picture) => {
    expect(parseProgram(file({ drills: [{ ...withoutId(yRaise), picture }] }))).toEqual({ ok: false, errors: [at('drills[0].picture', msg('picture_not_image'))] });
  });

  it('refuses a picture over 2 MB, saying its size', () => {
    const result = parseProgram(file({ drills: [{ ...withoutId(yRaise), picture: pictureUrl('png', PICTURE_MAX_BYTES + 200_000) }] }));
    expect(result).toEqual({ ok: false, errors: [at('drills[0].picture', msg('picture_too_big', 2, 2))] });
  });

  it(`refuses more pictures than may be stored (${MAX_PICTURES})`, () => {
    const many = Array.from({ length: MAX_PICTURES + 1 }, (_, i) => ({ ...withoutId(yRaise), name: `Drill ${i}`, picture: pictureUrl('png', 20, 'png', i) }));
    expect(parseProgram(file({ drills: many }))).toEqual({ ok: false, errors: [at('drills', msg('prog_too_many_pictures', MAX_PICTURES))] });
    expect(parseProgram(file({ drills: many.slice(1) })).ok).toBe(true);
  });

  it('refuses a figure that is no built-in drill', () => {
    expect(parseProgram(file({ drills: [{ ...withoutId(yRaise), figure: 'own-abc' }] })).ok).toBe(false);
  });
});

describe('the file name', () => {
  it('is desk-reset-program- and the local date', () => {
    expect(programFileName(new Date(2026, 2, 2, 23, 59).getTime())).toBe('desk-reset-program-2026-03-02.json');
  });
});
