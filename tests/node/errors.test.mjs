// Errors in the user's language (issue 25.4) and objects of a million keys
// (security review L6): every refusal the JavaScript API can give carries a
// stable code, the field, and its message in zh-Hans and en; the stand-in
// the core's own walk is given holds only the keys that decide its answer,
// and the answer is the one the whole object gets.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { engine, pkgDir, prng, TODAY } from './helpers.mjs';

const { evaluate, nextQuestions, ProfileError } = engine;
// The core reading the caller's whole objects itself, as they are, without
// the glue's stand-ins: what the stand-ins must answer alike.
const core = engine.__steps.whole;

const OPTIONS = { today: TODAY };

function thrown(call, what = String(call)) {
  try {
    call();
  } catch (error) {
    return error;
  }
  assert.fail(`no error thrown: ${what}`);
}

const revoked = () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};
const throwing = (key) =>
  Object.defineProperty({}, key, {
    enumerable: true,
    get() {
      throw new Error('getter');
    },
  });

/** One call for every code the JavaScript API can throw, with the field it names. */
const CASES = [
  ['not-an-object', () => evaluate('sichuan', OPTIONS), null],
  ['unknown-field', () => evaluate({ revenueYaun: 1 }, OPTIONS), 'revenueYaun'],
  ['retired-field', () => evaluate({ registersTechContracts: true }, OPTIONS), 'registersTechContracts'],
  ['wrong-type', () => evaluate({ highTechEnterprise: 'yes' }, OPTIONS), 'highTechEnterprise'],
  ['wrong-type', () => evaluate({ zone: 7 }, OPTIONS), 'zone'],
  ['wrong-type', () => evaluate({ revenueYuan: '100' }, OPTIONS), 'revenueYuan'],
  ['wrong-type', () => evaluate({ age: 64.5 }, OPTIONS), 'age'],
  ['wrong-type', () => evaluate({ asOf: 2026 }, OPTIONS), 'asOf'],
  ['wrong-type', () => evaluate({ province: 1 }, OPTIONS), 'province'],
  ['wrong-type', () => evaluate({}, { today: 20260101 }), 'options.today'],
  ['wrong-type', () => evaluate({}, { explain: 'yes' }), 'options.explain'],
  ['not-finite', () => evaluate({ revenueYuan: NaN }, OPTIONS), 'revenueYuan'],
  ['negative', () => evaluate({ revenueYuan: -1 }, OPTIONS), 'revenueYuan'],
  ['too-large', () => evaluate({ revenueYuan: 1e300 }, OPTIONS), 'revenueYuan'],
  ['finer-than-fen', () => evaluate({ revenueYuan: 0.001 }, OPTIONS), 'revenueYuan'],
  ['too-old', () => evaluate({ age: 151 }, OPTIONS), 'age'],
  ['bad-date', () => evaluate({ asOf: '2026-13-01' }, OPTIONS), 'asOf'],
  ['bad-date', () => evaluate({ birthDate: '1960-02-30' }, OPTIONS), 'birthDate'],
  ['bad-date', () => evaluate({ birthDate: '01/02/1960' }, OPTIONS), 'birthDate'],
  ['bad-date', () => evaluate({}, { today: '2026-02-30' }), 'options.today'],
  ['born-after-as-of', () => evaluate({ birthDate: '2030-01-01', asOf: '2026-01-01' }), 'birthDate'],
  ['age-disagrees', () => evaluate({ age: 40, birthDate: '1960-01-01' }, OPTIONS), 'age'],
  ['unknown-value', () => evaluate({ zone: 'guiyan' }, OPTIONS), 'zone'],
  ['unknown-value', () => nextQuestions({ graduation: 'phd', province: 'beijing' }, OPTIONS), 'graduation'],
  ['zone-contradiction', () => evaluate({ zone: 'zunyi', zoneLevel: 'national' }, OPTIONS), 'zoneLevel'],
  ['implied-fact-denied', () => evaluate({ highTechEnterprise: true, techEnterprise: false }, OPTIONS), 'techEnterprise'],
  ['options-not-an-object', () => evaluate({}, 'today'), null],
  ['unknown-option', () => evaluate({}, { todya: TODAY }), 'options.todya'],
  ['unreadable', () => evaluate(revoked(), OPTIONS), null],
  ['unreadable', () => evaluate(throwing('zone'), OPTIONS), 'zone'],
  ['unreadable', () => evaluate({ zone: revoked() }, OPTIONS), 'zone'],
  ['unreadable', () => evaluate({}, throwing('today')), 'options.today'],
];

/** Two English words in a row: a sentence left untranslated. */
const ENGLISH = /[A-Za-z]{2,} [A-Za-z]{2,}/;

test('the check for untranslated English finds it', () => {
  assert.match('zone：unknown value “guiyan”', ENGLISH);
  assert.doesNotMatch('age：必须是 true 或 false；YYYY-MM-DD；JSON', ENGLISH);
});

test('every refusal has a code, the field, and its message in zh-Hans and en', () => {
  for (const [code, call, field] of CASES) {
    const error = thrown(call);
    const what = `${code} (${error.message})`;
    assert.ok(error instanceof ProfileError, what);
    assert.equal(error.name, 'ProfileError');
    assert.equal(error.code, code, what);
    assert.equal(error.field, field, what);
    assert.deepEqual(Object.keys(error.messages), ['zh-Hans', 'en'], what);
    assert.equal(error.messages.en, error.message, `${what}: message stays the English one`);
    const zh = error.messages['zh-Hans'];
    assert.match(zh, /[\u4e00-\u9fff]/, `${what}: ${zh}`);
    assert.doesNotMatch(zh, ENGLISH, `${what}: English left in ${zh}`);
    if (field !== null) {
      assert.ok(error.message.startsWith(`${field}: `), what);
      assert.ok(zh.startsWith(`${field}：`), `${what}: ${zh}`);
    }
  }
});

