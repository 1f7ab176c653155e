// The element's contract beyond the journeys: the change event, language
// switching without losing answers, presets by attribute, "not sure" and the
// questions that would settle a result, the catalogue view, print.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ARTIFACTS, card, chooseRadio, fill, groupOf, open, questionText, resultIds, say, screenshot, showNotApplicable, start } from './browser.mjs';
import { foreignExpert } from './journeys.mjs';
import { STRINGS } from '../../widget/i18n.js';

const zh = STRINGS['zh-Hans'];
const en = STRINGS.en;

let env;
before(async () => (env = await start()));
after(() => env?.close());

test('every answer fires hitech-eligibility-change, bubbling and composed, with the profile and the report', async () => {
  const { page, context } = await open(env, 'index.html');
  await page.evaluate(() => {
    window.seen = [];
    document.addEventListener('hitech-eligibility-change', (e) =>
      window.seen.push({ bubbles: e.bubbles, composed: e.composed, target: e.target.localName, ...e.detail }),
    );
  });
  await chooseRadio(page, zh.audience, zh.audiences.institution);
  await page.getByLabel(zh.location, { exact: true }).selectOption({ label: zh.provinceOnly(zh.provinces.chongqing) });
  await chooseRadio(page, questionText(env, 'publicInstitutionServiceOrg', 'zh-Hans'), zh.yes);
  const seen = await page.evaluate(() => window.seen);
  assert.equal(seen.length, 3);
  const last = seen.at(-1);
  assert.equal(last.bubbles, true);
  assert.equal(last.composed, true);
  assert.equal(last.target, 'hitech-eligibility');
  assert.equal(last.audience, 'institution');
  assert.deepEqual(last.profile, { province: 'chongqing', publicInstitutionServiceOrg: true });
  assert.equal(last.report.results.length, env.measures.size);
  assert.equal(last.report.results.find((r) => r.id === 'chongqing.service-income-reward').status, 'eligible');
  // Screen readers hear the new counts through a polite live region.
  const ids = await resultIds(page);
  const counts = Object.fromEntries(Object.entries(ids).map(([status, list]) => [status, list.length]));
  const live = page.locator('hitech-eligibility [aria-live="polite"]');
  assert.equal(await live.getAttribute('role'), 'status');
  await live.filter({ hasText: zh.summary(counts) }).waitFor({ state: 'attached' });
  await context.close();
});

test('switching language keeps every answer and every result', async () => {
  const { page, context } = await open(env, 'index.html');
  await foreignExpert(page, env, 'zh-Hans', 'mouse');
  const before = await resultIds(page);
  await page.getByRole('button', { name: zh.otherLang }).click();
  await page.getByRole('heading', { name: en.title }).waitFor();
  assert.deepEqual(await resultIds(page), before);
  assert.equal(await page.getByLabel(questionText(env, 'age', 'en'), { exact: true }).inputValue(), '64');
  const foreign = page.getByRole('group', { name: questionText(env, 'foreignNational', 'en') });
  assert.equal(await foreign.getByLabel(en.yes, { exact: true }).isChecked(), true);
  assert.equal(await page.getByLabel(en.location, { exact: true }).inputValue(), 'zone:zunyi');
  // The quote stays Chinese and says so; numbers and dates follow the language.
  const quote = card(page, 'guizhou.work-permit-age-65').locator('blockquote');
  assert.equal(await quote.getAttribute('lang'), 'zh-Hans');
  await showNotApplicable(page);
  await card(page, 'national.work-permit-age-65').getByText('13 July 2020').waitFor();
  await page.getByRole('button', { name: en.otherLang }).click();
  await card(page, 'national.work-permit-age-65').getByText('2020年7月13日').waitFor();
  assert.deepEqual(await resultIds(page), before);
  await context.close();
});

test('"not sure" leaves a result open and lists the questions that would settle it', async () => {
  const { page, context } = await open(env, 'talent-en.html');
  assert.equal(await page.getByRole('group', { name: en.audience }).count(), 0, 'the audience is preset');
  await page.getByLabel(en.location, { exact: true }).selectOption({ label: en.otherZone(en.provinces.sichuan, en.levels.provincial) });
  const foreign = questionText(env, 'foreignNational', 'en');
  await chooseRadio(page, foreign, en.yes);
  await chooseRadio(page, questionText(env, 'highEndTalent', 'en'), en.notSure);
  assert.equal(await groupOf(page, 'sichuan.work-permit-age-65'), 'unknown');
  const unknown = card(page, 'sichuan.work-permit-age-65');
  await unknown.getByText(en.settleWith).waitFor();
  // Each missing fact is a button that takes the user to its question.
  const ageQuestion = questionText(env, 'age', 'en');
  await unknown.getByRole('button', { name: ageQuestion }).click();
  const focusedLabel = await page.evaluate(() => {
    const el = document.querySelector('hitech-eligibility').shadowRoot.activeElement;
    return el.getRootNode().querySelector(`label[for="${el.id}"]`).textContent;
  });
  assert.equal(focusedLabel, ageQuestion);
  await page.keyboard.type('61');
  await chooseRadio(page, questionText(env, 'highEndTalent', 'en'), en.yes);
  await chooseRadio(page, questionText(env, 'worksInZoneEnterprise', 'en'), en.yes);
  assert.equal(await groupOf(page, 'sichuan.work-permit-age-65'), 'conditional');
  // Changing an earlier answer is always possible and takes effect at once.
  await chooseRadio(page, foreign, en.no);
  assert.equal(await groupOf(page, 'sichuan.work-permit-age-65'), 'ineligible');
  await screenshot(page, 'talent-en-page-changed-answer');
  await context.close();
});

