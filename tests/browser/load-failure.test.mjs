// Failures a portal's developer can see, and a citizen is not blamed for:
// pkg/ served by a small server that breaks it the way real servers do — the
// .wasm a 404, HTML in its place (an SPA fallback), a CSP without
// 'wasm-unsafe-eval' — and served well for comparison. Each time the element
// fires hitech-eligibility-error with the right reason, the console names the
// fix, and the user reads that the page is misconfigured (not that their
// browser is old) or the portal's own fallback; served well, it fires
// hitech-eligibility-ready once.
// And when the element's own module never runs (a CDN on another origin
// without CORS, a 404 on hitech-eligibility.js) the portal's fallback still
// shows, through the CSS rule of WIDGET.md alone: no script of the portal's.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from './browser.mjs';
import { STRINGS } from '../../js/i18n.js';

const pkgDir = fileURLToPath(new URL('../../pkg/', import.meta.url));
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm' };

/**
 * The fallback's form in each mode: `hidden` (un-hidden by the element), `css`
 * (shown by the portal's stylesheet unless the element is defined), or none.
 */
const FORM = { fallback: 'hidden', slotted: 'css', nocors: 'css', cors: 'css', js404: 'css' };
const FALLBACK = 'PORTAL FALLBACK: call 12345';
/** Seconds before the portal's CSS reveals the fallback: short here; WIDGET.md says 8 on a real page. */
const revealAfter = (mode) => (mode === 'cors' ? 4 : 1);

// The portal's watcher (WIDGET.md, "If the module never loads"), with the
// reveal's delay; and, frame by frame, whether the user could see the
// fallback (a box and visibility: visible): on the first frame it exists, and ever.
const listen = (mode) => `window.events = [];
for (const type of ['ready', 'error']) {
  document.addEventListener('hitech-eligibility-' + type, (e) => window.events.push({ type, reason: e.detail && e.detail.reason }));
}
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
Promise.race([customElements.whenDefined('hitech-eligibility').then(() => true), wait(${mode === 'nocors' || mode === 'js404' ? 1000 : 60000}).then(() => false)])
  .then((defined) => defined || window.events.push({ type: 'not-defined', reason: null }));
window.fallback = { first: null, ever: false };
requestAnimationFrame(function frame() {
  const el = document.querySelector('.hitech-fallback');
  if (el) {
    const visible = el.getClientRects().length > 0 && getComputedStyle(el).visibility === 'visible';
    if (window.fallback.first === null) window.fallback.first = visible;
    window.fallback.ever = window.fallback.ever || visible;
  }
  requestAnimationFrame(frame);
});`;
// The portal's own stylesheet: WIDGET.md's rule, with a shorter delay.
const portalCss = (mode) => `hitech-eligibility:not(:defined) > .hitech-fallback {
  visibility: hidden;
  animation: hitech-fallback-reveal 0s ${revealAfter(mode)}s forwards;
}
@keyframes hitech-fallback-reveal {
  to { visibility: visible; }
}`;
const page = (mode, src) => {
  const form = FORM[mode];
  const fallback = form ? `<p class="hitech-fallback"${form === 'hidden' ? ' hidden' : ''}>${FALLBACK}</p>` : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Portal</title>
<link rel="stylesheet" href="portal.css">
<script src="listen.js"></script>
<script type="module" src="${src}"></script></head>
<body><hitech-eligibility lang="en">${fallback}</hitech-eligibility></body></html>`;
};

let server;
let cdn;
/** The responses of mode `hang`, never answered. */
const held = [];
let base;
let cdnBase;
let browser;

/** pkg/'s file at `path` (pkg/…), or a 404. */
function sendFile(res, path, headers) {
  const file = join(pkgDir, path.replace(/^pkg\//, ''));
  if (!path.startsWith('pkg/') || !file.startsWith(pkgDir) || !existsSync(file)) {
    res.writeHead(404, headers).end();
    return;
  }
  res.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
}

/** Splits /<mode>/<path>. */
const route = (req) => {
  const [, mode, ...rest] = new URL(req.url, 'http://x').pathname.split('/');
  return [mode, rest.join('/')];
};

before(async () => {
  assert.ok(existsSync(join(pkgDir, 'hitech_eligibility_bg.wasm')), 'pkg/ is not built: run scripts/build.sh');
  // A second origin (another port), as a CDN: /cors/pkg/… with Access-Control-Allow-Origin, /nocors/pkg/… without.
  cdn = createServer((req, res) => {
    const [mode, path] = route(req);
    sendFile(res, path, mode === 'cors' ? { 'access-control-allow-origin': '*' } : {});
  });
  await new Promise((resolve) => cdn.listen(0, '127.0.0.1', resolve));
  cdnBase = `http://127.0.0.1:${cdn.address().port}`;
  // /<mode>/… : mode ok | wasm404 | html | csp | fallback (wasm404 with the portal's hidden fallback)
  // | slotted (wasm404 with the CSS form) | nocors, cors (the package from the CDN) | js404 (no hitech-eligibility.js)
  // | hang (the .wasm's request never answered).
  server = createServer((req, res) => {
    const [mode, path] = route(req);
    const headers = {};
    if (mode === 'csp') headers['content-security-policy'] = "default-src 'self'; script-src 'self'; style-src 'self'";
    if (path === '' || path === 'index.html') {
      const src =
        mode === 'nocors' || mode === 'cors' ? `${cdnBase}/${mode}/pkg/hitech-eligibility.js` : 'pkg/hitech-eligibility.js';
      res.writeHead(200, { ...headers, 'content-type': 'text/html' }).end(page(mode, src));
      return;
    }
    if (path === 'listen.js') {
      res.writeHead(200, { ...headers, 'content-type': 'text/javascript' }).end(listen(mode));
      return;
    }
    if (path === 'portal.css') {
      res.writeHead(200, { ...headers, 'content-type': 'text/css' }).end(portalCss(mode));
      return;
    }
    if (path.endsWith('.wasm') && (mode === 'wasm404' || mode === 'fallback' || mode === 'slotted')) {
      res.writeHead(404, headers).end('not found');
      return;
    }
    if (path.endsWith('.wasm') && mode === 'hang') {
      // A proxy that holds the connection: headers never come.
      held.push(res);
      return;
    }
    if (path.endsWith('.wasm') && mode === 'html') {
      // An SPA's try_files fallback: the app's page, status 200, in place of the file.
      res.writeHead(200, { ...headers, 'content-type': 'text/html' }).end(page('ok', 'pkg/hitech-eligibility.js'));
      return;
    }
    if (path === 'pkg/hitech-eligibility.js' && mode === 'js404') {
      res.writeHead(404, headers).end('not found');
      return;
    }
    sendFile(res, path, headers);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  for (const res of held) res.destroy();
  server?.close();
  cdn?.close();
});

/**
 * Opens /<mode>/ and waits until the element has said ready or error, or the
 * portal's watcher that it was never defined; returns what the page and
 * console showed, and what `inspect(tab)` found before the tab closed.
 */
async function visit(mode, inspect = async () => null) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const console = [];
  tab.on('console', (m) => console.push(m.text()));
  tab.on('pageerror', (e) => console.push(`pageerror: ${e.message}`));
  try {
    await tab.goto(`${base}/${mode}/`);
    await tab.waitForFunction(() => window.events?.length > 0, null, { timeout: 15000 });
    await tab.waitForTimeout(100); // a second event would be a bug
    const events = await tab.evaluate(() => window.events);
    const shown = await tab.locator('hitech-eligibility').evaluate((el) => {
      // What the user sees: the shadow root's text, with the slot's assigned content in its place.
      if (!el.shadowRoot) return null; // never defined
      const slot = el.shadowRoot.querySelector('slot');
      const assigned = slot?.assignedElements().filter((e) => !e.hidden);
      return assigned?.length ? assigned.map((e) => e.textContent).join(' ') : el.shadowRoot.textContent;
    });
    const found = await inspect(tab);
    return { events, shown, console, found };
  } finally {
    await context.close();
  }
}