test('the codes seen are the codes declared, less the two only the core itself can meet', () => {
  const declarations = readFileSync(join(pkgDir, 'index.d.ts'), 'utf8');
  const union = declarations.match(/export type ProfileErrorCode =([^;]+);/);
  assert.ok(union, 'index.d.ts declares ProfileErrorCode');
  const declared = [...union[1].matchAll(/"([a-z-]+)"/g)].map((m) => m[1]).sort();
  const seen = [...new Set(CASES.map(([code]) => code))];
  // The clock out of range needs a machine whose clock is past the year 9999.
  const unreachable = ['clock-out-of-range', 'internal'];
  assert.deepEqual([...seen, ...unreachable].sort(), declared);
});

test('the widget’s example typo: the message a Chinese page shows', () => {
  const error = thrown(() => evaluate({ zone: 'guiyan' }, OPTIONS));
  assert.equal(error.message.slice(0, 32), 'zone: unknown value "guiyan" (al');
  assert.ok(error.messages['zh-Hans'].startsWith('zone：取值“guiyan”无效（可选：chengdu, '), error.messages['zh-Hans']);
});

/** What the glue and the bindings' own walk say of one object: the error's words and field, or 'ok'. */
function answers(profile, options = OPTIONS) {
  const say = (call) => {
    try {
      call();
      return 'ok';
    } catch (error) {
      return `${error.field} | ${error.message} | ${error.code}`;
    }
  };
  return [say(() => evaluate(profile, options)), say(() => core.evaluate(profile, options))];
}

test('an object of 10^6 unknown keys is refused, naming the key the core names first', () => {
  const profile = {};
  for (let i = 0; i < 1e6; i++) profile[`k${i}`] = i;
  const error = thrown(() => evaluate(profile, OPTIONS));
  assert.equal(error.code, 'unknown-field');
  assert.equal(error.field, 'k0');
  assert.equal(error.message, 'k0: unknown field (did you mean age?)');
  // Keys set to undefined, with a known field among them, and the first in
  // the core's order last in the object's.
  const undefinedKeys = { zone: 'chongqing' };
  for (let i = 1e6; i > 0; i--) undefinedKeys[`u${i}`] = undefined;
  undefinedKeys.a = undefined;
  const second = thrown(() => nextQuestions(undefinedKeys, OPTIONS));
  assert.equal(second.field, 'a');
  assert.equal(second.code, 'unknown-field');
});

test('the core is handed the keys that can decide its answer, not a copy of every key (L6: the cause of the 10 s)', async () => {
  // Before, the glue copied all 10^6 keys into the stand-in and the core walked them all.
  // boundary.js as written (pkg/ has it bundled into glue.js).
  const { prepare, standIns } = await import(join(pkgDir, '..', 'js', 'boundary.js'));
  const known = new Map([
    ['zone', {}],
    ['age', {}],
  ]);
  const profile = { zone: 'chongqing' };
  for (let i = 0; i < 1e5; i++) profile[`k${i}`] = i;
  profile.zz = Number.NaN;
  profile.age = 40;
  const [stand] = standIns(
    prepare(profile, undefined, () => known),
    known,
  );
  // The known fields, the first unknown key in the core's order, the first non-finite number.
  assert.deepEqual(Object.keys(stand), ['zone', 'k0', 'zz', 'age']);
  assert.equal(stand.age, 40);
  assert.ok(Number.isNaN(stand.zz));
});

test('the stand-in answers as the whole object does: unknown keys, odd keys, NaN, getters, revoked values', () => {
  const { pick, int } = prng(20261206);
  const keys = [
    'b',
    'a',
    'k0',
    'zz',
    'registersTechContracts',
    '__proto__',
    'constructor',
    'revenueYaun',
    'Zone',
    '\u00e9',
    '\uffff',
    '\ud83d\ude00',
    '\ud800',
    '\udc00',
    'x\ud800',
    'x\ufffd',
    '\ue000',
    '',
    'zone',
    'revenueYuan',
    'age',
    'asOf',
    'birthDate',
    'highTechEnterprise',
    'province',
  ];
  const values = [
    () => 1,
    () => NaN,
    () => -Infinity,
    () => undefined,
    () => null,
    () => 'chongqing',
    () => true,
    () => 'guiyan',
    () => -1,
    () => ({}),
    () => [],
    () => revoked(),
    'getter',
  ];
  let compared = 0;
  for (let round = 0; round < 3000; round++) {
    const profile = {};
    const size = int(1, 6);
    for (let n = 0; n < size; n++) {
      const key = pick(keys);
      const value = pick(values);
      if (value === 'getter') {
        Object.defineProperty(profile, key, {
          enumerable: true,
          configurable: true,
          get() {
            throw new Error('getter');
          },
        });
      } else {
        Object.defineProperty(profile, key, { value: value(), enumerable: true, configurable: true, writable: true });
      }
    }
    const [glue, bindings] = answers(profile);
    assert.equal(glue, bindings, `keys ${JSON.stringify(Object.keys(profile))}`);
    compared++;
  }
  assert.equal(compared, 3000);
});

test('options: the stand-in stops where the core stops', () => {
  const options = { today: TODAY };
  for (let i = 0; i < 1e5; i++) options[`o${i}`] = i;
  const [glue, bindings] = answers({}, options);
  assert.equal(glue, bindings);
  assert.match(glue, /^options\.o0 \| options\.o0: unknown option/);
  assert.deepEqual(...answers({}, { explain: 'x', todya: 1 }));
  assert.deepEqual(...answers({}, { todya: 1, explain: 'x' }));
});
