// The catalogue's words (issue 26): none is in the engine's wasm. The
// catalogue and the words of the page's language (catalogue.json,
// words-zh-Hans.json) come with the engine; the other language's words
// (words-en.json) and the quotes, notes and lists of departments
// (details.json) are fetched once, after the widget is interactive. Under the strict CSP, a
// card's quote and its list of departments, the other language, print and
// the catalogue view all show the full words, offline once the first load
// has settled: each file fetched once, the lazily loaded ones (the other
// language's words, link.js, print.js, catalogue-view.js, details.json) after
// the engine.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { card, chooseRadio, collectErrors, settled, start } from './browser.mjs';
import { chongqingEnterprise } from './journeys.mjs';
import { STRINGS } from '../../js/i18n.js';

let env;
before(async () => (env = await start()));
after(() => env?.close());

const several = (m) => m.responsible && /[、,，]/.test(m.responsible['zh-Hans']);

test('quotes, lists of departments, the other language, print and the catalogue: full words, the other language’s words and details.json fetched once, after the engine', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = collectErrors(page);
  const requests = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  const violations = [];
  await page.exposeFunction('reportViolation', (v) => violations.push(v));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => window.reportViolation(`${e.violatedDirective} ${e.blockedURI}`)),
  );
  await page.goto(`${env.url}/strict-csp.html`, { waitUntil: 'networkidle' });
  await page.locator('hitech-eligibility .form').waitFor();

  await chongqingEnterprise(page, env, 'zh-Hans', 'mouse');
  await settled(page);
  // A card's quote: the document's sentence, verbatim.
  const loan = env.measures.get('chongqing.knowledge-value-loan');
  assert.ok(loan.quote.length > 20);
  await card(page, loan.id).first().locator('[part="quote"]').getByText(loan.quote, { exact: true }).waitFor();

  // A card that lists several departments: the list, opened.
  const shown = await page.locator('hitech-eligibility [data-measure]').evaluateAll((els) => els.map((el) => el.dataset.measure));
  const listed = shown.map((id) => env.measures.get(id)).find(several);
  assert.ok(listed, 'a card shown lists several departments');
  const list = card(page, listed.id).first().locator('details.responsible');
  await list.locator('summary').click();
  await list.getByText(listed.responsible['zh-Hans']).waitFor();

  // Everything the widget loads later is in once it has settled (in idle time): from here on the
  // page is offline, and the other language, print and the catalogue view need no request.
  const LATER = ['i18n-en.js', 'words-en.json', 'link.js', 'print.js', 'catalogue-view.js', 'details.json'];
  await page.waitForFunction(
    (files) => files.every((f) => performance.getEntriesByType('resource').some((r) => r.name.endsWith(`/pkg/${f}`))),
    LATER,
  );
  await context.setOffline(true);
  const online = requests.length;

  // The other language: the same card's list in English, the quote still the Chinese text.
  await page.getByRole('button', { name: STRINGS['zh-Hans'].otherLang }).click();
  await card(page, listed.id)
    .first()
    .locator('details.responsible')
    .getByText(listed.responsible.en)
    .first()
    .waitFor({ state: 'attached' });
  await card(page, loan.id).first().locator('[part="quote"]').getByText(loan.quote, { exact: true }).waitFor();
  // The catalogue's own words in English (words-en.json, fetched in idle time): the card's title.
  await card(page, loan.id).first().getByText(loan.title.en, { exact: true }).first().waitFor();

  // Print: every card built (the paper leaves quotes and lists off, styles.js), each with its full words.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const built = await page
    .locator('hitech-eligibility')
    .evaluate((el) =>
      [...el.shadowRoot.querySelectorAll('[part="results"] [data-measure]')].map((c) => [
        c.dataset.measure,
        c.querySelector('[part="quote"]')?.textContent,
      ]),
    );
  assert.ok(built.length > shown.length / 2, `${built.length} cards built for print`);
  for (const [id, quote] of built) assert.equal(quote, env.measures.get(id).quote, `${id}: its quote`);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));

  // The catalogue view: a measure with a note and a quote, in full.
  await page.getByRole('button', { name: STRINGS.en.viewCatalogue }).click();
  await page.getByRole('heading', { name: STRINGS.en.catalogue }).waitFor();
  const inCatalogue = (id) => page.locator(`hitech-eligibility [part="catalogue"] [data-measure="${id}"]`);
  const keyLab = env.measures.get('national.key-lab-priority');
  await inCatalogue(keyLab.id).locator('[part="quote"]').getByText(keyLab.quote, { exact: true }).waitFor();
  const programme = env.measures.get('sichuan.research-programme-projects');
  assert.ok(several(programme));
  await inCatalogue(programme.id)
    .locator('details.responsible')
    .getByText(programme.responsible.en)
    .waitFor({ state: 'attached' });

  assert.deepEqual(requests.slice(online), [], 'offline: no request after the first load');
  // Each file once (the bundle, the engine, the words, each lazy chunk, details.json).
  const twice = requests.filter((path, i) => requests.indexOf(path) !== i);
  assert.deepEqual(twice, [], `no file fetched twice: ${requests.join(' ')}`);
  const at = (file) => requests.findIndex((path) => path.endsWith(`/${file}`));
  for (const file of LATER) assert.ok(at(file) > at('hitech_eligibility_bg.wasm'), `${file}: after the engine`);
  // The first load: the catalogue and the words of the page's language, not the other's.
  for (const file of ['catalogue.json', 'words-zh-Hans.json']) assert.ok(at(file) >= 0, `${file}: fetched`);
  assert.ok(at('words-en.json') > at('words-zh-Hans.json'), 'the English words after the Chinese');
  // Nor the engine's reader (index.js, its bindings and its wasm): the widget's answers never need it.
  for (const file of ['index.js', 'reader.js', 'hitech_eligibility_reader_bg.wasm'])
    assert.equal(at(file), -1, `${file}: not fetched`);
  assert.deepEqual(errors, [], 'no console error');
  assert.deepEqual(violations, [], 'no CSP violation');
  await context.close();
});

test('the keyboard focus in a card stays there when the quotes come in and the card is built again', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = collectErrors(page);
  // details.json held back until a control in a card has the focus.
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route('**/details.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${env.url}/index.html`);
  await page.locator('hitech-eligibility .form').waitFor();
  const t = STRINGS['zh-Hans'];
  await chooseRadio(page, t.audience, t.audiences.enterprise);
  await settled(page);
  const button = page.locator('hitech-eligibility section[data-status="unknown"] li.card[data-measure] .next button').first();
  const [id, label] = await button.evaluate((b) => [b.closest('li.card').dataset.measure, b.textContent]);
  const quote = env.measures.get(id).quote;
  assert.ok(quote.length > 0, `${id} has a quote`);
  assert.equal(await card(page, id).locator('[part="quote"]').textContent(), '', 'the card is built without its quote first');
  await button.focus();

  release();
  await card(page, id).locator('[part="quote"]').getByText(quote, { exact: true }).waitFor();
  const focused = await page.locator('hitech-eligibility').evaluate((host) => {
    const active = host.shadowRoot.activeElement;
    return active && { tag: active.localName, text: active.textContent, card: active.closest('li.card')?.dataset.measure };
  });
  assert.deepEqual(focused, { tag: 'button', text: label, card: id }, 'the same button, in the card built again');
  assert.deepEqual(errors, []);
  await context.close();
});
