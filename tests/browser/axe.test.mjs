// axe-core finds no WCAG 2.2 A/AA violation, in both languages, before and
// after results are shown, in the catalogue view, and on every portal page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { open, screenshot, showNotApplicable, start } from './browser.mjs';
import { foreignExpert, chongqingEnterprise } from './journeys.mjs';
import { STRINGS } from '../../js/i18n.js';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let env;
before(async () => (env = await start()));
after(() => env?.close());

async function assertNoViolations(page, when) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const described = violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`);
  assert.deepEqual(described, [], `axe violations ${when}`);
}

for (const lang of ['zh-Hans', 'en']) {
  test(`no violations before and after results, and in the catalogue (${lang})`, async () => {
    const { page, context } = await open(env, 'index.html');
    if (lang === 'en') await page.getByRole('button', { name: STRINGS['zh-Hans'].otherLang }).click();
    await assertNoViolations(page, 'before any answer');

    await foreignExpert(page, env, lang, 'mouse');
    await showNotApplicable(page);
    await assertNoViolations(page, 'with results for a foreign expert, not-applicable group open');

    await page.getByRole('button', { name: STRINGS[lang].viewCatalogue }).click();
    await page.getByRole('heading', { name: STRINGS[lang].catalogue }).waitFor();
    await assertNoViolations(page, 'in the catalogue view');
    await screenshot(page, `catalogue-${lang}`);
    await context.close();
  });

  test(`no violations for an enterprise with results (${lang})`, async () => {
    const { page, context } = await open(env, 'index.html');
    if (lang === 'en') await page.getByRole('button', { name: STRINGS['zh-Hans'].otherLang }).click();
    await chongqingEnterprise(page, env, lang, 'mouse');
    await assertNoViolations(page, 'with results for an enterprise');
    await context.close();
  });
}

for (const path of ['guizhou.html', 'chongqing-enterprise.html', 'institution.html', 'talent-en.html', 'strict-csp.html']) {
  test(`no violations on ${path}`, async () => {
    const { page, context } = await open(env, path);
    await assertNoViolations(page, `on ${path}`);
    await screenshot(page, `page-${path.replace('.html', '')}`);
    await context.close();
  });
}

test('no violations on a phone, with the results line over the questions', async () => {
  const { page, context } = await open(env, 'chongqing-enterprise.html', { viewport: { width: 390, height: 844 } });
  const t = STRINGS['zh-Hans'];
  await page.getByLabel(t.location, { exact: true }).selectOption({ index: 1 });
  await page.locator('hitech-eligibility .live-summary').waitFor();
  await assertNoViolations(page, 'at 390 px with the results line shown');
  await context.close();
});
