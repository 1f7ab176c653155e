// js/session.js: one check's state without the DOM — the profile given
// to the engine, the measures shown, the topics offered, the places a portal
// offers — against the engine's own tables.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { engine } from './helpers.mjs';
import { Session, resultFor } from '../../js/session.js';
import { readShareLink, shareLink, locationValues } from '../../js/share.js';

const tables = {
  catalogue: engine.measures(),
  zones: engine.zones(),
  questions: new Map(engine.questions().map((q) => [q.fact, q])),
};
const session = (presets = {}) => new Session(tables, () => presets);

test('the profile: the place picked, an open zone’s level, the answers, and the application date for individuals only', () => {
  const s = session();
  assert.deepEqual(s.profile, {});
  s.loc = 'sichuan:provincial';
  s.answers = { foreignNational: true, age: 64 };
  assert.deepEqual(s.profile, { province: 'sichuan', zoneLevel: 'provincial', foreignNational: true, age: 64 });
  s.loc = 'zone:jingrong-town';
  s.zoneLevel = 'national';
  assert.deepEqual(s.location(), { zone: 'jingrong-town', zoneLevel: 'national' }, 'a level the directory leaves open');
  s.loc = 'zone:chengdu';
  assert.deepEqual(s.location(), { zone: 'chengdu' }, 'a level the directory gives is not stated again');
  s.asOf = '2026-03-01';
  assert.equal(s.profile.asOf, undefined, 'no audience: the typed date is not the application date');
  s.chosenAudience = 'enterprise';
  assert.equal(s.asksApplicationDate, false);
  assert.equal(s.profile.asOf, undefined, 'an enterprise is not asked an application date');
  s.chosenAudience = 'person';
  assert.equal(s.asksApplicationDate, true, 'an individual sees work-permit, visa and residence measures');
  assert.equal(s.profile.asOf, '2026-03-01');
  // Every profile the session makes is one the engine takes.
  assert.equal(engine.evaluate(s.profile).asOf, '2026-03-01');
  // Looking for funding only, an individual has no application to date.
  s.chosenTopic = 'funding';
  assert.equal(s.asksApplicationDate, false);
  assert.equal(s.profile.asOf, undefined);
});

test('the foreign-talent entry: the audience is person, foreignNational preset once as an answer the user may change', () => {
  const s = session({ audience: 'talent' });
  assert.equal(s.entry, 'talent');
  assert.equal(s.audience, 'person');
  s.enter();
  assert.deepEqual(s.answers, { foreignNational: true });
  assert.equal(s.profile.foreignNational, true);
  // The user says "not sure" (or no): the preset is not given again.
  delete s.answers.foreignNational;
  s.enter();
  assert.deepEqual(s.answers, {});
  // An answer the user (or a link) gave is never overwritten.
  const chosen = session();
  chosen.answers = { foreignNational: false };
  chosen.chosenAudience = 'talent';
  chosen.enter();
  assert.equal(chosen.answers.foreignNational, false);
  assert.equal(chosen.audience, 'person');
  // Any other entry presets nothing.
  for (const audience of ['enterprise', 'institution', 'person']) {
    const other = session({ audience });
    other.enter();
    assert.deepEqual(other.answers, {}, audience);
    assert.equal(other.audience, audience);
  }
});

test('the portal’s presets win: audience, zone, province, as-of', () => {
  const s = session({ audience: 'enterprise', zone: 'guiyang', asOf: '2026-01-01' });
  s.chosenAudience = 'person';
  s.loc = 'sichuan:national';
  assert.equal(s.audience, 'enterprise');
  assert.deepEqual(s.profile, { zone: 'guiyang', asOf: '2026-01-01' });
  assert.equal(s.offers('sichuan:national'), false, 'a fixed zone offers no place');
  const p = session({ province: 'guizhou' });
  assert.deepEqual(p.location(), { province: 'guizhou' });
  assert.equal(p.offers('zone:zunyi'), true);
  assert.equal(p.offers('zone:chengdu'), false);
  assert.equal(p.offers('guizhou:national'), true);
  assert.equal(p.offers('sichuan:'), false);
  assert.equal(session({ audience: 'nobody' }).audience, '', 'an unknown preset is no preset');
});

test('the measures shown: audience, topic and the portal’s jurisdictions', () => {
  const s = session({ measures: 'national chongqing' });
  s.chosenAudience = 'enterprise';
  const all = s.visible();
  assert.ok(all.length > 0);
  assert.ok(all.every((m) => m.audiences.includes('enterprise') && ['national', 'chongqing'].includes(m.jurisdiction)));
  assert.deepEqual(
    all.map((m) => m.id),
    tables.catalogue
      .filter((m) => m.audiences.includes('enterprise') && ['national', 'chongqing'].includes(m.jurisdiction))
      .map((m) => m.id),
    'every measure that names enterprises among its parties',
  );
  assert.deepEqual(s.topics(), ['funding', 'tax']);
  s.chosenTopic = 'tax';
  assert.equal(s.topic, 'tax');
  assert.ok(s.visible().every((m) => m.topic === 'tax'));
  assert.equal(s.visible().length, all.filter((m) => m.topic === 'tax').length);
  // A topic this audience has nothing of means everything, not nothing.
  s.chosenAudience = 'institution';
  assert.equal(s.topic, '');
  assert.ok(s.visible().length > 0);
  s.chosenAudience = '';
  assert.equal(s.topic, '', 'no audience, no topic');
  assert.equal(session({ topic: 'tax', audience: 'enterprise' }).topicPreset, true);
  assert.equal(session({ topic: 'visas' }).topicPreset, false);
});

