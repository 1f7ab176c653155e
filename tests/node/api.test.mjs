// The JavaScript API of SPEC.md §4, through the wasm package in Node.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { engine, root, TODAY } from './helpers.mjs';

const { about, evaluate, measures, nextQuestions, questions, zones, version } = engine;
// SPEC.md §2, contract 3.
const STATUSES = ['eligible', 'conditional', 'informational', 'ineligible', 'unknown'];
const NATURES = ['entitlement', 'discretionary', 'direction', 'restated'];
/** The status a met measure of each nature has (SPEC §2). */
const WHEN_MET = { entitlement: 'eligible', discretionary: 'conditional', direction: 'informational', restated: 'informational' };

/** Today's date in Beijing (UTC+8, no daylight saving), as the core reads it. */
const beijingToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

/** The Error evaluate throws for a profile (fails if it does not throw one). */
function errorOf(profile, options = { today: TODAY }) {
  try {
    evaluate(profile, options);
  } catch (error) {
    assert.ok(error instanceof Error, `threw a non-Error: ${String(error)}`);
    return error;
  }
  assert.fail(`no error for ${String(profile)} ${JSON.stringify(profile)}`);
}

test('version is the crate version', () => {
  const cargo = readFileSync(join(root, 'Cargo.toml'), 'utf8');
  assert.equal(version(), cargo.match(/^version\s*=\s*"([^"]+)"/m)[1]);
});

test('about() gives the package, the contract and the catalogue’s version and date, as the catalogue states them', () => {
  const cargo = readFileSync(join(root, 'Cargo.toml'), 'utf8');
  const catalogue = readFileSync(join(root, 'src', 'catalogue', 'mod.rs'), 'utf8');
  const [, stated, date] = catalogue.match(/EDITION: Edition = Edition \{ version: "([^"]+)", date: "([^"]+)" \}/);
  assert.deepEqual(about(), {
    package: cargo.match(/^version\s*=\s*"([^"]+)"/m)[1],
    contract: evaluate({}, { today: TODAY }).contract,
    catalogue: { version: stated, date },
  });
  assert.match(about().catalogue.version, /^\d{4}\.\d{2}\.\d{2}$/);
  assert.match(about().catalogue.date, /^\d{4}-\d{2}-\d{2}$/);
  const changelog = readFileSync(join(root, 'CHANGELOG.md'), 'utf8');
  assert.ok(changelog.split('\n## ')[1].includes(`catalogue ${stated}`), 'the newest CHANGELOG entry names it');
});

test('evaluate returns one result per measure, in catalogue order', () => {
  const catalogue = measures();
  assert.ok(catalogue.length >= 15);
  for (const profile of [{}, { zone: 'chongqing', highTechEnterprise: true, aboveDesignatedSize: true }]) {
    const report = evaluate(profile, { today: TODAY });
    assert.deepEqual(Object.keys(report), ['contract', 'asOf', 'asOfDefaulted', 'results']);
    assert.equal(report.contract, 3);
    assert.equal(report.asOf, TODAY);
    assert.equal(report.asOfDefaulted, false);
    assert.deepEqual(
      report.results.map((r) => r.id),
      catalogue.map((m) => m.id),
    );
    report.results.forEach((r, i) => {
      const m = catalogue[i];
      assert.deepEqual(Object.keys(r).slice(0, 6), ['id', 'status', 'nature', 'draft', 'missing', 'reasons'], r.id);
      assert.ok(STATUSES.includes(r.status), r.status);
      assert.equal(r.nature, m.nature, r.id);
      assert.equal(r.draft, m.document.status === 'draft', r.id);
      assert.ok(Array.isArray(r.missing) && Array.isArray(r.reasons));
      if (r.status !== 'unknown') assert.deepEqual(r.missing, [], r.id);
      // Only the nature's met status, ineligible or unknown.
      assert.ok([WHEN_MET[r.nature], 'ineligible', 'unknown'].includes(r.status), `${r.id}: ${r.nature} is ${r.status}`);
      assert.ok(!('minimumYuan' in r), 'minimumYuan is now encouragedShareYuan');
    });
  }
});

