// pkg/ as a package: its manifest, that its exports resolve, that the
// README's Node example runs as written, and the size report.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pkgDir, root } from './helpers.mjs';

const manifest = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));

test('pkg/package.json names the package and takes the crate version', () => {
  const cargo = readFileSync(join(root, 'Cargo.toml'), 'utf8');
  assert.equal(manifest.name, 'hitech-eligibility');
  assert.equal(manifest.version, cargo.match(/^version\s*=\s*"([^"]+)"/m)[1]);
  assert.equal(manifest.type, 'module');
  assert.equal(manifest.types, './index.d.ts');
  assert.equal(manifest.exports['.'].default, './index.js');
  assert.equal(manifest.exports['.'].types, './index.d.ts');
  assert.deepEqual(manifest.exports['./widget'], { types: './hitech-eligibility.d.ts', default: './hitech-eligibility.js' });
  assert.ok(Array.isArray(manifest.files));
});

test('every exported file exists after the build', () => {
  for (const [subpath, target] of Object.entries(manifest.exports)) {
    if (subpath.includes('*')) continue;
    for (const file of typeof target === 'string' ? [target] : Object.values(target)) {
      assert.ok(existsSync(join(pkgDir, file)), `${subpath} → ${file}`);
    }
  }
});

test("the README's Node example runs against the installed package", () => {
  const readme = readFileSync(join(pkgDir, 'README.md'), 'utf8');
  const example = readme.match(/In Node ≥ 20, with the wasm bytes:\n\n```js\n([\s\S]*?)```/)?.[1];
  assert.ok(example, 'README has the Node example');
  const dir = mkdtempSync(join(tmpdir(), 'hitech-pkg-'));
  try {
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(pkgDir, join(dir, 'node_modules', 'hitech-eligibility'), 'dir');
    // The example, plus a line that prints what it computed.
    const script =
      example.replace(/\nevaluate\(/, '\nconst report = evaluate(') + '\nconsole.log(JSON.stringify(report.results.length));\n';
    writeFileSync(join(dir, 'example.mjs'), script);
    const run = spawnSync(process.execPath, ['example.mjs'], { cwd: dir, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.ok(Number(run.stdout) >= 15, run.stdout);
    // The widget subpath resolves too (it needs a DOM to run, so only resolve it).
    const resolved = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', "console.log(import.meta.resolve('hitech-eligibility/widget'))"],
      { cwd: dir, encoding: 'utf8' },
    );
    assert.equal(resolved.status, 0, resolved.stderr);
    assert.match(resolved.stdout, /hitech-eligibility\.js/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('size-report reports both groups and checks the budgets', () => {
  const run = spawnSync(process.execPath, [join(root, 'scripts', 'size-report.mjs'), '--json'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const sizes = JSON.parse(run.stdout);
  // The glue as the widget fetches it: glue.js (its modules and the engine's bindings bundled in),
  // read from the built files. And catalogue.json, which the glue fetches with the wasm (issue 26).
  assert.deepEqual(sizes.engine.files.map((f) => f.file).sort(), ['catalogue.json', 'glue.js', 'hitech_eligibility_bg.wasm']);
  assert.equal(sizes.engine.budget, 38 * 1024);
  // The engine's reader: its wasm, its bindings and the entry point that loads it, in no first visit.
  assert.deepEqual(sizes.reader.files.map((f) => f.file).sort(), ['hitech_eligibility_reader_bg.wasm', 'index.js', 'reader.js']);
  for (const group of Object.keys(sizes).filter((g) => g.includes('first visit'))) {
    for (const file of sizes.reader.files)
      assert.ok(!sizes[group].files.some((f) => f.file === file.file), `${group}: not ${file.file}`);
  }
  // The catalogue's words, one file per language.
  for (const lang of ['zh-Hans', 'en']) {
    assert.deepEqual(
      sizes[`words (${lang})`].files.map((f) => f.file),
      [`words-${lang}.json`],
    );
    assert.equal(sizes[`words (${lang})`].budget, 9 * 1024);
  }
  // The quotes and notes the wasm is built without (issue 26): a group of their own, in no first visit.
  assert.deepEqual(
    sizes.details.files.map((f) => f.file),
    ['details.json'],
  );
  assert.equal(sizes.details.budget, 20 * 1024);
  for (const group of Object.keys(sizes).filter((g) => g.includes('first visit'))) {
    assert.ok(!sizes[group].files.some((f) => f.file === 'details.json'), `${group} leaves details.json for later`);
  }
  // What a first visit of one language loads before the widget is interactive, and every widget file.
  for (const lang of ['zh-Hans', 'en']) {
    const visit = sizes[`widget first visit (${lang})`];
    assert.equal(visit.budget, 27 * 1024);
    // Bundled (scripts/bundle.mjs): the element's module and the words of one language, nothing else of the widget.
    assert.deepEqual(visit.files.map((f) => f.file).sort(), ['hitech-eligibility.js', `i18n-${lang}.js`], lang);
  }
  // Every chunk: 40 KB since the second trial's signposts and the audience choice prepared in idle time,
  // 41 KB since the first visit's modules carry the eager-compilation hint (bench/decisions.md).
  assert.equal(sizes.widget.budget, 41 * 1024);
  // The whole first visit of one language: the engine, that language's words (not the other's) and
  // the widget's first visit, each file once, against its budget and issue 26's goal.
  for (const lang of ['zh-Hans', 'en']) {
    const whole = sizes[`first visit (${lang})`];
    const groups = [sizes.engine, sizes[`words (${lang})`], sizes[`widget first visit (${lang})`]];
    const parts = groups.flatMap((g) => g.files);
    assert.deepEqual(whole.files.map((f) => f.file).sort(), parts.map((f) => f.file).sort(), lang);
    const other = lang === 'en' ? 'zh-Hans' : 'en';
    assert.ok(!whole.files.some((f) => f.file === `words-${other}.json`), `${lang}: not the other language's words`);
    assert.equal(
      whole.gzip,
      groups.reduce((sum, g) => sum + g.gzip, 0),
      lang,
    );
    assert.equal(
      whole.brotli,
      groups.reduce((sum, g) => sum + g.brotli, 0),
      lang,
    );
    assert.equal(whole.budget, 72 * 1024);
    // Issue 26: a first visit of one language, compressed as the demo server sends it, ≤ 60 KB.
    assert.equal(whole.brotliBudget, 60 * 1024);
    assert.ok(whole.brotli <= whole.brotliBudget, `${lang}: ${whole.brotli} B brotli`);
  }
  for (const group of Object.values(sizes)) {
    for (const f of group.files) assert.ok(f.gzip > 0 && f.gzip < f.raw && f.brotli > 0 && f.brotli < f.raw, f.file);
  }
  const md = spawnSync(process.execPath, [join(root, 'scripts', 'size-report.mjs'), '--markdown'], { encoding: 'utf8' });
  assert.match(md.stdout, /^\| file \| raw \(bytes\) \| gzip -9 \(bytes\) \| brotli 11 \(bytes\) \|$/m);
});

/**
 * `check(dir, run)` on a copy of pkg/ in `dir`, which it may change; `run(...args)` is the size
 * report of that copy. The copy is removed after.
 */
function onPkgCopy(check) {
  const dir = mkdtempSync(join(tmpdir(), 'hitech-size-'));
  try {
    cpSync(pkgDir, dir, { recursive: true });
    check(dir, (...args) =>
      spawnSync(process.execPath, [join(root, 'scripts', 'size-report.mjs'), '--pkg', dir, ...args], { encoding: 'utf8' }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('size-report --check fails a first visit of one language over its budget, and names it', () =>
  onPkgCopy((dir, run) => {
    const sizes = JSON.parse(run('--json').stdout);
    const room = sizes['first visit (en)'].budget - sizes['first visit (en)'].gzip;
    assert.ok(room > 0, 'the copy is within its budget');
    assert.equal(run('--check').status, 0);
    // English words grown by more than the room left: random bytes, which no compressor shrinks.
    const words = join(dir, 'i18n-en.js');
    writeFileSync(words, `${readFileSync(words, 'utf8')}/*${randomBytes(room + 512).toString('base64')}*/\n`);
    const over = run('--check');
    assert.equal(over.status, 1, over.stdout);
    const budget = sizes['first visit (en)'].budget;
    assert.match(
      over.stderr,
      new RegExp(`^size-report: first visit \\(en\\) is \\d+ bytes gzip .* over its budget of ${budget} bytes`, 'm'),
    );
    assert.doesNotMatch(over.stderr, /\(zh-Hans\) is/, 'the other language is within its budget');
  }));

test('size-report --check fails a first visit over issue 26’s 60 KB brotli, though within its gzip budget', () =>
  onPkgCopy((dir, run) => {
    const before = JSON.parse(run('--json').stdout)['first visit (en)'];
    const room = before.brotliBudget - before.brotli;
    assert.ok(room > 0, 'the copy is within 60 KB brotli');
    // The English catalogue words grown by 256 bytes more than the brotli room: random bytes,
    // which no compressor shrinks, so gzip grows by as much and stays within its own budget.
    const words = join(dir, 'words-en.json');
    writeFileSync(words, Buffer.concat([readFileSync(words), randomBytes(room + 256)]));
    const after = JSON.parse(run('--json').stdout)['first visit (en)'];
    assert.ok(after.brotli > after.brotliBudget, `${after.brotli} B brotli`);
    assert.ok(after.gzip <= after.budget, `gzip ${after.gzip} B still within ${after.budget} B: the brotli budget is what fails`);
    const over = run('--check');
    assert.equal(over.status, 1, over.stdout);
    assert.match(
      over.stderr,
      new RegExp(
        `^size-report: first visit \\(en\\) is ${after.brotli} bytes brotli .* over its budget of ${60 * 1024} bytes`,
        'm',
      ),
    );
    assert.doesNotMatch(over.stderr, /\(zh-Hans\) is/, 'the other language is within its budgets');
  }));

test('the package states its browser floor, and the wasm needs nothing above it', () => {
  assert.deepEqual(manifest.browserslist, ['safari >= 15', 'ios_saf >= 15', 'chrome >= 86', 'and_chr >= 86', 'firefox >= 91']);
  // binaryen validates the shipped module with exactly the floor's WebAssembly
  // features: reference types (Chromium 96) would fail here.
  const floor = [
    '--mvp-features',
    '--enable-mutable-globals',
    '--enable-sign-ext',
    '--enable-nontrapping-float-to-int',
    '--enable-bulk-memory',
    '--enable-bulk-memory-opt',
    '--enable-multivalue',
  ];
  // The build and the wasm tests read the same list from this file.
  const listed = readFileSync(join(root, 'scripts/wasm-floor-features'), 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#'));
  assert.deepEqual(listed, floor);
  const run = spawnSync(
    join(root, 'node_modules/.bin/wasm-opt'),
    [join(pkgDir, 'hitech_eligibility_bg.wasm'), ...floor, '-o', '/dev/null'],
    { encoding: 'utf8' },
  );
  assert.equal(run.status, 0, run.stderr);
  const refused = spawnSync(
    join(root, 'node_modules/.bin/wasm-opt'),
    [join(pkgDir, 'hitech_eligibility_bg.wasm'), '--mvp-features', '-o', '/dev/null'],
    { encoding: 'utf8' },
  );
  assert.notEqual(refused.status, 0, 'the check can fail: the module does use post-MVP features');
  // A module above the floor (reference types, Chromium 96) fails the same check.
  const fixture = join(root, 'tests/fixtures/above-floor.wat');
  const above = spawnSync(join(root, 'node_modules/.bin/wasm-opt'), [fixture, ...floor, '-o', '/dev/null'], { encoding: 'utf8' });
  assert.notEqual(above.status, 0, 'a reference-types module passed the floor check');
  assert.match(above.stderr, /reference[- ]types/i);
  const fine = spawnSync(
    join(root, 'node_modules/.bin/wasm-opt'),
    [fixture, ...floor, '--enable-reference-types', '-o', '/dev/null'],
    { encoding: 'utf8' },
  );
  assert.equal(fine.status, 0, `the fixture itself is valid with reference types: ${fine.stderr}`);
  // The widget's styles as a file, for browsers without constructable stylesheets.
  const css = readFileSync(join(pkgDir, 'hitech-eligibility.css'), 'utf8');
  assert.match(css, /\.card \{/);
  assert.ok(existsSync(join(pkgDir, 'nomodule.js')));
});

test('the modules of a first visit are marked for eager compilation, the lazy ones are not, and their maps follow', async () => {
  const { EAGER, HINT } = await import('../../scripts/eager.mjs');
  for (const name of EAGER) {
    const code = readFileSync(join(pkgDir, name), 'utf8');
    assert.ok(code.startsWith(`${HINT}\n`), `${name} starts with ${HINT}`);
    assert.equal(code.indexOf(HINT, 1), -1, `${name}: once`);
    // One line more at the top, one empty line of mappings more in its map.
    const map = JSON.parse(readFileSync(join(pkgDir, `${name}.map`), 'utf8'));
    assert.ok(map.mappings.startsWith(';'), `${name}.map moved down a line`);
    assert.ok(code.trimEnd().endsWith(`//# sourceMappingURL=${name}.map`), name);
  }
  for (const name of ['link.js', 'print.js', 'catalogue-view.js', 'signposts.js']) {
    assert.ok(!readFileSync(join(pkgDir, name), 'utf8').includes(HINT), `${name} is loaded later: compiled lazily`);
  }
});