test('served well: one hitech-eligibility-ready, no error, no hint', async () => {
  const { events, shown, console } = await visit('ok');
  assert.deepEqual(events, [{ type: 'ready', reason: null }]);
  assert.ok(shown.includes(STRINGS.en.title) || shown.length > 100, shown.slice(0, 200));
  assert.ok(!console.some((line) => line.startsWith('hitech-eligibility:')), console.join('\n'));
});

const CASES = [
  { mode: 'wasm404', reason: 'network', hint: /could not fetch hitech_eligibility_bg\.wasm/ },
  { mode: 'html', reason: 'mime', hint: /is not WebAssembly .*no SPA fallback/ },
  { mode: 'csp', reason: 'csp', hint: /Add 'wasm-unsafe-eval' \(not 'unsafe-eval'\) to script-src/ },
];

for (const { mode, reason, hint } of CASES) {
  test(`${mode}: hitech-eligibility-error says ${reason}, the console names the fix, the page blames itself, not the browser`, async () => {
    const { events, shown, console } = await visit(mode);
    assert.deepEqual(events, [{ type: 'error', reason }]);
    assert.ok(
      console.some((line) => hint.test(line)),
      `a console line matching ${hint}:\n${console.join('\n')}`,
    );
    assert.ok(shown.includes('本页面配置有误，请联系网站管理员'), shown);
    assert.ok(shown.includes("This page is misconfigured: please contact the site's administrator"), shown);
    assert.ok(!/浏览器|browser/i.test(shown), `no word of the browser: ${shown}`);
  });
}

test("with the portal's fallback content, a failed load shows the portal's words, and still fires the error", async () => {
  const { events, shown } = await visit('fallback');
  assert.deepEqual(events, [{ type: 'error', reason: 'network' }]);
  assert.equal(shown, 'PORTAL FALLBACK: call 12345');
});

