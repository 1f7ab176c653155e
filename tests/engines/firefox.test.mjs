// The smoke journey (smoke.mjs) in Debian's Firefox ESR, driven by
// puppeteer-core over WebDriver BiDi. Firefox missing is a failure, not a
// skip: scripts/setup.sh installs it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { startServer } from '../../scripts/serve.mjs';
import { STRINGS } from '../../js/i18n.js';
import { smoke } from './smoke.mjs';

const FIREFOX = '/usr/bin/firefox-esr';
let server;
let browser;

before(async () => {
  assert.ok(existsSync(FIREFOX), `${FIREFOX} is missing: install Debian's firefox-esr (scripts/setup.sh does)`);
  server = await startServer({ port: 0 });
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, protocol: 'webDriverBiDi' });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('Firefox ESR: render, answer, results, share link, strict CSP, no error', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  const driver = {
    goto: (url) => page.goto(url, { waitUntil: 'load' }),
    run: (fn, ...args) => page.evaluate(fn, ...args),
    errors: async () => [...errors, ...(await page.evaluate(() => window.__smokeErrors ?? []))],
  };
  const version = await browser.version();
  assert.match(version, /firefox/i);
  await smoke(driver, server.url.replace(/\/$/, ''), STRINGS['zh-Hans']);
  await page.close();
});
