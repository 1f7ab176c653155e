// The package's entry point (js/index.js) takes a plain profile apart into
// numbers (the fast path) and hands anything else to the core's own reading
// of the whole object (`evaluatePacked`: key by key, getters and proxies
// included), through stand-ins made once (boundary.js). Whatever the path,
// the answer must be the one the core gives when it reads the whole objects
// itself (`__steps.whole`), keys in the same order, for every profile and
// option; and whatever the fast path does not take (odd objects, odd
// options, bad input) must reach the core unchanged. The reports' JSON
// itself is held against the command line's (parity.test.mjs).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpus, engine, prng, root, TODAY } from './helpers.mjs';

const core = { ...engine.__steps.whole, tables: engine.__steps.tables };

/** Same value and same key order. */
function same(actual, expected, message) {
  assert.deepStrictEqual(actual, expected, message);
  assert.equal(JSON.stringify(actual), JSON.stringify(expected), `${message}: key order`);
}

function outcome(fn) {
  try {
    return { value: fn() };
  } catch (error) {
    assert.ok(error instanceof Error, 'thrown values are Errors');
    return { error: error.message };
  }
}

function agree(profile, options, label) {
  same(
    outcome(() => engine.evaluate(profile, options)),
    outcome(() => core.evaluate(profile, options)),
    `evaluate ${label}`,
  );
  same(
    outcome(() => engine.nextQuestions(profile, options)),
    outcome(() => core.nextQuestions(profile, options)),
    `nextQuestions ${label}`,
  );
}

const OPTIONS = [
  { today: TODAY },
  { today: TODAY, explain: false },
  { today: TODAY, explain: true },
  { today: '2031-02-28', explain: false },
  { today: null, explain: undefined },
];

/** The hand-made corpus and the profiles for what contract 2 added. */
const profiles = () => corpus();

test('the corpus gives the core’s reports and questions with every option', () => {
  for (const profile of profiles()) {
    for (const options of OPTIONS) agree(profile, options, `${JSON.stringify(profile)} ${JSON.stringify(options)}`);
  }
});

test('random profiles, encouraged shares and the oldest and newest dates agree', () => {
  const r = prng(7);
  const facts = Object.keys(profiles().reduce((all, p) => Object.assign(all, p), {}));
  const samples = profiles();
  for (let i = 0; i < 300; i++) {
    const profile = {};
    for (const name of facts) {
      if (r.chance(0.3)) profile[name] = r.pick(samples.filter((p) => name in p))[name];
    }
    agree(profile, { today: TODAY, explain: r.chance(0.5) }, JSON.stringify(profile));
  }
  for (const techIncomeYuan of [0, 0.01, 0.03, 12345.67, 9007199254740.99, 10_000_000_000_000]) {
    agree({ zone: 'chongqing', publicInstitutionServiceOrg: true, techIncomeYuan }, { today: TODAY }, `${techIncomeYuan}`);
  }
  for (const today of ['0001-01-01', '9999-12-31']) agree({ age: 30 }, { today }, today);
});

test('calls the fast path does not take still reach the core', () => {
  class Applicant {
    constructor() {
      this.province = 'sichuan';
    }
  }
  const withGetter = Object.defineProperty({}, 'age', { enumerable: true, get: () => 64 });
  const throwing = Object.defineProperty({}, 'age', {
    enumerable: true,
    get() {
      throw new Error('no');
    },
  });
  const profiles = [
    new Applicant(),
    Object.assign(Object.create(null), { zone: 'chengdu' }),
    withGetter,
    throwing,
    { revenueYuan: NaN },
    { revenueYuan: -Infinity },
    { revenueYuan: 10n },
    { revenueYuan: () => 1 },
    { revenueYuan: Symbol('x') },
    { birthDate: new Date(0) },
    { revenueYaun: 1 },
    { province: 'sichuan\ud800' },
    { ['"\\\n']: true },
    { __proto__: null, ['__proto__']: 1 },
    JSON.parse('{"__proto__": 1}'),
    [],
    null,
    undefined,
    'sichuan',
  ];
  const options = [
    undefined,
    null,
    { today: TODAY },
    { today: '2026-02-30' },
    { today: 20260101 },
    { explain: 'no', today: TODAY },
    { todya: TODAY },
    [],
    'today',
    Object.assign(Object.create(null), { today: TODAY }),
  ];
  for (const profile of profiles) {
    for (const option of options) {
      // Without a today, both use the local clock: same day unless run at midnight.
      agree(profile, option, `${String(profile?.constructor?.name)} ${JSON.stringify(option)}`);
    }
  }
});

test('a report is the caller’s to change: nothing is shared between calls', () => {
  const first = engine.evaluate({ zone: 'chongqing' }, { today: TODAY });
  first.results[0].reasons[0].en = 'changed';
  first.results[0].missing.push('changed');
  const questions = engine.nextQuestions({}, { today: TODAY });
  questions[0].text.en = 'changed';
  questions[0].audiences.push('changed');
  const again = engine.evaluate({ zone: 'chongqing' }, { today: TODAY });
  same(again, core.evaluate({ zone: 'chongqing' }, { today: TODAY }), 'second report');
  same(engine.nextQuestions({}, { today: TODAY }), core.nextQuestions({}, { today: TODAY }), 'second questions');
});

