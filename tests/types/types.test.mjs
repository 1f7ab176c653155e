// The package's types as a portal's app meets them (issue 25.5): the packed
// tarball installed beside TypeScript, @types/react, vue and vue-tsc (this
// folder's own lock: see package.json), then
// - a React TSX file and a Vue SFC using every attribute and event compile,
// - the same with a misspelt attribute value fails, with the compiler's
//   error at that value (so the test fails if the types stop catching it),
// - an older project's `moduleResolution: node` finds the subpaths' types,
// - WIDGET.md's React and Vue 3 recipes compile as they are written there.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const bin = join(here, 'node_modules', '.bin');

/** Installs pkg/ as npm would, from the tarball `npm pack` makes. */
function install() {
  assert.ok(existsSync(join(root, 'pkg', 'index.d.ts')), 'pkg/ is not built: run scripts/build.sh');
  assert.ok(existsSync(join(bin, 'vue-tsc')), 'tests/types/node_modules is missing: run scripts/setup.sh');
  const scratch = mkdtempSync(join(tmpdir(), 'hitech-types-'));
  try {
    const pack = spawnSync('npm', ['pack', join(root, 'pkg'), '--pack-destination', scratch, '--json'], {
      encoding: 'utf8',
    });
    assert.equal(pack.status, 0, pack.stderr);
    const [{ filename }] = JSON.parse(pack.stdout);
    const target = join(here, 'node_modules', 'hitech-eligibility');
    rmSync(target, { recursive: true, force: true });
    mkdirSync(target);
    const untar = spawnSync('tar', ['-xzf', join(scratch, filename), '-C', target, '--strip-components=1']);
    assert.equal(untar.status, 0, String(untar.stderr));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

install();

/** Runs a compiler on one of this folder's tsconfig files: its exit status and output. */
function compile(compiler, config) {
  const run = spawnSync(join(bin, compiler), ['-p', join(here, config)], { cwd: here, encoding: 'utf8' });
  return { status: run.status, output: (run.stdout + run.stderr).trim() };
}

test('React: a TSX file with every attribute, a ref and the events compiles', () => {
  const { status, output } = compile('tsc', 'tsconfig.react.json');
  assert.equal(output, '');
  assert.equal(status, 0);
});

test('React: a misspelt zone in TSX is a compile error at that value', () => {
  const { status, output } = compile('tsc', 'tsconfig.react-misspelt.json');
  assert.notEqual(status, 0);
  const errors = output.split('\n').filter((line) => /error TS\d+/.test(line));
  assert.equal(errors.length, 1, output);
  assert.match(errors[0], /^react\/Misspelt\.tsx\(4,\d+\): error TS\d+: Type '"guiyan"' is not assignable/);
});

test('Vue: an SFC with every attribute and the events passes vue-tsc', () => {
  const { status, output } = compile('vue-tsc', 'tsconfig.vue.json');
  assert.equal(output, '');
  assert.equal(status, 0);
});

test('Vue: a misspelt audience in a template is a vue-tsc error at that value', () => {
  const { status, output } = compile('vue-tsc', 'tsconfig.vue-misspelt.json');
  assert.notEqual(status, 0);
  const errors = output.split('\n').filter((line) => /error TS\d+/.test(line));
  assert.equal(errors.length, 1, output);
  assert.match(errors[0], /^vue\/Misspelt\.vue\(7,\d+\): error TS\d+: Type '"enterprse"' is not assignable/);
});

test('moduleResolution node: the entry point, ./widget and ./batch have their types (typesVersions)', () => {
  const { status, output } = compile('tsc', 'tsconfig.node.json');
  assert.equal(output, '');
  assert.equal(status, 0);
});

/** The first ```lang block of WIDGET.md's "Vue and React" section. */
function recipe(lang) {
  const widget = readFileSync(join(root, 'js', 'WIDGET.md'), 'utf8');
  const section = widget.split('\n## Vue and React\n')[1]?.split('\n## ')[0];
  assert.ok(section, 'WIDGET.md has its "Vue and React" section');
  const block = section.match(new RegExp('```' + lang + '\\n([\\s\\S]*?)\\n```'));
  assert.ok(block, `a ${lang} block in WIDGET.md's "Vue and React"`);
  return `${block[1]}\n`;
}

test('WIDGET.md’s React and Vue 3 recipes compile as written', () => {
  const dir = join(here, '.recipes');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  writeFileSync(join(dir, 'Recipe.tsx'), recipe('tsx'));
  writeFileSync(join(dir, 'Recipe.vue'), recipe('vue'));
  const config = (base, env, file) => JSON.stringify({ extends: `../${base}`, files: [`../${env}`], include: [file] });
  writeFileSync(join(dir, 'tsconfig.react.json'), config('tsconfig.react.json', 'react/env.d.ts', 'Recipe.tsx'));
  writeFileSync(join(dir, 'tsconfig.vue.json'), config('tsconfig.vue.json', 'vue/env.d.ts', 'Recipe.vue'));
  for (const [compiler, config] of [
    ['tsc', '.recipes/tsconfig.react.json'],
    ['vue-tsc', '.recipes/tsconfig.vue.json'],
  ]) {
    const { status, output } = compile(compiler, config);
    assert.equal(output, '', config);
    assert.equal(status, 0, config);
  }
  rmSync(dir, { recursive: true, force: true });
});