test('what the session shares, a share link reads back', () => {
  const s = session();
  s.chosenAudience = 'talent';
  s.chosenTopic = 'talent';
  s.loc = 'zone:jingrong-town';
  s.zoneLevel = 'provincial';
  s.asOf = '2026-02-01';
  s.answers = { foreignNational: true, birthDate: '1961-03-01' };
  const questions = new Map(engine.nextQuestions({}).map((q) => [q.fact, q]));
  const link = new URL(shareLink('https://x.example/', s.linkState('en')));
  const read = readShareLink(link.hash, {
    questionFor: (fact) => questions.get(fact) ?? null,
    locations: locationValues(tables.zones),
    levelOpen: (loc) => loc.startsWith('zone:') && s.levelOpen(loc.slice(5)),
  });
  assert.deepEqual(read.state, s.linkState('en'));
  assert.deepEqual(read.dropped, []);
});

test('a measure is shown to every party it names, and its questions are asked of each', () => {
  const s = session();
  const ids = (audience) => s.visible(audience, '').map((m) => m.id);
  for (const id of ['chongqing.transfer-subsidy-transferor', 'chongqing.innovation-platform-evaluation-support']) {
    assert.ok(ids('enterprise').includes(id), `${id} for enterprises`);
    assert.ok(ids('institution').includes(id), `${id} for institutions too`);
    assert.ok(!ids('person').includes(id), `${id} not for individuals`);
  }
  // Individuals, Chinese or foreign: the researcher's and the angel investor's measures, and foreign talent's.
  for (const id of [
    'chengdu.researcher-leave-startup',
    'chengdu.angel-investment-tax',
    'chongqing.rank-sealing',
    'national.work-permit-age-65',
  ]) {
    assert.ok(ids('person').includes(id), `${id} for individuals`);
  }
  assert.ok(ids('enterprise').includes('chengdu.angel-investment-tax'), 'venture-capital enterprises too');
  assert.ok(ids('institution').includes('chengdu.researcher-leave-startup'), 'the researcher’s institution too');
  // Only a measure that says so is shown to another audience.
  assert.ok(!ids('institution').includes('chongqing.knowledge-value-loan'));
  assert.ok(!ids('person').includes('chongqing.knowledge-value-loan'));
  // What an institution is asked about them is its own question too.
  const asked = engine
    .nextQuestions({ zone: 'chongqing' })
    .filter((q) => q.measures.includes('chongqing.transfer-subsidy-transferor'))
    .map((q) => q.fact);
  assert.ok(asked.includes('achievementTransferRole'));
  for (const fact of asked) {
    const q = engine.questions().find((x) => x.fact === fact);
    assert.ok(
      ['enterprise', 'institution'].every((a) => q.audiences.includes(a)),
      `${fact} is asked of both parties`,
    );
  }
});

test('answers given as another party are kept, but only this audience’s go into the profile', () => {
  const s = session();
  s.loc = 'zone:chengdu';
  s.chosenAudience = 'person';
  s.answers = { angelInvestor: true, foreignNational: false, birthDate: '1980-01-01' };
  assert.deepEqual(s.profile, { zone: 'chengdu', angelInvestor: true, foreignNational: false, birthDate: '1980-01-01' });
  s.chosenAudience = 'enterprise';
  assert.deepEqual(s.profile, { zone: 'chengdu' }, 'an individual angel’s answer is not the enterprise’s');
  s.answers.ventureCapitalEnterprise = false;
  assert.deepEqual(s.profile, { zone: 'chengdu', ventureCapitalEnterprise: false });
  s.chosenAudience = 'person';
  assert.equal(s.profile.angelInvestor, true, 'choosing the individual again restores the answers');
  assert.equal('ventureCapitalEnterprise' in s.profile, false);
});

test('a result open only on another party’s facts is not for this audience', () => {
  const angel = (profile) => engine.evaluate(profile).results.find((r) => r.id === 'chengdu.angel-investment-tax');
  // An enterprise that is no venture-capital enterprise: the core is truthfully unknown, on the angel's fact.
  const notVc = angel({ zone: 'chengdu', ventureCapitalEnterprise: false });
  assert.equal(notVc.status, 'unknown');
  assert.deepEqual(notVc.missing, ['angelInvestor']);
  assert.equal(resultFor(notVc, 'enterprise', tables.questions), false, 'not an open question for an enterprise');
  assert.equal(resultFor(notVc, 'person', tables.questions), true, 'an open question for an individual');
  // Not yet answered: the enterprise's own fact is open, so it is an open question.
  assert.equal(resultFor(angel({ zone: 'chengdu' }), 'enterprise', tables.questions), true);
  // A definitive result is always for whoever sees the measure.
  assert.equal(resultFor(angel({ zone: 'chengdu', angelInvestor: true }), 'enterprise', tables.questions), true);
});
