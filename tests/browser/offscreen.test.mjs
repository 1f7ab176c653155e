// On a phone the results groups are screens below the questions: an answer
// updates the results line (sticky, on screen) at once, and the groups —
// which nobody sees then — once the page is idle, each marked aria-busy
// meanwhile. On a desktop (the groups beside the questions) they change at
// once. Either way they end the same.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseRadio, open, resultIds, settled, showNotApplicable, start } from './browser.mjs';
import { STRINGS } from '../../js/i18n.js';

let env;
before(async () => (env = await start()));
after(() => env?.close());

/** Chooses a place as a person does, and reads the widget in the same task, right after the change event. */
const chooseAndRead = (page, value) =>
  page.locator('hitech-eligibility').evaluate((host, value) => {
    const root = host.shadowRoot;
    const select = root.querySelector('select#loc');
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    const number = (text) => Number(/\d+/.exec(text)?.[0] ?? NaN);
    return {
      bar: Object.fromEntries(
        [...root.querySelectorAll('.live-summary [data-status]')]
          .filter((b) => !b.hidden)
          .map((b) => [b.dataset.status, number(b.textContent)]),
      ),
      groups: Object.fromEntries(
        [...root.querySelectorAll('section.group')].map((g) => [
          g.dataset.status,
          { busy: g.getAttribute('aria-busy') === 'true', shown: !g.hidden, counted: number(g.querySelector('h4').textContent) },
        ]),
      ),
    };
  }, value);

/** The counts the groups' headings say, for the groups shown. */
const headingCounts = (groups) =>
  Object.fromEntries(
    Object.entries(groups).flatMap(([status, g]) => (g.shown && status !== 'ineligible' ? [[status, g.counted]] : [])),
  );

test('an answer on a phone changes the results line at once and the groups below in idle time; they end as on a desktop', async () => {
  const t = STRINGS['zh-Hans'];
  const ended = {};
  for (const [name, viewport] of [
    ['phone', { width: 390, height: 844 }],
    ['desktop', { width: 1280, height: 900 }],
  ]) {
    const { page, context, errors } = await open(env, 'index.html', { viewport });
    await chooseRadio(page, t.audience, t.audiences.enterprise);
    await settled(page);
    const right = await chooseAndRead(page, 'guizhou:national');
    await settled(page);
    const after = await chooseAndRead(page, 'guizhou:national'); // the same place again: nothing changes
    assert.deepEqual(after.bar, right.bar, `${name}: the results line said the new counts at once`);
    if (name === 'phone') {
      for (const [status, g] of Object.entries(right.groups))
        assert.ok(g.busy, `phone: the ${status} group is aria-busy until it is brought up to date`);
    } else {
      assert.deepEqual(headingCounts(right.groups), right.bar, 'desktop: the groups in view say the new counts at once');
    }
    await settled(page);
    await showNotApplicable(page);
    ended[name] = await resultIds(page);
    assert.deepEqual(errors, []);
    await context.close();
  }
  assert.ok(ended.phone.ineligible.length > 10, 'a Guizhou enterprise: the other places’ measures do not apply');
  assert.deepEqual(ended.phone, ended.desktop, 'the same cards in the same groups on a phone and a desktop');
});

/** Clicks an audience as a person does and counts, in the same task, the questions laid out. */
const chooseAudienceAndCount = (page, label) =>
  page.locator('hitech-eligibility').evaluate((host, label) => {
    const root = host.shadowRoot;
    const radio = [...root.querySelectorAll('input[name="q-audience"]')].find((r) => r.labels[0]?.textContent.includes(label));
    radio.click();
    const list = root.querySelector('.qlist');
    return { laidOut: list.querySelectorAll('[data-fact]').length, busy: list.getAttribute('aria-busy') === 'true' };
  }, label);

test('choosing who you are lays out three questions before the next frame, also once idle time has built them, and the rest after', async () => {
  const t = STRINGS['zh-Hans'];
  const { page, context, errors } = await open(env, 'index.html', { viewport: { width: 390, height: 844 } });
  // Idle time after the widget is interactive: the other language, the quotes, each audience's first questions built.
  await page.waitForTimeout(1500);
  const first = await chooseAudienceAndCount(page, t.audiences.enterprise);
  assert.equal(first.laidOut, 3, 'three questions laid out before the next frame, not those built in idle time as well');
  assert.ok(first.busy, 'the list is aria-busy while more are to come');
  await page.waitForFunction(
    () => document.querySelector('hitech-eligibility').shadowRoot.querySelector('.qlist').getAttribute('aria-busy') !== 'true',
  );
  const all = await page
    .locator('hitech-eligibility')
    .evaluate((host) => host.shadowRoot.querySelectorAll('.qlist [data-fact]').length);
  assert.ok(all > 10, `an enterprise is then asked all its questions (${all})`);
  assert.deepEqual(errors, []);
  await context.close();
});
