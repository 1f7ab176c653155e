// A result a person can act on (issue 23; issue 21 items 7 and 8), read by
// role and text as people read it: what is at stake first, what is within
// reach, who to go to, the truth about a national rule the user meets, the
// general rule behind a closed work-permit route, and labels that fit.
//
// The measures' and questions' words are the engine's (env); the widget's
// own words are STRINGS.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseRadio, fill, open, questionText, say, screenshot, settled, showNotApplicable, start } from './browser.mjs';
import { STRINGS, formatYuan } from '../../js/i18n.js';

const zh = STRINGS['zh-Hans'];
const PHONE = { width: 390, height: 844 };

let env;
before(async () => (env = await start()));
after(() => env?.close());

const widget = (page) => page.locator('hitech-eligibility');
/** A results group, as a screen reader names it: its heading. */
const region = (page, label) => widget(page).getByRole('region', { name: new RegExp(`^${label}（`) });
const title = (id) => say(env.measures.get(id).title, 'zh-Hans');
const conditionText = (id, fact) => {
  const find = (c) =>
    c.test
      ? c.test.facts.includes(fact)
        ? c.test.text['zh-Hans']
        : null
      : (c.not ? [c.not] : (c.all ?? c.any)).map(find).find(Boolean);
  return find(env.measures.get(id).condition);
};
const answer = (page, fact, label) => chooseRadio(page, questionText(env, fact, 'zh-Hans'), label);
const pickZone = (page, id, level) =>
  page
    .getByLabel(zh.location, { exact: true })
    .selectOption({ label: zh.zoneOption(say(env.zones.get(id).name, 'zh-Hans'), zh.levels[level]) });

/** The Chongqing finance manager of the trial: a 规上 high-tech enterprise in 重庆高新区, not listed yet. */
async function financeManager() {
  const opened = await open(env, 'chongqing-enterprise.html', { viewport: PHONE });
  const { page } = opened;
  await chooseRadio(page, zh.topic, zh.topics.funding);
  await pickZone(page, 'chongqing', 'national');
  await answer(page, 'highTechEnterprise', zh.yes);
  await answer(page, 'aboveDesignatedSize', zh.yes);
  await answer(page, 'listedOnStarMarket', zh.no);
  await settled(page);
  return opened;
}

test('the finance manager: the loan leads its group, the STAR award is within reach in view, no zero headline', async () => {
  const { page, context, errors } = await financeManager();
  // What is at stake first: the 10-million loan is the first card of 尚需他人决定.
  const decided = region(page, zh.groups.conditional);
  const first = decided.getByRole('listitem').first();
  await assert.doesNotReject(first.getByRole('heading', { name: title('chongqing.knowledge-value-loan') }).waitFor());
  // The STAR award: in its own group above 不适用, in view (not inside the collapsed group).
  const reach = region(page, zh.groups.reach);
  const award = reach
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: title('chongqing.star-listing-award') }) });
  const line = `${zh.onlyOne}${conditionText('chongqing.star-listing-award', 'listedOnStarMarket')} → ${zh.upTo(formatYuan(10_000_000, 'zh-Hans'))}`;
  await award.getByText(line).waitFor();
  assert.ok(await award.getByText(line).isVisible(), `“${line}” is on the page, not collapsed`);
  // The summary leads with what is worth acting on; a zero count is no headline.
  const summary = await widget(page).locator('.summary').textContent();
  assert.ok(!/ 0 项/.test(summary), summary);
  assert.ok(summary.startsWith(`${zh.groups.conditional} `), summary);
  assert.ok(summary.includes(`${zh.groups.reach} 1 项`), summary);
  await screenshot(page, 'act-finance-manager');
  assert.deepEqual(errors, []);
  await context.close();
});

