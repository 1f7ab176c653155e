// No phantom references in pkg/: every file a shipped module names — by
// `new URL('…', import.meta.url)` (which bundlers resolve at build time: a
// missing file fails webpack 5 and warns in Vite), by a relative import or
// by a worker's importScripts — is a file of pkg/. wasm-bindgen's default
// path in engine.js (`engine_bg.wasm`, a file pkg/ does not contain) is
// rewritten by scripts/build.sh; these tests hold it there.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { pkgDir } from './helpers.mjs';

/** Every .js file under pkg/, as [path, text]. */
function modules(dir = pkgDir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...modules(path));
    else if (entry.name.endsWith('.js')) found.push([path, readFileSync(path, 'utf8')]);
  }
  return found;
}

const files = modules();

test('pkg/ has the modules these scans read', () => {
  const names = files.map(([path]) => relative(pkgDir, path));
  for (const name of [
    'glue.js',
    'reader.js',
    'index.js',
    'hitech-eligibility.js',
    'batch/hitech-batch.js',
    'batch/batch-worker.js',
  ]) {
    assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);
  }
});

test('every new URL(…, import.meta.url) in pkg/ names a literal file that pkg/ contains', () => {
  let seen = 0;
  for (const [path, text] of files) {
    // Every mention of import.meta.url must be the second argument of a new URL with a literal first.
    const mentions = text.split('import.meta.url').length - 1;
    const literal = [...text.matchAll(/new URL\(\s*(['"])([^'"]+)\1\s*,\s*import\.meta\.url\s*\)/g)];
    assert.equal(
      literal.length,
      mentions,
      `${relative(pkgDir, path)}: import.meta.url outside new URL('literal', import.meta.url)`,
    );
    for (const [, , target] of literal) {
      seen++;
      const file = join(dirname(path), target);
      assert.ok(existsSync(file), `${relative(pkgDir, path)} names ${target}, which pkg/ does not contain`);
    }
  }
  // init.js (the wasm), hitech-eligibility.js (the stylesheet: styles.js, bundled), hitech-batch.js (its stylesheet and worker).
  assert.ok(seen >= 4, `only ${seen} new URL(…, import.meta.url) found`);
});

test('every relative import and importScripts in pkg/ names a file pkg/ contains', () => {
  for (const [path, text] of files) {
    const specifiers = [
      ...[...text.matchAll(/^\s*(?:import|export)\b[^'";]*?\bfrom\s*['"](\.{1,2}\/[^'"]+)['"]/gm)].map((m) => m[1]),
      ...[...text.matchAll(/^\s*import\s*['"](\.{1,2}\/[^'"]+)['"]/gm)].map((m) => m[1]),
      ...[...text.matchAll(/\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g)].map((m) => m[1]),
      ...[...text.matchAll(/\bimportScripts\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]),
    ];
    for (const specifier of specifiers) {
      assert.ok(
        existsSync(join(dirname(path), specifier)),
        `${relative(pkgDir, path)} names ${specifier}, which pkg/ does not contain`,
      );
    }
  }
});

test("the bindings have no default wasm path: wasm-bindgen's engine_bg.wasm and reader_bg.wasm are gone, and init without a path says what to do", () => {
  // The engine's bindings are bundled into glue.js; the reader's are reader.js.
  for (const file of ['glue.js', 'reader.js']) {
    const text = readFileSync(join(pkgDir, file), 'utf8');
    assert.doesNotMatch(text, /(?<!\w)(engine|reader)_bg\.wasm/, file);
  }
  assert.match(readFileSync(join(pkgDir, 'glue.js'), 'utf8'), /engine\.js has no default wasm; call init\(\) from index\.js/);
  // In a fresh process (the helpers' instance is initialised already).
  const run = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const { default: init } = await import(${JSON.stringify(pathToFileURL(join(pkgDir, 'reader.js')).href)});
       try { await init(); console.log('initialised'); } catch (error) { console.log(error.message); }`,
    ],
    { encoding: 'utf8' },
  );
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^hitech-eligibility: reader\.js has no default wasm; call init\(\) from index\.js/);
});

test('the package manifest keeps the element registrations (sideEffects) so a bundler cannot drop them', () => {
  const manifest = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  const sideEffects = manifest.sideEffects;
  assert.ok(Array.isArray(sideEffects), 'sideEffects is a list');
  // Each module that calls customElements.define must be listed (a glob of webpack's and Rollup's kind).
  const matches = (file, pattern) => {
    const glob = pattern.replace(/^\.\//, '');
    const re = new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
    return pattern.includes('/') ? re.test(file) : re.test(file.split('/').pop());
  };
  const defining = files
    .filter(([, text]) => /customElements\.define\(/.test(text))
    .map(([path]) => relative(pkgDir, path).split('\\').join('/'));
  assert.ok(defining.includes('hitech-eligibility.js') && defining.includes('batch/hitech-batch.js'), defining.join());
  for (const file of defining) {
    assert.ok(
      sideEffects.some((pattern) => matches(file, pattern)),
      `${file} defines an element but is not in sideEffects ${JSON.stringify(sideEffects)}`,
    );
  }
});
