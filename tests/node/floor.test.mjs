// The static floor check (eslint.config.js: eslint-plugin-compat against
// js/package.json's browserslist, and the syntax rules) passes on the
// package's JavaScript and refuses, on purpose, a fixture that uses features
// above the floor.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './helpers.mjs';

const eslint = (...args) =>
  spawnSync(join(root, 'node_modules/.bin/eslint'), ['--format', 'json', ...args], { cwd: root, encoding: 'utf8' });

test('the package’s JavaScript is within the browser floor', () => {
  const run = eslint('js');
  assert.equal(run.status, 0, run.stdout + run.stderr);
});

test('a feature above the floor fails the check', () => {
  // Linted as if it were widget code (the config's files pattern), from stdin.
  const fixture = readFileSync(join(root, 'tests/fixtures/above-floor.js'), 'utf8');
  const run = spawnSync(
    join(root, 'node_modules/.bin/eslint'),
    ['--format', 'json', '--rule', 'no-unused-vars: off', '--stdin', '--stdin-filename', 'js/above-floor.js'],
    { cwd: root, encoding: 'utf8', input: fixture },
  );
  assert.equal(run.status, 1, run.stderr);
  const messages = JSON.parse(run.stdout)[0].messages.map((m) => `${m.line}: ${m.message}`);
  const lines = new Set(messages.map((m) => Number(m.split(':')[0])));
  // Every line that uses a too-new feature is refused (see the fixture).
  for (const line of [4, 5, 6, 8, 12, 13]) assert.ok(lines.has(line), `line ${line} passed the check: ${messages.join(' | ')}`);
});
