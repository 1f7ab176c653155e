// One card per benefit: on every demo page, for every audience, in both
// languages, in the results and in the catalogue, no two cards share a
// title. (Which cards show depends on the audience and the page's
// `measures`, not on the answers: grouping never depends on a status.)
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chooseRadio, open, showNotApplicable, start } from './browser.mjs';
import { STRINGS } from '../../js/i18n.js';

const WWW = fileURLToPath(new URL('../../www/', import.meta.url));
/** Every demo page with the widget on it (the batch page has its own element). */
const PAGES = readdirSync(WWW).filter(
  (f) => f.endsWith('.html') && readFileSync(`${WWW}${f}`, 'utf8').includes('<hitech-eligibility'),
);

let env;
before(async () => (env = await start()));
after(() => env?.close());

/** The titles of the cards shown (results or catalogue), each card once. */
const titles = (page, where) =>
  page
    .locator('hitech-eligibility')
    .evaluate(
      (host, where) => [...host.shadowRoot.querySelectorAll(`${where} li.card > .card-head h5`)].map((h) => h.textContent),
      where,
    );

function assertUnique(list, when) {
  const seen = new Set();
  const twice = list.filter((title) => seen.size === seen.add(title).size);
  assert.deepEqual(twice, [], `cards sharing a title ${when}`);
}

test('there is more than one demo page to walk', () => assert.ok(PAGES.length >= 5, PAGES.join()));

for (const file of PAGES) {
  test(`no two cards share a title on ${file}`, async () => {
    const { page, context } = await open(env, file);
    const host = page.locator('hitech-eligibility').first();
    for (const round of [0, 1]) {
      if (round === 1)
        await host
          .getByRole('button', { name: /^(English|中文)$/ })
          .first()
          .click();
      const lang = await host.evaluate((el) => (el.getAttribute('lang') === 'en' ? 'en' : 'zh-Hans'));
      const t = STRINGS[lang];
      const preset = await host.evaluate((el) => el.getAttribute('audience'));
      let any = 0;
      for (const audience of preset ? [preset] : ['enterprise', 'institution', 'person']) {
        if (!preset) await chooseRadio(page, t.audience, t.audiences[audience]);
        await host.locator('.results section.group:not([hidden]) h4').first().waitFor();
        await showNotApplicable(page);
        const shown = await titles(page, '.results');
        any += shown.length;
        assertUnique(shown, `in the results, ${file}, ${audience}, ${lang}`);
      }
      assert.ok(any > 0, `${file} ${lang}: some cards`);
      await host.getByRole('button', { name: t.viewCatalogue }).click();
      await host.getByRole('heading', { name: t.catalogue }).waitFor();
      const catalogue = await titles(page, '.catalogue-view');
      assert.ok(catalogue.length > 0);
      assertUnique(catalogue, `in the catalogue, ${file}, ${lang}`);
      await host.getByRole('button', { name: t.viewCheck }).click();
    }
    await context.close();
  });
}
