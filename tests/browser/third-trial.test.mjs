// Places where the third trial's new users (2026-12-07) could not see what
// was at stake, or met a dead end:
// - a 管委会 clerk in 德阳, on the phone for a small firm (科技型中小企业, not
//   高企, R&D 300万), read "还可以争取 1 项" first in the summary line, but the
//   card (high-tech enterprise income tax, one certificate away) came after
//   twelve open ones: the groups are shown in the order the line reads them,
//   what is within reach before what is no claim.
// - a researcher at a Chongqing institute (个人) asked about 科技服务收入奖励
//   and met only other places' cards: the reward is his institution's to
//   give. A signpost says so, with the Chongqing draft's own sentence.
// - a Hong Kong scientist joining a Chongqing institute could not tell how to
//   answer "您是否为外国国籍？": no document held here speaks of 港澳台; the
//   question's hint says so, and whom to ask, without a rule of its own.
// - at a portal's 200 % text (and on any phone, for a long question), the
//   fieldset's border ran through the middle of a question of two lines or
//   more: the question sits inside its box.
// - a screen reader read a card's conditions as “满足: …”, and the card showed
//   “ (无需回答)”: Chinese punctuation in Chinese; and it read “原文” twice
//   before each quote (a line for assistive technology and the quote's name).

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cardOf, open, questionText, say, settled, start } from './browser.mjs';
import { STRINGS } from '../../js/i18n.js';
import { factHint, signpostWords } from '../../js/signposts.js';

let env;
const host = (page) => page.locator('hitech-eligibility');
before(async () => (env = await start()));
after(() => env?.close());
const phone = { width: 390, height: 844 };

async function inLanguage(page, lang) {
  if (lang === 'en') await host(page).getByRole('button', { name: STRINGS['zh-Hans'].otherLang }).click();
  return STRINGS[lang];
}

const zone = (t, lang, id) => t.zoneOption(say(env.zones.get(id).name, lang), t.levels[env.zones.get(id).level]);
const yesNo = (page, lang, fact, label) =>
  host(page)
    .getByRole('group', { name: questionText(env, fact, lang) })
    .getByLabel(label, { exact: true })
    .check();

/** index.html on a phone, in `lang`, as `audience` in `zoneId` (or a province's "not sure which zone"), topic `topic`. */
async function start_(lang, audience, { zoneId, topic, zoom } = {}) {
  const opened = await open(env, 'index.html', { viewport: phone });
  const { page } = opened;
  if (zoom) await page.evaluate((z) => (document.body.style.fontSize = z), zoom);
  const t = await inLanguage(page, lang);
  await page.getByRole('group', { name: t.audience }).getByLabel(t.audiences[audience], { exact: true }).check();
  if (topic) await host(page).getByRole('group', { name: t.topic }).getByLabel(t.topics[topic], { exact: true }).check();
  await host(page)
    .getByRole('combobox', { name: t.location })
    .selectOption({ label: zone(t, lang, zoneId) });
  return { ...opened, t };
}

/** The results groups' names, in the order a screen reader meets them. */
const groupNames = (page) =>
  host(page)
    .locator('.results section.group:not([hidden])')
    .evaluateAll((sections) => sections.map((s) => s.querySelector('h4')?.textContent ?? ''));

