// A share link carries the answers in its fragment only, and restores the
// same results in a fresh browser context (nothing stored in between).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseRadio, fill, langOf, open, questionText, resultIds, start } from './browser.mjs';
import { JOURNEYS, act } from './journeys.mjs';
import { STRINGS } from '../../js/i18n.js';

/** The facts whose questions the form shows, in any order. */
const askedFacts = (page) =>
  page.locator('hitech-eligibility .qlist [data-fact]').evaluateAll((els) => els.map((el) => el.dataset.fact).sort());

/** Reads what the widget shows and holds, to compare two pages. */
async function state(page) {
  return {
    results: await resultIds(page),
    profile: await page.locator('hitech-eligibility').evaluate((el) => el.profile),
    asked: await askedFacts(page),
    lang: await langOf(page),
  };
}

let env;
before(async () => (env = await start()));
after(() => env?.close());

// Each journey once, the languages taking turns.
const CASES = Object.entries(JOURNEYS).map(([name, journey], i) => [name, journey, i % 2 ? 'en' : 'zh-Hans']);

for (const [name, journey, lang] of CASES) {
  test(`a share link restores ${name} in a fresh page (${lang})`, async () => {
    const first = await open(env, 'index.html');
    if (lang === 'en') await first.page.getByRole('button', { name: STRINGS['zh-Hans'].otherLang }).click();
    await journey(first.page, env, lang, 'mouse');
    const requests = [];
    first.page.on('request', (request) => requests.push(request.url()));
    const t = STRINGS[lang];
    await first.page.getByRole('button', { name: t.share }).click();
    const link = await first.page.getByLabel(t.shareLabel).inputValue();
    assert.deepEqual(requests, [], 'making the link sends nothing');
    const { pathname, hash, search } = new URL(link);
    assert.equal(pathname, '/index.html');
    assert.equal(search, '', 'answers are not in the query string, which would reach the server');
    assert.match(hash, /^#hitech=1&/);
    const expected = await state(first.page);
    assert.ok(Object.values(expected.results).flat().length > 0);
    await first.context.close();

    const second = await env.browser.newContext();
    const page = await second.newPage();
    const served = [];
    page.on('request', (request) => served.push(request.url()));
    await page.goto(link, { waitUntil: 'networkidle' });
    await page.locator('hitech-eligibility .results section.group:not([hidden]) h4').first().waitFor();
    assert.ok(
      served.every((url) => !url.includes('hitech=')),
      'the fragment never reaches the server',
    );
    // Same results, same answers shown in the form ready to change, same language.
    assert.deepEqual(await state(page), expected);
    await second.close();
  });
}

test('the restored answers can still be changed', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(
    `${env.url}/index.html#hitech=1&lang=en&audience=institution&loc=zone%3Achongqing&publicInstitutionServiceOrg=true&techIncomeYuan=2000000`,
  );
  const income = page.getByLabel(questionText(env, 'techIncomeYuan', 'en'), { exact: true });
  assert.equal(await income.inputValue(), '2000000');
  const en = STRINGS.en;
  await page.getByText(en.encouragedShare('1 million yuan', 50)).first().waitFor();
  await fill(page, env, 'techIncomeYuan', '300万');
  await page.getByText(en.encouragedShare('1.5 million yuan', 50)).first().waitFor();
  // The address follows: a reload (or the address copied) gives the answer now, not the link's first one.
  const history = await page.evaluate(() => history.length);
  const hash = await page.evaluate(() => location.hash);
  assert.match(hash, /^#hitech=1&/);
  assert.match(hash, /&techIncomeYuan=3000000(&|$)/);
  assert.equal(await page.evaluate(() => history.length), history, 'replaced, no new history entry');
  await page.reload();
  await page.getByText(en.encouragedShare('1.5 million yuan', 50)).first().waitFor();
  assert.equal(await income.inputValue(), '3000000');
  await context.close();
});

test('a page opened without a share link never has answers put in its address', async () => {
  const { page, context } = await open(env, 'index.html');
  const t = STRINGS['zh-Hans'];
  await act(page, env, 'zh-Hans', 'mouse', { audience: 'enterprise' });
  await act(page, env, 'zh-Hans', 'mouse', { fact: 'highTechEnterprise', yes: true });
  await page.locator('hitech-eligibility .results section.group:not([hidden]) h4').first().waitFor();
  assert.ok(await page.getByRole('group', { name: t.audience }).getByLabel(t.audiences.enterprise).isChecked());
  assert.equal(await page.evaluate(() => location.hash), '');
  await context.close();
});

test('a hand-edited link keeps what it can, drops what is wrong and says so', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(
    `${env.url}/index.html#hitech=1&audience=talent&loc=sichuan%3Aprovincial&foreignNational=true&age=-3&revenueYaun=5`,
  );
  await page.locator('hitech-eligibility .results section.group:not([hidden]) h4').first().waitFor();
  const profile = await page.locator('hitech-eligibility').evaluate((el) => el.profile);
  assert.deepEqual(profile, { province: 'sichuan', zoneLevel: 'provincial', foreignNational: true });
  const zh = STRINGS['zh-Hans'];
  await page.getByText(zh.linkDropped(2, ['age', zh.linkUnknown(1)])).waitFor();
  await context.close();
});

