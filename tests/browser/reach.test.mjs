// The "within reach" group as the trial's Chengdu founder (科技型中小企业,
// 高企 否, R&D 120万) reads it on a desktop: its cards say what they are (one
// condition away, not 不适用), keep what there is to gain (the 15 % rate of
// the high-tech tax card), and each count of the summary line leads to its
// group, as the phone's results line does.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { open, questionText, say, settled, start } from './browser.mjs';
import { STRINGS } from '../../js/i18n.js';

let env;
const host = (page) => page.locator('hitech-eligibility');
before(async () => (env = await start()));
after(() => env?.close());

for (const lang of ['zh-Hans', 'en']) {
  test(`${lang}: within reach says “one condition away”, keeps the 15 % rate, and the summary’s count leads to it`, async () => {
    const { page, context, errors } = await open(env, 'index.html', { viewport: { width: 1280, height: 800 } });
    let t = STRINGS['zh-Hans'];
    if (lang === 'en') {
      await host(page).getByRole('button', { name: t.otherLang }).click();
      t = STRINGS.en;
    }
    await page.getByRole('group', { name: t.audience }).getByLabel(t.audiences.enterprise, { exact: true }).check();
    await host(page)
      .getByRole('combobox', { name: t.location })
      .selectOption({ label: t.zoneOption(say(env.zones.get('chengdu').name, lang), t.levels.national) });
    const yesNo = (fact, label) =>
      host(page)
        .getByRole('group', { name: questionText(env, fact, lang) })
        .getByLabel(label, { exact: true })
        .check();
    await yesNo('highTechEnterprise', t.no);
    await yesNo('techSme', t.yes);
    await host(page)
      .getByRole('textbox', { name: questionText(env, 'rdExpenseYuan', lang) })
      .fill('1200000');
    await settled(page);

    const tax = env.measures.get('national.high-tech-enterprise-income-tax');
    const group = host(page).getByRole('region', { name: new RegExp(`^${t.groups.reach}`) });
    const card = group
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: say(tax.benefitGroup.title, lang), exact: true }) })
      .first();
    await card.waitFor();
    const head = card.locator('.card-head').first();
    assert.match(await head.textContent(), new RegExp(t.conditionsAway(1)), 'the chip says one condition away');
    assert.doesNotMatch(await head.textContent(), new RegExp(t.groups.ineligible), 'not “not applicable”');
    // What there is to gain: the national rule with its 15 % rate, as the card shows it in every other state.
    assert.ok(await card.getByText(say(tax.nationalRule, lang)).first().isVisible(), 'the 15 % rate is on the card');
    assert.match(say(tax.nationalRule, lang), /15%/);

    // The summary line (the results line is for phones): its count of the group is a button to it.
    const count = host(page)
      .locator('.summary')
      .getByRole('button', { name: new RegExp(lang === 'en' ? '1 within reach' : `${t.groups.reach} 1 项`) });
    await count.click();
    const heading = group.getByRole('heading', { level: 4 });
    assert.equal(await heading.evaluate((x) => x.getRootNode().activeElement === x), true, 'the group’s heading is focused');
    const box = await heading.boundingBox();
    assert.ok(box.y >= -1 && box.y < 800, `the group is in view (top ${box.y})`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}
