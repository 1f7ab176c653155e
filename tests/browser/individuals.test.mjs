// SPEC §1a's test, walked through the widget as people do it, by role and
// text: a Chinese researcher at a Sichuan institute, a public-sector employee
// in a Chongqing zone and an individual angel investor in Chengdu each choose
// 个人 and find the measures written for them — and nothing written for
// foreign nationals only is shown to them as a claim. An enterprise that is no
// venture-capital enterprise is not shown the angel investor's relief as a
// claim, nor as a question still open.
//
// The questions are read from the engine's own table (env.questions); the
// outcomes are spelled out here.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  card,
  chooseRadio,
  groupOf,
  open,
  questionText,
  resultIds,
  say,
  screenshot,
  showNotApplicable,
  start,
} from './browser.mjs';
import { STRINGS } from '../../js/i18n.js';

const zh = STRINGS['zh-Hans'];
const CLAIMS = ['eligible', 'conditional'];

let env;
before(async () => (env = await start()));
after(() => env?.close());

/** Every fact a condition reads. */
const factsOf = (c) => (c.test ? c.test.facts : (c.not ? [c.not] : (c.all ?? c.any)).flatMap(factsOf));

/** The question group of a fact, as a person finds it: by the engine's question text. */
const question = (page, fact) => page.getByRole('group', { name: questionText(env, fact, 'zh-Hans'), exact: true });

/** Answers a yes/no question, which must be on the screen. */
async function answer(page, fact, yes) {
  assert.equal(await question(page, fact).count(), 1, `${fact} is asked`);
  await chooseRadio(page, questionText(env, fact, 'zh-Hans'), yes ? zh.yes : zh.no);
}

/** Picks a zone of the directory in the location list, as it is written there. */
async function pickZone(page, id) {
  const zone = env.zones.get(id);
  await page
    .getByLabel(zh.location, { exact: true })
    .selectOption({ label: zh.zoneOption(say(zone.name, 'zh-Hans'), zh.levels[zone.level]) });
}

/** Starts as an individual: the first question names researchers, S&T staff and foreign talent. */
async function asIndividual() {
  const { page, context } = await open(env, 'index.html');
  assert.equal(zh.audiences.person, '个人（科研人员、科技人员、外籍人才等）');
  // The report of each change, as a portal listening to the element gets it.
  await page.evaluate(() => document.addEventListener('hitech-eligibility-change', (e) => (window.lastReport = e.detail.report)));
  await chooseRadio(page, zh.audience, zh.audiences.person);
  return { page, context };
}

/** The measures for individuals that only a foreign national can meet: shown, none of them may be a claim. */
function assertNoForeignOnlyClaim(ids, who) {
  const foreignOnly = [...env.measures.values()].filter(
    (m) => m.audiences.includes('person') && factsOf(m.condition).includes('foreignNational'),
  );
  assert.ok(foreignOnly.length >= 8, 'the work-permit, visa and residence measures');
  for (const m of foreignOnly) {
    for (const status of CLAIMS) assert.ok(!ids[status].includes(m.id), `${who}: ${m.id} is shown as ${status}`);
  }
}

test('a Chinese researcher at a Sichuan institute finds the researchers’ measures, and no foreign-talent claim', async () => {
  const { page, context } = await asIndividual();
  await pickZone(page, 'mianyang');
  // Nationality is asked, because results turn on it; a Chinese national says no.
  await answer(page, 'foreignNational', false);
  await answer(page, 'researcher', true);
  // 鼓励科研人员在职离岗创业: a direction, never a claim.
  assert.equal(await groupOf(page, 'chengdu.researcher-leave-startup'), 'informational');
  await card(page, 'chengdu.researcher-leave-startup').getByText(zh.directionNote).waitFor();
  // The national start-up direction: for researchers who bring their results to a national zone.
  assert.equal(await groupOf(page, 'national.researcher-startup'), 'unknown');
  await answer(page, 'bringsOwnResults', true);
  await answer(page, 'startupInZone', true);
  assert.equal(await groupOf(page, 'national.researcher-startup'), 'informational');
  await showNotApplicable(page);
  // Chongqing's is for Chongqing's zones.
  assert.equal(await groupOf(page, 'chongqing.researcher-startup'), 'ineligible');
  const ids = await resultIds(page);
  assertNoForeignOnlyClaim(ids, 'a Chinese researcher');
  assert.equal(await groupOf(page, 'national.work-permit-age-65'), 'ineligible');
  // What is for enterprises or institutions alone is not shown to an individual.
  assert.ok(!Object.values(ids).flat().includes('chongqing.knowledge-value-loan'));
  await screenshot(page, 'individual-researcher-sichuan');
  await context.close();
});

