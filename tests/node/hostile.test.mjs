// What a hostile or careless page can pass the engine, and what it must
// survive: Proxies whose traps throw, revoked Proxies (a stale Immer or Vue
// draft), inputs the size of the memory, and an instance that traps. After
// all of it the next call answers correctly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TODAY, engine, pkgDir } from './helpers.mjs';

const OPTIONS = { today: TODAY };
/** A profile with a known answer, asked before and after the abuse. */
const EXPERT = { zone: 'chengdu', foreignNational: true, highEndTalent: true, worksInZoneEnterprise: true, age: 64 };
const expected = engine.evaluate(EXPERT, OPTIONS);
const statusOf = (report, id) => report.results.find((r) => r.id === id).status;

test('the reference answer is the documents’ one', () => {
  // A 64-year-old high-end expert in Chengdu's national zone: the national and Sichuan relaxations apply.
  assert.equal(statusOf(expected, 'national.work-permit-age-65'), 'conditional');
  assert.equal(statusOf(expected, 'sichuan.work-permit-age-65'), 'conditional');
  assert.equal(statusOf(expected, 'guizhou.work-permit-age-65'), 'ineligible');
});

function hostile(i) {
  const boom = () => {
    throw new Error(`trap ${i}`);
  };
  const revocable = Proxy.revocable({ zone: 'chengdu' }, {});
  revocable.revoke();
  const kinds = [
    new Proxy({}, { ownKeys: boom }),
    new Proxy({ zone: 'chengdu' }, { getOwnPropertyDescriptor: boom }),
    new Proxy({ zone: 'chengdu' }, { get: boom }),
    new Proxy({}, { getPrototypeOf: boom, ownKeys: boom }),
    revocable.proxy,
  ];
  return kinds[i % kinds.length];
}

test('10,000 throwing and revoked Proxies, as profile, option and value, are refused and brick nothing', () => {
  for (let i = 0; i < 10_000; i++) {
    const bad = hostile(i);
    const calls = [
      () => engine.evaluate(bad, OPTIONS),
      () => engine.evaluate({ zone: 'chengdu' }, bad),
      () => engine.evaluate({ zone: bad }, OPTIONS),
      () => engine.nextQuestions(bad, OPTIONS),
    ];
    const call = calls[i % calls.length];
    assert.throws(call, (error) => error instanceof engine.ProfileError, `input ${i}`);
  }
  assert.deepEqual(engine.evaluate(EXPERT, OPTIONS), expected);
  assert.equal(typeof engine.version(), 'string');
  assert.equal(engine.measures().length, expected.results.length);
});

test('inputs the size of the memory are refused, and the engine answers afterwards', () => {
  // The longest string V8 makes (~512 MiB), a 10-million-slot array, a million keys.
  const huge = 'x'.repeat(2 ** 29 - 24);
  assert.throws(() => engine.evaluate({ zone: huge }, OPTIONS), /^ProfileError: zone: unknown value/);
  assert.throws(() => engine.evaluate({ zone: new Array(10_000_000) }, OPTIONS), /^ProfileError: zone: /);
  const many = {};
  for (let i = 0; i < 1_000_000; i++) many[`k${i}`] = i;
  assert.throws(() => engine.evaluate(many, OPTIONS), /^ProfileError: k0: unknown field/);
  assert.deepEqual(engine.evaluate(EXPERT, OPTIONS), expected);
});

test('an instance that traps is replaced on the next call', () => {
  // The wasm exports themselves (initSync returns them once initialised):
  // each call with a pointer past the end of memory traps half-way and
  // leaks its stack frame, as an exception unwinding through wasm did
  // before, until every call traps.
  const raw = engine.initSync({ module: readFileSync(join(pkgDir, 'hitech_eligibility_bg.wasm')) });
  let broken = null;
  for (let i = 0; i < 100_000 && !broken; i++) {
    assert.throws(() => raw.evaluateParts(0xfffffff0, 1 << 20, 0), WebAssembly.RuntimeError);
    try {
      engine.version();
    } catch (error) {
      broken = error;
    }
  }
  // The package's own call found the instance trapped: that call fails…
  assert.ok(broken instanceof WebAssembly.RuntimeError, 'the instance was bricked');
  // …and the next ones run on a fresh instance, every function of the package.
  assert.deepEqual(engine.evaluate(EXPERT, OPTIONS), expected);
  assert.ok(engine.nextQuestions({}, OPTIONS).length > 0);
  assert.equal(engine.zones().length > 0, true);
  assert.throws(
    () => engine.evaluate({ revenueYaun: 1 }, OPTIONS),
    (e) => e instanceof engine.ProfileError && e.field === 'revenueYaun',
  );
});

test('a getter runs once, even when the core’s own walk takes over', () => {
  const counted = (value) => {
    const seen = { count: 0 };
    const profile = Object.defineProperty({ zone: 'chengdu' }, 'revenueYuan', {
      enumerable: true,
      get() {
        seen.count++;
        return value;
      },
    });
    return { profile, seen };
  };
  // Fast path: a valid amount.
  const fine = counted(5_000_000);
  engine.evaluate(fine.profile, OPTIONS);
  assert.equal(fine.seen.count, 1);
  // The core refuses the value the fast path took apart: its own walk runs on what was read.
  const negative = counted(-1);
  assert.throws(() => engine.evaluate(negative.profile, OPTIONS), /revenueYuan: must not be negative/);
  assert.equal(negative.seen.count, 1);
  // The fast path refuses the profile (an unknown key): the same.
  const typo = counted(1);
  Object.assign(typo.profile, { revenueYaun: 1 });
  assert.throws(() => engine.nextQuestions(typo.profile, OPTIONS), /revenueYaun: unknown field/);
  assert.equal(typo.seen.count, 1);
  // A getter that throws, once, and the core names its field.
  let thrown = 0;
  const throwing = Object.defineProperty({}, 'age', {
    enumerable: true,
    get() {
      thrown++;
      throw new Error('no');
    },
  });
  assert.throws(
    () => engine.evaluate(throwing, OPTIONS),
    (e) => e.field === 'age' && /^age: cannot be read/.test(e.message),
  );
  assert.equal(thrown, 1);
  // A Proxy's traps, once each per key.
  const traps = { ownKeys: 0, get: 0 };
  const proxy = new Proxy(
    { zone: 'chengdu', revenueYuan: -5 },
    {
      ownKeys(target) {
        traps.ownKeys++;
        return Reflect.ownKeys(target);
      },
      get(target, key) {
        traps.get++;
        return Reflect.get(target, key);
      },
    },
  );
  assert.throws(() => engine.evaluate(proxy, OPTIONS), /revenueYuan: must not be negative/);
  assert.deepEqual(traps, { ownKeys: 1, get: 2 });
  // Options too.
  let optionReads = 0;
  const options = Object.defineProperty({}, 'today', {
    enumerable: true,
    get() {
      optionReads++;
      return '2026-02-30';
    },
  });
  assert.throws(
    () => engine.evaluate({}, options),
    (e) => e.field === 'options.today',
  );
  assert.equal(optionReads, 1);
});
