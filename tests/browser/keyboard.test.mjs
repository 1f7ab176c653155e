// The three journeys (journeys.mjs) with the keyboard alone: Tab, arrow keys,
// Space, Enter and typing. Every stop of the focus must show a visible outline.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseRadio, open, showNotApplicable, start, tabTo } from './browser.mjs';
import { JOURNEYS } from './journeys.mjs';
import { STRINGS } from '../../js/i18n.js';

let env;
before(async () => (env = await start()));
after(() => env?.close());

for (const lang of ['zh-Hans', 'en']) {
  for (const [name, journey] of Object.entries(JOURNEYS)) {
    test(`${name} with the keyboard only (${lang})`, async () => {
      const { page, context, errors } = await open(env, 'index.html');
      if (lang === 'en') {
        await tabTo(page, (f) => f.tag === 'button' && f.label === STRINGS['zh-Hans'].otherLang);
        await page.keyboard.press('Enter');
        await page.locator('hitech-eligibility[lang="en"]').waitFor();
      }
      await journey(page, env, lang, 'keyboard');
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
}

test('every card is rendered, on screen or not: a full-page capture and the focus order see them all', async () => {
  const { page, context } = await open(env, 'index.html', { viewport: { width: 390, height: 844 } });
  const t = STRINGS['zh-Hans'];
  await chooseRadio(page, t.audience, t.audiences.enterprise);
  await page.locator('hitech-eligibility li.card').first().waitFor();
  await showNotApplicable(page);
  // checkVisibility({ contentVisibilityAuto: true }) is false for content the
  // browser skips (content-visibility: auto off screen): such cards were
  // blank in full-page captures, and jumped in size as focus moved past them.
  const skipped = await page
    .locator('hitech-eligibility')
    .evaluate(
      (host) =>
        [...host.shadowRoot.querySelectorAll('li.card h5')].filter((h) => !h.checkVisibility({ contentVisibilityAuto: true }))
          .length,
    );
  const cards = await page.locator('hitech-eligibility li.card').count();
  assert.ok(cards > 10, `${cards} cards, most of them off screen on a phone`);
  assert.equal(skipped, 0, `${skipped} of ${cards} cards are not rendered`);
  await context.close();
});

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`after tabbing to the share button and waiting a second, it is still in view (${viewport.width} px)`, async () => {
    const { page, context } = await open(env, 'index.html', { viewport });
    const t = STRINGS['zh-Hans'];
    await chooseRadio(page, t.audience, t.audiences.enterprise);
    await page.locator('hitech-eligibility li.card').first().waitFor();
    await showNotApplicable(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    // From the top of the widget, by keyboard only, to the share button.
    await page.locator('hitech-eligibility').getByRole('radio', { name: t.audiences.enterprise }).focus();
    await tabTo(page, (info) => info.label === t.share, 400);
    await page.waitForTimeout(1000);
    const box = await page.locator('hitech-eligibility').getByRole('button', { name: t.share }).boundingBox();
    assert.ok(
      box.y >= 0 && box.y + box.height <= viewport.height,
      `the focused share button is at ${Math.round(box.y)} px of ${viewport.height}`,
    );
    await context.close();
  });
}

test('on a phone, the focused control is never hidden behind the results line (WCAG 2.4.11)', async () => {
  const { page, context } = await open(env, 'index.html', { viewport: { width: 390, height: 844 } });
  const t = STRINGS['zh-Hans'];
  await chooseRadio(page, t.audience, t.audiences.enterprise);
  await page.locator('hitech-eligibility .live-summary').waitFor();
  await page.locator('hitech-eligibility').getByRole('radio', { name: t.audiences.enterprise }).focus();
  // Tab through the form: every control that takes focus is clear of the line.
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('Tab');
    const overlap = await page.locator('hitech-eligibility').evaluate((host) => {
      const root = host.shadowRoot;
      const focused = root.activeElement;
      const bar = root.querySelector('.live-summary');
      if (!focused || focused.closest('.live-summary') || !bar) return null;
      const f = focused.getBoundingClientRect();
      const b = bar.getBoundingClientRect();
      return f.bottom > b.top && f.top < b.bottom
        ? `${focused.tagName} ${focused.name || focused.textContent} at ${Math.round(f.top)}–${Math.round(f.bottom)}, line at ${Math.round(b.top)}`
        : null;
    });
    assert.equal(overlap, null, `step ${i}`);
  }
  await context.close();
});
