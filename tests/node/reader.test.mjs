// The engine's reader (issue 26): a wasm of its own, which index.js loads with
// the engine (initSync reads it from beside the package in Node) and which the
// glue asks only for a call it cannot take apart or that the engine refuses.
// Each case runs in a fresh process on a copy of pkg/, so that what one loads
// is not already in for the next.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { pkgDir } from './helpers.mjs';

/** Runs `body` (an async function's text, given `pkg`: the copy's URL) in a fresh Node on a copy of pkg/ that `prepare` may change. */
function inCopy(prepare, body) {
  const dir = mkdtempSync(join(tmpdir(), 'hitech-reader-'));
  try {
    cpSync(pkgDir, dir, { recursive: true });
    prepare(dir);
    const script = `const pkg = ${JSON.stringify(pathToFileURL(`${dir}/`).href)};\n${body}`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    return JSON.parse(run.stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const EVALUATE = `
  const good = engine.evaluate({ zone: 'chongqing', highTechEnterprise: true }, { today: '2026-01-01' }).results.length;
  let bad;
  try {
    engine.evaluate({ revenueYaun: 1 }, { today: '2026-01-01' });
  } catch (error) {
    bad = { name: error.name, code: error.code, field: error.field ?? null, message: error.message };
  }
  console.log(JSON.stringify({ good, bad, loaded: engine.readerLoaded() }));
`;

/** The entry point's initSync given the engine's bytes alone (the reader is read beside, or not at all), then EVALUATE. */
const ENTRY_THEN_EVALUATE = `
  const { readFileSync } = await import('node:fs');
  const engine = await import(new URL('index.js', pkg));
  engine.initSync({ module: readFileSync(new URL('hitech_eligibility_bg.wasm', pkg)) });
  ${EVALUATE}`;

test('initSync reads the reader from beside the package: a refused profile gets its ProfileError naming the field', () => {
  const out = inCopy(() => {}, ENTRY_THEN_EVALUATE);
  assert.ok(out.good > 60, `${out.good} results`);
  assert.equal(out.loaded, true);
  assert.deepEqual(out.bad, {
    name: 'ProfileError',
    code: 'unknown-field',
    field: 'revenueYaun',
    message: 'revenueYaun: unknown field (did you mean revenueYuan?)',
  });
});

test('without the reader the engine still evaluates, and a refused profile says the reader is missing, not a wrong message', () => {
  const out = inCopy((dir) => rmSync(join(dir, 'hitech_eligibility_reader_bg.wasm')), ENTRY_THEN_EVALUATE);
  assert.ok(out.good > 60, `${out.good} results`);
  assert.equal(out.loaded, false);
  assert.equal(out.bad.code, 'reader-not-loaded');
  assert.equal(out.bad.name, 'Error');
  assert.match(out.bad.message, /hitech_eligibility_reader_bg\.wasm.*loadReader\(\)/);
});

test('the reader handed to initSync as bytes, and the glue alone (the widget’s import) never loads it', () => {
  const out = inCopy(
    (dir) => rmSync(join(dir, 'hitech_eligibility_reader_bg.wasm')),
    `const { readFileSync } = await import('node:fs');
     // The glue alone first: the engine without the reader.
     const glue = await import(new URL('glue.js', pkg));
     glue.initSync({ module: readFileSync(new URL('hitech_eligibility_bg.wasm', pkg)) });
     const alone = glue.readerLoaded();
     // Then the entry point, given the reader's bytes (here from the build, the copy has none).
     const engine = await import(new URL('index.js', pkg));
     engine.initSync({
       module: readFileSync(new URL('hitech_eligibility_bg.wasm', pkg)),
       reader: readFileSync(${JSON.stringify(join(pkgDir, 'hitech_eligibility_reader_bg.wasm'))}),
     });
     const entry = engine.readerLoaded();
     ${EVALUATE.replace('console.log(JSON.stringify({', 'console.log(JSON.stringify({ alone, entry,')}`,
  );
  assert.equal(out.alone, false, 'the glue alone has no reader');
  assert.equal(out.entry, true);
  assert.equal(out.bad.code, 'unknown-field');
  assert.equal(out.bad.field, 'revenueYaun');
});
