// The three journeys of issue 4 with the keyboard alone: Tab, arrow keys,
// Space, Enter and typing. Every stop of the focus must show a visible outline.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { open, start, tabTo } from './browser.mjs';
import { JOURNEYS } from './journeys.mjs';
import { STRINGS } from '../../widget/i18n.js';

let env;
before(async () => (env = await start()));
after(() => env?.close());

for (const lang of ['zh-Hans', 'en']) {
  for (const [name, journey] of Object.entries(JOURNEYS)) {
    test(`${name} with the keyboard only (${lang})`, async () => {
      const { page, context, errors } = await open(env, 'index.html');
      if (lang === 'en') {
        await tabTo(page, (f) => f.tag === 'button' && f.label === STRINGS['zh-Hans'].otherLang);
        await page.keyboard.press('Enter');
        await page.locator('hitech-eligibility[lang="en"]').waitFor();
      }
      await journey(page, env, lang, 'keyboard');
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
}