test("the CSS form of the fallback: a failed engine shows it through the widget's slot, and the error fires", async () => {
  const { events, shown, found } = await visit('slotted', (tab) => tab.locator('.hitech-fallback').isVisible());
  assert.deepEqual(events, [{ type: 'error', reason: 'network' }]);
  assert.equal(shown, FALLBACK);
  assert.equal(found, true);
});

test('an engine fetch that does not end: after the element’s wait, the failure a failed fetch shows (reason timeout); an engine that comes later still starts', async () => {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const console = [];
  tab.on('console', (m) => console.push(m.text()));
  try {
    // The page's clock, moved on by the test: no real 30 s wait.
    await tab.clock.install();
    await tab.goto(`${base}/hang/`);
    const element = tab.locator('hitech-eligibility');
    await element.getByRole('status').getByText(STRINGS.en.loading).waitFor();
    await tab.clock.runFor(29_000);
    assert.deepEqual(await tab.evaluate(() => window.events), [], 'no error before the wait is over');
    await tab.clock.runFor(2_000);
    await element.getByRole('alert').waitFor();
    assert.deepEqual(await tab.evaluate(() => window.events), [{ type: 'error', reason: 'timeout' }]);
    const shown = await element.getByRole('alert').textContent();
    assert.ok(shown.includes('本页面配置有误，请联系网站管理员'), shown);
    assert.ok(shown.includes("This page is misconfigured: please contact the site's administrator"), shown);
    assert.ok(!(await element.getByText(STRINGS.en.loading).isVisible()), 'the loading line is gone');
    assert.ok(
      console.some((line) => /^hitech-eligibility: the engine or the words did not load in 30 s/.test(line)),
      console.join('\n'),
    );
    // The wasm comes after all: the widget starts in place of the failure, and says it is ready.
    assert.equal(held.length, 1, 'the wasm request is held');
    const wasm = readFileSync(join(pkgDir, 'hitech_eligibility_bg.wasm'));
    held.pop().writeHead(200, { 'content-type': 'application/wasm' }).end(wasm);
    await element.getByRole('heading', { name: STRINGS.en.title }).waitFor();
    await element.getByRole('group', { name: STRINGS.en.audience }).waitFor();
    assert.equal(await element.getByRole('alert').count(), 0, 'the failure is gone');
    assert.deepEqual(await tab.evaluate(() => window.events), [
      { type: 'error', reason: 'timeout' },
      { type: 'ready', reason: null },
    ]);
  } finally {
    await context.close();
  }
});

/** Waits for the fallback to show, then tells whether the element is defined and what the user saw of the fallback. */
const neverDefined = async (tab) => {
  await tab.locator('.hitech-fallback').waitFor({ state: 'visible', timeout: 15000 });
  return tab.evaluate(() => ({
    defined: customElements.get('hitech-eligibility') !== undefined,
    undefinedMatch: document.querySelector('hitech-eligibility').matches(':not(:defined)'),
    fallback: window.fallback,
    text: document.querySelector('.hitech-fallback').innerText,
  }));
};

for (const [mode, what] of [
  ['nocors', 'the package on another origin without CORS'],
  ['js404', 'a 404 on hitech-eligibility.js'],
]) {
  test(`${what}: the module never runs, and the portal's CSS alone shows its fallback after the delay`, async () => {
    const { events, shown, console, found } = await visit(mode, neverDefined);
    // The portal's watcher is what notices: the element fires nothing, it does not exist.
    assert.deepEqual(events, [{ type: 'not-defined', reason: null }]);
    assert.equal(shown, null);
    assert.deepEqual(found, { defined: false, undefinedMatch: true, fallback: { first: false, ever: true }, text: FALLBACK });
    // Only the browser's own line names the fix there: the CDN's Access-Control-Allow-Origin.
    const cors = /blocked by CORS policy.*Access-Control-Allow-Origin/;
    if (mode === 'nocors')
      assert.ok(
        console.some((line) => cors.test(line)),
        console.join('\n'),
      );
  });
}

test('the package on another origin with CORS: the widget works, and the fallback never shows, past the delay too', async () => {
  const { events, shown, found } = await visit('cors', async (tab) => {
    // Past the portal's delay (4 s here) and a little more, on the page's own clock.
    await tab.waitForFunction((ms) => document.timeline.currentTime > ms, (revealAfter('cors') + 0.5) * 1000);
    return tab.evaluate(() => ({
      fallback: window.fallback,
      box: document.querySelector('.hitech-fallback').getClientRects().length,
    }));
  });
  assert.deepEqual(events, [{ type: 'ready', reason: null }]);
  assert.ok(shown.includes(STRINGS.en.title), shown.slice(0, 200));
  assert.ok(!shown.includes(FALLBACK), shown.slice(0, 200));
  // Not slotted by the widget: no box at all, on no frame.
  assert.deepEqual(found, { fallback: { first: false, ever: false }, box: 0 });
});