test('who to go to: who decides on the card, the portal’s contact on it and in print, the document’s list on demand', async () => {
  const { page, context } = await financeManager();
  const loan = region(page, zh.groups.conditional).getByRole('listitem').first();
  await loan.getByText(say(env.measures.get('chongqing.knowledge-value-loan').approval, 'zh-Hans')).waitFor();
  // The measure's own contact wins over the jurisdiction's.
  await loan.getByText('高新区科技金融服务窗口（虚构示例）').waitFor();
  assert.equal(await loan.getByText('重庆高新区政务服务中心（虚构示例）').count(), 0);
  // Another Chongqing card: the jurisdiction's contact, with its link.
  const other = widget(page).locator('li.card[data-measure="chongqing.tax-retention-reward"]');
  await other.getByText('重庆高新区政务服务中心（虚构示例）').waitFor();
  assert.equal(await other.getByRole('link', { name: 'https://example.org/cq-service' }).count(), 1);
  // The seven-agency list is one click away, not up front.
  const list = say(env.measures.get('chongqing.knowledge-value-loan').responsible, 'zh-Hans');
  assert.equal(await loan.getByText(list).isVisible(), false);
  await loan.getByText(zh.responsibleList).click();
  assert.ok(await loan.getByText(list).isVisible());
  // In print too.
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  assert.ok(await loan.getByText('高新区科技金融服务窗口（虚构示例）').isVisible());
  await context.close();
});

test('a portal’s contacts are validated: what is wrong is refused with a warning naming it, text stays text', async () => {
  const { page, context } = await financeManager();
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await widget(page).evaluate((el) => {
    el.contacts = {
      chongqing: { label: '<b>窗口</b>', url: 'javascript:alert(1)', fax: '1' },
      'chongqing.knowledge-value-loan': { phone: 12 },
      nowhere: { label: 'x' },
    };
  });
  await settled(page);
  for (const field of ['chongqing.url', 'chongqing.fax', 'chongqing.knowledge-value-loan.phone', 'nowhere'])
    assert.ok(
      warnings.some((w) => w.includes(`"${field}`)),
      `${field}: ${warnings.join(' | ')}`,
    );
  const loan = region(page, zh.groups.conditional).getByRole('listitem').first();
  // The label is shown as the text it is, and no javascript: link is made.
  await loan.getByText('<b>窗口</b>').waitFor();
  assert.equal(await widget(page).locator('a[href^="javascript"]').count(), 0);
  await context.close();
});

test('a high-tech enterprise meets the restated income-tax rule: it applies on its own terms, never counted as a claim', async () => {
  const { page, context } = await open(env, 'chongqing-enterprise.html');
  await chooseRadio(page, zh.topic, zh.topics.tax);
  await pickZone(page, 'chongqing', 'national');
  await answer(page, 'highTechEnterprise', zh.yes);
  await settled(page);
  const info = region(page, zh.groups.informational);
  const tax = info
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: title('national.high-tech-enterprise-income-tax') }) });
  await tax.first().getByText(zh.ruleApplies(true)).first().waitFor();
  await tax
    .first()
    .getByText(say(env.measures.get('national.high-tech-enterprise-income-tax').nationalRule, 'zh-Hans'))
    .first()
    .waitFor();
  // Led by the national document, administered by the national authority.
  await tax.first().getByText(zh.givenBy(zh.jurisdictions.national, 2)).waitFor();
  await tax.first().getByText(`${zh.administeredBy}税务部门`).first().waitFor();
  const text = await widget(page).evaluate((el) => el.shadowRoot.textContent);
  assert.ok(!text.includes('不是您的权利主张'), 'no “not a claim of yours” for a rule that applies');
  // Not counted among claims: there are none, and an empty group is no headline.
  assert.equal(await region(page, zh.groups.eligible).count(), 0, 'no claims group');
  await context.close();
});

