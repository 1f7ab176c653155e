// The three journeys (journeys.mjs) played with the mouse, in both languages.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { open, start } from './browser.mjs';
import { JOURNEYS } from './journeys.mjs';
import { STRINGS } from '../../js/i18n.js';

let env;
before(async () => (env = await start()));
after(() => env?.close());

for (const lang of ['zh-Hans', 'en']) {
  for (const [name, journey] of Object.entries(JOURNEYS)) {
    test(`${name} with the mouse (${lang})`, async () => {
      const { page, context, errors } = await open(env, 'index.html');
      if (lang === 'en') await page.getByRole('button', { name: STRINGS['zh-Hans'].otherLang }).click();
      await journey(page, env, lang, 'mouse');
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
}
