// A smoke journey of the widget for browser engines other than Chromium
// (Firefox ESR over WebDriver BiDi, WebKitGTK over classic WebDriver): render,
// answer, results (held against the engine run in Node), a share link that
// restores the answers in a fresh page, the strict-CSP page, and no error on
// the page. Each engine's test gives a small driver:
//   { goto(url), run(fn, ...args) → value, errors() → string[] }
// where `run` evaluates `fn` in the page (no closures: only its arguments).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The engine in Node, to hold the page's results against. */
export async function nodeEngine() {
  const engine = await import(`${root}pkg/index.js`);
  engine.initSync({ module: readFileSync(`${root}pkg/hitech_eligibility_bg.wasm`) });
  return engine;
}

/** Polls `fn` in the page until it returns a truthy value. */
async function until(driver, what, fn, ...args) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const value = await driver.run(fn, ...args);
    if (value) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}; page errors: ${JSON.stringify(await driver.errors())}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// ---- In the page (each function stands alone) ----

function formShown() {
  const root = document.querySelector('hitech-eligibility')?.shadowRoot;
  return !!root?.querySelector('.form input');
}

/** Some result cards, and none still to build (the widget builds a few per frame, the rest marked aria-busy). */
function resultsShown() {
  const root = document.querySelector('hitech-eligibility').shadowRoot;
  return !!root.querySelector('li.card') && !root.querySelector('section.group[aria-busy="true"]');
}

function answerAsEnterprise() {
  const root = document.querySelector('hitech-eligibility').shadowRoot;
  root.querySelector('input[name="q-audience"][value="enterprise"]').click();
  const select = root.querySelector('#loc');
  select.value = 'zone:chongqing';
  select.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
}

/** Answers yes to a fact's question once it is shown (the widget adds a few questions a frame); false until then. */
function answerYes(fact) {
  const input = document.querySelector('hitech-eligibility').shadowRoot.querySelector(`input[name="q-${fact}"][value="true"]`);
  input?.click();
  return !!input;
}

function shown() {
  const host = document.querySelector('hitech-eligibility');
  const statuses = {};
  for (const el of host.shadowRoot.querySelectorAll('section.group [data-measure]'))
    statuses[el.dataset.measure] = el.dataset.status;
  const styled = getComputedStyle(host.shadowRoot.querySelector('li.card')).borderLeftWidth;
  return { profile: host.profile, statuses, styled };
}

function makeShareLink(label) {
  const root = document.querySelector('hitech-eligibility').shadowRoot;
  [...root.querySelectorAll('button')].find((b) => b.textContent === label).click();
  return true;
}

/** The share link once it is shown: at once when link.js is in, else when it has been fetched. */
function shareLinkShown() {
  return document.querySelector('hitech-eligibility').shadowRoot.querySelector('#share-url')?.value || null;
}

function listenForErrors() {
  window.__smokeErrors = [];
  addEventListener('error', (e) => window.__smokeErrors.push(String(e.message)));
  addEventListener('unhandledrejection', (e) => window.__smokeErrors.push(String(e.reason)));
  addEventListener('securitypolicyviolation', (e) => window.__smokeErrors.push(`CSP: ${e.violatedDirective} ${e.blockedURI}`));
  return true;
}

// ---- The journey ----

/**
 * Runs the smoke journey against `base` (the demo server's URL, no trailing
 * slash). `zh` is the widget's Chinese strings (for the share button).
 */
export async function smoke(driver, base, zh) {
  const engine = await nodeEngine();

  await driver.goto(`${base}/index.html?sid=secret`);
  await driver.run(listenForErrors);
  await until(driver, 'the form', formShown);
  await driver.run(answerAsEnterprise);
  for (const fact of ['highTechEnterprise', 'aboveDesignatedSize', 'ownsIntellectualProperty']) {
    await until(driver, `the question ${fact}`, answerYes, fact);
  }
  await until(driver, 'results', resultsShown);
  const first = await driver.run(shown);
  assert.deepEqual(first.profile, {
    zone: 'chongqing',
    highTechEnterprise: true,
    aboveDesignatedSize: true,
    ownsIntellectualProperty: true,
  });
  assert.equal(first.styled, '6px', 'the widget is styled');
  // Every measure shown with the status the engine gives it.
  const report = engine.evaluate(first.profile);
  const expected = Object.fromEntries(report.results.filter((r) => r.id in first.statuses).map((r) => [r.id, r.status]));
  assert.ok(Object.keys(first.statuses).length > 10);
  assert.deepEqual(first.statuses, expected);
  assert.equal(first.statuses['chongqing.knowledge-value-loan'], 'conditional', 'the bank still decides');

  await driver.run(makeShareLink, zh.share);
  const link = await until(driver, 'the share link', shareLinkShown);
  assert.ok(link && !link.includes('sid=') && link.includes('#hitech=1'), `share link ${link}`);
  await driver.goto('about:blank');
  await driver.goto(link);
  await driver.run(listenForErrors);
  await until(driver, 'the restored form', formShown);
  await until(driver, 'restored results', resultsShown);
  const restored = await driver.run(shown);
  assert.deepEqual(restored.profile, first.profile, 'the link restores the answers');
  assert.deepEqual(restored.statuses, first.statuses);
  assert.deepEqual(await driver.errors(), [], 'no error on the page');

  await driver.goto(`${base}/strict-csp.html`);
  await driver.run(listenForErrors);
  await until(driver, 'the form under the strict CSP', formShown);
  await driver.run(answerAsEnterprise);
  await until(driver, 'results under the strict CSP', resultsShown);
  assert.deepEqual(await driver.errors(), [], 'no error or CSP violation under the strict CSP');
}