test('the fifteen fixed measure ids are in the catalogue', () => {
  const ids = new Set(measures().map((m) => m.id));
  for (const id of [
    'national.work-permit-age-65',
    'sichuan.work-permit-age-65',
    'guizhou.work-permit-age-65',
    'national.multi-entry-visa',
    'national.residence-permit-5y',
    'national.graduate-residence-facilitation',
    'sichuan.multi-entry-visa',
    'sichuan.residence-permit-5y',
    'chongqing.foreign-talent-relaxed-limits',
    'chongqing.permanent-residence',
    'chongqing.knowledge-value-loan',
    'chongqing.star-listing-award',
    'chongqing.service-income-reward',
    'guizhou.star-listing-cultivation',
    'guizhou.major-achievement-transfer',
    // Added with contract 2.
    'national.key-lab-priority',
    'national.state-venture-capital-co-investment',
    'chongqing.rank-sealing',
    'guizhou.major-industry-project-list',
    'guizhou.land-and-premises-priority',
    'guizhou.major-project-task-force',
  ]) {
    assert.ok(ids.has(id), id);
  }
});

test('each measure has a nature; discretionary ones say who decides, restated ones the national rule', () => {
  for (const m of measures()) {
    assert.ok(NATURES.includes(m.nature), `${m.id}: ${m.nature}`);
    assert.equal('approval' in m, m.nature === 'discretionary', `${m.id}: approval`);
    assert.equal('nationalRule' in m, m.nature === 'restated', `${m.id}: nationalRule`);
    for (const text of [m.approval, m.nationalRule].filter(Boolean)) assert.ok(text['zh-Hans'] && text.en, m.id);
  }
});

test('the fifteen fixed measures have the status SPEC §3 gives when met', () => {
  const met = {
    'national.work-permit-age-65': [
      {
        zoneLevel: 'national',
        province: 'other',
        foreignNational: true,
        highEndTalent: true,
        worksInZoneEnterprise: true,
        age: 65,
      },
      'conditional',
    ],
    'sichuan.work-permit-age-65': [
      {
        province: 'sichuan',
        zoneLevel: 'provincial',
        foreignNational: true,
        highEndTalent: true,
        worksInZoneEnterprise: true,
        age: 62,
      },
      'conditional',
    ],
    'guizhou.work-permit-age-65': [
      { zone: 'guiyang', foreignNational: true, highEndTalent: true, worksInZoneEnterprise: true, age: 61 },
      'conditional',
    ],
    'national.multi-entry-visa': [{ zoneLevel: 'national', foreignNational: true, invitedByZoneEnterprise: true }, 'conditional'],
    // Restated national law: a foreign national working anywhere in China, not a claim.
    'national.residence-permit-5y': [
      { province: 'other', zoneLevel: 'none', foreignNational: true, worksInChina: true },
      'informational',
    ],
    'national.graduate-residence-facilitation': [
      { zoneLevel: 'national', foreignNational: true, graduation: 'renownedForeignUniversity', startupInZone: true },
      // Contract 3: 优秀 is judged by the exit-entry authority.
      'conditional',
    ],
    'sichuan.multi-entry-visa': [
      { province: 'sichuan', zoneLevel: 'provincial', foreignNational: true, invitedByZoneEnterprise: true },
      'conditional',
    ],
    'sichuan.residence-permit-5y': [{ province: 'guizhou', foreignNational: true, worksInChina: true }, 'informational'],
    'chongqing.foreign-talent-relaxed-limits': [
      { zone: 'bishan', foreignNational: true, urgentlyNeededTalent: true },
      'conditional',
    ],
    // Contract 3: restated national law (出境入境管理法 art. 47), wherever the person is.
    'chongqing.permanent-residence': [{ province: 'other', foreignNational: true, highLevelTalent: true }, 'informational'],
    'chongqing.knowledge-value-loan': [{ zone: 'chongqing', aboveDesignatedSize: true, highTechEnterprise: true }, 'conditional'],
    'chongqing.star-listing-award': [
      { zone: 'chongqing', aboveDesignatedSize: true, highTechEnterprise: true, listedOnStarMarket: true },
      'eligible',
    ],
    'chongqing.service-income-reward': [{ province: 'chongqing', publicInstitutionServiceOrg: true }, 'eligible'],
    'guizhou.star-listing-cultivation': [
      {
        province: 'guizhou',
        zoneLevel: 'provincial',
        techEnterprise: true,
        revenueYuan: 300_000_000.01,
        rdExpenseYuan: 15_000_001,
      },
      'eligible',
    ],
    'guizhou.major-achievement-transfer': [{ zone: 'zunyi', majorAchievementProject: true }, 'conditional'],
  };
  for (const [id, [profile, status]] of Object.entries(met)) {
    const r = evaluate(profile, { today: TODAY }).results.find((x) => x.id === id);
    assert.equal(r.status, status, `${id} ${JSON.stringify(profile)}`);
  }
  // Residence permits test no location: a foreign national working in China
  // anywhere is enough; a national, or someone not working, is not.
  for (const id of ['national.residence-permit-5y', 'sichuan.residence-permit-5y']) {
    const m = measures().find((x) => x.id === id);
    assert.equal(m.nature, 'restated');
    const status = (profile) => evaluate(profile, { today: TODAY }).results.find((x) => x.id === id).status;
    assert.equal(status({ province: 'other', zoneLevel: 'none', foreignNational: true, worksInChina: true }), 'informational');
    assert.equal(status({ foreignNational: false }), 'ineligible');
    assert.equal(status({ foreignNational: true, worksInChina: false }), 'ineligible');
  }
});

