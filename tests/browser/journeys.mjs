// The three journeys (a foreign expert, who chooses 个人 / Individual, a
// Chongqing enterprise, a Chongqing institution), written once as what a person does and sees, and played
// either with the mouse or with the keyboard alone.
//
// Labels come from the widget's own word list (js/i18n.js) and the
// engine's question table, so a reworded question does not break a journey;
// the outcomes (groups, amounts as written) are spelled out here.

import assert from 'node:assert/strict';
import { STRINGS } from '../../js/i18n.js';
import {
  card,
  chooseRadio,
  groupOf,
  keyRadio,
  keySelect,
  keyType,
  province,
  questionText,
  say,
  screenshot,
  showNotApplicable,
} from './browser.mjs';

const zoneLabel = (env, t, lang, id, level) => t.zoneOption(say(env.zones.get(id).name, lang), t.levels[level]);

/** Plays one step; `how` is 'mouse' or 'keyboard'. */
export async function act(page, env, lang, how, step) {
  const t = STRINGS[lang];
  if (step.audience) {
    const label = t.audiences[step.audience];
    return how === 'mouse' ? chooseRadio(page, t.audience, label) : keyRadio(page, t.audience, label);
  }
  if (step.location) {
    return how === 'mouse'
      ? page.getByLabel(t.location, { exact: true }).selectOption({ label: step.location })
      : keySelect(page, t.location, step.location);
  }
  const question = questionText(env, step.fact, lang);
  if ('text' in step) {
    return how === 'mouse' ? page.getByLabel(question, { exact: true }).fill(step.text) : keyType(page, question, step.text);
  }
  const label = step.yes === true ? t.yes : step.yes === false ? t.no : t.notSure;
  return how === 'mouse' ? chooseRadio(page, question, label) : keyRadio(page, question, label);
}

async function play(page, env, lang, how, steps) {
  for (const step of steps) await act(page, env, lang, how, step);
}

async function expectGroups(page, expected) {
  for (const [id, status] of Object.entries(expected)) {
    assert.equal(await groupOf(page, id), status, `${id} is shown as ${status}`);
  }
}

/** A foreign expert of 64, then 66, in a Sichuan provincial zone; then in a Guizhou provincial zone. */
export async function foreignExpert(page, env, lang, how) {
  const t = STRINGS[lang];
  await play(page, env, lang, how, [
    // An individual; the nationality is asked because results turn on it.
    { audience: 'person' },
    { location: t.otherZone(province('sichuan', lang), t.levels.provincial) },
    { fact: 'foreignNational', yes: true },
    { fact: 'highEndTalent', yes: true },
    { fact: 'worksInZoneEnterprise', yes: true },
    { fact: 'age', text: '64' },
  ]);
  await expectGroups(page, {
    'sichuan.work-permit-age-65': 'conditional',
    'national.work-permit-age-65': 'ineligible',
    // Restated national law: for information, not a claim, wherever one works.
    'sichuan.residence-permit-5y': 'informational',
    'national.residence-permit-5y': 'informational',
  });
  const residence = card(page, 'sichuan.residence-permit-5y');
  await assertVisibleText(residence, t.nationalRule.trim());
  await assertVisibleText(residence, say(env.measures.get('sichuan.residence-permit-5y').nationalRule, lang));
  const sichuan = card(page, 'sichuan.work-permit-age-65');
  // Conditional: the card says which approval is still needed, and where the rule is written.
  await assertVisibleText(sichuan, t.stillNeeds.trim());
  await assertVisibleText(sichuan, say(env.measures.get('sichuan.work-permit-age-65').approval, lang));
  await assertVisibleText(sichuan, env.measures.get('sichuan.work-permit-age-65').quote);
  // The national rule is collapsed under "not applicable"; opened, it names its single failing condition.
  await showNotApplicable(page);
  const national = card(page, 'national.work-permit-age-65');
  await assertVisibleText(national, t.nearMiss.trim());
  await screenshot(page, `journey-expert-64-sichuan-${how}-${lang}`);

  await play(page, env, lang, how, [{ fact: 'age', text: '66' }]);
  await expectGroups(page, {
    'sichuan.work-permit-age-65': 'ineligible',
    'national.work-permit-age-65': 'ineligible',
  });
  await showNotApplicable(page);
  await screenshot(page, `journey-expert-66-sichuan-${how}-${lang}`);

  await play(page, env, lang, how, [{ fact: 'age', text: '64' }, { location: zoneLabel(env, t, lang, 'zunyi', 'provincial') }]);
  await expectGroups(page, {
    'guizhou.work-permit-age-65': 'ineligible',
    'sichuan.work-permit-age-65': 'ineligible',
    'national.work-permit-age-65': 'ineligible',
  });
  await showNotApplicable(page);
  await screenshot(page, `journey-expert-64-guizhou-provincial-${how}-${lang}`);
}

