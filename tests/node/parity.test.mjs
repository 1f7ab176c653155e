// Parity: the wasm package and the native command line are built from the
// same core and must agree exactly — the same report for every profile, the
// same message for every bad one. The CLI contract (SPEC.md §4): `check
// --jsonl FILE` prints one report per line, a bad line as
// {"line": N, "error": "…"}, and exits 2 at the end if any line was bad.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { spawnSync } from 'node:child_process';
import { cli, cliJsonl, corpus, engine, prng, staleness, TODAY, wasmRecord } from './helpers.mjs';

/** The glue's tables (catalogue.json with its words, as index.js reads them). */
const tables = () => engine.__steps.tables();

const dir = mkdtempSync(join(tmpdir(), 'hitech-parity-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const money = (r) =>
  r.pick([
    () => 0,
    () => r.int(0, 1_000_000_000),
    () => r.int(0, 100_000_000_000) / 100,
    () => 300_000_000,
    () => 300_000_000.01,
    () => 15_000_000,
    () => 10_000_000_000_000,
  ])();
const bool = (r) => r.chance(0.5);
const date = (r) => `${r.int(1930, 2025)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;

const age = (r) => r.pick([() => r.int(18, 80), () => 65, () => 66, () => 0, () => 150])();

/**
 * How to draw a valid value for each fact, from its kind in the engine's own
 * fact table (a fact added to src/engine/fact.rs is drawn here without a word
 * written): yes/no, an amount (or, for `age`, an age), one of its values.
 */
const FACT_TABLE = tables();
const FACTS = Object.fromEntries(
  FACT_TABLE.facts.map((name, i) => {
    const kind = FACT_TABLE.kinds[i];
    if (name === 'age') return [name, age];
    if (kind === 'bool') return [name, bool];
    if (kind === 'number') return [name, money];
    return [name, (r) => r.pick(kind)];
  }),
);
FACTS.birthDate = date;

/** Values no fact accepts, to compare error messages. */
const BAD = [-1, 0.001, 1e14, 151, 1.5, 'yes', true, 'beijing', {}, [], '2026-13-01', 'unknown-zone'];

function randomProfile(r) {
  const profile = { asOf: r.chance(0.8) ? TODAY : date(r).replace(/^\d{4}/, String(r.int(2020, 2030))) };
  const names = Object.keys(FACTS);
  const count = r.int(0, 12);
  for (let i = 0; i < count; i++) {
    const name = r.pick(names);
    // Mostly valid values; sometimes a wrong one, a null or a typo.
    if (r.chance(0.04)) profile[name] = r.pick(BAD);
    else if (r.chance(0.03)) profile[name] = null;
    else if (r.chance(0.01)) profile[`${name}s`] = true;
    else profile[name] = FACTS[name](r);
  }
  return profile;
}

/** Evaluates the profiles in both and compares line by line. */
function compare(profiles, label) {
  const file = join(dir, `${label}.jsonl`);
  writeFileSync(file, profiles.map((p) => JSON.stringify(p)).join('\n') + '\n');
  const { status, outputs, stderr } = cliJsonl(file);
  assert.equal(outputs.length, profiles.length, `N lines in, N lines out (stderr: ${stderr})`);
  let bad = 0;
  profiles.forEach((profile, i) => {
    const native = outputs[i];
    if ('error' in native) bad++;
    // A wasm error record is shaped like the CLI's, so one deepEqual compares
    // reports and error messages alike.
    assert.deepEqual(
      wasmRecord(profile, i + 1),
      native,
      `${label} line ${i + 1}: ${JSON.stringify(profile)} differs between wasm and the CLI${staleness()}`,
    );
  });
  assert.equal(status, bad > 0 ? 2 : 0, `exit status with ${bad} bad lines`);
  return bad;
}

test('the hand-made corpus gives identical reports in wasm and in the CLI', () => {
  const profiles = corpus();
  assert.ok(profiles.length >= 40, 'corpus has at least 40 profiles');
  assert.equal(compare(profiles, 'corpus'), 0, 'every corpus profile is valid');
});

test('the random profiles draw every fact of the table, valid values included', () => {
  const r = prng(7);
  const drawn = new Map();
  for (let i = 0; i < 2000; i++) {
    for (const [name, value] of Object.entries(randomProfile(r))) {
      let valid = true;
      try {
        engine.evaluate({ [name]: value }, { explain: false, today: TODAY });
      } catch {
        valid = false; // a wrong value on purpose, a null, or a typo'd name
      }
      if (valid && value !== null) drawn.set(name, (drawn.get(name) ?? 0) + 1);
    }
  }
  for (const name of [...FACT_TABLE.facts, 'birthDate']) assert.ok(drawn.get(name) > 0, `${name} is drawn`);
});

test('the default date: both use Beijing’s date and say it was defaulted', () => {
  const run = spawnSync(cli(), ['check', '-'], { input: '{"province": "sichuan"}', encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const native = JSON.parse(run.stdout);
  const ours = engine.evaluate({ province: 'sichuan' });
  // Unless the two calls straddle Beijing's midnight, the reports are identical.
  if (native.asOf === ours.asOf) assert.deepEqual(ours, native);
  assert.equal(native.asOfDefaulted, true);
  assert.equal(ours.asOfDefaulted, true);
});

test('every result carries nature and draft, in the CLI’s key order', () => {
  const file = join(dir, 'order.jsonl');
  const profiles = corpus();
  writeFileSync(file, profiles.map((p) => JSON.stringify(p)).join('\n') + '\n');
  const { outputs } = cliJsonl(file);
  profiles.forEach((profile, i) => {
    const ours = engine.evaluate(profile, { today: TODAY });
    // JSON.stringify writes keys in insertion order: same text, same order.
    assert.equal(JSON.stringify(ours), JSON.stringify(outputs[i]), `line ${i + 1}${staleness()}`);
    assert.deepEqual(Object.keys(ours), ['contract', 'asOf', 'asOfDefaulted', 'results']);
    for (const r of ours.results) assert.ok(typeof r.nature === 'string' && typeof r.draft === 'boolean', r.id);
  });
});

test('200 random profiles (seeded) give identical reports and errors', () => {
  const seed = Number(process.env.PARITY_SEED ?? 20260101);
  const r = prng(seed);
  const profiles = Array.from({ length: 200 }, () => randomProfile(r));
  const bad = compare(profiles, `random-${seed}`);
  // The generator is meant to mix both kinds.
  assert.ok(bad > 0 && bad < 200, `${bad} of 200 random profiles were errors (seed ${seed})`);
});

test('bad inputs give the same message in wasm and in the CLI', () => {
  const table = [
    { revenueYaun: 1 },
    { revenueYuan: -1 },
    { revenueYuan: '1000' },
    { revenueYuan: 0.001 },
    { revenueYuan: 1e14 },
    { rdExpenseYuan: -0.01 },
    { techIncomeYuan: true },
    { age: 151 },
    { age: -1 },
    { age: 30.5 },
    { age: '30' },
    { birthDate: '2027-01-01' },
    { birthDate: '1960-02-30' },
    { birthDate: '1960-2-3' },
    { asOf: '2026/01/01' },
    { asOf: 20260101 },
    { province: 'beijing' },
    { zoneLevel: 'municipal' },
    { zone: 'shanghai' },
    { zone: 'chengdu', province: 'guizhou' },
    { zone: 'guiyang', zoneLevel: 'provincial' },
    { techSme: true, techEnterprise: false },
    { researcher: true, techPersonnel: false },
    { registersTechContracts: true },
    { registersTechContracts: null },
    { zone: 'jingrong-town', province: 'chongqing' },
    { smallOrMediumEnterprise: 'yes' },
    { commissionedRd: 0 },
    { age: 30, birthDate: '1960-01-01' },
    { highTechEnterprise: 'yes' },
    { highTechEnterprise: 1 },
    { graduation: 'phd' },
    { achievementTransferRole: 'buyer' },
    { foreignNational: { yes: true } },
    { listedOnStarMarket: [] },
    { ['x'.repeat(100)]: 1 },
    { zoneLevle: 'national', provnce: 'sichuan' },
    { province: 'sichuan', revenueYuan: -5, zone: 'nowhere' },
    [],
    [{ province: 'sichuan' }],
    null,
    42,
    'sichuan',
    true,
  ];
  // The CLI's default date is its own today: give every object an asOf.
  const withDate = table.map((p) =>
    p && typeof p === 'object' && !Array.isArray(p) && !('asOf' in p) ? { asOf: TODAY, ...p } : p,
  );
  const bad = compare(withDate, 'errors');
  assert.equal(bad, table.length, 'every line of the table is an error');
});