test('a known case: knowledge-value loan for a Chongqing high-tech enterprise', () => {
  const report = evaluate({ zone: 'chongqing', highTechEnterprise: true, aboveDesignatedSize: true }, { today: TODAY });
  const loan = report.results.find((r) => r.id === 'chongqing.knowledge-value-loan');
  // The partner bank's credit decision: conditional, from a draft.
  assert.equal(loan.status, 'conditional');
  assert.equal(loan.nature, 'discretionary');
  assert.equal(loan.draft, true);
  const award = report.results.find((r) => r.id === 'chongqing.star-listing-award');
  assert.equal(award.status, 'unknown');
  assert.deepEqual(award.missing, ['listedOnStarMarket']);
});

test('the catalogue carries titles, citation and document status', () => {
  for (const m of measures()) {
    assert.match(m.id, /^(national|sichuan|chengdu|chongqing|guizhou)\.[a-z0-9-]+$/);
    assert.equal(m.id.split('.')[0], m.jurisdiction);
    assert.ok(m.title['zh-Hans'] && m.title.en, m.id);
    assert.ok(m.quote && m.clause && m.document.file, m.id);
    if (m.jurisdiction === 'chongqing') assert.equal(m.document.status, 'draft', m.id);
  }
});

test('zones and nextQuestions', () => {
  const all = zones();
  assert.ok(all.some((z) => z.id === 'chengdu' && z.province === 'sichuan' && z.level === 'national'));
  // The demonstration zone's science city and town: the directory does not decide their level.
  for (const id of ['chengdu-science-city', 'jingrong-town']) {
    const zone = all.find((z) => z.id === id);
    assert.deepEqual([zone.province, zone.level], ['sichuan', null], id);
    const asked = nextQuestions({ zone: id }, { today: TODAY }).map((q) => q.fact);
    assert.ok(asked.includes('zoneLevel'), `${id}: zoneLevel stays the user's to state`);
    assert.ok(!asked.includes('province'), id);
    for (const zoneLevel of ['national', 'provincial', 'none']) evaluate({ zone: id, zoneLevel }, { today: TODAY });
  }
  const questions = nextQuestions({ province: 'chongqing' }, { today: TODAY });
  assert.ok(questions.length > 0);
  // Most at stake first (a claim before a decision before information, then the larger cap), then most results.
  const byId = new Map(measures().map((m) => [m.id, m]));
  const rank = { entitlement: 2, discretionary: 1, direction: 0, restated: 0 };
  const stake = (q) =>
    Math.max(...q.measures.map((id) => rank[byId.get(id).nature] * 2 ** 40 + (byId.get(id).benefit.maxYuan ?? 0)));
  for (let i = 1; i < questions.length; i++) {
    const [a, b] = [questions[i - 1], questions[i]];
    assert.ok(stake(a) > stake(b) || (stake(a) === stake(b) && a.affects >= b.affects), `${a.fact} before ${b.fact}`);
  }
  assert.equal(questions[0].measures.includes('chongqing.star-listing-award'), true, 'the 10-million award’s questions first');
  assert.ok(!questions.some((q) => q.fact === 'province'), 'a known fact is not asked again');
  assert.throws(() => nextQuestions({ provnce: 'x' }), { message: /^provnce: unknown field/ });
});

