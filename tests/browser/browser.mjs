// Shared setup for the browser tests: Debian's Chromium driven by
// playwright-core, the demo portal served by scripts/serve.mjs, and small
// helpers that act the way a person does (pick a label, press Tab, read the
// screen). Anything missing is a failure, never a skip.

import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const CHROMIUM = '/usr/bin/chromium';
/** Headless, and quiet on a machine with no network but localhost. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];
export const ARTIFACTS = `${root}test-artifacts`;

/**
 * The one font every browser test renders with: WenQuanYi Micro Hei (Debian's
 * fonts-wqy-microhei, which scripts/setup.sh installs), Latin and Chinese
 * alike. Chromium on Linux finds fonts only through fontconfig, so a
 * configuration that lists this file alone makes every layout the same on any
 * machine, whatever other fonts (Droid Sans Fallback, Noto CJK…) it has.
 *
 * To check that the layout holds with other fonts (issue 23: a machine whose
 * only CJK font is Droid Sans Fallback, beside DejaVu for Latin), name their
 * files in HITECH_TEST_FONT, separated by ":", in the order of preference:
 * every test then renders with those alone, e.g.
 * `HITECH_TEST_FONT=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf:/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf
 * node --test tests/browser/topic.test.mjs`.
 */
export const PINNED_FONT = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';
const FONTS = process.env.HITECH_TEST_FONT ? process.env.HITECH_TEST_FONT.split(':') : [PINNED_FONT];

