// The browser floor (README: Safari/iOS 15, Chromium 86, Firefox 91), tried
// in today's Chromium by taking away what the floor's browsers lack: the
// widget must work without constructable stylesheets (Safari before 16.4),
// and below the floor — no WebAssembly, no ES modules — say so in both
// languages, never show an empty panel.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { chooseRadio, start } from './browser.mjs';
import { STRINGS } from '../../js/i18n.js';

let env;
before(async () => (env = await start()));
after(() => env?.close());

/** A page in a fresh context, `remove` run before any of the page's scripts. */
async function openWithout(remove, path = 'index.html') {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(remove);
  await page.goto(`${env.url}/${path}`, { waitUntil: 'networkidle' });
  return { context, page, errors };
}

/** Takes constructable stylesheets away, as in Safari 15 and 16.0–16.3 and Firefox 91–100. */
function noConstructableStyleSheets() {
  delete ShadowRoot.prototype.adoptedStyleSheets;
  delete Document.prototype.adoptedStyleSheets;
  window.CSSStyleSheet = function CSSStyleSheet() {
    throw new TypeError('Illegal constructor');
  };
}

for (const path of ['index.html', 'strict-csp.html']) {
  test(`without constructable stylesheets the widget is styled through a <link> (${path})`, async () => {
    const { context, page, errors } = await openWithout(noConstructableStyleSheets, path);
    const t = STRINGS['zh-Hans'];
    await chooseRadio(page, t.audience, t.audiences.enterprise);
    await page.locator('hitech-eligibility li.card').first().waitFor();
    const styled = await page.locator('hitech-eligibility').evaluate((host) => {
      const link = host.shadowRoot.querySelector('link[rel="stylesheet"]');
      const card = host.shadowRoot.querySelector('li.card');
      return {
        adopted: 'adoptedStyleSheets' in host.shadowRoot,
        link: link && new URL(link.href).pathname,
        loaded: !!link?.sheet,
        border: getComputedStyle(card).borderLeftWidth,
        columns: getComputedStyle(host.shadowRoot.querySelector('.layout')).gridTemplateColumns.split(' ').length,
      };
    });
    assert.deepEqual(styled, { adopted: false, link: '/pkg/hitech-eligibility.css', loaded: true, border: '6px', columns: 2 });
    assert.deepEqual(errors, [], 'no error on the page');
    await context.close();
  });
}

test('without WebAssembly the portal’s own fallback shows, in both languages', async () => {
  const { context, page } = await openWithout(() => delete window.WebAssembly);
  const host = page.locator('hitech-eligibility');
  // The demo portal's fallback content (children of the element), revealed through the widget's slot.
  await host.getByText('政策匹配工具未能加载，请刷新页面重试。', { exact: false }).waitFor();
  await host.getByText('The eligibility check could not load: please reload the page.', { exact: false }).waitFor();
  assert.equal(await host.getByRole('alert').count(), 1);
  assert.equal(await host.getByText(STRINGS.en.unsupported).isVisible(), false, 'the portal’s words, not the widget’s');
  // A portal with no fallback of its own gets the widget's message, both languages.
  await host.evaluate((el) => el.replaceChildren());
  await host.getByText(STRINGS['zh-Hans'].unsupported).waitFor();
  await host.getByText(STRINGS.en.unsupported).waitFor();
  await context.close();
});

/**
 * A demo page whose module never arrives (a browser without modules runs none; a
 * CDN without CORS, a 404), its document timeline (CSS animations) run at `rate`.
 */
async function withoutModule(rate) {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Animation.enable');
  await cdp.send('Animation.setPlaybackRate', { playbackRate: rate });
  await page.route('**/pkg/hitech-eligibility.js', (route) => route.abort());
  await page.goto(`${env.url}/index.html`, { waitUntil: 'networkidle' });
  return { context, page, fallback: page.locator('hitech-eligibility > .hitech-fallback') };
}