test('options.today sets the date; asOf wins over it; without either it is today in Beijing', () => {
  const given = evaluate({}, { today: '2030-06-15' });
  assert.deepEqual([given.asOf, given.asOfDefaulted], ['2030-06-15', false]);
  const stated = evaluate({ asOf: '2024-02-29' }, { today: '2030-06-15' });
  assert.deepEqual([stated.asOf, stated.asOfDefaulted], ['2024-02-29', false]);
  assert.equal(evaluate({ asOf: '2024-02-29' }).asOfDefaulted, false, 'a stated asOf is not defaulted');
  for (const options of [[], [undefined], [{}], [{ today: null }], [{ explain: false }]]) {
    // Read on either side of the call: a run at Beijing midnight sees one of the two.
    const before = beijingToday();
    const report = evaluate({}, ...options);
    const after = beijingToday();
    assert.ok(report.asOf === before || report.asOf === after, `${report.asOf} is Beijing's date (${before})`);
    assert.equal(report.asOfDefaulted, true, JSON.stringify(options));
  }
});

test('the default date is Beijing’s, whatever the process time zone', async () => {
  const { spawnSync } = await import('node:child_process');
  const script = `import { engine } from ${JSON.stringify(new URL('./helpers.mjs', import.meta.url).href)};
    const before = new Date(Date.now() + 8 * 3600000).toISOString().slice(0, 10);
    const r = engine.evaluate({});
    const after = new Date(Date.now() + 8 * 3600000).toISOString().slice(0, 10);
    process.stdout.write(JSON.stringify([r.asOf, r.asOfDefaulted, before, after]));`;
  for (const TZ of ['Pacific/Honolulu', 'Asia/Shanghai', 'UTC', 'Pacific/Kiritimati']) {
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
      env: { ...process.env, TZ },
    });
    assert.equal(run.status, 0, run.stderr);
    const [asOf, defaulted, before, after] = JSON.parse(run.stdout);
    assert.ok(asOf === before || asOf === after, `${TZ}: ${asOf} is Beijing's ${before}`);
    assert.equal(defaulted, true, TZ);
  }
});

test('a 66th birthday within 90 days after asOf is named as the deciding date', () => {
  const talent = { zone: 'chengdu', foreignNational: true, highEndTalent: true, worksInZoneEnterprise: true };
  const ids = ['national.work-permit-age-65', 'sichuan.work-permit-age-65'];
  const soon = evaluate({ ...talent, birthDate: '1960-02-01' }, { today: TODAY }).results.filter((r) => ids.includes(r.id));
  for (const r of soon) assert.deepEqual([r.status, r.decidingDate], ['conditional', '2026-02-01'], r.id);
  const later = evaluate({ ...talent, birthDate: '1960-06-01' }, { today: TODAY }).results.filter((r) => ids.includes(r.id));
  for (const r of later) assert.ok(!('decidingDate' in r), `${r.id}: the birthday is more than 90 days away`);
  const onTheDay = evaluate({ ...talent, birthDate: '1960-01-01' }, { today: TODAY }).results.filter((r) => ids.includes(r.id));
  for (const r of onTheDay) assert.equal(r.status, 'ineligible', `${r.id}: 66 on asOf no longer qualifies`);
  // Like the core's JSON, the deciding date comes last.
  assert.equal(Object.keys(soon[0]).at(-1), 'decidingDate');
});