/** Writes the fontconfig file that shows Chromium the pinned font only; returns the environment to start it with. */
export function pinnedFontEnv() {
  for (const font of FONTS)
    assert.ok(existsSync(font), `${font} is missing: install Debian's fonts-wqy-microhei (scripts/setup.sh does)`);
  const dir = `${ARTIFACTS}/fonts`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(`${dir}/files`, { recursive: true });
  for (const font of FONTS) symlinkSync(font, `${dir}/files/${font.slice(font.lastIndexOf('/') + 1)}`);
  // Each family as its font names itself (fc-query comes with fontconfig, which Chromium needs).
  const families = process.env.HITECH_TEST_FONT
    ? FONTS.map((font) => execFileSync('fc-query', ['-f', '%{family[0]}', '-i', '0', font], { encoding: 'utf8' }))
    : ['WenQuanYi Micro Hei'];
  const prefer = families.map((family) => `<family>${family}</family>`).join('');
  const alias = (generic) => `<alias binding="same"><family>${generic}</family><prefer>${prefer}</prefer></alias>`;
  writeFileSync(
    `${dir}/fonts.conf`,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <dir>${dir}/files</dir>
  <cachedir>${dir}/cache</cachedir>
  ${['sans-serif', 'serif', 'monospace', 'system-ui'].map(alias).join('\n  ')}
</fontconfig>
`,
  );
  return { ...process.env, FONTCONFIG_FILE: `${dir}/fonts.conf` };
}

/** The catalogue and question table, read from the built package itself. */
export async function engineTables() {
  for (const file of ['hitech-eligibility.js', 'index.js', 'hitech_eligibility_bg.wasm']) {
    assert.ok(existsSync(`${root}pkg/${file}`), `pkg/${file} is missing: build the package first (scripts/build.sh)`);
  }
  const pkg = await import(`${root}pkg/index.js`);
  pkg.initSync({ module: readFileSync(`${root}pkg/hitech_eligibility_bg.wasm`) });
  const measures = new Map(pkg.measures().map((m) => [m.id, m]));
  // Every fact's question, with what it could change when nothing is known.
  const open = new Map(pkg.nextQuestions({}).map((q) => [q.fact, q]));
  const questions = new Map(pkg.questions().map((q) => [q.fact, open.get(q.fact) ?? q]));
  const zones = new Map(pkg.zones().map((z) => [z.id, z]));
  return { measures, questions, zones };
}

const { questions: QUESTIONS } = await engineTables();

/** A province's name as the widget shows it: the core's label for that answer to `province`. */
export const province = (id, lang) => say(QUESTIONS.get('province').options.find((o) => o.value === id).label, lang);

/** Starts the server and the browser; `close()` stops both. */
export async function start() {
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing: install Debian's chromium package`);
  const tables = await engineTables();
  const server = await startServer({ port: 0 });
  mkdirSync(ARTIFACTS, { recursive: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    env: pinnedFontEnv(),
  });
  return {
    ...tables,
    url: server.url.replace(/\/$/, ''),
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** A page's script errors, console errors and failed responses, collected as they happen. */
export function collectErrors(page) {
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
  return errors;
}

/** Opens a portal page and waits until the widget shows its questions. */
export async function open(env, path, { viewport = { width: 1280, height: 900 } } = {}) {
  const context = await env.browser.newContext({ viewport });
  const page = await context.newPage();
  const errors = collectErrors(page);
  const response = await page.goto(`${env.url}/${path}`, { waitUntil: 'networkidle' });
  assert.equal(response.status(), 200, `${path} is served`);
  await page
    .locator('hitech-eligibility .form')
    .first()
    .waitFor({ timeout: 15000 })
    .catch(async (error) => {
      const shown = await page
        .locator('hitech-eligibility')
        .first()
        .evaluate((el) => el.shadowRoot?.textContent);
      throw new Error(`the widget did not start on ${path}: shows "${shown}", errors ${JSON.stringify(errors)}`, {
        cause: error,
      });
    });
  return { page, context, errors, response };
}

/** The widget's words for a measure or question in the language shown. */
export const say = (text, lang) => text[lang === 'en' ? 'en' : 'zh-Hans'];

/** The widget's UI language, as its host element says. */
export const langOf = (page) =>
  page
    .locator('hitech-eligibility')
    .getAttribute('lang')
    .then((l) => l || 'zh-Hans');

/** The question a fact is asked with, in the page's language. */
export function questionText(env, fact, lang) {
  return say(env.questions.get(fact).text, lang);
}

// ---- Acting as a person with a mouse ----

export async function chooseRadio(page, groupName, label) {
  await page.getByRole('group', { name: groupName }).getByLabel(label, { exact: true }).check();
}

export async function fill(page, env, fact, value) {
  const lang = await langOf(page);
  await page.getByLabel(questionText(env, fact, lang), { exact: true }).fill(value);
}

// ---- Reading the results as a person sees them ----

/**
 * Waits until the widget has built every result card: after an answer it
 * builds the claims and a few cards at once and the rest over the next
 * frames, their group marked aria-busy meanwhile; after the audience is
 * chosen, the results come a frame after its questions, marked aria-busy
 * until then.
 */
export async function settled(page) {
  await page
    .locator('hitech-eligibility')
    .first()
    .evaluate(
      (host) =>
        new Promise((resolve) => {
          const check = () =>
            host.shadowRoot?.querySelector('section.group[aria-busy="true"], .results > [aria-busy="true"]')
              ? setTimeout(check, 16)
              : resolve();
          check();
        }),
    );
}

/** The result card of a measure, wherever it is. */
export const card = (page, id) => page.locator(`hitech-eligibility [data-measure="${id}"]`);

/**
 * The status a measure is shown with: its card's group, or — for a document
 * listed inside a benefit's card (one card per benefit) — its own status
 * there. null when the measure is not shown.
 */
export async function groupOf(page, id) {
  await settled(page);
  const cards = card(page, id);
  if ((await cards.count()) === 0) return null;
  return cards.first().evaluate((el) => el.dataset.status);
}

/** The benefit card a measure is shown in (its own card, or its benefit group's), as a locator. */
export const cardOf = (page, id) =>
  page.locator(
    `hitech-eligibility .results li.card:has([data-measure="${id}"]), hitech-eligibility .results li.card[data-measure="${id}"]`,
  );

/** Opens the collapsed "not applicable" group the way a person does. */
export async function showNotApplicable(page) {
  await settled(page);
  const details = page.locator('hitech-eligibility section[data-status="ineligible"] > details');
  if ((await details.count()) && !(await details.evaluate((d) => d.open))) await details.locator(':scope > summary').click();
}

/** The ids shown with each status, e.g. to compare two pages. */
export async function resultIds(page) {
  await settled(page);
  return page.locator('hitech-eligibility').evaluate((host) => {
    const out = {};
    for (const group of host.shadowRoot.querySelectorAll('section.group')) {
      out[group.dataset.status] = [];
    }
    // Each measure under the status it is shown with (its own, inside a benefit's card).
    for (const el of host.shadowRoot.querySelectorAll('section.group [data-measure]'))
      out[el.dataset.status].push(el.dataset.measure);
    return out;
  });
}

// ---- Acting as a person with only a keyboard ----

/** The focused element inside the widget (or page), with what makes its focus visible. */
export async function focused(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const root = el.getRootNode();
    const label =
      (el.id && root.querySelector?.(`label[for="${el.id}"]`)?.textContent) ||
      el.closest('label')?.textContent ||
      el.getAttribute('aria-label') ||
      el.textContent;
    return {
      tag: el.localName,
      type: el.type || '',
      label: (label || '').trim(),
      legend: el.closest('fieldset')?.querySelector('legend')?.textContent?.trim() ?? '',
      checked: !!el.checked,
      value: el.value ?? '',
      outlineStyle: style.outlineStyle,
      outlineWidth: parseFloat(style.outlineWidth) || 0,
      outlineColor: style.outlineColor,
    };
  });
}

