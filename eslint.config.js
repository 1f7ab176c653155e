// Lints the package's JavaScript (js/: the entry point, the widget, the batch
// page) and holds it to the browser floor: every API against MDN's
// compatibility data for the browsers js/package.json's `browserslist` names
// (eslint-plugin-compat), and the syntax those browsers parse.
import js from '@eslint/js';
import compat from 'eslint-plugin-compat';
import globals from 'globals';
import { readFileSync } from 'node:fs';

const { browserslist } = JSON.parse(readFileSync(new URL('./js/package.json', import.meta.url), 'utf8'));

export default [
  js.configs.recommended,
  compat.configs['flat/recommended'],
  {
    files: ['js/**/*.js'],
    languageOptions: {
      // Class fields and private methods (ES2022) are in every floor browser.
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: globals.browser,
    },
    settings: { browsers: browserslist },
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'StaticBlock', message: 'Class static blocks need Chromium 94 / Safari 16.4 (floor: 86 / 15).' },
        {
          selector: 'AwaitExpression:not(:function AwaitExpression)',
          message: 'Top-level await needs Chromium 89 (floor: 86).',
        },
        {
          // eslint-plugin-compat sees these only on literals ([1].at()); on any
          // other receiver they pass it, so they are refused by name.
          selector: 'CallExpression[callee.property.name=/^(at|findLast|findLastIndex|toSorted|toReversed|toSpliced)$/]',
          message:
            'Array/String .at(), findLast() and the copying array methods need Chromium 92+ / Safari 15.4+ (floor: 86 / 15).',
        },
        {
          selector: 'Literal[regex.pattern=/\\(\\?<[=!]/]',
          message: 'Regular-expression lookbehind needs Safari 16.4 (floor: 15).',
        },
      ],
    },
  },
  {
    // The batch page's worker: a classic worker script (Firefox 91 has no
    // module workers), with wasm-bindgen's no-modules global.
    files: ['js/batch/batch-worker.js'],
    languageOptions: {
      sourceType: 'script',
      globals: { ...globals.worker, importScripts: 'readonly', wasm_bindgen: 'readonly' },
    },
  },
  {
    // A classic script for browsers without ES modules: ES5, no module syntax.
    files: ['js/nomodule.js'],
    languageOptions: { ecmaVersion: 5, sourceType: 'script', globals: globals.browser },
  },
];
