// The TypeScript declarations: they type-check a typed example, and they
// describe what the engine really returns and accepts (keys, required
// fields, string unions), so that a change on the Rust side that is not
// mirrored in js/engine.d.ts fails here.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { engine, pkgDir, root, TODAY } from './helpers.mjs';
import { profileFields, writeFields } from '../../scripts/declarations.mjs';

/** The glue's tables (catalogue.json with its words, as index.js reads them). */
const tables = () => engine.__steps.tables();

const dts = readFileSync(join(pkgDir, 'index.d.ts'), 'utf8');

/** `export interface Name [extends Base] { field?: … }` → { keys, required, base }. */
function interfaces() {
  const out = {};
  for (const m of dts.matchAll(/export interface (\w+)(?: extends (\w+))? \{([\s\S]*?)\n\}/g)) {
    const body = m[3].replace(/\/\*\*[\s\S]*?\*\//g, '');
    const keys = new Map();
    for (const f of body.matchAll(/^\s*"?([\w-]+)"?(\?)?:/gm)) keys.set(f[1], !f[2]);
    out[m[1]] = { keys, base: m[2] };
  }
  for (const i of Object.values(out)) {
    if (i.base) for (const [k, req] of out[i.base].keys) i.keys.set(k, req);
  }
  return out;
}

/** `export type Name = "a" | "b" …;` → Set of the strings. */
function unions() {
  const out = {};
  for (const m of dts.matchAll(/export type (\w+) =([^;]*);/g)) {
    const literals = [...m[2].matchAll(/"([^"]*)"/g)].map((x) => x[1]);
    if (literals.length > 0 && !/[{(]/.test(m[2])) out[m[1]] = new Set(literals);
  }
  return out;
}

const I = interfaces();
const U = unions();

/** Where a field's value has a declared type of its own: Interface.field → type. */
const NESTED = {
  'Report.results': ['MeasureResult'],
  'MeasureResult.reasons': ['Reason'],
  'MeasureResult.status': 'Status',
  'MeasureResult.nature': 'Nature',
  'Reason.state': 'Truth',
  'Measure.jurisdiction': 'Jurisdiction',
  'Measure.audiences': ['Audience'],
  'Measure.reach': 'Text',
  'Measure.title': 'Text',
  'Measure.benefit': 'Benefit',
  'Measure.document': 'Document',
  'Measure.nature': 'Nature',
  'Measure.topic': 'Topic',
  'Measure.approval': 'Text',
  'Measure.nationalRule': 'Text',
  'Measure.responsible': 'Text',
  'Measure.note': 'Text',
  'Benefit.kind': 'BenefitKind',
  'Benefit.text': 'Text',
  'Document.title': 'Text',
  'Document.issuer': 'Text',
  'Document.note': 'Text',
  'Document.status': 'DocumentStatus',
  'Question.text': 'Text',
  'Question.type': 'AnswerType',
  'Question.options': ['Choice'],
  'Question.unit': 'Text',
  'Question.audiences': ['Audience'],
  'Choice.label': 'Text',
  'Zone.name': 'Text',
  'Zone.id': 'ZoneId',
};

/** Checks a value against a declared interface or union, recursively. */
function check(value, type, path) {
  if (Array.isArray(type)) {
    assert.ok(Array.isArray(value), `${path} is an array`);
    value.forEach((v, i) => check(v, type[0], `${path}[${i}]`));
    return;
  }
  if (U[type]) {
    assert.ok(U[type].has(value), `${path} = ${JSON.stringify(value)} is not in type ${type}`);
    return;
  }
  const decl = I[type];
  assert.ok(decl, `no interface ${type} in the .d.ts`);
  assert.equal(typeof value, 'object', `${path} is an object`);
  for (const key of Object.keys(value)) {
    assert.ok(decl.keys.has(key), `${path}.${key} is returned but not declared in ${type}`);
    const nested = NESTED[`${type}.${key}`];
    if (nested && value[key] !== undefined) check(value[key], nested, `${path}.${key}`);
  }
  for (const [key, required] of decl.keys) {
    if (required) assert.ok(key in value, `${path}.${key} is declared required in ${type} but missing`);
  }
}

function checkCondition(c, path) {
  const keys = Object.keys(c);
  assert.equal(keys.length, 1, path);
  const [k] = keys;
  if (k === 'all' || k === 'any') c[k].forEach((x, i) => checkCondition(x, `${path}.${k}[${i}]`));
  else if (k === 'not') checkCondition(c.not, `${path}.not`);
  else {
    assert.equal(k, 'test', path);
    assert.deepEqual(Object.keys(c.test).sort(), ['facts', 'index', 'text']);
    assert.ok(Number.isInteger(c.test.index) && c.test.index >= 0, `${path}.test.index`);
    check(c.test.text, 'Text', `${path}.test.text`);
    for (const f of c.test.facts) assert.ok(I.Profile.keys.has(f), `${path}: fact ${f} is not in Profile`);
  }
}

test('tsc type-checks the typed example against the declarations', () => {
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const run = spawnSync(process.execPath, [tsc, '-p', join(root, 'tests', 'node')], { encoding: 'utf8' });
  assert.equal(run.status, 0, `tsc failed:\n${run.stdout}${run.stderr}`);
});

test('the API functions are typed, not any', () => {
  assert.match(dts, /export function evaluate\(profile: Profile, options\?: EvaluateOptions\): Report;/);
  assert.match(dts, /export function nextQuestions\(profile: Profile, options\?: EvaluateOptions\): Question\[\];/);
  assert.match(dts, /export function measures\(options\?: \{ details\?: boolean \}\): Measure\[\];/);
  assert.match(dts, /export function loadDetails\(url\?: string \| URL\): Promise<void>;/);
  assert.match(dts, /export function zones\(\): Zone\[\];/);
});

test('Profile declares exactly the fields the engine reads, in the fact table’s order, typed by kind', () => {
  // The engine's own tables (the glue's instance of engine.js): the fact table as built.
  const { facts, kinds } = tables();
  assert.ok(facts.length >= 25);
  const order = [...I.Profile.keys.keys()];
  assert.deepEqual(order, ['asOf', ...facts.flatMap((f) => (f === 'age' ? ['birthDate', f] : [f]))]);
  const types = Object.fromEntries(
    [...dts.matchAll(/^\s+(\w+)\?: ([^;]+) \| null;$/gm)]
      .filter(([, name]) => I.Profile.keys.has(name))
      .map(([, name, type]) => [name, type]),
  );
  facts.forEach((fact, i) => {
    const kind = kinds[i];
    if (kind === 'bool') assert.equal(types[fact], 'boolean', fact);
    else if (kind === 'number') assert.equal(types[fact], 'number', fact);
    else assert.deepEqual([...U[types[fact]]].sort(), [...kind].sort(), `${fact}: ${types[fact]} is its list of values`);
  });
  for (const key of I.Profile.keys.keys()) {
    // A value no field accepts: the error must be about the value, not the name.
    assert.throws(
      () => engine.evaluate({ [key]: Symbol('x') }, { today: TODAY }),
      (e) => {
        assert.doesNotMatch(e.message, /unknown field/, key);
        return e.message.startsWith(`${key}:`) || e.message.startsWith('age:');
      },
    );
  }
});

test('ZoneId lists exactly the zone directory', () => {
  assert.deepEqual(
    [...U.ZoneId].sort(),
    engine
      .zones()
      .map((z) => z.id)
      .sort(),
  );
});

test('reports match the declared Report type', () => {
  const profiles = [
    {},
    { zone: 'chongqing', highTechEnterprise: true, aboveDesignatedSize: true, listedOnStarMarket: true },
    { province: 'chongqing', publicInstitutionServiceOrg: true, techIncomeYuan: 1000.01 },
    { zone: 'chengdu', foreignNational: true, highEndTalent: true, worksInZoneEnterprise: true, age: 60 },
    // A 66th birthday within 90 days: a deciding date.
    { zone: 'chengdu', foreignNational: true, highEndTalent: true, worksInZoneEnterprise: true, birthDate: '1960-02-01' },
    { zone: 'jingrong-town', techPersonnel: true, startupInZone: true },
  ];
  const seen = new Set();
  for (const p of profiles) {
    // Without options.today: the clock's date, asOfDefaulted true.
    for (const options of [{ today: TODAY }, undefined]) {
      const report = engine.evaluate(p, options);
      check(report, 'Report', 'report');
      assert.equal(report.contract, 3);
      assert.equal(typeof report.asOfDefaulted, 'boolean');
      for (const r of report.results) for (const key of Object.keys(r)) seen.add(key);
    }
    // A brief report: the same, with bare Truth states for reasons.
    const brief = engine.evaluate(p, { today: TODAY, explain: false });
    for (const r of brief.results) {
      for (const state of r.reasons) check(state, 'Truth', `${r.id}.reasons`);
      check({ ...r, reasons: [] }, 'MeasureResult', r.id);
    }
  }
  // Every declared field of a result is exercised by some profile above.
  assert.deepEqual([...seen].sort(), [...I.MeasureResult.keys.keys()].sort());
});

test('Status and Nature list exactly what the core writes', () => {
  const statuses = new Set();
  const natures = new Set(engine.measures().map((m) => m.nature));
  for (const p of [
    {},
    {
      zone: 'chongqing',
      highTechEnterprise: true,
      aboveDesignatedSize: true,
      foreignNational: true,
      listedOnStarMarket: true,
      techSme: false,
    },
  ]) {
    for (const r of engine.evaluate(p, { today: TODAY }).results) statuses.add(r.status);
  }
  assert.deepEqual([...statuses].sort(), [...U.Status].sort());
  assert.deepEqual([...natures].sort(), [...U.Nature].sort());
});

test('the catalogue matches the declared Measure type', () => {
  engine.measures().forEach((m, i) => {
    check(m, 'Measure', `measures()[${i}]`);
    checkCondition(m.condition, `${m.id}.condition`);
    if (m.benefit.shareOf) assert.ok(I.Profile.keys.has(m.benefit.shareOf));
  });
});

test('questions and zones match their declared types', () => {
  for (const p of [{}, { province: 'chongqing', publicInstitutionServiceOrg: true }]) {
    engine.nextQuestions(p, { today: TODAY }).forEach((q, i) => {
      check(q, 'Question', `nextQuestions()[${i}]`);
      assert.ok(I.Profile.keys.has(q.fact), q.fact);
    });
  }
  engine.zones().forEach((z, i) => {
    check(z, 'Zone', `zones()[${i}]`);
    assert.ok(['sichuan', 'chongqing', 'guizhou'].includes(z.province));
    assert.ok(['national', 'provincial', null].includes(z.level), `${z.id}: level ${z.level}`);
  });
});

test('scripts/declarations.mjs: a value list no union names is written out; no marker is an error', () => {
  const t = {
    facts: ['mood'],
    kinds: [['calm', 'busy']],
    notes: [null],
    questions: [{ fact: 'mood', text: { en: 'How is it? */' } }],
  };
  assert.deepEqual(profileFields(t, 'export type Weather = "calm" | "windy";'), [
    '/** How is it? *\\/ */',
    'mood?: "calm" | "busy" | null;',
  ]);
  assert.deepEqual(
    profileFields({ ...t, kinds: [['busy', 'calm']] }, 'export type Mood = "calm" | "busy";')[1],
    'mood?: Mood | null;',
  );
  assert.throws(() => writeFields('export interface Profile {\n}\n', t), /marker once/);
  assert.match(
    writeFields('export interface Profile {\n    // FACTS: here\n    // more\n}\n', t),
    /^ {4}mood\?: "calm" \| "busy" \| null;$/m,
  );
  // Every fact has its question in the tables' order (the script relies on it).
  const { facts, questions } = tables();
  assert.deepEqual(
    questions.map((q) => q.fact),
    facts,
  );
});
