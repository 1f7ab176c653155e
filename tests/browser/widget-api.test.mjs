// What a portal and its users get from the element besides the check itself
// (issues 25, 26, 29): one language's words at first use and the other
// fetched in idle time, the parts the element lists and WIDGET.md documents,
// the program's version in the footer and on paper, a usage event without
// personal data, and who can answer a question the user may not know.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseRadio, open, questionText, settled, start } from './browser.mjs';
import { STRINGS } from '../../js/i18n.js';

const zh = STRINGS['zh-Hans'];
const en = STRINGS.en;

let env;
before(async () => (env = await start()));
after(() => env?.close());

const widget = (page) => page.locator('hitech-eligibility');

test('a first visit fetches the page language’s words before it is interactive, the other language only after', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const requests = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  // Where the widget is when each table is asked for.
  await page.addInitScript(() => {
    window.__ready = null;
    addEventListener('hitech-eligibility-ready', () => (window.__ready = performance.now()), { capture: true });
  });
  await page.goto(`${env.url}/index.html`, { waitUntil: 'networkidle' });
  await widget(page).locator('.form').waitFor();
  const timing = await page.evaluate(() => ({
    ready: window.__ready,
    words: Object.fromEntries(
      performance
        .getEntriesByType('resource')
        .filter((r) => /\/i18n-[\w-]+\.js$/.test(r.name))
        .map((r) => [new URL(r.name).pathname, r.startTime]),
    ),
  }));
  assert.ok(timing.ready !== null, 'the widget said it is ready');
  assert.ok(timing.words['/pkg/i18n-zh-Hans.js'] < timing.ready, 'the page language’s words come first');
  assert.ok(
    timing.words['/pkg/i18n-en.js'] > timing.ready,
    `the other language is fetched after the widget is interactive: ${JSON.stringify(timing)}`,
  );
  assert.ok(!requests.includes('/pkg/i18n.js'), 'the table of both languages is not loaded by the widget');
  // Switching fetches nothing more: the words came in idle time, once.
  requests.length = 0;
  await page.getByRole('button', { name: zh.otherLang }).click();
  await widget(page).getByRole('heading', { name: en.title }).waitFor();
  await page.getByRole('button', { name: en.otherLang }).click();
  await widget(page).getByRole('heading', { name: zh.title }).waitFor();
  assert.deepEqual(requests, [], 'no request when switching');
  await context.close();
});

test('the parts rendered are the parts the element lists (and WIDGET.md documents)', async () => {
  const { page, context } = await open(env, 'chongqing-enterprise.html', { viewport: { width: 390, height: 844 } });
  await page.getByLabel(zh.location, { exact: true }).selectOption({ index: 1 });
  await chooseRadio(page, questionText(env, 'highTechEnterprise', 'zh-Hans'), zh.yes);
  await chooseRadio(page, questionText(env, 'listedOnStarMarket', 'zh-Hans'), zh.no);
  await settled(page);
  const partsNow = () =>
    widget(page).evaluate((el) =>
      [...el.shadowRoot.querySelectorAll('[part]')].flatMap((x) => x.getAttribute('part').split(' ')),
    );
  const seen = new Set(await partsNow());
  await page.getByRole('button', { name: zh.viewCatalogue }).click();
  await page.getByRole('heading', { name: zh.catalogue }).waitFor();
  for (const p of await partsNow()) seen.add(p);
  const listed = await widget(page).evaluate((el) => el.constructor.parts);
  const unlisted = [...seen].filter((p) => !listed.includes(p));
  assert.deepEqual(unlisted, [], 'every part rendered is listed');
  // A talent journey shows the parts an enterprise never sees (a closed work-permit route's note, a deadline).
  const missing = listed.filter((p) => !seen.has(p));
  assert.ok(
    missing.every((p) => ['deadline', 'note', 'applies', 'title'].includes(p)),
    `not rendered here: ${missing}`,
  );
  await context.close();
});

test('the footer and the printed page say the program’s version (and the catalogue’s when the engine gives it)', async () => {
  const { page, context } = await open(env, 'index.html');
  const about = await page.evaluate(async () => {
    const glue = await import('/pkg/index.js');
    return typeof glue.about === 'function' ? glue.about() : { package: glue.version() };
  });
  const footer = widget(page).locator('footer');
  await footer.waitFor();
  const text = await footer.textContent();
  assert.ok(text.includes(about.package), `the footer names version ${about.package}: “${text}”`);
  if (about.catalogue) assert.ok(text.includes(about.catalogue.version), text);
  else assert.equal(text, zh.about(about.package), 'without about(): the package version alone');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await footer.isVisible(), true, 'printed');
  await context.close();
});