test('a link is read with the rules of the widget’s own inputs: nothing is coerced', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  // Each of these was once read as something: 0, 64, 64, "no", 0.00 yuan, a prototype's key.
  const bad = ['age=', 'highTechEnterprise=yes', 'revenueYuan=', 'constructor=1', 'toString=true'];
  await page.goto(
    `${env.url}/index.html#hitech=1&lang=en&audience=enterprise&loc=zone%3Achongqing&rdExpenseYuan=2%2C000%2C000&${bad.join('&')}`,
  );
  await page.locator('hitech-eligibility .results section.group:not([hidden]) h4').first().waitFor();
  const profile = await page.locator('hitech-eligibility').evaluate((el) => el.profile);
  assert.deepEqual(profile, { zone: 'chongqing', rdExpenseYuan: 2000000 });
  // Named by their keys, the two that are no question counted: no value is shown.
  const names = ['age', 'highTechEnterprise', 'revenueYuan', STRINGS.en.linkUnknown(2)];
  await page.getByText(STRINGS.en.linkDropped(bad.length, names)).waitFor();
  for (const hex of ['age=0x40', 'age=6.4e1']) {
    await page.goto(`${env.url}/index.html#hitech=1&lang=en&audience=talent&foreignNational=true&${hex}`);
    await page.getByText(STRINGS.en.linkDropped(1, ['age'])).waitFor();
    assert.deepEqual(await page.locator('hitech-eligibility').evaluate((el) => el.profile), { foreignNational: true }, hex);
  }
  // A link of megabytes is not read (it froze the tab for a second), and the page says so.
  // (Set from the page: a failing goto would print the whole URL.)
  await page.evaluate((hash) => (location.hash = hash), `hitech=1&lang=en&audience=talent&${'age=64&'.repeat(270_000)}`);
  await page.getByText(STRINGS.en.linkTooLong).waitFor();
  assert.deepEqual(await page.locator('hitech-eligibility').evaluate((el) => el.profile), {});
  await context.close();
});

test('the link leaves the portal’s query string behind, or opens the page the portal names', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${env.url}/index.html?ticket=ST-1234-sso&sid=9f8e7d#hitech=1&lang=en&audience=talent&foreignNational=true`);
  await page.locator('hitech-eligibility .results section.group:not([hidden]) h4').first().waitFor();
  await page.getByRole('button', { name: STRINGS.en.share }).click();
  const link = await page.getByLabel(STRINGS.en.shareLabel).inputValue();
  assert.equal(link, `${env.url}/index.html#hitech=1&lang=en&audience=talent&foreignNational=true`);
  assert.ok(!link.includes('ticket') && !link.includes('sid'));
  await page.locator('hitech-eligibility').evaluate((el) => el.setAttribute('share-base', '/check/talent.html'));
  await page.getByRole('button', { name: STRINGS.en.share }).click();
  assert.equal(
    await page.getByLabel(STRINGS.en.shareLabel).inputValue(),
    `${env.url}/check/talent.html#hitech=1&lang=en&audience=talent&foreignNational=true`,
  );
  await context.close();
});