test('without ES modules the widget never starts, and the nomodule script shows the fallback at once', async () => {
  // The page's animations stopped: the portal's CSS reveal (after 8 s) cannot be what shows it.
  const { context, page, fallback } = await withoutModule(0);
  assert.equal(await fallback.isVisible(), false, 'hidden while the module may still be on its way');
  // What such a browser runs: the classic script the page loads with nomodule.
  await page.addScriptTag({ path: fileURLToPath(new URL('../../js/nomodule.js', import.meta.url)) });
  assert.equal(await fallback.isVisible(), true);
  await page.getByText('Safari/iOS 15, Chrome 86, Firefox 91', { exact: false }).waitFor();
  await context.close();
});

test("when the module never runs, the demo portal's own CSS shows the fallback after its delay, with no script", async () => {
  // The page's clock 40 times as fast: the 8 s of portal.css pass in a fraction of a second.
  const { context, page, fallback } = await withoutModule(40);
  const reveal = await fallback.evaluate((el) => el.getAnimations().map((a) => [a.animationName, a.effect.getTiming().delay]));
  assert.deepEqual(reveal, [['hitech-fallback-reveal', 8000]]);
  await fallback.waitFor({ state: 'visible' });
  assert.equal(await page.evaluate(() => customElements.get('hitech-eligibility')), undefined);
  await page.getByText('政策匹配工具未能加载，请刷新页面重试。', { exact: false }).waitFor();
  await context.close();
});

test('without constructable stylesheets, container queries and Object.hasOwn, the widget works in one column at 390 px', async () => {
  const context = await env.browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(noConstructableStyleSheets);
  await page.addInitScript(() => delete Object.hasOwn);
  // Chromium cannot unlearn container queries: the stylesheet is served as a
  // browser without them reads it — the @container rule is dropped, and the
  // @supports not (container-type…) block applies.
  const dropBlocks = (css, at) => {
    // Each `@container …{ … }` block, braces balanced.
    for (let start = css.indexOf(at); start >= 0; start = css.indexOf(at)) {
      let depth = 0;
      let end = css.indexOf('{', start);
      for (; end < css.length; end++) {
        if (css[end] === '{') depth++;
        if (css[end] === '}' && --depth === 0) break;
      }
      css = css.slice(0, start) + css.slice(end + 1);
    }
    return css;
  };
  const withoutContainerQueries = (css) =>
    dropBlocks(css, '@container')
      .replace(/container-type:\s*[a-z-]+;/g, '')
      .replace('@supports not (container-type: inline-size)', '@supports (display: block)');
  await page.route('**/pkg/hitech-eligibility.css', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: withoutContainerQueries(await response.text()) });
  });
  await page.goto(`${env.url}/index.html#hitech=1&audience=enterprise&loc=zone%3Achongqing&highTechEnterprise=true`, {
    waitUntil: 'networkidle',
  });
  await page.locator('hitech-eligibility li.card').first().waitFor();
  const layout = await page.locator('hitech-eligibility').evaluate((host) => {
    const root = host.shadowRoot;
    const css = [...root.styleSheets].map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n')).join('\n');
    const form = root.querySelector('.form').getBoundingClientRect();
    const results = root.querySelector('.results').getBoundingClientRect();
    const line = getComputedStyle(root.querySelector('.live-summary')).display;
    return {
      containerRules: /@container/.test(css),
      formWidth: form.width,
      resultsWidth: results.width,
      stacked: results.top >= form.bottom - 1,
      line,
    };
  });
  assert.equal(layout.containerRules, false, 'the stylesheet as a browser without container queries has it');
  assert.ok(layout.stacked, 'results below the questions: one column');
  assert.ok(layout.resultsWidth > 300, `the results column is ${layout.resultsWidth} px wide (it was 16)`);
  assert.equal(layout.line, 'flex', 'one column: the results line is shown');
  assert.equal(
    await page.locator('hitech-eligibility').evaluate((el) => el.profile.highTechEnterprise),
    true,
    'the share link was read without Object.hasOwn',
  );
  assert.deepEqual(errors, []);
  await context.close();
});
