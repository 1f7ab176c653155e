// What a portal's clerk meets embedding the widget from WIDGET.md (the
// trial's persona 5): each measure's id in the catalogue view, and on paper
// the portal's contact once, the answers without a print dialog (DevTools'
// print emulation) and answer values readable at a phone's print width.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { open, questionText, say, settled, start } from './browser.mjs';
import { STRINGS } from '../../js/i18n.js';

let env;
const host = (page) => page.locator('hitech-eligibility');
before(async () => (env = await start()));
after(() => env?.close());

const CONTACT = { label: '绵阳高新区政务服务中心（虚构示例）', phone: '0816-000 0000' };

test('the catalogue view shows each measure’s id for integrators', async () => {
  const { page, context } = await open(env, 'index.html');
  const t = STRINGS['zh-Hans'];
  await host(page).getByRole('button', { name: t.viewCatalogue }).click();
  await host(page).getByRole('heading', { name: t.catalogue }).waitFor();
  for (const m of env.measures.values()) {
    const card = host(page)
      .getByRole('listitem')
      .filter({ has: page.getByText(m.id, { exact: true }) });
    assert.equal(await card.count(), 1, `${m.id} is shown once`);
    assert.ok(await card.getByText(t.measureId).isVisible(), `${m.id}: labelled`);
  }
  await context.close();
});

test('on paper: the portal’s contact once, though every result is for information; the answers in print emulation; values readable at 390 px', async () => {
  const { page, context } = await open(env, 'index.html', { viewport: { width: 390, height: 844 } });
  const t = STRINGS['zh-Hans'];
  // The clerk's page: a Mianyang zone portal with its own service window.
  await host(page).evaluate((el, c) => {
    el.setAttribute('zone', 'mianyang');
    el.contacts = { sichuan: c };
  }, CONTACT);
  await page.getByRole('group', { name: t.audience }).getByLabel(t.audiences.enterprise, { exact: true }).check();
  await host(page)
    .getByRole('group', { name: questionText(env, 'highTechEnterprise', 'zh-Hans') })
    .getByLabel(t.yes, { exact: true })
    .check();
  await host(page)
    .getByRole('textbox', { name: questionText(env, 'rdExpenseYuan', 'zh-Hans') })
    .fill('300万');
  await settled(page);
  const claims = await host(page).evaluate(
    (el) =>
      el.shadowRoot.querySelectorAll(
        'section.group:not([hidden]):not([data-status="informational"]):not([data-status="ineligible"]):not([data-status="unknown"]) li.card',
      ).length,
  );
  assert.equal(claims, 0, 'no result printed in full: every one is for information, open or not applicable');
  const contact = host(page).getByText(CONTACT.label);
  const visible = async () => {
    let n = 0;
    for (const match of await contact.all()) n += +(await match.isVisible());
    return n;
  };
  // No print dialog, no beforeprint: the print view as DevTools shows it.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await visible(), 1, 'the portal’s contact is on paper once');
  assert.ok(await host(page).getByText(CONTACT.phone).first().isVisible());
  const answers = host(page).locator('dl');
  const rdQuestion = questionText(env, 'rdExpenseYuan', 'zh-Hans');
  assert.ok(await answers.getByText(rdQuestion).isVisible(), 'the answers are printed');
  assert.ok(
    await answers.getByText(say(env.zones.get('mianyang').name, 'zh-Hans'), { exact: false }).isVisible(),
    'with the zone',
  );
  // Each value at least a few characters wide beside its question.
  const narrowest = await answers.evaluate((dl) =>
    Math.min(
      ...[...dl.querySelectorAll('dd')].map((dd) => dd.getBoundingClientRect().width / parseFloat(getComputedStyle(dd).fontSize)),
    ),
  );
  assert.ok(narrowest >= 5, `answer values are ${narrowest.toFixed(1)} characters wide at the narrowest`);
  await context.close();
});
