import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ESLint } from 'eslint';

// The project's own lint, asked about code a change could bring: a count must choose its words
// through plural(), whose form the language's Intl.PluralRules picks (issue 28).
const eslint = new ESLint({ cwd: join(import.meta.dirname, '../..') });
const problems = async (code: string) => {
  const [result] = await eslint.lintText(code, { filePath: 'src/core/new-words.ts' });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
};

describe('choosing words for a count', () => {
  it('fails on a message chosen by `=== 1 ?`, whichever way round and however it is compared', { timeout: 30_000 }, async () => {
    for (const test of ['n === 1', '1 === n', 'n == 1', 'n !== 1', 'days.length === 1']) {
      const found = await problems(`export const days = (n: number, t: (k: string) => string) => (${test} ? t('day_one') : t('day_many'));\n`);
      expect(found, test).toEqual(['A count chooses its words through plural() (Intl.PluralRules), never `n === 1 ?`.']);
    }
  });

  it('lets plural() and other comparisons be', { timeout: 30_000 }, async () => {
    expect(await problems(`import { plural } from './i18n';\nexport const days = (n: number) => plural('days', n, n);\nexport const two = (n: number) => (n === 2 ? 'b' : 'c');\n`)).toEqual([]);
  });
});
