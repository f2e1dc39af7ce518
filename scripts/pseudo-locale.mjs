// A pseudo-locale for the layout tests: every English message accented and made 40% longer, its
// words themselves lengthened (as German or Finnish words are long, not only their sentences), its
// substitutions `{1}` left as they are. Built into a test-only package (DESK_RESET_PSEUDO=1) in
// place of English, it shows what a long language would cut or push out of view.

const ACCENTED = { a: 'á', e: 'é', i: 'í', o: 'ö', u: 'ü', y: 'ý', c: 'ç', n: 'ñ', s: 'š', z: 'ž', A: 'Å', E: 'É', I: 'Î', O: 'Ö', U: 'Ü', C: 'Ç', N: 'Ñ', S: 'Š' };
/** The growth the layout must take: the longest of the shipped languages runs about this much past English. */
export const PSEUDO_GROWTH = 1.4;
// Messages that are not words on screen: the language tag Intl writes dates in.
const NOT_WORDS = new Set(['date_locale']);

/** One word, accented and lengthened by PSEUDO_GROWTH (its vowels said longer). */
function stretch(word) {
  const accented = [...word].map((ch) => ACCENTED[ch] ?? ch).join('');
  const extra = Math.round(word.length * PSEUDO_GROWTH) - word.length;
  if (extra <= 0) return accented;
  const vowel = [...accented].findLast((ch) => /[áéíöüýÅÉÎÖÜ]/.test(ch)) ?? accented.at(-1);
  return accented + vowel.repeat(extra);
}

/** The pseudo-locale's text of one English message. */
export function pseudoMessage(text) {
  // Substitutions and the words between them; only letters are stretched.
  return text.split(/(\{[1-9]\})/).map((part) => (/^\{[1-9]\}$/.test(part) ? part : part.replace(/\p{L}+/gu, stretch))).join('');
}

/** Every English message in the pseudo-locale. */
export function pseudoMessages(english) {
  return Object.fromEntries(Object.entries(english).map(([key, text]) => [key, NOT_WORDS.has(key) ? text : pseudoMessage(text)]));
}
