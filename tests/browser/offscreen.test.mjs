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

test('choosing who you are paints its questions first and its results in the frame after, busy till then; printing at once shows them', async () => {
  const t = STRINGS['zh-Hans'];
  const { page, context, errors } = await open(env, 'index.html', { viewport: { width: 390, height: 844 } });
  await page.waitForTimeout(1500);
  const seen = await page.locator('hitech-eligibility').evaluate(async (host, label) => {
    const root = host.shadowRoot;
    const read = () => ({
      busy: root.querySelector('.results > [aria-busy="true"]') !== null,
      groups: root.querySelectorAll('.results section.group').length,
      questions: root.querySelectorAll('.qlist [data-fact]').length,
      audience: changes.at(-1) ?? null,
    });
    const changes = [];
    host.addEventListener('hitech-eligibility-change', (e) => changes.push(e.detail.audience));
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const radio = [...root.querySelectorAll('input[name="q-audience"]')].find((r) => r.labels[0]?.textContent.includes(label));
    radio.click();
    const atOnce = read();
    await frame();
    const firstFrame = read();
    await frame();
    await new Promise((resolve) => setTimeout(resolve));
    return { atOnce, firstFrame, after: read() };
  }, t.audiences.enterprise);
  assert.ok(seen.atOnce.questions >= 3, `the enterprise's questions are there at once (${seen.atOnce.questions})`);
  assert.ok(seen.atOnce.busy && seen.firstFrame.busy, 'the results are aria-busy in the frame that shows the questions');
  assert.equal(seen.firstFrame.audience, null, 'no change event before the results are built');
  assert.ok(!seen.after.busy, 'the frame after, the results are no longer busy');
  assert.ok(seen.after.groups > 0, `… and their groups are in place of the prompt (${seen.after.groups})`);
  assert.equal(seen.after.audience, 'enterprise', '… and the change event says the audience');
  await settled(page);
  const shown = await page
    .locator('hitech-eligibility')
    .evaluate((host) => host.shadowRoot.querySelectorAll('.results section.group:not([hidden]) [data-measure]').length);
  assert.ok(shown > 0, `once idle, the enterprise's cards are shown (${shown})`);

  // Choosing again and printing in the same task: the paper never has the old audience's results.
  const printed = await page.locator('hitech-eligibility').evaluate((host, label) => {
    const root = host.shadowRoot;
    const changes = [];
    host.addEventListener('hitech-eligibility-change', (e) => changes.push(e.detail.audience));
    const radio = [...root.querySelectorAll('input[name="q-audience"]')].find((r) => r.labels[0]?.textContent.includes(label));
    radio.click();
    dispatchEvent(new Event('beforeprint'));
    const out = { busy: root.querySelector('.results > [aria-busy="true"]') !== null, changes };
    dispatchEvent(new Event('afterprint'));
    return out;
  }, t.audiences.person);
  assert.ok(!printed.busy, 'printing right after the choice builds the results first');
  assert.deepEqual(printed.changes, ['person'], 'the change event for the new audience came before the print');
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a phone, a new place hides the last place’s cards from sight and from a screen reader until the new ones are in, keeping their space', async () => {
  const t = STRINGS['zh-Hans'];
  const { page, context, errors } = await open(env, 'index.html', { viewport: { width: 390, height: 844 } });
  await chooseRadio(page, t.audience, t.audiences.enterprise);
  await page.getByLabel(t.location).selectOption('chongqing:national');
  await settled(page);
  // A card of the place first chosen, shown and read as current.
  const title = await page
    .locator('hitech-eligibility section.group:not([data-status="ineligible"]) [data-measure] h5')
    .first()
    .textContent();
  assert.equal(await page.getByRole('heading', { name: title, exact: true }).count(), 1, `${title}: read before the change`);
  const seen = await page.locator('hitech-eligibility').evaluate(async (host, title) => {
    const root = host.shadowRoot;
    const heading = () => [...root.querySelectorAll('[data-measure] h5')].find((h) => h.textContent === title);
    // The groups' box (the results above them, such as the route notes, change at once).
    const groups = root.querySelector('section.group').parentElement;
    const read = () => ({
      shown: heading()?.checkVisibility() ?? false,
      busy: root.querySelectorAll('section.group[aria-busy="true"]').length,
      height: Math.round(groups.getBoundingClientRect().height),
    });
    const before = read();
    const select = root.querySelector('select#loc');
    select.value = 'guizhou:national';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    const atOnce = read();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return { before, atOnce, firstFrame: read() };
  }, title);
  assert.ok(seen.before.shown && !seen.before.busy, 'before the change the card is shown and nothing is busy');
  for (const [when, s] of [
    ['at once', seen.atOnce],
    ['in the next frame', seen.firstFrame],
  ]) {
    // checkVisibility: what content-visibility leaves out is out of the accessibility tree too.
    assert.ok(!s.shown, `${when}: the last place's card is neither shown nor read as the new place's`);
    assert.ok(s.busy > 0, `${when}: the groups are aria-busy`);
    assert.equal(s.height, seen.before.height, `${when}: the groups keep their height (nothing below them moves)`);
  }
  await settled(page);
  // Then the new place's cards, shown and counted as the results line counts them.
  const bar = await page.locator('hitech-eligibility .live-summary [data-status]:not([hidden])').allTextContents();
  assert.ok(bar.length > 0, 'the results line counts the new place’s results');
  const shown = await page
    .locator('hitech-eligibility section.group:not([hidden]):not([data-status="ineligible"]) [data-measure] h5')
    .evaluateAll((hs) => hs.filter((h) => h.checkVisibility()).length);
  assert.ok(shown > 0, `once idle, the new place's cards are shown (${shown})`);
  await showNotApplicable(page);
  assert.ok((await resultIds(page)).ineligible.length > 10, 'a Guizhou enterprise: the other places’ measures do not apply');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the summary line keeps its links (and the focus on one) through an answer that changes no count, and says new counts at once', async () => {
  const t = STRINGS['zh-Hans'];
  const { page, context, errors } = await open(env, 'index.html', { viewport: { width: 390, height: 844 } });
  await chooseRadio(page, t.audience, t.audiences.enterprise);
  await page.getByLabel(t.location).selectOption('guizhou:national');
  await settled(page);
  const seen = await page.locator('hitech-eligibility').evaluate((host) => {
    const root = host.shadowRoot;
    const line = root.querySelector('p.summary');
    const choose = (value) => {
      const select = root.querySelector('select#loc');
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    };
    const link = line.querySelector('button');
    link.focus();
    const text = line.textContent;
    choose('guizhou:national'); // the same place again: no count changes
    const same = { kept: line.querySelector('button') === link, focused: root.activeElement === link, text: line.textContent };
    choose('chongqing:national');
    const bar = [...root.querySelectorAll('.live-summary [data-status]')].filter((b) => !b.hidden);
    const counts = (els) => els.map((el) => [el.dataset.status, Number(/\d+/.exec(el.textContent)?.[0])]);
    return { text, same, changed: line.textContent, line: counts([...line.querySelectorAll('button')]), bar: counts(bar) };
  });
  assert.ok(seen.same.kept && seen.same.focused, 'the same links, the focus still on the one it was on');
  assert.equal(seen.same.text, seen.text, 'the line reads as before');
  assert.notEqual(seen.changed, seen.text, 'another place: the line says its counts at once');
  const barred = new Set(seen.bar.map(([status]) => status));
  assert.deepEqual(
    seen.line.filter(([status]) => barred.has(status)),
    seen.bar,
    '… the counts of the results line (which leaves out 不适用)',
  );
  assert.deepEqual(errors, []);
  await context.close();
});