/**
 * A Chongqing above-size high-tech enterprise: the knowledge-value loan (the
 * partner bank decides), then the STAR listing award (a claim), both drafts.
 */
export async function chongqingEnterprise(page, env, lang, how) {
  const t = STRINGS[lang];
  const upTo10m = lang === 'en' ? 'up to 10 million yuan' : '最高1000万元';
  await play(page, env, lang, how, [
    { audience: 'enterprise' },
    { location: zoneLabel(env, t, lang, 'chongqing', 'national') },
    { fact: 'highTechEnterprise', yes: true },
    { fact: 'aboveDesignatedSize', yes: true },
  ]);
  await expectGroups(page, { 'chongqing.knowledge-value-loan': 'conditional' });
  const loan = card(page, 'chongqing.knowledge-value-loan');
  await assertVisibleText(loan, upTo10m);
  await assertVisibleText(loan, t.draft);
  // Who decides: the lender.
  await assertVisibleText(loan, say(env.measures.get('chongqing.knowledge-value-loan').approval, lang));
  assert.notEqual(await groupOf(page, 'chongqing.star-listing-award'), 'eligible', 'no listing award before listing');
  await screenshot(page, `journey-chongqing-enterprise-loan-${how}-${lang}`);

  await play(page, env, lang, how, [{ fact: 'listedOnStarMarket', yes: true }]);
  await expectGroups(page, { 'chongqing.star-listing-award': 'eligible', 'chongqing.knowledge-value-loan': 'conditional' });
  await assertVisibleText(card(page, 'chongqing.star-listing-award'), upTo10m);
  await assertVisibleText(card(page, 'chongqing.star-listing-award'), t.draft);
  await screenshot(page, `journey-chongqing-enterprise-listed-${how}-${lang}`);
}

/** A Chongqing public institution with 2,000,000 yuan of S&T income. */
export async function chongqingInstitution(page, env, lang, how) {
  const t = STRINGS[lang];
  await play(page, env, lang, how, [
    { audience: 'institution' },
    { location: zoneLabel(env, t, lang, 'chongqing', 'national') },
    { fact: 'publicInstitutionServiceOrg', yes: true },
    { fact: 'techIncomeYuan', text: '2000000' },
  ]);
  await expectGroups(page, { 'chongqing.service-income-reward': 'eligible' });
  const reward = card(page, 'chongqing.service-income-reward');
  // The share the text encourages, never a sum owed.
  await assertVisibleText(reward, t.encouragedShare(lang === 'en' ? '1 million yuan' : '100万元', 50));
  await screenshot(page, `journey-chongqing-institution-${how}-${lang}`);
}

export const JOURNEYS = { foreignExpert, chongqingEnterprise, chongqingInstitution };

async function assertVisibleText(locator, text) {
  await locator.getByText(text, { exact: false }).first().waitFor({ state: 'visible', timeout: 5000 });
}
