// Every mark the widget draws for a status or a condition is a character
// every Chinese font has: ✗ (U+2717) has no glyph in WenQuanYi Micro Hei
// and many other CJK fonts, and showed as a box. The characters GB2312
// fonts carry are read from the GB2312 area of the WHATWG gbk decoder (both
// bytes 0xA1 and up), not written out here.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { open, questionText, settled, start } from './browser.mjs';
import { STRINGS } from '../../js/i18n.js';

let env;
const host = (page) => page.locator('hitech-eligibility');
before(async () => (env = await start()));
after(() => env?.close());

/** The characters of GB2312 (rows 0xA1–0xF7, cells 0xA1–0xFE), as the gbk decoder reads them. */
function gb2312() {
  const decoder = new TextDecoder('gbk', { fatal: false });
  const chars = new Set();
  for (let row = 0xa1; row <= 0xf7; row++) {
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      const c = decoder.decode(Uint8Array.of(row, cell));
      if (c !== '\uFFFD') chars.add(c);
    }
  }
  return chars;
}

/** Every mark shown: each status chip's and each condition's, with the state it stands for. */
const marks = (page) =>
  host(page).evaluate((el) => [
    ...[...el.shadowRoot.querySelectorAll('.status > [aria-hidden="true"]')].map((m) => [
      m.closest('[data-status]').dataset.status,
      m.textContent.trim(),
    ]),
    ...[...el.shadowRoot.querySelectorAll('.conds .mark')].map((m) => [m.parentElement.dataset.state, m.textContent.trim()]),
  ]);

test('every status and condition mark is a character GB2312 fonts carry, or ASCII', async () => {
  const carried = gb2312();
  assert.ok(carried.has('√') && carried.has('×') && !carried.has('✗'), 'the GB2312 area read as expected');
  const { page, context } = await open(env, 'index.html', { viewport: { width: 1280, height: 900 } });
  const t = STRINGS['zh-Hans'];
  // The trial's Chengdu founder: results in every group, conditions met, failed, open and no longer needed.
  await page.getByRole('group', { name: t.audience }).getByLabel(t.audiences.enterprise, { exact: true }).check();
  const z = env.zones.get('chengdu');
  await host(page)
    .getByRole('combobox', { name: t.location })
    .selectOption({ label: t.zoneOption(z.name['zh-Hans'], t.levels.national) });
  await host(page)
    .getByRole('group', { name: questionText(env, 'highTechEnterprise', 'zh-Hans') })
    .getByLabel(t.no, { exact: true })
    .check();
  await host(page)
    .getByRole('textbox', { name: questionText(env, 'rdExpenseYuan', 'zh-Hans') })
    .fill('120万');
  await settled(page);
  const shown = await marks(page);
  await context.close();
  // An engineer of 62 in Mianyang, in English: a result someone still decides (at 55, the trial's
  // age, the 65-year rule now changes nothing and its questions are not asked: new-users.test.mjs).
  const en = await open(env, 'talent-en.html', { viewport: { width: 1280, height: 900 } });
  const e = STRINGS.en;
  await en.page.getByRole('group', { name: e.topic }).getByLabel(e.topics.talent, { exact: true }).check();
  await host(en.page)
    .getByRole('combobox', { name: e.location })
    .selectOption({ label: e.zoneOption(env.zones.get('mianyang').name.en, e.levels.national) });
  await host(en.page)
    .getByRole('textbox', { name: questionText(env, 'age', 'en') })
    .fill('62');
  for (const fact of ['worksInZoneEnterprise', 'invitedByZoneEnterprise']) {
    await host(en.page)
      .getByRole('group', { name: questionText(env, fact, 'en') })
      .getByLabel(e.yes, { exact: true })
      .check();
  }
  await settled(en.page);
  shown.push(...(await marks(en.page)));
  await en.context.close();
  const states = new Set(shown.map(([state]) => state));
  for (const state of ['conditional', 'informational', 'unknown', 'ineligible', 'holds', 'fails', 'unknown', 'moot']) {
    assert.ok(states.has(state), `a ${state} mark is shown (${[...states]})`);
  }
  const outside = [...new Set(shown.flatMap(([, mark]) => [...mark]))].filter((c) => !(c >= ' ' && c <= '~') && !carried.has(c));
  assert.deepEqual(outside, [], 'marks outside GB2312 and ASCII');
});
