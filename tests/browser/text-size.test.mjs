// Government portals' 适老化 tools make the page's text larger by scaling the
// body's font: the widget follows the page's text size, and at 200 % on a
// 390 px phone (WCAG 1.4.4) nothing is clipped, overlapping or wider than
// the screen, in either language: status chips wrap inside their cards, the
// results line stays one row (scrolled sideways) instead of growing over the
// questions, and the zone chosen is readable in full.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { open, questionText, settled, start } from './browser.mjs';
import { STRINGS } from '../../js/i18n.js';

let env;
const host = (page) => page.locator('hitech-eligibility');
before(async () => (env = await start()));
after(() => env?.close());

/**
 * Text that overflows its box, and boxes wider than the screen, inside the
 * widget. A box inside an element that scrolls sideways (the results line at
 * large text) is reached by scrolling that element, not the page: it is
 * held to its scroller instead.
 */
const overflowing = (page) =>
  host(page).evaluate((el) => {
    const out = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width + 1)
      out.push(`the page scrolls sideways: ${document.documentElement.scrollWidth}px`);
    for (const node of el.shadowRoot.querySelectorAll('*')) {
      if (!node.getClientRects().length || node.closest('.sr, [hidden]')) continue;
      const box = node.getBoundingClientRect();
      const style = getComputedStyle(node);
      const scroller = node.parentElement?.closest('.live-summary');
      const right = scroller ? scroller.getBoundingClientRect().right : width;
      if (!scroller && box.right > right + 1 && style.position !== 'fixed')
        out.push(`${node.tagName}.${node.className}: right ${box.right}`);
      const clips = ['hidden', 'clip'].includes(style.overflowX) && style.textOverflow !== 'ellipsis';
      if (clips && node.scrollWidth > node.clientWidth + 1) out.push(`${node.tagName}.${node.className}: clipped`);
      if (node.tagName === 'LEGEND') {
        const set = node.parentElement.getBoundingClientRect();
        if (box.right > set.right + 1) out.push(`legend past its fieldset: ${node.textContent}`);
      }
    }
    // Every status chip inside its card (it used to stay on one line and push the card past the widget).
    for (const chip of el.shadowRoot.querySelectorAll('.card .status')) {
      const [c, k] = [chip.getBoundingClientRect(), chip.closest('.card').getBoundingClientRect()];
      if (c.right > k.right + 1 || c.left < k.left - 1) out.push(`chip “${chip.textContent}” outside its card`);
    }
    return out;
  });

/** How many of the widget's texts that read `text` exactly are visible (a select's options are not). */
const visibleTexts = async (page, text) => {
  let shown = 0;
  for (const match of await host(page).getByText(text, { exact: true }).all()) shown += +(await match.isVisible());
  return shown;
};

/** The results line's box and whether its counts sit on one row. */
const bar = (page, name) =>
  host(page)
    .getByRole('navigation', { name })
    .evaluate((nav) => {
      const tops = [...nav.querySelectorAll('button:not([hidden])')].map((b) => Math.round(b.getBoundingClientRect().top));
      const box = nav.getBoundingClientRect();
      return { top: box.top, oneRow: new Set(tops).size === 1, shown: tops.length };
    });

/** A control focused as a keyboard user would: scrolled into view, then measured against the results line. */
async function focusClearOfBar(page, control, barName, what) {
  await control.focus();
  await page.waitForTimeout(100); // the focus scroll
  const box = await control.boundingBox();
  const line = await bar(page, barName);
  assert.ok(
    box.y + box.height <= line.top + 1,
    `${what}: the focused control (bottom ${box.y + box.height}) is clear of the results line (top ${line.top})`,
  );
}

