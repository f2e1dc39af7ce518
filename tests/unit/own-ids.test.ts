import { describe, expect, it } from 'vitest';
import { isUsersId } from '../../src/core/catalog/ids';
import { checkOwnDrill } from '../../src/core/own-drill';
import { ownIdOf } from '../../src/core/own-stored';
import { markupProblems, MARKUP } from '../../src/core/transfer-strict';
import { readOwnDrillsStrict } from '../../src/core/transfer-own';
import { pictureKey, savePicture } from '../../src/platform/pictures';
import { fakeBrowser } from '@webext-core/fake-browser';
import { PNG_URL, yRaise } from './own-fixtures';

// Issue 24, review: one rule each, shared by every part that needs it: which ids are the user's
// own drills', what counts as markup in a drill's words, and where a drill's picture is stored.

describe('the id of a drill the user wrote', () => {
  it('is an own id of the user’s, never an organisation’s or a catalog drill’s', () => {
    expect(['own-a1', 'own-abcdefghijkl'].filter(isUsersId)).toEqual(['own-a1', 'own-abcdefghijkl']);
    expect(['org-a1', 'chin-tucks', 'own-', 'own-A1', 'own.own-a1', 7, null].filter(isUsersId)).toEqual([]);
  });

  it('is the rule of the storage key and of the export file alike', () => {
    for (const id of ['own-a1', 'org-a1', 'chin-tucks', 'own-']) {
      expect(ownIdOf(`own.${id}`) !== null, id).toBe(isUsersId(id));
      const errors: never[] = [];
      readOwnDrillsStrict([{ ...yRaise, id }], errors);
      expect(errors.length === 0, id).toBe(isUsersId(id));
    }
  });
});

describe('markup in a drill’s words', () => {
  it('is refused by the form and by a file by one rule', () => {
    for (const text of ['<b>Row</b>', 'javascript :alert(1)', 'Row > 10', 'Row well']) {
      const form = checkOwnDrill('own-a1', { ...yRaise, name: text }).ok;
      const file = markupProblems({ name: text }).length === 0;
      expect([form, file], text).toEqual([!MARKUP.test(text), !MARKUP.test(text)]);
    }
  });
});

describe('a drill’s picture', () => {
  it('is stored under its one key', async () => {
    await savePicture('own-a1', PNG_URL);
    expect(pictureKey('own-a1')).toBe('picture.own-a1');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ [pictureKey('own-a1')]: PNG_URL });
  });
});
