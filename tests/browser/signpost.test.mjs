// A topic (or an audience) for which the documents held here have nothing
// but 不适用 says so in words, names the user's place and who usually
// handles such matters, and the results line leads to that note instead of
// being an empty box (the trial's tech-transfer office in 贵阳, topic
// 科技服务收入奖励, read only "不适用 2 项。").

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { open, province, questionText, settled, start } from './browser.mjs';
import { STRINGS } from '../../js/i18n.js';

let env;
const host = (page) => page.locator('hitech-eligibility');
before(async () => (env = await start()));
after(() => env?.close());

for (const lang of ['zh-Hans', 'en']) {
  test(`${lang}: an institution in 贵阳 asking about rewards from service income is told the documents here have none for Guizhou, and whom to ask`, async () => {
    const { page, context } = await open(env, 'institution.html', { viewport: { width: 390, height: 844 } });
    let t = STRINGS['zh-Hans'];
    if (lang === 'en') {
      await host(page).getByRole('button', { name: t.otherLang }).click();
      t = STRINGS.en;
    }
    const z = env.zones.get('guiyang');
    await host(page)
      .getByRole('combobox', { name: t.location })
      .selectOption({ label: t.zoneOption(z.name[lang], t.levels.national) });
    const role = host(page).getByRole('group', { name: questionText(env, 'achievementTransferRole', lang) });
    await role.getByLabel(env.questions.get('achievementTransferRole').options[0].label[lang], { exact: true }).check();
    await settled(page);
    const bar = host(page).getByRole('navigation', { name: t.resultsAtAGlance });
    // The documents this portal holds: institution.html limits no jurisdiction.
    const documents = new Set([...env.measures.values()].map((m) => m.document.title['zh-Hans'])).size;
    const note = host(page).getByText(
      t.nothingApplies({ documents, place: province('guizhou', lang), topic: t.topics.staffReward }),
    );
    // With everything the audience has, something still applies: no note.
    assert.equal(await note.count(), 0, 'no note while something applies');
    assert.equal(
      await host(page).getByRole('button', { name: t.nothingAppliesLink }).count(),
      0,
      'no link while something applies',
    );
    await page.getByRole('group', { name: t.topic }).getByLabel(t.topics.staffReward, { exact: true }).check();
    await settled(page);
    await assert.doesNotReject(note.waitFor(), 'the note says what the documents lack and whom to ask');
    assert.match(await note.textContent(), lang === 'en' ? /科技厅.*主管部门/ : /科技厅（局）或您的主管部门/);
    // The results line: not an empty box, but the way to the note.
    await bar.getByRole('button', { name: t.nothingAppliesLink }).click();
    assert.equal(await note.evaluate((n) => n.getRootNode().activeElement === n), true, 'the note is focused');
    const box = await note.boundingBox();
    assert.ok(box.y >= -1 && box.y < 844, `the note is in view (top ${box.y})`);
    await context.close();
  });
}