test('a share link keeps the application date and the level of a park the directory leaves open', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(
    `${env.url}/index.html#hitech=1&lang=en&audience=talent&loc=zone%3Ajingrong-town&zoneLevel=national&asOf=2026-01-01&foreignNational=true&highEndTalent=true&worksInZoneEnterprise=true&birthDate=1960-02-01`,
  );
  await page.locator('hitech-eligibility .results section.group:not([hidden]) h4').first().waitFor();
  const profile = await page.locator('hitech-eligibility').evaluate((el) => el.profile);
  assert.deepEqual(profile, {
    zone: 'jingrong-town',
    zoneLevel: 'national',
    foreignNational: true,
    highEndTalent: true,
    worksInZoneEnterprise: true,
    birthDate: '1960-02-01',
    asOf: '2026-01-01',
  });
  assert.equal(await page.getByLabel(STRINGS.en.applicationDate, { exact: true }).inputValue(), '2026-01-01');
  await page.getByText(STRINGS.en.applyBefore('1 February 2026', 66)).first().waitFor();
  // Made again, the link carries both.
  await page.getByRole('button', { name: STRINGS.en.share }).click();
  const link = new URL(await page.getByLabel(STRINGS.en.shareLabel).inputValue());
  const params = new URLSearchParams(link.hash.slice(1));
  assert.equal(params.get('asOf'), '2026-01-01');
  assert.equal(params.get('zoneLevel'), 'national');
  // A level for a zone whose level is known, and a date that is no date, are dropped.
  await page.goto(
    `${env.url}/index.html#hitech=1&audience=talent&loc=zone%3Achengdu&zoneLevel=provincial&asOf=2026-02-30&foreignNational=true`,
  );
  await page.locator('hitech-eligibility .results section.group:not([hidden]) h4').first().waitFor();
  assert.deepEqual(await page.locator('hitech-eligibility').evaluate((el) => el.profile), {
    zone: 'chengdu',
    foreignNational: true,
  });
  await context.close();
});

test('a link with an unknown loc leaves the widget usable, by load and by hashchange', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  for (const loc of ['zone%3Achongqin', 'sichaun%3Anational', '__proto__']) {
    await page.goto(`${env.url}/index.html#hitech=1&lang=en&audience=enterprise&loc=${loc}&highTechEnterprise=true`);
    await page.getByText(STRINGS.en.linkDropped(1, ['loc'])).waitFor();
    await page.locator('hitech-eligibility .results section.group:not([hidden]) h4').first().waitFor();
    const profile = await page.locator('hitech-eligibility').evaluate((el) => el.profile);
    assert.deepEqual(profile, { highTechEnterprise: true }, loc);
  }
  // A widget in use, then a bad link by hashchange: it still answers.
  await page.goto(`${env.url}/index.html#hitech=1&lang=en&audience=enterprise&loc=zone%3Achongqing`);
  await page.locator('hitech-eligibility .results section.group:not([hidden]) h4').first().waitFor();
  await page.evaluate(() => (location.hash = 'hitech=1&lang=en&audience=enterprise&loc=__proto__&zoneLevel=national'));
  await page.getByText(STRINGS.en.linkDropped(2, ['loc', 'zoneLevel'])).waitFor();
  await chooseRadio(page, questionText(env, 'aboveDesignatedSize', 'en'), STRINGS.en.yes);
  await page.waitForFunction(() => document.querySelector('hitech-eligibility').profile.aboveDesignatedSize === true);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a link cannot write its own text into the widget: no values, no made-up keys, no bidi controls', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const phishing = '【重要通知】本补贴需先缴纳保证金；请致电4001234567';
  const rlo = '\u202E汇款账号: 10000';
  await page.goto(
    `${env.url}/index.html#hitech=1&audience=talent&foreignNational=true&age=${encodeURIComponent(phishing)}&${encodeURIComponent(phishing)}=1&${encodeURIComponent(rlo)}=${encodeURIComponent(rlo)}`,
  );
  const note = page.locator('hitech-eligibility .link-note');
  await note.waitFor();
  const zh = STRINGS['zh-Hans'];
  assert.equal(await note.textContent(), zh.linkDropped(3, ['age', zh.linkUnknown(2)]));
  const text = await page.locator('hitech-eligibility').evaluate((el) => el.shadowRoot.textContent);
  assert.ok(!text.includes('4001234567') && !text.includes('保证金') && !text.includes('汇款'), text);
  assert.ok(!/[\u202A-\u202E\u2066-\u2069]/.test(text));
  await context.close();
});

test('share-base="#x" or blank never brings the page’s query string into the link', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${env.url}/index.html?ticket=ST-1234-sso#hitech=1&lang=en&audience=talent&foreignNational=true`);
  await page.locator('hitech-eligibility .results section.group:not([hidden]) h4').first().waitFor();
  for (const base of ['#x', ' ', '']) {
    await page.locator('hitech-eligibility').evaluate((el, value) => el.setAttribute('share-base', value), base);
    await page.getByRole('button', { name: STRINGS.en.share }).click();
    const link = await page.getByLabel(STRINGS.en.shareLabel).inputValue();
    assert.equal(link, `${env.url}/index.html#hitech=1&lang=en&audience=talent&foreignNational=true`, JSON.stringify(base));
  }
  await context.close();
});
