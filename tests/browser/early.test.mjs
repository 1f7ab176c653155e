// The first screen painted while the wasm is still coming (issue 26): the
// bundle carries the few tables a form shows before any answer (the zones,
// the province question, the versions), so the audience choice, the location
// list, the prompt and the footer are shown — with the words they have once
// the engine is in — while the wasm's request is held here. An answer given
// meanwhile is kept, and the first results wait for the engine.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { collectErrors, questionText, start } from './browser.mjs';
import { STRINGS } from '../../js/i18n.js';

const zh = STRINGS['zh-Hans'];

let env;
before(async () => (env = await start()));
after(() => env?.close());

/** A page of the demo portal whose wasm request waits until `release()`; the element's events are counted. */
async function held(path) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = collectErrors(page);
  let release;
  const arrived = new Promise((resolve) => (release = resolve));
  let asked = 0;
  await page.route('**/hitech_eligibility_bg.wasm', async (route) => {
    asked++;
    await arrived;
    await route.continue();
  });
  await page.addInitScript(() => {
    window.__events = [];
    for (const type of ['ready', 'change', 'error'])
      addEventListener(`hitech-eligibility-${type}`, (e) => window.__events.push([type, e.detail?.audience ?? null]), {
        capture: true,
      });
  });
  await page.goto(`${env.url}/${path}`, { waitUntil: 'domcontentloaded' });
  return { page, context, errors, release, asked: () => asked };
}

const widget = (page) => page.locator('hitech-eligibility');
const formText = (page) => widget(page).locator('[part="form"]').innerText();

test('before the wasm: the audience choice, the location list, the prompt and the footer, in the words the engine’s tables give', async () => {
  const { page, context, errors, release, asked } = await held('index.html');
  await widget(page).getByRole('group', { name: zh.audience }).waitFor();
  assert.ok(asked() >= 1, 'the wasm was asked for and is held');
  const early = {
    form: await formText(page),
    results: await widget(page).locator('[part="results"]').innerText(),
    footer: await widget(page).locator('footer').innerText(),
  };
  // Each zone of the directory is offered by the location list, by its name.
  const select = widget(page).getByLabel(zh.location, { exact: true });
  const options = await select.locator('option').allTextContents();
  for (const zone of env.zones.values()) {
    assert.ok(
      options.some((o) => o.includes(zone.name['zh-Hans'])),
      `${zone.id} offered: ${options.join(' | ')}`,
    );
  }
  assert.ok(early.results.includes(zh.chooseAudience), early.results);
  assert.deepEqual(await page.evaluate(() => window.__events), [], 'nothing said before the engine');

  release();
  await page.waitForFunction(() => window.__events.some(([type]) => type === 'ready'));
  // The same first screen once the engine is in.
  assert.equal(await formText(page), early.form);
  assert.equal(await widget(page).locator('footer').innerText(), early.footer);
  assert.equal(await widget(page).locator('[part="results"]').innerText(), early.results);
  assert.deepEqual(await page.evaluate(() => window.__events), [
    ['change', ''],
    ['ready', null],
  ]);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an answer given before the wasm is kept: the results and questions come with the engine', async () => {
  const { page, context, errors, release } = await held('index.html');
  const audience = widget(page).getByRole('group', { name: zh.audience });
  await audience.getByLabel(zh.audiences.enterprise, { exact: true }).check();
  // Faster than the network: the results wait for the engine, and say so.
  await widget(page).locator('[part="results"]').getByText(zh.loading).waitFor();
  assert.deepEqual(await page.evaluate(() => window.__events), []);

  release();
  await widget(page)
    .getByRole('group', { name: questionText(env, 'highTechEnterprise', 'zh-Hans') })
    .waitFor();
  assert.equal(await audience.getByLabel(zh.audiences.enterprise, { exact: true }).isChecked(), true, 'still chosen');
  assert.equal(await widget(page).locator('[part="results"]').getByText(zh.loading).count(), 0, 'no longer loading');
  const events = await page.evaluate(() => window.__events);
  assert.deepEqual(events.slice(0, 2), [
    ['change', 'enterprise'],
    ['ready', null],
  ]);
  assert.deepEqual(errors, []);
  await context.close();
});
