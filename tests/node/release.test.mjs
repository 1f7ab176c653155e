// The release check (scripts/release.mjs, run by scripts/release.sh on the
// tarball it packs): the built package passes it, and a copy broken in each
// way it looks for fails it, naming the problem.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { pkgDir } from './helpers.mjs';
import { manifest, sri } from '../../scripts/integrity.mjs';
import { problems } from '../../scripts/release.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'hitech-release-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of pkg/ changed by `change`, and the release check's problems with it. */
function broken(name, change) {
  const dir = join(scratch, name);
  cpSync(pkgDir, dir, { recursive: true });
  change(dir);
  return problems(dir);
}

test('the built package is ready: every file packed, release files there, manifest current, no phantom reference', () => {
  assert.deepEqual(problems(pkgDir), []);
});

test('integrity.json lists every file of the package with its size and SHA-384', () => {
  const stated = JSON.parse(readFileSync(join(pkgDir, 'integrity.json'), 'utf8'));
  assert.deepEqual(stated, manifest(pkgDir));
  for (const file of [
    'index.js',
    'glue.js',
    'reader.js',
    'hitech-eligibility.js',
    'hitech_eligibility_bg.wasm',
    'hitech_eligibility_reader_bg.wasm',
    'batch/batch_bg.wasm',
  ]) {
    const bytes = readFileSync(join(pkgDir, file));
    assert.deepEqual(stated.files[file], { size: bytes.length, integrity: sri(bytes) }, file);
  }
  assert.match(stated.files['index.js'].integrity, /^sha384-[A-Za-z0-9+/]{64}$/);
});

test('a stale manifest, a phantom import, a missing release file and a dead export are each refused', () => {
  assert.deepEqual(
    broken('stale', (dir) => appendFileSync(join(dir, 'dom.js'), '\n')),
    ['integrity.json does not match dom.js'],
  );
  const phantom = broken('phantom', (dir) => {
    appendFileSync(join(dir, 'share.js'), '\nimport"./gone.js";\n');
    writeFileSync(join(dir, 'integrity.json'), JSON.stringify(manifest(dir)));
  });
  assert.deepEqual(phantom, ['share.js names gone.js, which the tarball lacks']);
  const deploy = broken('deploy', (dir) => {
    rmSync(join(dir, 'DEPLOY.md'));
    writeFileSync(join(dir, 'integrity.json'), JSON.stringify(manifest(dir)));
  });
  assert.deepEqual(deploy, ['the release file DEPLOY.md is missing']);
  const dead = broken('dead', (dir) => {
    const meta = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    meta.exports['./gone'] = './gone.js';
    writeFileSync(join(dir, 'package.json'), JSON.stringify(meta));
    writeFileSync(join(dir, 'integrity.json'), JSON.stringify(manifest(dir)));
  });
  assert.deepEqual(dead, ['package.json names ./gone.js, which the tarball lacks']);
});