const PERSONAS = {
  // The trial's Chengdu founder (in Chinese): a long zone name, and a questions heading that the line used to cover.
  'zh-Hans': {
    path: 'index.html',
    async answer(page, t) {
      await page.getByRole('group', { name: t.audience }).getByLabel(t.audiences.enterprise, { exact: true }).check();
      const z = env.zones.get('chengdu');
      await host(page)
        .getByRole('combobox', { name: t.location })
        .selectOption({ label: t.zoneOption(z.name['zh-Hans'], t.levels.national) });
      for (const fact of ['highTechEnterprise', 'techSme']) {
        await host(page)
          .getByRole('group', { name: questionText(env, fact, 'zh-Hans') })
          .getByLabel(t.yes, { exact: true })
          .check();
      }
      const rd = host(page).getByRole('textbox', { name: questionText(env, 'rdExpenseYuan', 'zh-Hans') });
      await rd.fill('120万');
      return {
        zone: t.zoneOption(z.name['zh-Hans'], t.levels.national),
        focus: [rd, host(page).getByRole('combobox', { name: t.location })],
      };
    },
  },
  // The trial's engineer in Mianyang (in English): “◑ Someone still decides” used to stay on one line. At 62,
  // over class B's usual limit (60), so the 65-year rule still matters to him (at 55 it changes nothing).
  en: {
    path: 'talent-en.html',
    async answer(page, t) {
      await page.getByRole('group', { name: t.topic }).getByLabel(t.topics.talent, { exact: true }).check();
      const z = env.zones.get('mianyang');
      await host(page)
        .getByRole('combobox', { name: t.location })
        .selectOption({ label: t.zoneOption(z.name.en, t.levels.national) });
      const age = host(page).getByRole('textbox', { name: questionText(env, 'age', 'en') });
      await age.fill('62');
      for (const fact of ['worksInZoneEnterprise', 'invitedByZoneEnterprise']) {
        await host(page)
          .getByRole('group', { name: questionText(env, fact, 'en') })
          .getByLabel(t.yes, { exact: true })
          .check();
      }
      return {
        zone: t.zoneOption(z.name.en, t.levels.national),
        focus: [age, host(page).getByRole('combobox', { name: t.location })],
      };
    },
  },
};

for (const [lang, persona] of Object.entries(PERSONAS)) {
  test(`${lang}: the widget follows the page’s text size; at 200 % on a 390 px phone nothing is clipped, wider than the screen or under the results line`, async () => {
    const { page, context } = await open(env, persona.path, { viewport: { width: 390, height: 844 } });
    const t = STRINGS[lang];
    const size = () => host(page).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const normal = await size();
    // What an 适老化 tool does: the body's text twice as large.
    await page.evaluate(() => (document.body.style.fontSize = '200%'));
    assert.equal(await size(), normal * 2, 'the widget’s text doubles with the page’s');
    const { zone, focus } = await persona.answer(page, t);
    await settled(page);
    await host(page).locator('.results section.group:not([hidden])').first().waitFor();
    assert.deepEqual(await overflowing(page), [], 'questions and results at 200 %');
    // The zone's whole name can be read, though the select shows only its start.
    assert.equal(await visibleTexts(page, zone), 1, `the zone chosen is written out: ${zone}`);
    const line = await bar(page, t.resultsAtAGlance);
    assert.ok(line.shown >= 2 && line.oneRow, `the results line keeps its ${line.shown} counts on one row`);
    for (const [i, control] of focus.entries())
      await focusClearOfBar(page, control, t.resultsAtAGlance, `${lang} control ${i + 1}`);
    await context.close();
  });
}

test('at the page’s normal text size the zone chosen is not repeated under its select', async () => {
  const { page, context } = await open(env, 'index.html', { viewport: { width: 390, height: 844 } });
  const t = STRINGS['zh-Hans'];
  await page.getByRole('group', { name: t.audience }).getByLabel(t.audiences.enterprise, { exact: true }).check();
  const z = env.zones.get('chengdu');
  await host(page)
    .getByRole('combobox', { name: t.location })
    .selectOption({ label: t.zoneOption(z.name['zh-Hans'], t.levels.national) });
  assert.equal(await visibleTexts(page, t.zoneOption(z.name['zh-Hans'], t.levels.national)), 0, 'only the select shows it');
  await context.close();
});
