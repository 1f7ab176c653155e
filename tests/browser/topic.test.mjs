// "What are you looking for": a person picks loans and awards, tax, permits
// and visas, or staff rewards, and sees only those results and only the
// questions that can change them; the counts count those alone. And a portal
// whose page has its own heading (no-header) does not repeat it on a phone.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseRadio, open, questionText, resultIds, showNotApplicable, start } from './browser.mjs';
import { STRINGS } from '../../js/i18n.js';

let env;
before(async () => (env = await start()));
after(() => env?.close());

const host = (page) => page.locator('hitech-eligibility');

/** The facts of the questions shown, in order. */
const questionFacts = (page) =>
  host(page).evaluate((el) => [...el.shadowRoot.querySelectorAll('.qlist [data-fact]')].map((q) => q.dataset.fact));

/** Every measure id shown in the results, whatever its group. */
async function shownIds(page) {
  await showNotApplicable(page);
  return Object.values(await resultIds(page)).flat();
}

/** The counts the summary line shows, read from its buttons' text: { status: n }. */
const barCounts = (page) =>
  host(page).evaluate((el) =>
    Object.fromEntries(
      [...el.shadowRoot.querySelectorAll('.live-summary [data-status]')].map((b) => [
        b.dataset.status,
        Number(/\d+/.exec(b.textContent)[0]),
      ]),
    ),
  );

/** The cards in each results group. */
const cardCounts = (page) =>
  host(page).evaluate((el) =>
    Object.fromEntries(
      [...el.shadowRoot.querySelectorAll('section.group')].map((g) => [g.dataset.status, g.querySelectorAll('li.card').length]),
    ),
  );