/** Fails unless the focused element shows a focus indicator of at least 2px. */
export function assertVisibleFocus(info) {
  assert.ok(info, 'something has focus');
  assert.ok(
    info.outlineStyle !== 'none' && info.outlineWidth >= 2,
    `focus is visible on <${info.tag}> "${info.label}" (outline ${info.outlineStyle} ${info.outlineWidth}px)`,
  );
}

/**
 * Presses Tab until `wanted(focus)` holds, checking that focus is visible at
 * every stop. Focus wraps from the end of the page to its start, so a
 * control above the current one is reached too.
 */
export async function tabTo(page, wanted, limit = 150) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const info = await focused(page);
    if (!info) continue;
    assertVisibleFocus(info);
    if (wanted(info)) return info;
  }
  throw new Error('Tab never reached the wanted control');
}

/** Inside a focused radio group, presses arrow keys until the radio labelled `label` is checked. */
export async function arrowTo(page, label) {
  for (let i = 0; i < 12; i++) {
    const info = await focused(page);
    assertVisibleFocus(info);
    if (info.label === label) {
      if (!info.checked) await page.keyboard.press('Space');
      return;
    }
    await page.keyboard.press('ArrowRight');
  }
  throw new Error(`no radio labelled ${label}`);
}

/** Tabs to the radio group asking `legend` and picks `label` with the arrow keys. */
export async function keyRadio(page, legend, label) {
  await tabTo(page, (f) => f.type === 'radio' && f.legend === legend);
  await arrowTo(page, label);
}

/** Tabs to the select labelled `label` and picks the option whose text is `option` with the arrow keys. */
export async function keySelect(page, label, option) {
  await tabTo(page, (f) => f.tag === 'select' && f.label === label);
  for (let i = 0; i < 60; i++) {
    const text = await page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el.selectedOptions[0]?.textContent;
    });
    if (text === option) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`no option ${option}`);
}

/** Tabs to the text field labelled `label` and types `text` into it. */
export async function keyType(page, label, text) {
  await tabTo(page, (f) => f.tag === 'input' && f.type === 'text' && f.label === label);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

export async function screenshot(page, name) {
  await page.screenshot({ path: `${ARTIFACTS}/${name}.png`, fullPage: true });
  // A full-page shot resizes the viewport and puts it back, after which
  // Chromium scrolls a focused text field back into view, a little later.
  // Wait for that scroll, or the next click lands where the page used to be.
  await page.waitForTimeout(250);
}
