// Government portals' 适老化 tools make the page's text larger by scaling the
// body's font: the widget follows the page's text size, and at 200 % on a
// 390 px phone (WCAG 1.4.4) nothing is clipped, overlapping or wider than
// the screen.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { open, start } from './browser.mjs';
import { STRINGS } from '../../js/i18n.js';

let env;
const host = (page) => page.locator('hitech-eligibility');
before(async () => (env = await start()));
after(() => env?.close());

/** Text that overflows its box, and boxes wider than the screen, inside the widget. */
const overflowing = (page) =>
  page.locator('hitech-eligibility').evaluate((el) => {
    const out = [];
    const width = document.documentElement.clientWidth;
    for (const node of el.shadowRoot.querySelectorAll('*')) {
      if (!node.getClientRects().length || node.closest('.sr, [hidden]')) continue;
      const box = node.getBoundingClientRect();
      const style = getComputedStyle(node);
      if (box.right > width + 1 && style.position !== 'fixed') out.push(`${node.tagName}.${node.className}: right ${box.right}`);
      const clips = ['hidden', 'clip'].includes(style.overflowX) && style.textOverflow !== 'ellipsis';
      if (clips && node.scrollWidth > node.clientWidth + 1) out.push(`${node.tagName}.${node.className}: clipped`);
      if (node.tagName === 'LEGEND') {
        const set = node.parentElement.getBoundingClientRect();
        if (box.right > set.right + 1) out.push(`legend past its fieldset: ${node.textContent}`);
      }
    }
    return out;
  });

test('the widget follows the page’s text size: at 200 % on a 390 px phone nothing is clipped or wider than the screen', async () => {
  const { page, context } = await open(env, 'chongqing-enterprise.html', { viewport: { width: 390, height: 844 } });
  const t = STRINGS['zh-Hans'];
  const size = () => host(page).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const before = await size();
  // What an 适老化 tool does: the body's text twice as large.
  await page.evaluate(() => (document.body.style.fontSize = '200%'));
  assert.equal(await size(), before * 2, 'the widget’s text doubles with the page’s');
  await page.getByLabel(t.location, { exact: true }).selectOption({ index: 1 });
  await host(page).locator('.results section.group:not([hidden])').first().waitFor();
  assert.deepEqual(await overflowing(page), [], 'questions and results at 200 %');
  await context.close();
});