for (const lang of ['zh-Hans', 'en']) {
  test(`an enterprise looking only for tax relief sees tax measures and their questions (${lang})`, async () => {
    const { page, context, errors } = await open(env, 'chongqing-enterprise.html', { viewport: { width: 390, height: 844 } });
    const t = STRINGS[lang];
    if (lang === 'en') await host(page).getByRole('button', { name: 'English' }).click();
    await host(page).locator('.results section.group:not([hidden]) h4').first().waitFor();
    const everything = await shownIds(page);
    const topicsShown = new Set(everything.map((id) => env.measures.get(id).topic));
    assert.deepEqual([...topicsShown].sort(), ['funding', 'tax'], 'a Chongqing enterprise has funding and tax measures');
    const allQuestions = await questionFacts(page);

    const group = page.getByRole('group', { name: t.topic });
    assert.deepEqual(
      await group.getByRole('radio').evaluateAll((radios) => radios.map((r) => r.labels[0].textContent)),
      [t.topics.all, t.topics.funding, t.topics.tax],
      'only the topics this audience has, and everything',
    );
    await chooseRadio(page, t.topic, t.topics.tax);
    const tax = await shownIds(page);
    assert.ok(tax.length > 0);
    assert.deepEqual(
      tax.filter((id) => env.measures.get(id).topic !== 'tax'),
      [],
      'only tax measures are shown',
    );
    assert.deepEqual(
      everything.filter((id) => env.measures.get(id).topic === 'tax').sort(),
      [...tax].sort(),
      'every tax measure shown before is still shown',
    );
    // Each question shown can change a tax measure; a question only a loan or award reads is gone.
    const taxQuestions = await questionFacts(page);
    for (const fact of taxQuestions) {
      const q = env.questions.get(fact);
      if (q)
        assert.ok(
          q.measures.some((id) => env.measures.get(id).topic === 'tax'),
          `${fact} can change a tax measure`,
        );
    }
    const onlyFunding = allQuestions.filter((fact) =>
      env.questions.get(fact)?.measures.every((id) => env.measures.get(id).topic !== 'tax'),
    );
    assert.ok(onlyFunding.length > 0, 'some question of everything reads only funding measures');
    for (const fact of onlyFunding) {
      assert.equal(await page.getByRole('group', { name: questionText(env, fact, lang) }).count(), 0, `${fact} is not asked`);
    }
    // The counts count what is shown.
    const cards = await cardCounts(page);
    const bar = await barCounts(page);
    for (const [status, n] of Object.entries(bar))
      assert.equal(n, cards[status], `${status}: the summary line counts the cards shown`);

    await chooseRadio(page, t.topic, t.topics.all);
    assert.deepEqual((await shownIds(page)).sort(), [...everything].sort(), 'everything again');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('the choice of topic travels in a share link and comes back', async () => {
  const { page, context } = await open(env, 'chongqing-enterprise.html');
  const t = STRINGS['zh-Hans'];
  await chooseRadio(page, t.topic, t.topics.funding);
  await host(page).getByRole('button', { name: t.share }).click();
  const url = await host(page).getByLabel(t.shareLabel).inputValue();
  assert.match(url, /[#&]topic=funding(&|$)/);
  const other = await context.newPage();
  await other.goto(url, { waitUntil: 'networkidle' });
  await host(other).locator('.results section.group:not([hidden]) h4').first().waitFor();
  assert.equal(await other.getByRole('group', { name: t.topic }).getByLabel(t.topics.funding).isChecked(), true);
  const ids = await shownIds(other);
  assert.ok(ids.length > 0);
  assert.deepEqual(
    ids.filter((id) => env.measures.get(id).topic !== 'funding'),
    [],
  );
  await context.close();
});

test('no topic question where the audience has one topic, or where the portal fixed one', async () => {
  const { page, context } = await open(env, 'institution.html');
  await host(page).locator('.results section.group:not([hidden]) h4').first().waitFor();
  // An institution has staff rewards and, as a transferor or a platform, funding: it is asked.
  const t = STRINGS['zh-Hans'];
  const offered = page.getByRole('group', { name: t.topic }).getByRole('radio');
  assert.deepEqual(await offered.evaluateAll((radios) => radios.map((r) => r.labels[0].textContent.trim())), [
    t.topics.all,
    t.topics.funding,
    t.topics.staffReward,
  ]);
  // Foreign talent on a Sichuan portal: permits, visas and residence only, so nothing to ask.
  await host(page).evaluate((el) => {
    el.setAttribute('audience', 'talent');
    el.setAttribute('measures', 'sichuan');
  });
  await host(page).locator('.results section.group:not([hidden]) h4').first().waitFor();
  assert.equal(await page.getByRole('group', { name: t.topic }).count(), 0, 'one topic: no question');
  await host(page).evaluate((el) => el.removeAttribute('measures'));
  await host(page).evaluate((el) => {
    el.setAttribute('audience', 'enterprise');
    el.setAttribute('topic', 'tax');
  });
  await host(page).locator('.results section.group:not([hidden]) h4').first().waitFor();
  assert.equal(await page.getByRole('group', { name: STRINGS['zh-Hans'].topic }).count(), 0, 'the portal chose tax');
  const ids = await shownIds(page);
  assert.ok(ids.length > 0);
  assert.deepEqual(
    ids.filter((id) => env.measures.get(id).topic !== 'tax'),
    [],
  );
  await context.close();
});

test('no-header: the page says what it is, the widget does not say it again, and the first question starts on the first screen of a phone', async () => {
  const { page, context } = await open(env, 'chongqing-enterprise.html', { viewport: { width: 390, height: 844 } });
  const t = STRINGS['zh-Hans'];
  // The title stays a heading for screen readers, but takes no room; the intro is gone.
  const title = host(page).getByRole('heading', { name: t.title, level: 2 });
  assert.equal(await title.count(), 1);
  const box = await title.boundingBox();
  assert.ok(!box || box.height <= 1, `the title is visually hidden (${JSON.stringify(box)})`);
  assert.equal(await host(page).getByText(t.intro).count(), 0);
  const first = host(page).locator('.qlist fieldset').first();
  await first.waitFor();
  const top = await first.evaluate((el) => el.getBoundingClientRect().top);
  const bar = await host(page)
    .locator('.live-summary')
    .evaluate((el) => el.getBoundingClientRect().top);
  assert.ok(bar <= 844);
  // With a real margin: the question's legend (one or two lines) is readable
  // above the sticky line, not merely begun. The tests render with one
  // pinned font (browser.mjs), so the margin does not hang on a machine's fonts.
  assert.ok(
    top + 48 <= bar,
    `the first question starts at ${top}px, 48px or more above the results line (${bar}px) on the first screen`,
  );
  // Without the attribute the widget introduces itself.
  await host(page).evaluate((el) => el.removeAttribute('no-header'));
  await host(page).getByText(t.intro).waitFor();
  assert.equal(await host(page).getByRole('heading', { name: t.title, level: 2 }).isVisible(), true);
  await context.close();
});
