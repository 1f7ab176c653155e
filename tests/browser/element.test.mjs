// The element's contract beyond the journeys: the change event, language
// switching without losing answers, presets by attribute, "not sure" and the
// questions that would settle a result, the catalogue view, print.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  ARTIFACTS,
  card,
  cardOf,
  chooseRadio,
  fill,
  groupOf,
  open,
  province,
  questionText,
  resultIds,
  say,
  screenshot,
  settled,
  showNotApplicable,
  start,
} from './browser.mjs';
import { foreignExpert } from './journeys.mjs';
import { formatDate, formatYuan, STRINGS } from '../../js/i18n.js';

const zh = STRINGS['zh-Hans'];
const en = STRINGS.en;

let env;
before(async () => (env = await start()));
after(() => env?.close());

test('an answer given before the audience’s results are built still fires its own change event', async () => {
  const { page, context } = await open(env, 'index.html');
  // The audience and the place in one task: the audience's results (left to the next frame) are never
  // built, the place's are; each answer's event comes, in order, with its own profile.
  const seen = await page.evaluate(async () => {
    const el = document.querySelector('hitech-eligibility');
    const seen = [];
    el.addEventListener('hitech-eligibility-change', (e) => seen.push(e.detail.profile));
    el.shadowRoot.querySelector('input[name="q-audience"][value="enterprise"]').click();
    const select = el.shadowRoot.querySelector('select#loc');
    select.value = 'zone:chongqing';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    for (let i = 0; i < 4; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
    return seen;
  });
  assert.deepEqual(seen, [{}, { zone: 'chongqing' }]);
  await context.close();
});

test('every answer fires hitech-eligibility-change, bubbling and composed, with the profile and the report', async () => {
  const { page, context } = await open(env, 'index.html');
  await page.evaluate(() => {
    window.seen = [];
    document.addEventListener('hitech-eligibility-change', (e) =>
      window.seen.push({ bubbles: e.bubbles, composed: e.composed, target: e.target.localName, ...e.detail }),
    );
  });
  await chooseRadio(page, zh.audience, zh.audiences.institution);
  await page.getByLabel(zh.location, { exact: true }).selectOption({ label: zh.provinceOnly(province('chongqing', 'zh-Hans')) });
  await chooseRadio(page, questionText(env, 'publicInstitutionServiceOrg', 'zh-Hans'), zh.yes);
  // An audience's results (and an answer's right after it) come a frame later: one event each, none dropped.
  await page.waitForFunction(() => window.seen.length >= 3);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const seen = await page.evaluate(() => window.seen);
  assert.equal(seen.length, 3);
  const last = seen.at(-1);
  assert.equal(last.bubbles, true);
  assert.equal(last.composed, true);
  assert.equal(last.target, 'hitech-eligibility');
  assert.equal(last.audience, 'institution');
  assert.deepEqual(last.profile, { province: 'chongqing', publicInstitutionServiceOrg: true });
  assert.equal(last.report.results.length, env.measures.size);
  assert.equal(last.report.contract, 3);
  assert.equal(last.report.asOfDefaulted, true, 'no date given: today in Beijing');
  const reward = last.report.results.find((r) => r.id === 'chongqing.service-income-reward');
  assert.equal(reward.status, 'eligible');
  // Every result says what kind of sentence it is and whether it is from a draft.
  for (const r of last.report.results) {
    const m = env.measures.get(r.id);
    assert.equal(r.nature, m.nature, r.id);
    assert.equal(r.draft, m.document.status === 'draft', r.id);
  }
  // Screen readers hear the new counts through a polite live region: each group on its own, drafts apart.
  // Counted by card: a benefit several documents grant is one card (its drafts: the lead's badge).
  await settled(page);
  const { counts, drafts } = await page.locator('hitech-eligibility').evaluate((host) => {
    const out = { counts: {}, drafts: {} };
    for (const group of host.shadowRoot.querySelectorAll('section.group')) {
      const cards = [...group.querySelectorAll('li.card')];
      out.counts[group.dataset.status] = cards.length;
      out.drafts[group.dataset.status] = cards.filter((li) => li.querySelector(':scope > .card-head .badge')).length;
    }
    return out;
  });
  const live = page.locator('hitech-eligibility [aria-live="polite"]');
  assert.equal(await live.getAttribute('role'), 'status');
  // The institution's own freedom to reward staff is counted as its group names it: 可以直接适用.
  const direct = await page
    .locator('hitech-eligibility section.group[data-status="eligible"] h4')
    .evaluate((el) => el.textContent)
    .then((text) => text.startsWith(zh.direct));
  assert.ok(direct, 'the staff reward’s group is 可以直接适用');
  await live.filter({ hasText: zh.summary(counts, drafts, direct) }).waitFor({ state: 'attached' });
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
  await page
    .getByLabel(en.location, { exact: true })
    .selectOption({ label: en.otherZone(province('sichuan', 'en'), en.levels.provincial) });
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
  assert.deepEqual(
    values.filter((v) => v.startsWith('zone:')),
    guizhouZones,
  );
  assert.ok(
    values.every((v) => v === '' || v.startsWith('zone:') || v.startsWith('guizhou:')),
    values.join(),
  );
  await chooseRadio(page, zh.audience, zh.audiences.enterprise);
  const shown = Object.values(await resultIds(page)).flat();
  assert.ok(shown.length > 0);
  assert.ok(
    shown.every((id) => /^(national|guizhou)\./.test(id)),
    shown.join(),
  );
  assert.ok(shown.every((id) => env.measures.get(id).audiences.includes('enterprise')));
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
  // audience="talent" is the foreign-talent entry: an individual, foreign national preset as an answer, and saying so.
  assert.equal((await page.locator('hitech-eligibility').evaluate((el) => el.profile)).foreignNational, true);
  const foreign = page.getByRole('group', { name: questionText(env, 'foreignNational', 'zh-Hans') });
  assert.equal(await foreign.getByLabel(zh.yes, { exact: true }).isChecked(), true);
  await foreign.getByText(zh.talentPreset).waitFor();
  await page.getByLabel(zh.applicationDate, { exact: true }).waitFor();
  for (const fact of ['highEndTalent', 'worksInZoneEnterprise']) {
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
  const expected = [...env.measures.values()].filter((m) => m.jurisdiction === 'chongqing' && m.audiences.includes('enterprise'));
  assert.deepEqual(
    ids,
    expected.map((m) => m.id),
  );
  for (const m of expected) {
    const c = card(page, m.id);
    await c.getByText(zh.draft, { exact: true }).waitFor();
    await c.getByText(say(m.document.title, 'zh-Hans')).waitFor();
    assert.equal(await c.locator('blockquote').textContent(), m.quote);
  }
  // Every party a measure is for; a city programme's reach (SPEC §2); the year the plan set its targets for, now past.
  const special = env.measures.get('chongqing.tech-innovation-special-project');
  assert.deepEqual(special.audiences, ['enterprise', 'institution']);
  const c = card(page, special.id);
  await c.getByText(zh.forWhom + special.audiences.map((a) => zh.audiences[a]).join(zh.listSeparator)).waitFor();
  await c.getByText(zh.reach + say(special.reach, 'zh-Hans')).waitFor();
  await c.getByText(zh.targetsTo(special.document.targetYear)).waitFor();
  // A document's date beside its name: its issue, else its publication.
  await page.getByLabel(zh.filterJurisdiction).selectOption('guizhou');
  const guizhou = env.measures.get('guizhou.star-listing-cultivation');
  assert.equal(guizhou.document.issued, '2021-11-13');
  await card(page, guizhou.id).getByText(formatDate('2021-11-13', 'zh-Hans')).waitFor();
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
  test(`printing shows the claims and decisions with their citations, not the form or the rest (${lang})`, async () => {
    const { page, context } = await open(env, 'index.html');
    if (lang === 'en') await page.getByRole('button', { name: zh.otherLang }).click();
    await foreignExpert(page, env, lang, 'mouse');
    const ids = await resultIds(page);
    const shown = [...ids.eligible, ...ids.conditional][0];
    const collapsed = ids.ineligible[0];
    assert.ok(shown && collapsed, 'the journey leaves results in both kinds of group');
    await page.locator('hitech-eligibility section[data-status="ineligible"] > details > summary').click();
    assert.equal(await card(page, collapsed).isVisible(), false, 'collapsed on screen');
    await page.emulateMedia({ media: 'print' });
    const t = STRINGS[lang];
    assert.equal(await page.getByLabel(t.location, { exact: true }).isVisible(), false, 'the form is not printed');
    assert.equal(await page.getByRole('button', { name: t.print }).isVisible(), false, 'buttons are not printed');
    // Paper for a service window (issue 23.6): the citation, not the whole sentence;
    // what does not apply stays on screen.
    assert.equal(await card(page, shown).locator('.source').isVisible(), true, 'the source is printed');
    assert.equal(await card(page, shown).locator('blockquote').isVisible(), false, 'the quote stays on screen');
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    assert.equal(await card(page, shown).isVisible(), true, 'a decision is printed');
    assert.equal(await card(page, collapsed).isVisible(), false, 'not-applicable results are not printed');
    await page.pdf({ path: `${ARTIFACTS}/print-${lang}.pdf`, format: 'A4', printBackground: true });
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
    assert.equal(await card(page, collapsed).isVisible(), false, 'collapsed again after printing');
    await context.close();
  });
}

/** The text of each results group's heading, by status. */
const headings = (page) =>
  page
    .locator('hitech-eligibility section.group')
    .evaluateAll((groups) => Object.fromEntries(groups.map((g) => [g.dataset.status, g.querySelector('h4').textContent])));

for (const [lang, t] of [
  ['zh-Hans', zh],
  ['en', en],
]) {
  test(`claims, decisions, information, open and not applicable are separate groups, counted apart (${lang})`, async () => {
    const { page, context } = await open(env, 'index.html');
    if (lang === 'en') await page.getByRole('button', { name: zh.otherLang }).click();
    await page.evaluate(() => {
      window.reports = [];
      document.addEventListener('hitech-eligibility-change', (e) => window.reports.push(e.detail.report));
    });
    await chooseRadio(page, t.audience, t.audiences.enterprise);
    await page
      .getByLabel(t.location, { exact: true })
      .selectOption({ label: t.zoneOption(say(env.zones.get('chongqing').name, lang), t.levels.national) });
    for (const fact of [
      'highTechEnterprise',
      'aboveDesignatedSize',
      'listedOnStarMarket',
      'ownsIntellectualProperty',
      'techSme',
    ]) {
      await chooseRadio(page, questionText(env, fact, lang), t.yes);
    }
    const ids = await resultIds(page);
    assert.deepEqual(
      Object.keys(ids),
      ['eligible', 'conditional', 'reach', 'informational', 'unknown', 'ineligible'],
      // Within reach before what is no claim, as the summary line reads (third trial: in 德阳 the one
      // card worth acting on came below twelve open ones).
      'claims first, then what is within reach, then what is no claim, and what is not applicable last',
    );
    assert.ok(ids.eligible.includes('chongqing.star-listing-award'));
    assert.ok(ids.conditional.includes('chongqing.knowledge-value-loan'));
    // A direction and restated tax law: information, never claims.
    assert.ok(ids.informational.includes('national.ip-pledge-financing'), ids.informational.join());
    assert.ok(ids.informational.includes('chongqing.high-tech-enterprise-income-tax'), ids.informational.join());
    const report = (await page.evaluate(() => window.reports)).at(-1);
    const byId = new Map(report.results.map((r) => [r.id, r]));
    for (const [status, list] of Object.entries(ids)) {
      for (const id of list) assert.equal(byId.get(id).status, status, id);
    }
    // One card per benefit: the income-tax rule three documents restate is one card, in force first.
    const cards = await page.locator('hitech-eligibility').evaluate((host) =>
      Object.fromEntries(
        [...host.shadowRoot.querySelectorAll('section.group')].map((section) => [
          section.dataset.status,
          [...section.querySelectorAll('li.card')].map((li) => ({
            title: li.querySelector(':scope > .card-head h5').textContent,
            draft: !!li.querySelector(':scope > .card-head .badge'),
            measures: [...li.querySelectorAll('[data-measure]'), li].map((el) => el.dataset.measure).filter(Boolean),
          })),
        ]),
      ),
    );
    const taxCards = cards.informational.filter(
      (c) => c.title === say(env.measures.get('national.high-tech-enterprise-income-tax').title, lang),
    );
    assert.equal(taxCards.length, 1, 'one card for the income-tax rule');
    assert.deepEqual(taxCards[0].measures.sort(), [
      'chongqing.high-tech-enterprise-income-tax',
      'guizhou.high-tech-enterprise-income-tax',
      'national.high-tech-enterprise-income-tax',
    ]);
    assert.equal(taxCards[0].draft, false, 'its status is the national rule’s, in force, not the draft’s');
    // Each heading counts its own group's cards, and its drafts apart; the five labels differ.
    const shown = await headings(page);
    const counts = Object.fromEntries(Object.entries(cards).map(([status, list]) => [status, list.length]));
    const drafts = Object.fromEntries(
      Object.entries(cards).map(([status, list]) => [status, list.filter((c) => c.draft).length]),
    );
    for (const status of Object.keys(cards)) {
      assert.equal(shown[status], t.counted(t.groups[status], counts[status], drafts[status]), status);
    }
    assert.ok(drafts.eligible > 0, 'the Chongqing draft’s award is counted as from a draft');
    assert.equal(new Set(Object.values(t.groups)).size, 6);
    // No count on the page adds claims and what is no claim.
    const summary = await page.locator('hitech-eligibility .summary').textContent();
    assert.equal(summary, t.summary(counts, drafts));
    const total = (statuses) => statuses.reduce((n, s) => n + counts[s], 0);
    const sums = [
      total(['eligible', 'informational']),
      total(['eligible', 'conditional', 'informational']),
      total(Object.keys(counts)),
    ];
    const numbers = [...`${summary} ${Object.values(shown).join(' ')}`.matchAll(/\d+/g)].map((m) => Number(m[0]));
    for (const sum of sums)
      if (!Object.values(counts).includes(sum)) assert.ok(!numbers.includes(sum), `${sum} appears in "${summary}"`);
    // Every draft card has its badge; a direction says it is one; restated law names its rule.
    for (const id of Object.values(ids).flat()) {
      const badge = card(page, id).getByText(t.draft, { exact: true });
      assert.equal(await badge.count(), byId.get(id).draft ? 1 : 0, id);
    }
    await card(page, 'national.ip-pledge-financing').getByText(t.directionNote).waitFor();
    const tax = env.measures.get('chongqing.high-tech-enterprise-income-tax');
    await card(page, 'chongqing.high-tech-enterprise-income-tax').getByText(say(tax.nationalRule, lang)).waitFor();
    await screenshot(page, `groups-enterprise-${lang}`);
    await context.close();
  });
}

test('a park whose level the directory leaves open shows no "undefined", and its level is asked', async () => {
  const { page, context } = await open(env, 'index.html');
  const select = page.getByLabel(zh.location, { exact: true });
  const labels = await select.evaluate((s) => [...s.options].map((o) => o.textContent));
  assert.ok(
    labels.every((l) => !/undefined|null/.test(l)),
    labels.join(' | '),
  );
  await chooseRadio(page, zh.audience, zh.audiences.person);
  const town = env.zones.get('jingrong-town');
  assert.equal(town.level, null);
  await select.selectOption({ label: zh.zoneOption(say(town.name, 'zh-Hans'), zh.levelOpen) });
  const profile = () => page.locator('hitech-eligibility').evaluate((el) => el.profile);
  assert.deepEqual(await profile(), { zone: 'jingrong-town' }, 'zoneLevel stays unknown');
  // The engine's own question, under the location.
  const levelQuestion = questionText(env, 'zoneLevel', 'zh-Hans');
  const level = page.getByRole('group', { name: levelQuestion });
  await level.waitFor();
  await level.getByLabel(say(env.questions.get('zoneLevel').options[0].label, 'zh-Hans'), { exact: true }).check();
  assert.deepEqual(await profile(), { zone: 'jingrong-town', zoneLevel: 'national' });
  // Another place: the level answered for the park does not come along.
  await select.selectOption({ label: zh.zoneOption(say(env.zones.get('chengdu').name, 'zh-Hans'), zh.levels.national) });
  assert.deepEqual(await profile(), { zone: 'chengdu' });
  assert.equal(await level.count(), 0);
  // A portal preset to the park says so too, and asks the level.
  await page.locator('hitech-eligibility').evaluate((el) => el.setAttribute('zone', 'chengdu-science-city'));
  await page.locator('hitech-eligibility').getByText(zh.levelOpen, { exact: false }).first().waitFor();
  await page.getByRole('group', { name: levelQuestion }).waitFor();
  assert.ok(!/undefined/.test(await page.locator('hitech-eligibility .form').textContent()));
  await context.close();
});

for (const [lang, t] of [
  ['zh-Hans', zh],
  ['en', en],
]) {
  test(`talent is asked the application date, today in Beijing by default, and sees the date to apply before (${lang})`, async () => {
    const { page, context } = await open(env, 'index.html');
    if (lang === 'en') await page.getByRole('button', { name: zh.otherLang }).click();
    const date = page.getByLabel(t.applicationDate, { exact: true });
    await chooseRadio(page, t.audience, t.audiences.enterprise);
    assert.equal(await date.isVisible(), false, 'an enterprise is not asked');
    await chooseRadio(page, t.audience, t.audiences.person);
    const today = await page.evaluate(() => new Date(Date.now() + 8 * 3600000).toISOString().slice(0, 10));
    assert.equal(await date.inputValue(), today);
    const profile = () => page.locator('hitech-eligibility').evaluate((el) => el.profile);
    assert.ok(!('asOf' in (await profile())), 'the default stays the engine’s: asOfDefaulted');
    await page
      .locator('hitech-eligibility')
      .getByText(t.asOfToday(formatDate(today, lang)))
      .waitFor();
    await page
      .getByLabel(t.location, { exact: true })
      .selectOption({ label: t.otherZone(province('sichuan', lang), t.levels.national) });
    for (const fact of ['foreignNational', 'highEndTalent', 'worksInZoneEnterprise'])
      await chooseRadio(page, questionText(env, fact, lang), t.yes);
    await date.fill('2026-01-01');
    await fill(page, env, 'age', '1960-02-01');
    assert.deepEqual(await profile(), {
      province: 'sichuan',
      zoneLevel: 'national',
      foreignNational: true,
      highEndTalent: true,
      worksInZoneEnterprise: true,
      birthDate: '1960-02-01',
      asOf: '2026-01-01',
    });
    await page
      .locator('hitech-eligibility')
      .getByText(t.asOfApplication(formatDate('2026-01-01', lang)))
      .waitFor();
    for (const id of ['national.work-permit-age-65', 'sichuan.work-permit-age-65']) {
      assert.equal(await groupOf(page, id), 'conditional');
      // One card for the benefit: the date to apply before is on it once.
      await cardOf(page, id)
        .getByText(t.applyBefore(formatDate('2026-02-01', lang), 66))
        .waitFor();
    }
    await screenshot(page, `application-date-deciding-date-${lang}`);
    // On the 66th birthday the rule no longer applies, and no date is named.
    await date.fill('2026-02-01');
    assert.equal(await groupOf(page, 'sichuan.work-permit-age-65'), 'ineligible');
    assert.equal(await cardOf(page, 'sichuan.work-permit-age-65').locator('.deadline').count(), 0);
    // A date that is no date is refused where it was typed, and the default applies.
    await date.fill('2026-02-30');
    await date.blur();
    await page.locator('hitech-eligibility #as-of-err').getByText(t.badDate).waitFor();
    assert.ok(!('asOf' in (await profile())));
    await context.close();
  });
}

test('the as-of attribute presets the application date', async () => {
  const { page, context } = await open(env, 'talent-en.html');
  await page.locator('hitech-eligibility').evaluate((el) => el.setAttribute('as-of', '2026-03-01'));
  assert.equal(await page.getByLabel(en.applicationDate, { exact: true }).inputValue(), '2026-03-01');
  assert.equal((await page.locator('hitech-eligibility').evaluate((el) => el.profile)).asOf, '2026-03-01');
  await page.locator('hitech-eligibility').getByText(en.asOfApplication('1 March 2026')).waitFor();
  await context.close();
});

for (const lang of ['zh-Hans', 'en']) {
  test(`answers typed as people type them are read, shown back, or refused saying what was understood (${lang})`, async () => {
    const t = STRINGS[lang];
    const { page, context } = await open(env, 'index.html');
    if (lang === 'en') await page.getByRole('button', { name: STRINGS['zh-Hans'].otherLang }).click();
    const profile = () => page.locator('hitech-eligibility').evaluate((el) => el.profile);
    const host = page.locator('hitech-eligibility');
    await chooseRadio(page, t.audience, t.audiences.person);
    await page
      .getByLabel(t.location, { exact: true })
      .selectOption({ label: t.otherZone(province('sichuan', lang), t.levels.national) });
    await chooseRadio(page, questionText(env, 'foreignNational', lang), t.yes);
    for (const [typed, value, shown] of [
      ['64岁', { age: 64 }, t.readsAge(64)],
      ['６４', { age: 64 }, t.readsAge(64)],
      ['1962年11月28日', { birthDate: '1962-11-28' }, t.readsBirth(formatDate('1962-11-28', lang))],
      ['1962/11/28', { birthDate: '1962-11-28' }, t.readsBirth(formatDate('1962-11-28', lang))],
    ]) {
      await fill(page, env, 'age', typed);
      await host.locator('#q-age-reads').getByText(shown, { exact: true }).waitFor();
      const { age, birthDate } = await profile();
      assert.deepEqual(JSON.parse(JSON.stringify({ age, birthDate })), value, typed);
    }
    await fill(page, env, 'age', '12三');
    await page.getByLabel(questionText(env, 'age', lang), { exact: true }).blur();
    const error = host.locator('#q-age-err');
    await error.waitFor();
    assert.equal(await error.textContent(), t.problem({ kind: 'unknown', understood: '12', unknown: '三' }) + t.badAge);
    const after = await profile();
    assert.ok(!('age' in after) && !('birthDate' in after), 'a refused answer is no answer');

    // Amounts, for an institution: full-width digits and a currency sign.
    await chooseRadio(page, t.audience, t.audiences.institution);
    await page
      .getByLabel(t.location, { exact: true })
      .selectOption({ label: t.zoneOption(say(env.zones.get('chongqing').name, lang), t.levels.national) });
    await chooseRadio(page, questionText(env, 'publicInstitutionServiceOrg', lang), t.yes);
    for (const [typed, yuan] of [
      ['２００万', 2_000_000],
      ['1.5亿元', 150_000_000],
      ['￥2,000,000', 2_000_000],
    ]) {
      await fill(page, env, 'techIncomeYuan', typed);
      await host
        .locator('#q-techIncomeYuan-reads')
        .getByText(t.reads(formatYuan(yuan, lang)), { exact: true })
        .waitFor();
      assert.equal((await profile()).techIncomeYuan, yuan, typed);
    }
    await context.close();
  });
}

test('on a phone, radio buttons keep their size beside two-line labels', async () => {
  const context = await env.browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  // English labels are the longest: the zone level and graduation choices wrap onto two lines.
  await page.goto(`${env.url}/index.html#hitech=1&lang=en&audience=talent&loc=zone%3Achengdu-science-city`);
  // The first results group shown (an empty one is left out).
  await page.locator('hitech-eligibility .results section.group:not([hidden]) h4').first().waitFor();
  const radios = await page
    .locator('hitech-eligibility')
    .evaluate((host) =>
      [...host.shadowRoot.querySelectorAll('input[type="radio"]')].map((r) => [r.name, r.value, r.getBoundingClientRect().width]),
    );
  assert.ok(radios.some(([name]) => name === 'q-graduation') && radios.some(([name]) => name === 'q-zoneLevel'));
  // 1.1rem at 16 px: 17.6 px, never squeezed by a long label (it was 13 px).
  for (const [name, value, width] of radios) assert.ok(width >= 17, `${name}=${value} is ${width} px wide`);
  await context.close();
});

for (const lang of ['zh-Hans', 'en']) {
  test(`on a phone the results line stays in view after every answer, counts as the groups do, and leads to them (${lang})`, async () => {
    const t = STRINGS[lang];
    const { page, context } = await open(env, 'index.html', { viewport: { width: 390, height: 844 } });
    if (lang === 'en') await page.getByRole('button', { name: STRINGS['zh-Hans'].otherLang }).click();
    const host = page.locator('hitech-eligibility');
    const bar = host.getByRole('navigation', { name: t.resultsAtAGlance });
    const check = async (after) => {
      await settled(page);
      const box = await bar.boundingBox();
      assert.ok(
        box && box.y >= 0 && box.y + box.height <= 844,
        `${after}: the results line is on screen (${JSON.stringify(box)})`,
      );
      const shown = await host.evaluate((el) => {
        const root = el.shadowRoot;
        const cards = Object.fromEntries(
          [...root.querySelectorAll('section.group')].map((s) => [s.dataset.status, s.querySelectorAll('li.card').length]),
        );
        const drafts = Object.fromEntries(
          [...root.querySelectorAll('section.group')].map((s) => [
            s.dataset.status,
            [...s.querySelectorAll('li.card')].filter((li) => li.querySelector(':scope > .card-head .badge')).length,
          ]),
        );
        const bar = Object.fromEntries(
          // The counts (the line's other button leads to the note when nothing applies: signpost.test.mjs).
          [...root.querySelectorAll('.live-summary button[data-status]')].map((b) => [b.dataset.status, b.textContent]),
        );
        return { cards, drafts, bar };
      });
      for (const [status, text] of Object.entries(shown.bar)) {
        assert.equal(text, t.barCount(t.groups[status], shown.cards[status], shown.drafts[status]), `${after}: ${status}`);
      }
    };
    await chooseRadio(page, t.audience, t.audiences.enterprise);
    await check('choosing enterprise');
    await page
      .getByLabel(t.location, { exact: true })
      .selectOption({ label: t.zoneOption(say(env.zones.get('chongqing').name, lang), t.levels.national) });
    await check('choosing Chongqing');
    for (const fact of ['highTechEnterprise', 'aboveDesignatedSize', 'listedOnStarMarket']) {
      await chooseRadio(page, questionText(env, fact, lang), t.yes);
      await check(fact);
    }
    // Each count leads to its group.
    await bar.getByRole('button', { name: new RegExp(`^${t.groups.eligible}`) }).click();
    const heading = host.locator('#g-eligible');
    assert.equal(await heading.evaluate((h) => h.getRootNode().activeElement === h), true, 'the group heading has focus');
    const top = (await heading.boundingBox()).y;
    assert.ok(top > -1 && top < 844, `the group is in view (${top})`);
    await context.close();
  });
}

test('the view switch does not look like a submit button: the current view is underlined, not filled', async () => {
  const { page, context } = await open(env, 'index.html');
  const t = STRINGS['zh-Hans'];
  const style = await page
    .locator('hitech-eligibility')
    .getByRole('button', { name: t.viewCheck })
    .evaluate((b) => {
      const s = getComputedStyle(b);
      return {
        pressed: b.getAttribute('aria-pressed'),
        background: s.backgroundColor,
        underline: s.borderBottomWidth,
        bottom: s.borderBottomColor,
        top: s.borderTopColor,
      };
    });
  const host = await page.locator('hitech-eligibility').evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.equal(style.pressed, 'true');
  assert.equal(style.background, host, 'the same background as the widget, not the accent colour');
  assert.equal(style.underline, '3px');
  assert.notEqual(style.bottom, style.top, 'only the bottom edge is drawn');
  await context.close();
});

test('on a phone the first question is on the first screen, and the notice stands beside the results', async () => {
  for (const file of ['index.html', 'chongqing-enterprise.html']) {
    const { page, context } = await open(env, file, { viewport: { width: 390, height: 844 } });
    const first = await page
      .locator('hitech-eligibility')
      .evaluate((host) => host.shadowRoot.querySelector('.form input, .form select').getBoundingClientRect().bottom);
    assert.ok(first < 844, `${file}: the first control ends at ${Math.round(first)} px of 844`);
    const t = STRINGS['zh-Hans'];
    await page.locator('hitech-eligibility .results').getByText(t.notice).waitFor();
    await context.close();
  }
});

test('every attribute but lang is a reflected property, as the element’s declarations say', async () => {
  const { page, context } = await open(env, 'index.html');
  const host = page.locator('hitech-eligibility');
  const reflected = await host.evaluate((el) => {
    const out = {};
    el.audience = 'talent';
    el.topic = 'talent';
    el.asOf = '2026-01-01';
    el.shareBase = 'https://portal.example.gov.cn/check';
    el.noHeader = false;
    out.set = ['audience', 'topic', 'as-of', 'share-base'].map((a) => el.getAttribute(a));
    out.noHeaderRemoved = el.hasAttribute('no-header');
    el.noHeader = true;
    out.noHeaderAdded = el.getAttribute('no-header');
    el.setAttribute('measures', 'national sichuan');
    out.measures = el.measures;
    el.asOf = null;
    out.asOfCleared = el.hasAttribute('as-of');
    out.properties = el.constructor.observedAttributes
      .filter((a) => a !== 'lang')
      .map((a) => a.replace(/-([a-z])/g, (_, c) => c.toUpperCase()));
    out.own = out.properties.filter((p) => p in el);
    return out;
  });
  assert.deepEqual(reflected.set, ['talent', 'talent', '2026-01-01', 'https://portal.example.gov.cn/check']);
  assert.equal(reflected.noHeaderRemoved, false);
  assert.equal(reflected.noHeaderAdded, '');
  assert.equal(reflected.measures, 'national sichuan');
  assert.equal(reflected.asOfCleared, false);
  assert.deepEqual(reflected.own, reflected.properties);
  // The declarations list exactly these properties (and the read-only profile).
  const dts = readFileSync(new URL('../../js/hitech-eligibility.d.ts', import.meta.url), 'utf8');
  const body = /export class HitechEligibility extends HTMLElement \{([\s\S]*?)\n\}/
    .exec(dts)[1]
    .replace(/\/\*\*[\s\S]*?\*\//g, '');
  const declared = [...body.matchAll(/^\s+(?:readonly |get )?(\w+)[?]?[:(]/gm)].map((m) => m[1]).filter((p) => p !== 'profile');
  assert.deepEqual(declared.sort(), [...reflected.properties].sort());
  // A preset audience is not asked: the property works as the attribute does.
  assert.equal(await page.getByRole('group', { name: STRINGS['zh-Hans'].audience }).count(), 0);
  await context.close();
});
