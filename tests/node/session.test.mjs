// js/session.js: one check's state without the DOM — the profile given
// to the engine, the measures shown, the topics offered, the places a portal
// offers — against the engine's own tables.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { engine } from './helpers.mjs';
import { Session } from '../../js/session.js';
import { readShareLink, shareLink, locationValues } from '../../js/share.js';

const tables = { catalogue: engine.measures(), zones: engine.zones() };
const session = (presets = {}) => new Session(tables, () => presets);

test('the profile: the place picked, an open zone’s level, the answers, and the application date for talent only', () => {
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
  s.chosenAudience = 'talent';
  assert.equal(s.profile.asOf, '2026-03-01');
  // Every profile the session makes is one the engine takes.
  assert.equal(engine.evaluate(s.profile).asOf, '2026-03-01');
});

test('the portal’s presets win: audience, zone, province, as-of', () => {
  const s = session({ audience: 'enterprise', zone: 'guiyang', asOf: '2026-01-01' });
  s.chosenAudience = 'talent';
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
  assert.ok(all.every((m) => m.audience === 'enterprise' && ['national', 'chongqing'].includes(m.jurisdiction)));
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

test('a measure for an enterprise or an institution is shown to both, and its questions are asked of both', () => {
  const s = session();
  const ids = (audience) => s.visible(audience, '').map((m) => m.id);
  for (const id of ['chongqing.transfer-subsidy-transferor', 'chongqing.innovation-platform-evaluation-support']) {
    assert.ok(ids('enterprise').includes(id), `${id} for enterprises`);
    assert.ok(ids('institution').includes(id), `${id} for institutions too (alsoFor)`);
    assert.ok(!ids('talent').includes(id), `${id} not for talent`);
  }
  // Only a measure that says so is shown to another audience.
  assert.ok(!ids('institution').includes('chongqing.knowledge-value-loan'));
  // What an institution is asked about them is its own question too.
  const asked = engine
    .nextQuestions({ zone: 'chongqing' })
    .filter((q) => q.measures.includes('chongqing.transfer-subsidy-transferor'))
    .map((q) => [q.fact, q.audiences.includes('institution')]);
  assert.deepEqual(asked, [['achievementTransferRole', true]]);
});