test('the encouraged share is reported as a share, never as a minimum owed', () => {
  const r = evaluate(
    { zone: 'chongqing', publicInstitutionServiceOrg: true, techIncomeYuan: 1000.01 },
    { today: TODAY },
  ).results.find((x) => x.id === 'chongqing.service-income-reward');
  assert.equal(r.status, 'eligible');
  assert.equal(r.encouragedShareYuan, 500.01, '50% rounded up to the fen');
  assert.ok(!('minimumYuan' in r));
});

test('registersTechContracts is retired: an error that names its successor', () => {
  assert.match(
    errorOf({ registersTechContracts: true }).message,
    /^registersTechContracts: no longer a fact \(.*\); use techContractSeller$/,
  );
  const r = evaluate({ techContractSeller: true }, { today: TODAY });
  assert.ok(r.results.length > 0);
});

test('bad options are errors', () => {
  assert.throws(() => evaluate({}, { toady: '2026-01-01' }), {
    message: 'options.toady: unknown option (allowed: today, explain)',
  });
  assert.throws(() => evaluate({}, { today: '2026-13-01' }), { message: 'options.today: month must be 01 to 12' });
  assert.throws(() => evaluate({}, { today: 20260101 }), { message: 'options.today: must be a date string YYYY-MM-DD' });
  assert.throws(() => evaluate({}, 'today'), /options must be an object/);
});

test('an unknown field is an Error that names it', () => {
  const error = errorOf({ revenueYaun: 1 });
  assert.equal(error.message, 'revenueYaun: unknown field (did you mean revenueYuan?)');
  assert.match(errorOf({ zone: 'chengdu', Province: 'sichuan' }).message, /^Province: unknown field/);
});

test('NaN and ±Infinity are refused, not turned into unknown', () => {
  for (const bad of [NaN, Infinity, -Infinity]) {
    assert.equal(errorOf({ revenueYuan: bad }).message, 'revenueYuan: must be a finite number');
    assert.equal(errorOf({ rdExpenseYuan: bad }).message, 'rdExpenseYuan: must be a finite number');
    assert.equal(errorOf({ techIncomeYuan: bad }).message, 'techIncomeYuan: must be a finite number');
    assert.equal(errorOf({ age: bad }).message, 'age: must be a finite number');
    // Fields that take no number say what they take.
    assert.equal(errorOf({ highTechEnterprise: bad }).message, 'highTechEnterprise: must be true or false');
    assert.equal(errorOf({ asOf: bad }).message, 'asOf: must be a date string YYYY-MM-DD');
    // An unknown field stays an unknown field.
    assert.match(errorOf({ revenueYaun: bad }).message, /^revenueYaun: unknown field/);
  }
  // Other fields do not hide it.
  assert.equal(errorOf({ province: 'sichuan', revenueYuan: NaN, techSme: true }).message, 'revenueYuan: must be a finite number');
});

test('undefined and null are both an unknown fact, and both keep their key checked', () => {
  const base = evaluate({}, { today: TODAY });
  assert.deepEqual(evaluate({ revenueYuan: undefined, province: undefined }, { today: TODAY }), base);
  assert.deepEqual(evaluate({ revenueYuan: null, province: null }, { today: TODAY }), base);
  // A misspelt key is refused whatever its value: undefined hides it no more than null.
  for (const bad of [undefined, null]) {
    assert.match(errorOf({ revenueYaun: bad }).message, /^revenueYaun: unknown field/, String(bad));
    assert.equal(errorOf({ province: 'sichuan', typo: bad }).field, 'typo', String(bad));
  }
});

