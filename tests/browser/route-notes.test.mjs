// A work-permit or visa route's note — the general rule behind it — is read
// without opening anything: on the card of a route still open (the trial's
// 55-year-old in 绵阳 found "class B is normally capped at 60 … does not
// mean no permit after 60" only inside the collapsed Guizhou card; now, within
// that usual limit, on a card for information saying the rule changes nothing
// for him), above
// the groups for a route closed only by the place (the 62-year-old in 遵义,
// a provincial zone, whose card is in the collapsed 不适用), and on paper.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { open, questionText, say, settled, start } from './browser.mjs';
import { STRINGS } from '../../js/i18n.js';

let env;
const host = (page) => page.locator('hitech-eligibility');
before(async () => (env = await start()));
after(() => env?.close());

const note = (id, lang) => say(env.measures.get(id).note, lang);
/** How many of the widget's elements showing `text` are visible. */
const visible = async (page, text) => {
  let n = 0;
  for (const match of await host(page).getByText(text).all()) n += +(await match.isVisible());
  return n;
};

test('the 55-year-old in 绵阳 reads the general work-permit rule on the card he is shown, and on paper', async () => {
  const { page, context } = await open(env, 'talent-en.html', { viewport: { width: 390, height: 844 } });
  const t = STRINGS.en;
  await page.getByRole('group', { name: t.topic }).getByLabel(t.topics.talent, { exact: true }).check();
  await host(page)
    .getByRole('combobox', { name: t.location })
    .selectOption({ label: t.zoneOption(say(env.zones.get('mianyang').name, 'en'), t.levels.national) });
  await host(page)
    .getByRole('textbox', { name: questionText(env, 'age', 'en') })
    .fill('55');
  // At 55, within the usual limit (60), the 65-year rule changes nothing for him: it is not asked
  // about (worksInZoneEnterprise decides only it), and its card is for information.
  for (const fact of ['invitedByZoneEnterprise']) {
    await host(page)
      .getByRole('group', { name: questionText(env, fact, 'en') })
      .getByLabel(t.yes, { exact: true })
      .check();
  }
  await settled(page);
  const rule = note('national.work-permit-age-65', 'en');
  assert.match(rule, /capped at 60/);
  const group = host(page).getByRole('region', { name: new RegExp(`^${t.groups.informational}`) });
  const permit = group.getByRole('listitem').filter({
    has: page.getByRole('heading', {
      name: say(env.measures.get('national.work-permit-age-65').benefitGroup.title, 'en'),
      exact: true,
    }),
  });
  assert.ok(await permit.getByText(rule).first().isVisible(), 'the general rule is on the card, nothing opened');
  assert.equal(await visible(page, rule), 1, 'once on screen (the Sichuan document’s note, the same, is not repeated)');
  // Print shows an information card as a title only: the rule is on paper above the groups.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await visible(page, rule), 1, 'on paper once');
  await context.close();
});

test('the 62-year-old in 遵义 reads the general rule, who decides and where the relaxation reaches, without opening 不适用', async () => {
  const { page, context } = await open(env, 'index.html', { viewport: { width: 390, height: 844 } });
  const t = STRINGS['zh-Hans'];
  await page.getByRole('group', { name: t.audience }).getByLabel(t.audiences.person, { exact: true }).check();
  await host(page)
    .getByRole('combobox', { name: t.location })
    .selectOption({ label: t.zoneOption(say(env.zones.get('zunyi').name, 'zh-Hans'), t.levels.provincial) });
  await host(page)
    .getByRole('group', { name: questionText(env, 'foreignNational', 'zh-Hans') })
    .getByLabel(t.yes, { exact: true })
    .check();
  await settled(page);
  const permit = env.measures.get('national.work-permit-age-65');
  for (const text of [note(permit.id, 'zh-Hans'), say(permit.approval, 'zh-Hans'), `${t.reachesOnly}位于国家高新区`]) {
    assert.equal(await visible(page, text), 1, `in view: ${text}`);
  }
  // The visa route closed by the place, too; not Chongqing's, which is another province's.
  assert.equal(await visible(page, note('national.multi-entry-visa', 'zh-Hans')), 1);
  assert.equal(await visible(page, note('chongqing.foreign-talent-relaxed-limits', 'zh-Hans')), 0);
  // A Chinese national is shown no work-permit rule.
  await host(page)
    .getByRole('group', { name: questionText(env, 'foreignNational', 'zh-Hans') })
    .getByLabel(t.no, { exact: true })
    .check();
  await settled(page);
  assert.equal(await visible(page, note(permit.id, 'zh-Hans')), 0);
  await context.close();
});
