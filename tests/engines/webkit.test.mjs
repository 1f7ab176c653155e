// The smoke journey (smoke.mjs) in WebKitGTK, Safari's engine: Debian's
// WebKitWebDriver starts MiniBrowser in automation mode, which has no
// headless mode, so it runs on a private Xvfb display; selenium-webdriver
// speaks classic WebDriver to it. Missing programs are a failure, not a
// skip: scripts/setup.sh installs webkit2gtk-driver and xvfb.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { Builder } from 'selenium-webdriver';
import { startServer } from '../../scripts/serve.mjs';
import { STRINGS } from '../../js/i18n.js';
import { smoke } from './smoke.mjs';

const WEBDRIVER = '/usr/bin/WebKitWebDriver';
const XVFB = '/usr/bin/Xvfb';
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** A free TCP port on localhost. */
const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });

/** Waits until something listens on `port`. */
async function listening(port, what) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      await fetch(`http://127.0.0.1:${port}/status`);
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`${what} did not start`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

let server;
let xvfb;
let webdriver;
let driver;

before(async () => {
  for (const program of [WEBDRIVER, XVFB, MINIBROWSER]) {
    assert.ok(existsSync(program), `${program} is missing: install Debian's webkit2gtk-driver and xvfb (scripts/setup.sh does)`);
  }
  server = await startServer({ port: 0 });
  const display = `:${90 + (process.pid % 100)}`;
  xvfb = spawn(XVFB, [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  const port = await freePort();
  webdriver = spawn(WEBDRIVER, [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: display } });
  await listening(port, 'WebKitWebDriver');
  driver = await new Builder()
    .usingServer(`http://127.0.0.1:${port}`)
    .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } })
    .build();
});

after(async () => {
  await driver?.quit().catch(() => {});
  webdriver?.kill();
  xvfb?.kill();
  await server?.close();
});

test('WebKitGTK: render, answer, results, share link, strict CSP, no error', async () => {
  const capabilities = await driver.getCapabilities();
  assert.equal(capabilities.get('browserName'), 'MiniBrowser');
  const page = {
    goto: (url) => driver.get(url),
    run: (fn, ...args) => driver.executeScript(`return (${fn}).apply(null, arguments);`, ...args),
    // WebDriver classic has no console events: errors are caught in the page
    // from the moment smoke.mjs installs its listeners (after each load).
    errors: () => driver.executeScript('return window.__smokeErrors || [];'),
  };
  await smoke(page, server.url.replace(/\/$/, ''), STRINGS['zh-Hans']);
});
