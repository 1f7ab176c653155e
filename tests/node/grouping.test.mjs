// js/grouping.js: the results grouped for the reader, as a pure function,
// on real reports of the built package — one card per benefit, what is at
// stake first within a group, near misses the user can change in view.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { engine, TODAY } from './helpers.mjs';
import { GROUPS, groupResults, stake } from '../../js/grouping.js';
import { Session } from '../../js/session.js';

const tables = {
  catalogue: engine.measures(),
  zones: engine.zones(),
  questions: new Map(engine.questions().map((q) => [q.fact, q])),
};

/** The widget's grouping of one user's report: `presets` as a portal's attributes, `state` the Session's. */
function grouped(presets, state) {
  const s = new Session(tables, () => presets);
  Object.assign(s, state);
  s.enter();
  const profile = { ...s.profile, asOf: TODAY };
  const report = engine.evaluate(profile, { explain: false });
  const visible = new Map(s.visible().map((m) => [m.id, m]));
  return groupResults({ report, visible, audience: s.audience, questions: tables.questions, zones: tables.zones, profile });
}

const ids = (entries) => entries.map((e) => e.lead.m.id);

/** The Chongqing finance manager of the trial (issue 23): a 规上 high-tech enterprise in 重庆高新区, not listed yet, looking for money. */
const financeManager = () =>
  grouped(
    // As www/chongqing-enterprise.html embeds it.
    { audience: 'enterprise', province: 'chongqing', measures: 'national chongqing' },
    {
      chosenTopic: 'funding',
      loc: 'zone:chongqing',
      answers: { highTechEnterprise: true, aboveDesignatedSize: true, listedOnStarMarket: false },
    },
  );

test('the finance manager: the 10-million loan leads its group, the STAR award is within reach', () => {
  const { groups, counts } = financeManager();
  assert.equal(ids(groups.conditional)[0], 'chongqing.knowledge-value-loan', ids(groups.conditional).join());
  assert.ok(ids(groups.reach).includes('chongqing.star-listing-award'), `reach: ${ids(groups.reach).join()}`);
  assert.ok(!ids(groups.ineligible).includes('chongqing.star-listing-award'), 'not among the not applicable');
  for (const g of GROUPS) assert.equal(counts[g], groups[g].length, g);
  assert.equal(counts.eligible, 0, 'nothing she can claim outright: a zero the summary leaves out');
});

test('within every group, what is at stake first: an amount (largest first), then a decision, then information', () => {
  const { groups } = financeManager();
  let checked = 0;
  // Not applicable: near misses first (each part by stake), so left out here.
  for (const g of GROUPS.filter((g) => g !== 'ineligible')) {
    const stakes = groups[g].map((e) => stake(e.lead.m));
    assert.deepEqual(
      stakes,
      [...stakes].sort((a, b) => a - b),
      `${g}: ${ids(groups[g]).join()}`,
    );
    checked += groups[g].length;
  }
  assert.ok(checked >= 5, `${checked} cards checked`);
});

test('one card per benefit: a benefit several documents grant is one entry, led by the national document or the user’s own province', () => {
  const { groups } = grouped(
    { audience: 'person' },
    { loc: 'zone:guiyang', answers: { foreignNational: true, age: 63, highEndTalent: true, worksInZoneEnterprise: true } },
  );
  const all = Object.values(groups).flat();
  const keys = all.map((e) => e.key);
  assert.equal(new Set(keys).size, keys.length, 'each benefit once');
  const permit = all.find((e) => e.members.some(({ m }) => m.id === 'national.work-permit-age-65'));
  assert.ok(permit && permit.members.length >= 2, 'the 65-year rule of several documents is one card');
  assert.notEqual(permit.lead.m.jurisdiction, 'sichuan', 'never another province’s document in the lead');
  const members = permit.members.map(({ m }) => m.id);
  assert.ok(members.indexOf('guizhou.work-permit-age-65') < members.indexOf('sichuan.work-permit-age-65'), members.join());
});

test('no audience: nothing is grouped; a draft counts where its document gives the status', () => {
  const none = grouped({}, { loc: 'zone:chongqing' });
  assert.ok(GROUPS.every((g) => none.counts[g] === 0));
  const { groups, drafts } = financeManager();
  for (const g of GROUPS) assert.equal(drafts[g], groups[g].filter((e) => e.lead.r.draft).length, g);
  assert.ok(drafts.conditional > 0, 'Chongqing’s document is a draft for comments');
});
