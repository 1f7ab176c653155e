// Print for an application (issue 23.6): what a person hands to a service
// window fits on at most 4 A4 pages — the answers (the place the portal fixed
// included), the claims and decisions with who decides and the portal's
// contact, what is within reach — and the rest stays on screen.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { open, questionText, settled, start } from './browser.mjs';
import { STRINGS } from '../../js/i18n.js';

let env;
before(async () => (env = await start()));
after(() => env?.close());

const zh = STRINGS['zh-Hans'];

/** Prints the page as the browser would (beforeprint, print media) and returns the PDF and the widget's printed text. */
async function printed(page) {
  await settled(page);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  const text = await page
    .locator('hitech-eligibility')
    .evaluate((el) => el.shadowRoot.querySelector('.results, [part="results"]')?.parentElement.innerText ?? '');
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  return { pages, text };
}

async function yes(page, fact) {
  await page
    .getByRole('group', { name: questionText(env, fact, 'zh-Hans'), exact: true })
    .getByLabel(zh.yes, { exact: true })
    .check();
}

test('a Chongqing enterprise’s print fits 4 A4 pages, with its answers, the loan, who decides and the portal’s contact', async () => {
  const { page, context } = await open(env, 'chongqing-enterprise.html');
  await page.getByLabel(zh.location, { exact: true }).selectOption({ index: 1 });
  await yes(page, 'highTechEnterprise');
  await yes(page, 'aboveDesignatedSize');
  const loan = env.measures.get('chongqing.knowledge-value-loan');
  await page.locator('hitech-eligibility [data-measure="chongqing.knowledge-value-loan"]').first().waitFor();
  const { pages, text } = await printed(page);
  assert.ok(pages >= 1 && pages <= 4, `${pages} A4 pages`);
  for (const words of [
    loan.title['zh-Hans'],
    loan.approval['zh-Hans'],
    '高新区科技金融服务窗口（虚构示例）',
    questionText(env, 'highTechEnterprise', 'zh-Hans'),
  ]) {
    assert.ok(text.includes(words), `printed: ${words}`);
  }
  // The sentence itself and the unknown or closed results stay on screen.
  assert.ok(!text.includes(loan.quote), 'no quote on paper');
  await context.close();
});

test('the place a portal fixed is printed with the answers', async () => {
  const { page, context } = await open(env, 'guizhou.html');
  const { text } = await printed(page);
  assert.match(text, new RegExp(`${zh.location}\\s*贵州省`));
  await context.close();
});
