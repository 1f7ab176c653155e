// The Sichuan document (川府发〔2021〕28号) was received cut off inside clause
// (十), as its own note in measures() says: a user placed in Sichuan reads
// that note once above the results, in the page's language, and on paper;
// a user elsewhere does not.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { open, say, settled, start } from './browser.mjs';
import { STRINGS } from '../../js/i18n.js';

let env;
const host = (page) => page.locator('hitech-eligibility');
before(async () => (env = await start()));
after(() => env?.close());

for (const lang of ['zh-Hans', 'en']) {
  test(`${lang}: in 绵阳 the Sichuan document’s note says its text is incomplete, once; in 重庆 it is not shown`, async () => {
    const { page, context } = await open(env, 'index.html', { viewport: { width: 390, height: 844 } });
    let t = STRINGS['zh-Hans'];
    if (lang === 'en') {
      await host(page).getByRole('button', { name: t.otherLang }).click();
      t = STRINGS.en;
    }
    const doc = [...env.measures.values()].find((m) => m.document.number === '川府发〔2021〕28号').document;
    assert.match(say(doc.note, 'zh-Hans'), /截断/, 'the catalogue says the text is cut off');
    const note = host(page).getByText(say(doc.note, lang));
    await page.getByRole('group', { name: t.audience }).getByLabel(t.audiences.enterprise, { exact: true }).check();
    const pick = (id) =>
      host(page)
        .getByRole('combobox', { name: t.location })
        .selectOption({ label: t.zoneOption(say(env.zones.get(id).name, lang), t.levels.national) });
    await pick('mianyang');
    await settled(page);
    assert.equal(await note.count(), 1, 'once, not per card');
    assert.ok(await note.isVisible());
    assert.ok((await note.textContent()).includes(say(doc.title, lang)), 'naming the document');
    await page.emulateMedia({ media: 'print' });
    assert.ok(await note.isVisible(), 'on paper');
    await page.emulateMedia({ media: 'screen' });
    await pick('chongqing');
    await settled(page);
    assert.equal(await note.count(), 0);
    await context.close();
  });
}
