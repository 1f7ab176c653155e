// The catalogue's long words out of the engine's wasm (issue 26): the
// quotes, notes and lists of several responsible departments are in
// pkg/details.json, not in the wasm, and measures() with them put back is
// the command line's `measures`, byte for byte.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, engine, pkgDir, staleness } from './helpers.mjs';

const wasm = readFileSync(join(pkgDir, 'hitech_eligibility_bg.wasm'));
const details = JSON.parse(readFileSync(join(pkgDir, 'details.json'), 'utf8'));
const full = () => JSON.parse(execFileSync(cli(), ['measures'], { encoding: 'utf8', maxBuffer: 64 << 20 }));

/** Same value and same key order. */
function same(actual, expected, message) {
  assert.deepStrictEqual(actual, expected, message);
  assert.equal(JSON.stringify(actual), JSON.stringify(expected), `${message}: key order`);
}

test('measures() (initSync, details.json read beside the package) is the command line’s measures, keys in order', () => {
  same(engine.measures(), full(), `measures()${staleness()}`);
});

test('the wasm holds no quote, no note and no list of several departments; details.json holds each', () => {
  const catalogue = full();
  assert.deepEqual(
    Object.keys(details),
    catalogue.map((m) => m.id),
  );
  let lists = 0;
  for (const m of catalogue) {
    assert.deepEqual(Object.keys(details[m.id]), ['quote', 'responsible', 'note'], m.id);
    assert.equal(details[m.id].quote, m.quote, m.id);
    assert.ok(!wasm.includes(Buffer.from(m.quote)), `${m.id}: its quote is in the wasm`);
    if (m.note) assert.ok(!wasm.includes(Buffer.from(m.note['zh-Hans'])), `${m.id}: its note is in the wasm`);
    if (m.responsible && /[、,，]/.test(m.responsible['zh-Hans'] + m.responsible.en)) {
      lists++;
      assert.ok(!wasm.includes(Buffer.from(m.responsible['zh-Hans'])), `${m.id}: its list of departments is in the wasm`);
    }
  }
  assert.ok(lists > 0, 'some measure lists several departments');
  // A single authority stays: a restated rule's card names it before the details are in.
  const lean = engine.measures({ details: false });
  const kept = lean.filter((m) => m.responsible !== null);
  assert.ok(kept.length > 0 && kept.every((m) => !/[、,，]/.test(m.responsible['zh-Hans'])));
  assert.ok(lean.every((m) => m.quote === '' && m.note === null));
});

test('without details.json, measures() says what to do; initSync({ module, details }) gives every word', async () => {
  // A copy of the package without details.json: a module state of its own.
  const dir = mkdtempSync(join(tmpdir(), 'hitech-details-'));
  try {
    cpSync(pkgDir, dir, { recursive: true });
    rmSync(join(dir, 'details.json'));
    const copy = await import(join(dir, 'index.js'));
    copy.initSync({ module: wasm });
    assert.throws(() => copy.measures(), /measures\(\) needs details\.json/);
    assert.equal(copy.measures({ details: false }).length, Object.keys(details).length);
    assert.throws(() => copy.initSync({ module: wasm, details: [] }), /content of details\.json/);
    copy.initSync({ module: wasm, details });
    same(copy.measures(), engine.measures(), 'measures() with the details given to initSync');
    // A details.json of another release is refused, naming the measure.
    copy.initSync({ module: wasm, details: { ...details, 'national.key-lab-priority': undefined } });
    assert.throws(() => copy.measures(), /national\.key-lab-priority/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
