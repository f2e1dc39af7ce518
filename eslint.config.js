import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// Nothing from storage or an imported file is ever rendered as HTML.
const NO_HTML = { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, never HTML.' };

export default tseslint.config(
  { ignores: ['dist/', 'dist-*/', 'release/', 'node_modules/', 'reports/', '.stryker-tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-restricted-syntax': ['error', NO_HTML],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // French says "0 jour", Russian "21 день", Arabic has six forms: the language's rule chooses.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        NO_HTML,
        ...['right', 'left'].map((side) => ({
          selector: `ConditionalExpression > BinaryExpression.test[operator=/^[!=]==?$/][${side}.value=1]`,
          message: 'A count chooses its words through plural() (Intl.PluralRules), never `n === 1 ?`.',
        })),
      ],
    },
  },
  {
    // The architecture in one rule: only src/platform talks to the browser.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/platform/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'webextension-polyfill', message: 'Go through src/platform.' }] }],
      'no-restricted-globals': ['error', { name: 'chrome', message: 'Go through src/platform.' }, { name: 'browser', message: 'Go through src/platform.' }],
      'no-restricted-properties': ['error', { object: 'globalThis', property: 'chrome', message: 'Go through src/platform.' }, { object: 'globalThis', property: 'browser', message: 'Go through src/platform.' }],
    },
  },
  {
    // Inside the seam, one module holds the polyfill; the rest import that module.
    files: ['src/platform/**/*.ts'],
    ignores: ['src/platform/browser.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'webextension-polyfill', message: "Import it from './browser'." }] }] },
  },
  {
    // Core is pure: no browser, no DOM, no clock of its own.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['../platform/*', '../ui/*', 'preact*', 'webextension-polyfill'], message: 'src/core stays pure.' }] }],
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'Take `now` as an argument.' }],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