test('options whose getter throws reach the core, which names the option', () => {
  const options = Object.defineProperty({}, 'today', {
    enumerable: true,
    get() {
      throw new Error('no');
    },
  });
  agree({ zone: 'chengdu' }, options, 'throwing options getter');
  assert.throws(() => engine.evaluate({ zone: 'chengdu' }, options), /options\.today/);
});

test('dates cross as numbers: every form the core accepts or refuses agrees', () => {
  const dates = [
    '2024-02-29',
    '2023-02-29',
    '1960-02-30',
    '0001-01-01',
    '0000-01-01',
    '9999-12-31',
    '2026-1-01',
    '２０２６-01-01',
    '2026-01-01T00:00',
    ' 2026-01-01',
    null,
    undefined,
    20260101,
  ];
  for (const date of dates) {
    agree({ asOf: date, age: 30 }, { today: TODAY }, `asOf ${date}`);
    agree({ asOf: '2026-06-01', birthDate: date }, { today: TODAY }, `birthDate ${date}`);
    agree({ foreignNational: true }, { today: date }, `today ${date}`);
  }
});

test('the fast path is taken for plain calls, and its reports are the core’s contract', () => {
  const { prepare, packed, unpack } = engine.__steps;
  const tables = core.tables();
  for (const profile of profiles()) {
    const call = prepare(profile, { today: TODAY });
    assert.ok(call !== null, `prepared: ${JSON.stringify(profile)}`);
    const words = packed(call);
    assert.ok(words !== null && words.length > 0, `packed: ${JSON.stringify(profile)}`);
    const report = unpack(words, true);
    assert.equal(report.contract, tables.contract);
    // Every status and nature comes from the core's tables.
    for (const r of report.results) {
      assert.ok(tables.statuses.includes(r.status), r.status);
      const m = tables.measures.find((x) => x.id === r.id);
      assert.deepEqual([r.nature, r.draft], [m.nature, m.draft], r.id);
    }
    // The one reader gives every measure once, in catalogue order, and the
    // same statuses and missing facts whether or not it reads the reasons.
    assert.deepEqual(
      report.results.map((r) => r.id),
      tables.measures.map((m) => m.id),
    );
    const bare = unpack(words, false, false);
    assert.deepEqual(
      bare.results.map((r) => [r.id, r.status, r.missing]),
      report.results.map((r) => [r.id, r.status, r.missing]),
    );
    assert.ok(bare.results.every((r) => r.reasons.length === 0));
  }
});

test('a packed report of the wrong length is an error, not a wrong report', () => {
  const { prepare, packed, unpack } = engine.__steps;
  const words = packed(prepare({ zone: 'chongqing', publicInstitutionServiceOrg: true, techIncomeYuan: 1 }, { today: TODAY }));
  for (const explain of [true, false]) {
    assert.throws(() => unpack(words.slice(0, -1), explain), /internal error: the packed report/);
    assert.throws(() => unpack([...words, 0], explain), /internal error: the packed report/);
    // Cut inside the missing facts of the first measures: still an error, never a hang.
    assert.throws(() => unpack(words.slice(0, 4), explain), /internal error: the packed report/);
  }
});

test('the glue names no status or state itself: the core’s tables do', () => {
  for (const file of ['index.js', 'boundary.js', 'init.js']) {
    const source = readFileSync(join(root, 'js', file), 'utf8').replace(/^\s*(\/\/|\*|\/\*\*).*$/gm, '');
    for (const name of ['eligible', 'conditional', 'informational', 'ineligible', 'holds', 'fails']) {
      assert.ok(!source.includes(`'${name}'`), `js/${file} hard-codes '${name}'`);
    }
  }
});

test('evaluate then nextQuestions for one profile evaluate once, and only within the task', async () => {
  const { prepare, packed, forget } = engine.__steps;
  const profile = { zone: 'chongqing', highTechEnterprise: true };
  const first = packed(prepare(profile, { today: TODAY }));
  // The same profile, read again, in the same task: the kept words.
  assert.equal(packed(prepare({ ...profile }, { today: TODAY })), first);
  // Another profile or another day is evaluated.
  assert.notEqual(packed(prepare({ ...profile, highTechEnterprise: false }, { today: TODAY })), first);
  assert.notEqual(packed(prepare(profile, { today: '2026-01-02' })), first);
  // The next task evaluates again.
  const kept = packed(prepare(profile, { today: TODAY }));
  await Promise.resolve();
  assert.notEqual(packed(prepare(profile, { today: TODAY })), kept);
  // The questions built from the kept words are those of a fresh evaluation.
  engine.evaluate(profile, { today: TODAY, explain: false });
  const fromKept = engine.nextQuestions(profile, { today: TODAY });
  forget();
  assert.deepEqual(fromKept, engine.nextQuestions(profile, { today: TODAY }));
  assert.deepEqual(fromKept, core.nextQuestions(profile, { today: TODAY }));
});
