import { describe, expect, it } from 'vitest';
import { msg } from '../../src/core/i18n';
import { NO_LEVELS } from '../../src/core/levels';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { at } from '../../src/core/transfer-strict';
import { buildExport, MAX_IMPORT_BYTES, MAX_REPORTED_ERRORS, parseImport, serializeExport } from '../../src/core/transfer';

// The import's and the export's edges, one at a time, on a small valid export.
const NOW = new Date('2026-03-02T10:30:00Z').getTime();
const valid = () => JSON.parse(JSON.stringify(buildExport(DEFAULT_SETTINGS, { events: [], days: [] }, NO_LEVELS, NOW)));
const parse = (data: unknown) => parseImport(typeof data === 'string' ? data : JSON.stringify(data), NOW);
const keys = (result: ReturnType<typeof parseImport>) => (result.ok ? [] : result.errors.map((e) => e.key));

describe('import edges', () => {
  it('reports up to the cap of errors in full; past it, the first ones and how many more', () => {
    const withUnknown = (n: number) => ({ ...valid(), ...Object.fromEntries(Array.from({ length: n }, (_, i) => [`extra${i}`, i])) });
    expect(keys(parse(withUnknown(MAX_REPORTED_ERRORS)))).toHaveLength(MAX_REPORTED_ERRORS);
    expect(keys(parse(withUnknown(MAX_REPORTED_ERRORS))).at(-1)).not.toBe('import_more');
    const over = parse(withUnknown(MAX_REPORTED_ERRORS + 2));
    expect(over.ok).toBe(false);
    if (!over.ok) {
      expect(over.errors).toHaveLength(MAX_REPORTED_ERRORS + 1);
      expect(over.errors.at(-1)).toEqual(msg('import_more', 2));
    }
  });

  it('counts bytes, not characters: a file of exactly the limit in characters but more in bytes is refused', () => {
    expect(keys(parse('é'.repeat(MAX_IMPORT_BYTES)))).toEqual(['import_too_big']);
    expect(parse('é'.repeat(MAX_IMPORT_BYTES))).toEqual({ ok: false, errors: [msg('import_too_big', 40, 0)] });
  });

  it('the export version must be a whole number from 1 to this one', () => {
    for (const version of [0, -1, 1.5, '1', null]) expect(keys(parse({ ...valid(), version }))).toEqual(['import_no_version']);
    expect(keys(parse({ ...valid(), version: 5 }))).toEqual(['import_newer_export']);
    for (const version of [1, 2, 3, 4]) expect(parse({ ...valid(), version }).ok).toBe(true);
  });

  it('the export time must be a date written as text', () => {
    const refused = parse({ ...valid(), exportedAt: 123 });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.errors).toEqual([at('exportedAt', msg('import_not_date'))]);
  });

  it('a file that is not ours names the export button', () => {
    expect(parse({ format: 'other' })).toEqual({ ok: false, errors: [msg('import_not_ours', msg('data_export'))] });
  });
});

describe('export text', () => {
  it('writes an empty history as empty lists, and reads back the same', () => {
    const text = serializeExport(buildExport(DEFAULT_SETTINGS, { events: [], days: [] }, NO_LEVELS, NOW));
    expect(text.endsWith('  "history": {\n    "events": [],\n    "days": []\n  },\n  "levels": {\n    "drills": {},\n    "log": []\n  }\n}\n')).toBe(true);
    expect(parseImport(text, NOW)).toMatchObject({ ok: true, data: { history: { events: [], days: [] } } });
  });
});

describe('a reader that throws', () => {
  it('refuses the file with one message instead of throwing: an impossible clock cannot date the range', () => {
    const event = { at: NOW - 60_000, outcome: 'done', dueAt: null, shownAt: null, drillId: null, rating: null, seconds: null };
    const text = serializeExport(buildExport(DEFAULT_SETTINGS, { events: [event as never], days: [] }, NO_LEVELS, NOW));
    expect(parseImport(text, Number.NaN)).toEqual({ ok: false, errors: [msg('import_unreadable')] });
  });
});