test('values the validator refuses', () => {
  const cases = [
    [{ revenueYuan: -1 }, 'revenueYuan: must not be negative'],
    [{ revenueYuan: '1000' }, 'revenueYuan: must be a number of yuan'],
    [{ revenueYuan: 0.001 }, 'revenueYuan: must be a whole number of fen (at most two decimals)'],
    [{ revenueYuan: 1e14 }, 'revenueYuan: must be at most 10000000000000 yuan'],
    [{ age: 151 }, 'age: an age over 150 years is not plausible'],
    [{ age: -1 }, 'age: must not be negative'],
    [{ age: 30.5 }, 'age: must be a whole number of completed years'],
    [{ province: 'beijing' }, 'province: unknown value "beijing" (allowed: sichuan, chongqing, guizhou, other)'],
    [{ graduation: 'phd' }, /^graduation: unknown value "phd"/],
    [{ zone: 'shanghai' }, /^zone: unknown value "shanghai"/],
    [{ zone: 'chengdu', province: 'guizhou' }, /^province: "guizhou" contradicts zone "chengdu"/],
    [{ highTechEnterprise: 'yes' }, 'highTechEnterprise: must be true or false'],
    [{ highTechEnterprise: 1 }, 'highTechEnterprise: must be true or false'],
    [{ highTechEnterprise: {} }, 'highTechEnterprise: must be true or false'],
    [{ highTechEnterprise: [true] }, 'highTechEnterprise: must be true or false'],
    [{ revenueYuan: 10n }, 'revenueYuan: must be a number of yuan'],
    [{ revenueYuan: () => 1 }, 'revenueYuan: must be a number of yuan'],
    [{ asOf: new Date('2026-01-01') }, 'asOf: must be a date string YYYY-MM-DD'],
    [{ birthDate: '2027-01-01' }, /^birthDate: 2027-01-01 is after asOf 2026-01-01/],
    [{ age: 30, birthDate: '1960-01-01' }, /^age: 30 disagrees with birthDate 1960-01-01/],
  ];
  for (const [profile, expected] of cases) {
    const { message } = errorOf(profile);
    if (typeof expected === 'string') assert.equal(message, expected);
    else assert.match(message, expected);
  }
});

test('a profile that is not an object is an Error', () => {
  const expected = 'profile must be a JSON object of facts, e.g. {"province": "sichuan"}';
  for (const bad of [null, undefined, [], [{ province: 'sichuan' }], 42, 'sichuan', true, 1n]) {
    assert.equal(errorOf(bad).message, expected, String(bad));
  }
});

test('profiles with a null prototype, and class instances, are read by their own fields', () => {
  const bare = Object.assign(Object.create(null), { province: 'sichuan' });
  class P {
    constructor() {
      this.province = 'sichuan';
    }
    get zoneLevel() {
      return 'national';
    }
  }
  const expected = evaluate({ province: 'sichuan' }, { today: TODAY });
  assert.deepEqual(evaluate(bare, { today: TODAY }), expected);
  // Inherited getters are not own enumerable fields, as in JSON.stringify.
  assert.deepEqual(evaluate(new P(), { today: TODAY }), expected);
});

test('errors leave the engine usable', () => {
  for (let i = 0; i < 1000; i++) assert.throws(() => evaluate({ revenueYaun: i }));
  assert.equal(evaluate({}, { today: TODAY }).results.length, measures().length);
});

test('an unknown field set to null is still an unknown field', () => {
  assert.match(errorOf({ revenueYaun: null }).message, /^revenueYaun: unknown field/);
});

test('a field whose getter throws is an error, not a silently unknown fact', () => {
  const profile = { province: 'sichuan' };
  Object.defineProperty(profile, 'revenueYuan', {
    enumerable: true,
    get() {
      throw new Error('boom');
    },
  });
  assert.equal(errorOf(profile).message, 'revenueYuan: cannot be read (its getter threw)');
});

test('a brief report has the same statuses and missing facts, and bare reason states in catalogue order', () => {
  const profile = { zone: 'chongqing', highTechEnterprise: true, aboveDesignatedSize: true, foreignNational: true };
  const full = evaluate(profile, { today: TODAY });
  const brief = evaluate(profile, { today: TODAY, explain: false });
  assert.equal(brief.results.length, full.results.length);
  brief.results.forEach((r, i) => {
    const f = full.results[i];
    assert.equal(r.id, f.id);
    assert.equal(r.status, f.status);
    assert.deepEqual(r.missing, f.missing);
    assert.deepEqual(
      r.reasons,
      f.reasons.map((reason) => reason.state),
    );
  });
  assert.ok(JSON.stringify(brief).length * 2 < JSON.stringify(full).length, 'brief is much smaller');
  assert.throws(() => evaluate({}, { explain: 'no' }), { message: 'options.explain: must be true or false' });
});