test('a Mianyang tech SME: the R&D super-deduction is led by the national document, other provinces’ collapsed', async () => {
  const { page, context } = await open(env, 'index.html', { viewport: PHONE });
  await chooseRadio(page, zh.audience, zh.audiences.enterprise);
  await chooseRadio(page, zh.topic, zh.topics.tax);
  await pickZone(page, 'mianyang', 'national');
  await answer(page, 'highTechEnterprise', zh.no);
  await fill(page, env, 'rdExpenseYuan', '350万');
  await settled(page);
  const rd = widget(page).locator('li.card[data-benefit="rd-super-deduction"]');
  await rd.getByText(zh.givenBy(zh.jurisdictions.national, 3)).waitFor();
  const heads = await rd.locator('.members').first().getByRole('heading').allTextContents();
  assert.ok(heads[0].startsWith(zh.jurisdictions.national), heads.join());
  const elsewhere = rd.getByText(zh.elsewhere(2));
  await elsewhere.waitFor();
  // Guizhou's and Chongqing's departments are not up front.
  for (const id of ['guizhou.rd-super-deduction', 'chongqing.rd-super-deduction'])
    assert.equal(await rd.locator(`[data-measure="${id}"]`).isVisible(), false, id);
  await elsewhere.click();
  assert.ok(await rd.locator('[data-measure="guizhou.rd-super-deduction"]').isVisible());
  // The national rule applies to a firm with R&D expenses, said as it is.
  await rd.locator('.members').first().getByText(zh.ruleApplies(true)).first().waitFor();
  // A condition whose question is no longer asked: not needed, not a stale "?".
  const marks = await rd.locator('.members').first().locator('.conds li').allTextContents();
  assert.ok(!marks.some((m) => m.startsWith('?')), marks.join(' | '));
  // Legends stay inside their fieldsets at 390 px.
  const overflow = await widget(page).evaluate(
    (el) =>
      [...el.shadowRoot.querySelectorAll('fieldset')].filter((f) => {
        const l = f.querySelector('legend');
        return l && l.getBoundingClientRect().right > f.getBoundingClientRect().right + 0.5;
      }).length,
  );
  assert.equal(overflow, 0);
  await screenshot(page, 'act-mianyang-rd');
  await context.close();
});

test('a 62-year-old for a firm in 遵义 reads the general work-permit rule, who decides, and where the relaxation reaches', async () => {
  const { page, context } = await open(env, 'index.html', { viewport: PHONE });
  await chooseRadio(page, zh.audience, zh.audiences.person);
  await pickZone(page, 'zunyi', 'provincial');
  await answer(page, 'foreignNational', zh.yes);
  await showNotApplicable(page);
  const permit = widget(page).locator('li.card[data-benefit="work-permit-age-65"]');
  await permit
    .getByText(/A类（外国高端人才）本无一般年龄上限/)
    .first()
    .waitFor();
  assert.ok(
    await permit
      .getByText(/A类（外国高端人才）本无一般年龄上限/)
      .first()
      .isVisible(),
  );
  await permit
    .getByText(/须经市级以上.*科技行政部门/)
    .first()
    .waitFor();
  // The Guizhou document's relaxation reaches Guizhou's national zones only.
  const guizhou = permit.locator('[data-measure="guizhou.work-permit-age-65"]');
  await guizhou.getByText(`${zh.reachesOnly}位于贵州省${zh.listSeparator}位于国家高新区`).waitFor();
  await screenshot(page, 'act-zunyi-62');
  await context.close();
});

test('an institution’s freedom to reward its staff applies directly; the topic says S&T service income', async () => {
  const { page, context } = await open(env, 'institution.html');
  await chooseRadio(page, zh.topic, '科技服务收入奖励');
  await page.getByLabel(zh.location, { exact: true }).selectOption({
    label: zh.provinceOnly(say(env.questions.get('province').options.find((o) => o.value === 'chongqing').label, 'zh-Hans')),
  });
  const facts = env.measures.get('chongqing.service-income-reward');
  const find = (c) => (c.test ? c.test.facts : (c.not ? [c.not] : (c.all ?? c.any)).flatMap(find));
  for (const fact of new Set(find(facts.condition)))
    if (
      env.questions.get(fact)?.type === 'bool' &&
      (await page.getByRole('group', { name: questionText(env, fact, 'zh-Hans') }).count())
    )
      await answer(page, fact, zh.yes);
  await settled(page);
  const group = region(page, zh.direct);
  await group.getByRole('heading', { name: title('chongqing.service-income-reward') }).waitFor();
  await group.locator('.status').filter({ hasText: zh.direct }).first().waitFor();
  assert.equal(await widget(page).getByText(zh.groups.eligible, { exact: true }).count(), 0);
  await context.close();
});