test('a provincial portal presets its province and shows only its measures', async () => {
  const { page, context } = await open(env, 'guizhou.html');
  const values = await page.getByLabel(zh.location, { exact: true }).evaluate((s) => [...s.options].map((o) => o.value));
  const guizhouZones = [...env.zones.values()].filter((z) => z.province === 'guizhou').map((z) => `zone:${z.id}`);
  assert.deepEqual(values.filter((v) => v.startsWith('zone:')), guizhouZones);
  assert.ok(values.every((v) => v === '' || v.startsWith('zone:') || v.startsWith('guizhou:')), values.join());
  await chooseRadio(page, zh.audience, zh.audiences.enterprise);
  const shown = Object.values(await resultIds(page)).flat();
  assert.ok(shown.length > 0);
  assert.ok(shown.every((id) => /^(national|guizhou)\./.test(id)), shown.join());
  assert.ok(shown.every((id) => env.measures.get(id).audience === 'enterprise'));
  await context.close();
});

test('a zone portal presets the zone and hides the location question', async () => {
  const { page, context } = await open(env, 'index.html');
  await page.locator('hitech-eligibility').evaluate((el) => {
    el.setAttribute('zone', 'guiyang');
    el.setAttribute('audience', 'talent');
  });
  assert.equal(await page.getByLabel(zh.location, { exact: true }).count(), 0);
  const guiyang = say(env.zones.get('guiyang').name, 'zh-Hans');
  await page.locator('hitech-eligibility').getByText(guiyang).first().waitFor();
  for (const fact of ['foreignNational', 'highEndTalent', 'worksInZoneEnterprise']) {
    await chooseRadio(page, questionText(env, fact, 'zh-Hans'), zh.yes);
  }
  await fill(page, env, 'age', '65');
  assert.equal(await groupOf(page, 'guizhou.work-permit-age-65'), 'conditional');
  assert.equal(await groupOf(page, 'national.work-permit-age-65'), 'conditional');
  assert.equal(await groupOf(page, 'sichuan.work-permit-age-65'), 'ineligible');
  await context.close();
});

test('the catalogue lists every measure by jurisdiction and audience, with its source', async () => {
  const { page, context } = await open(env, 'index.html');
  await page.getByRole('button', { name: zh.viewCatalogue }).click();
  const cards = page.locator('hitech-eligibility .catalogue-view [data-measure]');
  assert.equal(await cards.count(), env.measures.size);
  for (const j of ['national', 'sichuan', 'chengdu', 'chongqing', 'guizhou']) {
    await page.getByRole('heading', { name: zh.jurisdictions[j], exact: true }).waitFor();
  }
  await page.getByLabel(zh.filterJurisdiction).selectOption('chongqing');
  await page.getByLabel(zh.filterAudience).selectOption('enterprise');
  const ids = await cards.evaluateAll((els) => els.map((el) => el.dataset.measure));
  const expected = [...env.measures.values()].filter((m) => m.jurisdiction === 'chongqing' && m.audience === 'enterprise');
  assert.deepEqual(ids, expected.map((m) => m.id));
  for (const m of expected) {
    const c = card(page, m.id);
    await c.getByText(zh.draft, { exact: true }).waitFor();
    await c.getByText(say(m.document.title, 'zh-Hans')).waitFor();
    assert.equal(await c.locator('blockquote').textContent(), m.quote);
  }
  await screenshot(page, 'catalogue-chongqing-enterprise-zh-Hans');
  await context.close();
});

test('headings nest without gaps, inside the page outline', async () => {
  const { page, context } = await open(env, 'index.html');
  await foreignExpert(page, env, 'zh-Hans', 'mouse');
  const levels = await page.evaluate(() => {
    const all = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('h1, h2, h3, h4, h5, h6, hitech-eligibility')) {
        if (el.localName === 'hitech-eligibility') walk(el.shadowRoot);
        else if (el.checkVisibility()) all.push(Number(el.localName[1]));
      }
    };
    walk(document);
    return all;
  });
  levels.reduce((previous, level) => {
    assert.ok(level <= previous + 1, `h${level} follows h${previous}`);
    return level;
  }, 0);
  await context.close();
});

for (const lang of ['zh-Hans', 'en']) {
  test(`printing shows the results with their citations, not the form (${lang})`, async () => {
    const { page, context } = await open(env, 'index.html');
    if (lang === 'en') await page.getByRole('button', { name: zh.otherLang }).click();
    await foreignExpert(page, env, lang, 'mouse');
    const ids = await resultIds(page);
    const shown = [...ids.eligible, ...ids.conditional, ...ids.unknown][0];
    const collapsed = ids.ineligible[0];
    assert.ok(shown && collapsed, 'the journey leaves results in both kinds of group');
    await page.locator('hitech-eligibility section[data-status="ineligible"] summary').click();
    assert.equal(await card(page, collapsed).isVisible(), false, 'collapsed on screen');
    await page.emulateMedia({ media: 'print' });
    const t = STRINGS[lang];
    assert.equal(await page.getByLabel(t.location, { exact: true }).isVisible(), false, 'the form is not printed');
    assert.equal(await page.getByRole('button', { name: t.print }).isVisible(), false, 'buttons are not printed');
    assert.equal(await card(page, shown).locator('blockquote').isVisible(), true, 'the quote is printed');
    assert.equal(await card(page, shown).locator('.source').isVisible(), true, 'the source is printed');
    // The browser announces printing with beforeprint: the collapsed group opens for paper.
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    assert.equal(await card(page, collapsed).isVisible(), true, 'not-applicable results are printed');
    await page.pdf({ path: `${ARTIFACTS}/print-${lang}.pdf`, format: 'A4', printBackground: true });
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
    assert.equal(await card(page, collapsed).isVisible(), false, 'collapsed again after printing');
    await context.close();
  });
}