test('bad input throws a ProfileError whose field names the input, for a portal to place the message', () => {
  const { ProfileError } = engine;
  const cases = [
    [{ revenueYaun: 1 }, undefined, 'revenueYaun'],
    [{ 'a: b': 1 }, undefined, 'a: b'],
    [{ revenueYuan: -1 }, undefined, 'revenueYuan'],
    [{ revenueYuan: Number.NaN }, undefined, 'revenueYuan'],
    [{ zone: 'zunyi', zoneLevel: 'national' }, undefined, 'zoneLevel'],
    [{ birthDate: '2030-01-01' }, { today: TODAY }, 'birthDate'],
    [{ registersTechContracts: true }, undefined, 'registersTechContracts'],
    [{}, { today: '2026-02-30' }, 'options.today'],
    [{}, { toady: '2026-01-01' }, 'options.toady'],
    ['sichuan', undefined, null],
    [[1], undefined, null],
  ];
  for (const [profile, options, field] of cases) {
    for (const call of [engine.evaluate, engine.nextQuestions]) {
      let thrown;
      try {
        call(profile, options ?? { today: TODAY });
      } catch (error) {
        thrown = error;
      }
      assert.ok(thrown instanceof ProfileError && thrown instanceof Error, `${JSON.stringify(profile)}: ${thrown}`);
      assert.equal(thrown.name, 'ProfileError');
      assert.equal(thrown.field, field, JSON.stringify(profile));
      if (field !== null) assert.ok(thrown.message.startsWith(`${field}: `), thrown.message);
    }
  }
});

test('questions: every fact once, in the fact table’s order, as nextQuestions words it', async () => {
  const all = questions();
  const { facts } = engine.__steps.tables();
  assert.deepEqual(
    all.map((q) => q.fact),
    facts,
  );
  const open = new Map(nextQuestions({}, { today: TODAY }).map((q) => [q.fact, q]));
  for (const q of all) {
    assert.equal(q.affects, 0, q.fact);
    assert.deepEqual(q.measures, [], q.fact);
    // The same question nextQuestions asks, but for what it could change.
    if (open.has(q.fact)) assert.deepEqual({ ...open.get(q.fact), affects: 0, measures: [] }, q, q.fact);
  }
  // An amount no condition reads is still asked: the reward's base, sized
  // by a share (shareOf), and never asked with a period the text does not name.
  const base = all.find((q) => q.fact === 'techIncomeYuan');
  assert.ok(!open.has('techIncomeYuan'), 'no condition reads techIncomeYuan');
  assert.equal(base.type, 'number');
  assert.match(base.text['zh-Hans'], /原文未限定期间/);
  assert.doesNotMatch(base.text['zh-Hans'], /上一年度|该期间/);
  assert.ok(measures().some((m) => m.benefit.shareOf === 'techIncomeYuan'));
});

test('the widget pairs reasons with tests by the index the core gives, and gets each reason’s words', async () => {
  // The widget's own module (pkg/ has it inside the element's bundle).
  const { testsOf } = await import(join(root, 'js', 'cards.js'));
  const profile = { zone: 'chongqing', highTechEnterprise: true, foreignNational: false };
  const report = evaluate(profile, { today: TODAY });
  const byId = new Map(measures().map((m) => [m.id, m]));
  for (const r of report.results) {
    const { texts, facts } = testsOf(byId.get(r.id));
    assert.equal(texts.length, r.reasons.length, r.id);
    assert.equal(facts.length, r.reasons.length, r.id);
    r.reasons.forEach((reason, i) =>
      assert.deepEqual(texts[i], { 'zh-Hans': reason['zh-Hans'], en: reason.en }, `${r.id} #${i}`),
    );
  }
});
