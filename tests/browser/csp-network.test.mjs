// The strict-CSP page: served with the strict policy, the widget works with
// no console error, and once the page has loaded nothing goes over the
// network any more, whatever the user answers or opens.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { groupOf, open, start } from './browser.mjs';
import { chongqingEnterprise, foreignExpert } from './journeys.mjs';
import { STRINGS } from '../../js/i18n.js';
import { BASE_CSP } from '../../scripts/serve.mjs';

const POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

let env;
before(async () => (env = await start()));
after(() => env?.close());

test('the strict-CSP page is served with the strict policy (and the baseline every page gets)', async () => {
  const { response, context } = await open(env, 'strict-csp.html');
  const policy = (await response.allHeaders())['content-security-policy'] ?? '';
  const directives = (text) =>
    text
      .split(';')
      .map((d) => d.trim().replace(/\s+/g, ' '))
      .filter(Boolean)
      .sort();
  assert.deepEqual(directives(policy), directives(`${POLICY}; ${BASE_CSP}`));
  await context.close();
});

for (const lang of ['zh-Hans', 'en']) {
  test(`under the strict CSP the journeys work, log no error and make no request after load (${lang})`, async () => {
    const { page, context, errors } = await open(env, 'strict-csp.html');
    const violations = [];
    await page.exposeFunction('reportViolation', (v) => violations.push(v));
    await page.evaluate(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        window.reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
      ),
    );
    const requests = [];
    page.on('request', (request) => requests.push(request.url()));

    if (lang === 'en') await page.getByRole('button', { name: STRINGS['zh-Hans'].otherLang }).click();
    await foreignExpert(page, env, lang, 'mouse');
    await page.reload({ waitUntil: 'networkidle' });
    await page.locator('hitech-eligibility .form').waitFor();
    requests.length = 0;
    if (lang === 'en') await page.getByRole('button', { name: STRINGS['zh-Hans'].otherLang }).click();
    await chongqingEnterprise(page, env, lang, 'mouse');
    await page.getByRole('button', { name: STRINGS[lang].viewCatalogue }).click();
    await page.getByRole('heading', { name: STRINGS[lang].catalogue }).waitFor();
    await page.getByRole('button', { name: STRINGS[lang].viewCheck }).click();
    assert.equal(await groupOf(page, 'chongqing.star-listing-award'), 'eligible', 'answers survive the catalogue view');

    // The constructable stylesheet applies under style-src 'self'.
    const cardBorder = await page
      .locator('hitech-eligibility [data-measure="chongqing.star-listing-award"]')
      .evaluate((el) => getComputedStyle(el).borderLeftWidth);
    assert.equal(cardBorder, '6px', 'the widget is styled');

    assert.deepEqual(requests, [], 'no network request after the page has loaded');
    assert.deepEqual(errors, [], 'no console error');
    assert.deepEqual(violations, [], 'no CSP violation');
    await context.close();
  });
}