test('a public-sector employee in a Chongqing zone finds the rank-sealing rule, and no foreign-talent claim', async () => {
  const { page, context } = await asIndividual();
  await pickZone(page, 'chongqing');
  await answer(page, 'foreignNational', false);
  assert.equal(await groupOf(page, 'chongqing.rank-sealing'), 'unknown');
  await answer(page, 'publicSectorStaffInZone', true);
  assert.equal(await groupOf(page, 'chongqing.rank-sealing'), 'conditional');
  const rank = env.measures.get('chongqing.rank-sealing');
  const shown = card(page, rank.id);
  // Someone decides, and the card says who; a draft says so.
  await shown.getByText(say(rank.approval, 'zh-Hans')).waitFor();
  await shown.getByText(zh.draft, { exact: true }).waitFor();
  await showNotApplicable(page);
  assertNoForeignOnlyClaim(await resultIds(page), 'a public-sector employee');
  await context.close();
});

test('an individual angel investor in Chengdu finds the angel-investment relief; an enterprise that is no VC does not', async () => {
  const { page, context } = await asIndividual();
  await pickZone(page, 'chengdu');
  await answer(page, 'foreignNational', false);
  await answer(page, 'angelInvestor', true);
  // 财税〔2018〕55号 restated: the national rule decides; information, never a claim.
  assert.equal(await groupOf(page, 'chengdu.angel-investment-tax'), 'informational');
  const relief = env.measures.get('chengdu.angel-investment-tax');
  await card(page, relief.id).getByText(say(relief.nationalRule, 'zh-Hans')).waitFor();
  await showNotApplicable(page);
  assertNoForeignOnlyClaim(await resultIds(page), 'an angel investor');
  await screenshot(page, 'individual-angel-investor-chengdu');

  // The same page, now as an enterprise: the individual's answer does not speak for it.
  await chooseRadio(page, zh.audience, zh.audiences.enterprise);
  assert.equal(await question(page, 'angelInvestor').count(), 0, 'an individual’s question is not an enterprise’s');
  assert.equal((await page.locator('hitech-eligibility').evaluate((el) => el.profile)).angelInvestor, undefined);
  assert.equal(await groupOf(page, relief.id), 'unknown', 'open until the enterprise says whether it is a VC');
  await answer(page, 'ventureCapitalEnterprise', false);
  // The core is truthfully unknown on the angel's fact, which is no question for an enterprise.
  const core = await page.evaluate((id) => window.lastReport.results.find((r) => r.id === id), relief.id);
  assert.equal(core.status, 'unknown');
  assert.deepEqual(core.missing, ['angelInvestor']);
  await showNotApplicable(page);
  assert.equal(await groupOf(page, relief.id), 'ineligible', 'not for this enterprise: no claim, no open question');
  await card(page, relief.id).getByText(zh.forOthers).waitFor();
  const ids = await resultIds(page);
  for (const status of [...CLAIMS, 'unknown']) assert.ok(!ids[status].includes(relief.id), status);
  // A VC enterprise does see it.
  await chooseRadio(page, questionText(env, 'ventureCapitalEnterprise', 'zh-Hans'), zh.yes);
  assert.equal(await groupOf(page, relief.id), 'informational');
  await context.close();
});
