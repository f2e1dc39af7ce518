import { describe, expect, it } from 'vitest';
import { toMessagesFile, translateWith, type Translate } from '../../src/core/i18n';
import { POSTURE_CONTENT, postureFigure, postureSeconds, postureText } from '../../src/core/posture-content';
import { POSTURE_KINDS, ROTATING_POSTURES, SIT_STAND_POSTURES } from '../../src/core/posture-kinds';
import { DEFAULT_SETTINGS, settingsSchema } from '../../src/core/settings';
import { POSES } from '../../src/ui/illustration/poses';
import { readLocaleSources } from '../../scripts/locales.mjs';

const sources = readLocaleSources();
const LANGS = ['en', 'de', 'es'] as const;
const tr = (lang: string): Translate => translateWith(toMessagesFile(sources[lang] ?? {}));
/** The same messages, said as if by a language with another plural rule. */
const speaking = (lang: string, base: Translate): Translate => (key, subs) => (key === 'date_locale' ? lang : base(key, subs));
const lengths = { standMinutes: DEFAULT_SETTINGS.standMinutes, moveMinutes: DEFAULT_SETTINGS.moveMinutes };

/** Every whole number the setting allows. */
function allowed(key: 'standMinutes' | 'moveMinutes'): number[] {
  const { minimum, maximum } = settingsSchema[key].json as { minimum: number; maximum: number };
  return Array.from({ length: maximum - minimum + 1 }, (_, i) => minimum + i);
}

describe('posture reset content', () => {
  it.each(LANGS)('every kind has a title and a cue in %s, with nothing left unsaid', (lang) => {
    const t = tr(lang);
    for (const kind of POSTURE_KINDS) {
      const { title, cue } = postureText(kind, lengths, t);
      expect(title.trim(), `${kind} title`).not.toBe('');
      expect(cue.trim(), `${kind} cue`).not.toBe('');
      expect(`${title} ${cue}`, `${kind}: a placeholder left in`).not.toMatch(/\{\d\}|\$ARG|posture_/);
    }
  });

  it('German and Spanish are their own words, each kind its own', () => {
    for (const lang of LANGS) {
      const said = POSTURE_KINDS.map((kind) => postureText(kind, lengths, tr(lang)));
      expect(new Set(said.map((s) => s.title)).size, `${lang} titles`).toBe(POSTURE_KINDS.length);
      expect(new Set(said.map((s) => s.cue)).size, `${lang} cues`).toBe(POSTURE_KINDS.length);
    }
    for (const kind of POSTURE_KINDS) {
      const en = postureText(kind, lengths, tr('en'));
      for (const lang of ['de', 'es']) expect(postureText(kind, lengths, tr(lang)).cue, `${kind} in ${lang}`).not.toBe(en.cue);
    }
  });

  it.each(LANGS)('every cue in %s is one or two sentences, short enough for a notification', (lang) => {
    for (const kind of POSTURE_KINDS) {
      const { cue } = postureText(kind, lengths, tr(lang));
      expect(cue.match(/[.!?](\s|$)/g)?.length ?? 0, `${kind}: ${cue}`).toBeLessThanOrEqual(2);
      expect(cue.length, `${kind}: ${cue}`).toBeLessThanOrEqual(240);
    }
  });

  it('every figure is a drawing there is, and every reset takes a few seconds', () => {
    for (const kind of POSTURE_KINDS) {
      expect(POSES[postureFigure(kind)], `${kind} → ${postureFigure(kind)}`).toBeDefined();
      expect(postureSeconds(kind)).toBeGreaterThanOrEqual(10);
      expect(postureSeconds(kind)).toBeLessThanOrEqual(20);
    }
    // The catalog drill a rotating reset comes from lends its own drawing.
    expect(postureFigure('chin-tucks')).toBe('chin-tucks');
    expect(postureFigure('belly-breaths')).toBe('belly-breaths');
    expect(postureFigure('chair-extension')).toBe('thoracic-extension-chair');
    expect(postureFigure('shoulders-down')).toBe('shoulder-blade-squeeze');
    // The rest are drawn for the resets: standing up from the chair, arms up with the eyes far, a walk before sitting down.
    expect(postureFigure('stand-up')).toBe('posture-stand-up');
    expect(postureFigure('stand-look-far')).toBe('posture-look-far');
    expect(postureFigure('sit-down')).toBe('posture-walk');
    // Within one set, a figure is not shown for two resets.
    for (const set of [ROTATING_POSTURES, SIT_STAND_POSTURES]) expect(new Set(set.map(postureFigure)).size).toBe(set.length);
  });

  it.each(LANGS)('the sit-stand prompts in %s say the user\'s minutes: standing after sitting, moving before sitting down', (lang) => {
    const t = tr(lang);
    for (const n of allowed('standMinutes')) {
      const cue = postureText('stand-up', { standMinutes: n, moveMinutes: 1 }, t).cue;
      expect(cue).toContain(String(n));
      expect(postureText('stand-up', { standMinutes: n, moveMinutes: 10 }, t).cue, 'the moving time is not said').toBe(cue);
    }
    for (const n of allowed('moveMinutes')) {
      const cue = postureText('sit-down', { standMinutes: 2, moveMinutes: n }, t).cue;
      expect(cue).toContain(String(n));
      expect(postureText('sit-down', { standMinutes: 30, moveMinutes: n }, t).cue, 'the standing time is not said').toBe(cue);
    }
    // The rotating resets say no minutes at all.
    for (const kind of ROTATING_POSTURES) expect(postureText(kind, { standMinutes: 23, moveMinutes: 9 }, t)).toEqual(postureText(kind, lengths, t));
  });

  it.each(LANGS)('the minutes in %s take the form Intl.PluralRules chooses for the count', (lang) => {
    const t = tr(lang);
    const rule = new Intl.PluralRules(lang);
    for (const [kind, key] of [['stand-up', 'standMinutes'], ['sit-down', 'moveMinutes']] as const) {
      const { forms } = POSTURE_CONTENT[kind].cue as { forms: string };
      for (const n of allowed(key)) {
        const expected = t(`${forms}_${rule.select(n)}`, [String(n)]);
        expect(postureText(kind, { ...lengths, [key]: n }, t).cue, `${kind} ${n}`).toBe(expected);
      }
    }
    expect(postureText('sit-down', { ...lengths, moveMinutes: 1 }, t).cue).toBe(t(`posture_sit_down_cue_one`, ['1']));
    expect(postureText('sit-down', { ...lengths, moveMinutes: 2 }, t).cue).toBe(t(`posture_sit_down_cue_other`, ['2']));
  });

  it('a language whose rule says "one" for 21 gets the form for one there, and not for 2', () => {
    // Russian: 1, 21, 31 … take the singular; 2–4 another form. Not a test of n === 1.
    const t = speaking('ru', tr('en'));
    expect(postureText('stand-up', { ...lengths, standMinutes: 21 }, t).cue).toBe(tr('en')('posture_stand_up_cue_one', ['21']));
    expect(postureText('stand-up', { ...lengths, standMinutes: 2 }, t).cue).toBe(tr('en')('posture_stand_up_cue_other', ['2']));
    expect(postureText('stand-up', { ...lengths, standMinutes: 11 }, t).cue).toBe(tr('en')('posture_stand_up_cue_other', ['11']));
  });
});
