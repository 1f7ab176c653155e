// The release files and the licence check: LICENSE-MIT, LICENSE-APACHE,
// CHANGELOG.md and THIRD-PARTY-NOTICES are in pkg/ and in its tarball; the
// notices are the ones scripts/notices.mjs writes from Cargo.lock now; and
// every crate compiled into the wasm is under a licence of the allowed list
// (MIT, Apache-2.0, BSD-2/3-Clause, ISC, Unicode-3.0, Unicode-DFS-2016,
// Zlib, or an OR/AND of them) — a dependency outside it fails this test, and
// so the test command.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { pkgDir, root } from './helpers.mjs';
import { allowedLicence, crates, notices, npmShipped } from '../../scripts/notices.mjs';

test('the licence check reads SPDX expressions: OR needs one allowed side, AND both, anything else fails', () => {
  for (const ok of [
    'MIT',
    'Apache-2.0 OR MIT',
    'MIT/Apache-2.0',
    'Unlicense OR MIT',
    '(Apache-2.0 OR MIT) AND BSD-3-Clause',
    '(MIT OR Apache-2.0) AND Unicode-3.0',
    'MIT OR Zlib OR Apache-2.0',
    'ISC',
    'BSD-2-Clause AND Unicode-DFS-2016',
  ]) {
    assert.equal(allowedLicence(ok), true, ok);
  }
  for (const bad of [
    'GPL-3.0-only',
    'MIT AND GPL-3.0-only',
    'LGPL-2.1 OR MPL-2.0',
    'Apache-2.0 WITH LLVM-exception',
    'Unlicense',
    '(MIT',
    'MIT OR',
    '',
    null,
    undefined,
  ]) {
    assert.equal(allowedLicence(bad), false, String(bad));
  }
});

const list = crates();

test('the crates listed are those compiled into the wasm: normal dependencies for wasm32, no proc-macro or dev-dependency', () => {
  const names = new Set(list.map((c) => c.name));
  for (const name of ['wasm-bindgen', 'js-sys', 'serde', 'serde_json', 'encoding_rs', 'calamine', 'zip', 'csv']) {
    assert.ok(names.has(name), `${name} is compiled into the wasm`);
  }
  for (const name of [
    'serde_derive',
    'thiserror-impl',
    'wasm-bindgen-macro',
    'syn',
    'criterion',
    'proptest',
    'hitech-eligibility',
  ]) {
    assert.ok(!names.has(name), `${name} is not compiled into the wasm`);
  }
});

test('every crate compiled into the wasm is under an allowed licence', () => {
  const refused = list.filter((c) => !allowedLicence(c.license)).map((c) => `${c.name} ${c.version}: ${c.license}`);
  assert.deepEqual(refused, [], 'crates whose licence the package cannot ship (scripts/notices.mjs ALLOWED)');
});

test('no npm package is shipped inside pkg/ (so none needs a notice)', () => {
  assert.deepEqual(npmShipped(), []);
  const manifest = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  assert.equal(manifest.dependencies, undefined);
});

test('pkg/ carries the licences, the changelog and the notices as generated now, and its tarball does too', () => {
  for (const file of ['LICENSE-MIT', 'LICENSE-APACHE', 'CHANGELOG.md']) {
    assert.ok(readFileSync(join(pkgDir, file)).equals(readFileSync(join(root, file))), `pkg/${file} is the root's`);
  }
  assert.match(readFileSync(join(root, 'LICENSE-APACHE'), 'utf8'), /Apache License\s+Version 2\.0, January 2004/);
  assert.match(readFileSync(join(root, 'LICENSE-MIT'), 'utf8'), /^MIT License/);
  const shipped = readFileSync(join(pkgDir, 'THIRD-PARTY-NOTICES'), 'utf8');
  assert.equal(shipped, notices(), 'pkg/THIRD-PARTY-NOTICES is stale: run scripts/build.sh');
  for (const c of list) assert.ok(shipped.includes(`  ${c.name} ${c.version}  ${c.license}`), c.name);
  const [packed] = JSON.parse(execFileSync('npm', ['pack', pkgDir, '--dry-run', '--json'], { encoding: 'utf8', cwd: root }));
  const files = packed.files.map((f) => f.path);
  for (const file of ['LICENSE-MIT', 'LICENSE-APACHE', 'CHANGELOG.md', 'THIRD-PARTY-NOTICES']) {
    assert.ok(files.includes(file), `${file} in the tarball: ${files.join(', ')}`);
  }
});