for (const lang of ['zh-Hans', 'en']) {
  test(`${lang}: a firm in 德阳 one certificate away from the 15 % rate reads that card first, where the summary line puts it`, async () => {
    const { page, context, errors, t } = await start_(lang, 'enterprise', { zoneId: 'deyang', topic: 'all' });
    await yesNo(page, lang, 'highTechEnterprise', t.no);
    await host(page)
      .getByRole('textbox', { name: questionText(env, 'rdExpenseYuan', lang) })
      .fill('300万');
    await yesNo(page, lang, 'techSme', t.yes);
    await settled(page);
    const names = await groupNames(page);
    const at = (g) => names.findIndex((n) => n.startsWith(t.groups[g]));
    assert.equal(at('reach'), 0, `within reach is the first group: ${names.join(' | ')}`);
    assert.ok(at('informational') > 0 && at('unknown') > at('informational'), names.join(' | '));
    // Its card: the high-tech enterprise income tax, one condition away.
    const group = host(page).getByRole('region', { name: names[0] });
    const tax = env.measures.get('national.high-tech-enterprise-income-tax');
    await assert.doesNotReject(
      group.getByRole('heading', { name: say(tax.title, lang), exact: true }).waitFor({ state: 'attached' }),
    );
    // The summary line reads the same order: within reach first.
    const line = host(page).locator('.results p.summary').getByRole('button');
    assert.equal(await line.first().textContent(), t.summaryParts({ reach: 1 }, {})[0][1]);
    // The R&D card's conditions, as a screen reader reads them: each state, then the condition, in
    // the language's own punctuation; the question the amount made moot says it needs no answer.
    const items = await cardOf(page, 'national.rd-super-deduction')
      .getByRole('list', { name: t.conditions })
      .first()
      .getByRole('listitem')
      .allTextContents();
    const [colon, moot] = lang === 'en' ? [': ', ` (${t.notNeeded})`] : ['：', `（${t.notNeeded}）`];
    assert.ok(
      items.some((i) => i.includes(`${t.state.holds}${colon}`)),
      items.join(' | '),
    );
    assert.ok(
      items.some((i) => i.endsWith(moot)),
      items.join(' | '),
    );
    if (lang === 'zh-Hans')
      assert.ok(
        items.every((i) => !/: | \(/.test(i)),
        items.join(' | '),
      );
    assert.deepEqual(errors, []);
    await context.close();
  });

  test(`${lang}: a researcher in Chongqing asking about the S&T service-income reward reads that his institution decides it`, async () => {
    const { page, context, errors, t } = await start_(lang, 'person', { zoneId: 'chongqing', topic: 'staffReward' });
    await settled(page);
    const w = signpostWords(lang);
    const reward = env.measures.get('chongqing.service-income-reward');
    const p = host(page).locator('.results .notice p').filter({ hasText: w.reward.trim() });
    // With the measure's own sentence, once details.json is in (idle time).
    await p.filter({ hasText: reward.quote }).waitFor();
    assert.ok(await p.isVisible(), 'in view');
    const text = await p.textContent();
    assert.ok(text.includes(w.byUnit(say(reward.document.title, lang), false, reward.clause)), text);
    assert.ok(text.includes(w.byUnitAfter.trim()), text);
    // Above the results, not among the cards; and nothing here is his claim.
    const first = host(page).locator('.results section.group:not([hidden])').first();
    assert.ok((await p.boundingBox()).y < (await first.boundingBox()).y, 'before the first results group');
    assert.doesNotMatch(await host(page).getByRole('status').first().textContent(), new RegExp(t.groups.eligible));
    // An enterprise, or a person in Sichuan, is not told so.
    await host(page)
      .getByRole('combobox', { name: t.location })
      .selectOption({ label: zone(t, lang, 'chengdu') });
    await settled(page);
    assert.equal(await host(page).locator('.results .notice p').filter({ hasText: w.reward.trim() }).count(), 0);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test(`${lang}: a Hong Kong scientist reads, under “foreign national?”, that no document held speaks of 港澳台, and whom to ask`, async () => {
    const { page, context, errors } = await start_(lang, 'person', { zoneId: 'chongqing', topic: 'talent' });
    const group = host(page).getByRole('group', { name: questionText(env, 'foreignNational', lang) });
    const hint = factHint(lang, 'foreignNational');
    // The hint comes with signposts.js, in idle time.
    await group.getByText(hint, { exact: true }).waitFor();
    const described = await group.evaluate(
      (el) => el.getRootNode().getElementById(el.getAttribute('aria-describedby'))?.textContent,
    );
    assert.equal(described, hint, 'the question is described by it');
    assert.match(hint, lang === 'en' ? /Hong Kong, Macao or Taiwan.*employer/ : /港澳台.*用人单位/);
    assert.doesNotMatch(hint, /\d/, 'no rule, date or number of its own: no document held gives one');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test(`${lang}: a screen reader meets a card's quote named once, not “原文” twice`, async () => {
    const { page, context, errors, t } = await start_(lang, 'enterprise', { zoneId: 'deyang', topic: 'all' });
    await settled(page);
    const id = 'national.rd-super-deduction';
    const quote = env.measures.get(id).quote;
    // The measure's own source (a card can list other documents' restatements after it).
    const source = cardOf(page, id).locator('[part="source"]').filter({ hasText: quote });
    await source.waitFor({ state: 'attached' });
    // What the accessibility tree holds around the quote, the quote's own words taken out.
    const tree = (await source.ariaSnapshot()).split(quote).join('');
    assert.equal(tree.split(t.quote).length - 1, 1, tree);
    assert.deepEqual(errors, []);
    await context.close();
  });

  for (const zoom of ['100%', '200%']) {
    test(`${lang}: at ${zoom} text on a phone, every question sits inside its box, below its border`, async () => {
      const { page, context, errors } = await start_(lang, 'enterprise', { zoneId: 'deyang', zoom });
      await settled(page);
      const straddling = await host(page).evaluate((el) =>
        [...el.shadowRoot.querySelectorAll('fieldset > legend')]
          .filter((l) => l.getClientRects().length)
          .map((l) => {
            const set = l.parentElement.getBoundingClientRect();
            const border = parseFloat(getComputedStyle(l.parentElement).borderTopWidth);
            const box = l.getBoundingClientRect();
            return { text: l.textContent, lines: Math.round(box.height), above: set.top + border - box.top };
          }),
      );
      assert.ok(straddling.length > 10, 'the questions are there');
      assert.ok(
        straddling.some((l) => l.lines > 40),
        'a question of two lines or more is among them',
      );
      const bad = straddling.filter((l) => l.above > 0.5);
      assert.deepEqual(bad, [], 'no question has its box’s top border through it');
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
}