test('a usage event says the audience, the topic and the counts once the results settle — never the profile', async () => {
  const { page, context } = await open(env, 'index.html');
  await page.evaluate(() => {
    window.__usage = [];
    addEventListener('hitech-eligibility-usage', (e) => window.__usage.push(e.detail));
  });
  await chooseRadio(page, zh.audience, zh.audiences.enterprise);
  await page.getByLabel(zh.location, { exact: true }).selectOption('zone:chongqing');
  await chooseRadio(page, questionText(env, 'highTechEnterprise', 'zh-Hans'), zh.yes);
  await page.waitForFunction(() => window.__usage.length > 0, null, { timeout: 10_000 });
  // The three answers came faster than the results settled: one event, for the last.
  await page.waitForTimeout(2500);
  const usage = await page.evaluate(() => window.__usage);
  assert.equal(usage.length, 1, JSON.stringify(usage));
  const [detail] = usage;
  assert.deepEqual(Object.keys(detail).sort(), ['audience', 'counts', 'topic']);
  assert.equal(detail.audience, 'enterprise');
  assert.equal(detail.topic, '');
  const shown = await widget(page).evaluate((el) =>
    Object.fromEntries([...el.shadowRoot.querySelectorAll('section.group')].map((s) => [s.dataset.status, s.hidden ? 0 : null])),
  );
  for (const [status, n] of Object.entries(detail.counts)) {
    assert.equal(typeof n, 'number', status);
    if (shown[status] === 0) assert.equal(n, 0, `${status}: a hidden group counts 0`);
  }
  assert.ok(!JSON.stringify(detail).includes('chongqing'), 'no place, no answer');
  await context.close();
});

test('a question the user may not know himself says who can answer it, citing the measure', async () => {
  const { page, context } = await open(env, 'talent-en.html');
  await page.getByLabel(en.location, { exact: true }).selectOption('zone:guiyang');
  await chooseRadio(page, questionText(env, 'foreignNational', 'en'), en.yes);
  const group = page.getByRole('group', { name: questionText(env, 'highEndTalent', 'en') });
  await group.waitFor();
  const described = await group.evaluate(
    (el) => el.getRootNode().getElementById(el.getAttribute('aria-describedby'))?.textContent,
  );
  assert.equal(described, en.factHints.highEndTalent);
  assert.match(described, /employer/);
  assert.ok(described.includes('经市级以上人民政府科技行政部门（外国人来华工作管理部门）批准'), 'the measure’s own words');
  assert.ok(
    env.measures
      .get('national.work-permit-age-65')
      .quote.includes('经市级以上人民政府科技行政部门（外国人来华工作管理部门）批准'),
  );
  await context.close();
});

test('a portal’s attribute the engine refuses: citizens read a plain sentence in their language, the developer the detail in the console', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  const requests = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(`${env.url}/index.html`, { waitUntil: 'networkidle' });
  await widget(page).locator('.form').waitFor();
  await chooseRadio(page, zh.audience, zh.audiences.enterprise);
  // The engine's reader (issue 26): what says why a profile is refused, which the widget's own
  // answers never need, is not part of a first visit.
  const READER = ['/pkg/index.js', '/pkg/reader.js', '/pkg/hitech_eligibility_reader_bg.wasm'];
  assert.deepEqual(
    requests.filter((path) => READER.includes(path)),
    [],
    'no reader before a profile is refused',
  );
  // A portal misspells its zone (the trial's clerk wrote zone="绵阳").
  await widget(page).evaluate((el) => (el.zone = '绵阳'));
  const alert = widget(page).getByRole('alert');
  await alert.waitFor();
  assert.equal(await alert.textContent(), zh.misconfigured);
  // The engine refused it; the reader, fetched then (once), gave the words below.
  assert.deepEqual(requests.filter((path) => READER.includes(path)).sort(), READER.slice().sort());
  assert.doesNotMatch(await alert.textContent(), /绵阳|chengdu/, 'no developer detail for citizens');
  // The engine's own words, in the page's language, with the attribute named.
  assert.ok(
    warnings.some((w) => w.includes('zone attribute') && /取值“绵阳”无效.*chengdu/.test(w)),
    warnings.join(' | '),
  );
  await page.getByRole('button', { name: zh.otherLang }).click();
  await widget(page).getByRole('heading', { name: en.title }).waitFor();
  assert.equal(await widget(page).getByRole('alert').textContent(), en.misconfigured);
  assert.ok(
    warnings.some((w) => /unknown value "绵阳"/.test(w)),
    warnings.join(' | '),
  );
  await context.close();
});
