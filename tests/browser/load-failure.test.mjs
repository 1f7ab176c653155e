// Failures a portal's developer can see, and a citizen is not blamed for:
// pkg/ served by a small server that breaks it the way real servers do — the
// .wasm a 404, HTML in its place (an SPA fallback), a CSP without
// 'wasm-unsafe-eval' — and served well for comparison. Each time the element
// fires hitech-eligibility-error with the right reason, the console names the
// fix, and the user reads that the page is misconfigured (not that their
// browser is old) or the portal's own fallback; served well, it fires
// hitech-eligibility-ready once.
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

const LISTEN = `window.events = [];
for (const type of ['ready', 'error']) {
  document.addEventListener('hitech-eligibility-' + type, (e) => window.events.push({ type, reason: e.detail && e.detail.reason }));
}`;
const page = (fallback) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Portal</title>
<script src="listen.js"></script>
<script type="module" src="pkg/hitech-eligibility.js"></script></head>
<body><hitech-eligibility lang="en">${fallback ? '<p class="hitech-fallback" hidden>PORTAL FALLBACK: call 12345</p>' : ''}</hitech-eligibility></body></html>`;

let server;
let base;
let browser;

before(async () => {
  assert.ok(existsSync(join(pkgDir, 'hitech_eligibility_bg.wasm')), 'pkg/ is not built: run scripts/build.sh');
  // /<mode>/… : mode ok | wasm404 | html | csp | fallback (wasm404 with the portal's fallback content).
  server = createServer((req, res) => {
    const [, mode, ...rest] = new URL(req.url, 'http://x').pathname.split('/');
    const path = rest.join('/');
    const headers = {};
    if (mode === 'csp') headers['content-security-policy'] = "default-src 'self'; script-src 'self'; style-src 'self'";
    if (path === '' || path === 'index.html') {
      res.writeHead(200, { ...headers, 'content-type': 'text/html' }).end(page(mode === 'fallback'));
      return;
    }
    if (path === 'listen.js') {
      res.writeHead(200, { ...headers, 'content-type': 'text/javascript' }).end(LISTEN);
      return;
    }
    if (path.endsWith('.wasm') && (mode === 'wasm404' || mode === 'fallback')) {
      res.writeHead(404, headers).end('not found');
      return;
    }
    if (path.endsWith('.wasm') && mode === 'html') {
      // An SPA's try_files fallback: the app's page, status 200, in place of the file.
      res.writeHead(200, { ...headers, 'content-type': 'text/html' }).end(page(false));
      return;
    }
    const file = join(pkgDir, path.replace(/^pkg\//, ''));
    if (!path.startsWith('pkg/') || !file.startsWith(pkgDir) || !existsSync(file)) {
      res.writeHead(404, headers).end();
      return;
    }
    res.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** Opens /<mode>/ and waits until the element has said ready or error; returns what the page and console showed. */
async function visit(mode) {
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
      const slot = el.shadowRoot.querySelector('slot');
      const assigned = slot?.assignedElements().filter((e) => !e.hidden);
      return assigned?.length ? assigned.map((e) => e.textContent).join(' ') : el.shadowRoot.textContent;
    });
    return { events, shown, console };
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
