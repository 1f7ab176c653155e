// The result cards as pure views: a measure and its result (or a benefit
// several documents grant, and each document's result) in, a card out. `ctx`
// is what a card needs of the element: { lang, t (the words of lang), questions
// (the engine's, by fact), focusQuestion(fact), asks(fact) (the form asks the
// user's audience this fact), year, authority(m), away(m, r), contactFor(m) }.
import { formatDate, formatYuan } from './format.js';
import { h } from './dom.js';
import { direct, groupFor, nearMiss, testsOf, withinReach } from './grouping.js';

/** A measure's tests in `reasons` order (grouping.js), for the package's tests that pair reasons with tests. */
export { testsOf };

/** A restated rule's one authority: the national document's for its benefit (税务部门), else its own if single. */
export function authorityOf(catalogue, m, lang) {
  const own = m.benefitGroup
    ? catalogue.find((x) => x.benefitGroup?.id === m.benefitGroup.id && x.jurisdiction === 'national')
    : null;
  const text = (own ?? m).responsible?.[lang];
  return text && !/[、,，]/.test(text) ? text : null;
}

// Marks every Chinese font has: characters of GB2312 (√ × △ → -) or ASCII.
// ✓ ✗ ◑ are missing from many (WenQuanYi Micro Hei drew ✗ as a box).
const MARK = { holds: '√', fails: '×', unknown: '?' };

const STATUS_MARK = { eligible: '√', conditional: '△', informational: 'i', unknown: '?', ineligible: '×', reach: '→' };

/** The group a result is shown in: a relaxation that changes nothing for the person is for information. */
const shownAs = (r) => (r.moot != null ? 'informational' : groupFor(r.status));

export function card(ctx, m, r, title = m.title[ctx.lang]) {
  const status = r?.status;
  const group = status && shownAs(r);
  // A result says whether it comes from a draft; the catalogue's document says so too.
  const draft = r ? r.draft : m.document.status === 'draft';
  return h(
    'li',
    { class: 'card', part: 'card', 'data-status': group, 'data-nature': m.nature, 'data-measure': m.id },
    cardHead(ctx, 'h5', title, group, draft, direct(m), r && withinReach(r, m, ctx.questions)),
    benefitPart(ctx, m, r),
    cardBody(ctx, m, r),
  );
}

/**
 * One card for a benefit several documents grant: the best status held,
 * and which document gives it, then every document with its own status,
 * conditions, clause and quote. `members` are { m, r }, the lead first.
 */
export function benefitCard(ctx, benefitGroup, members) {
  const t = ctx.t;
  const [lead] = members;
  const group = shownAs(lead.r);
  // The questions that would settle it, offered once per list: the national and the Sichuan
  // documents of a benefit often wait on the same answers (a keyboard heard each button twice).
  const list = (ms, offered = new Set()) =>
    h(
      'ul',
      { class: 'members', role: 'list', 'aria-label': t.grantedBy },
      ms.map(({ m, r }) =>
        h(
          'li',
          { class: 'member', 'data-status': shownAs(r), 'data-measure': m.id },
          cardHead(ctx, 'h6', t.jurisdictions[m.jurisdiction], shownAs(r), r.draft, false, withinReach(r, m, ctx.questions)),
          m !== lead.m &&
            m.benefit.text['zh-Hans'] !== lead.m.benefit.text['zh-Hans'] &&
            h('p', { class: 'benefit' }, m.benefit.text[ctx.lang]),
          cardBody(ctx, m, r, m !== lead.m && m.note?.['zh-Hans'] === lead.m.note?.['zh-Hans'], offered),
        ),
      ),
    );
  const away = members.filter(({ m, r }) => m !== lead.m && ctx.away(m, r));
  const here = members.filter((x) => !away.includes(x));
  return h(
    'li',
    { class: 'card', part: 'card', 'data-status': group, 'data-nature': lead.m.nature, 'data-benefit': benefitGroup.id },
    cardHead(ctx, 'h5', benefitGroup.title[ctx.lang], group, lead.r.draft, false, withinReach(lead.r, lead.m, ctx.questions)),
    h('p', { class: 'given-by' }, t.givenBy(t.jurisdictions[lead.m.jurisdiction], members.length)),
    benefitPart(ctx, lead.m, lead.r),
    list(here),
    away.length > 0 && h('details', { class: 'elsewhere' }, h('summary', null, t.elsewhere(away.length)), list(away)),
  );
}

/** A card's title and status chip; a result within reach (`reach`: what it misses) says so, not 不适用. */
function cardHead(ctx, tag, title, group, draft, isDirect, reach) {
  const t = ctx.t;
  return h(
    'div',
    { class: 'card-head' },
    h(tag, { part: 'card-title' }, title),
    group &&
      h(
        'span',
        { class: 'status', part: 'status', 'data-reach': reach ? '' : null },
        h('span', { 'aria-hidden': 'true' }, STATUS_MARK[reach ? 'reach' : group], ' '),
        reach ? t.conditionsAway(reach.length) : group === 'eligible' && isDirect ? t.direct : t.groups[group],
      ),
    draft && h('span', { class: 'badge', part: 'badge-draft' }, t.draft),
  );
}

/** What the measure grants: a deadline, the benefit, its amounts, an encouraged share. */
function benefitPart(ctx, m, r) {
  const t = ctx.t;
  const lang = ctx.lang;
  const b = m.benefit;
  const shareOf = b.shareOf && (t.shareOf[b.shareOf] ?? t.shareOfFallback);
  const amounts = [
    b.maxYuan != null && t.upTo(formatYuan(b.maxYuan, lang)),
    b.minSharePercent != null && t.atLeastShare(b.minSharePercent, shareOf),
    b.maxYears != null && t.upToYears(b.maxYears),
    b.ageLimit != null && t.ageLimit(b.ageLimit),
  ].filter(Boolean);
  return [
    // A 34-year-old and the 65-year rule: it changes nothing for him; the ordinary route, and who decides.
    r?.moot != null && h('p', { class: 'note', part: 'note' }, t.ageMoot(r.moot, b.usualAgeLimit, b.ageLimit)),
    r?.moot == null &&
      r?.decidingDate &&
      h(
        'p',
        { class: 'deadline', part: 'deadline' },
        b.ageLimit != null
          ? t.applyBefore(formatDate(r.decidingDate, lang), b.ageLimit + 1)
          : t.applyBeforeOther(formatDate(r.decidingDate, lang)),
      ),
    h('p', { class: 'benefit', part: 'benefit' }, b.text[ctx.lang]),
    amounts.length > 0 &&
      h(
        'ul',
        { class: 'amounts', role: 'list' },
        amounts.map((a) => h('li', null, a)),
      ),
    r?.encouragedShareYuan != null &&
      h('p', { class: 'encouraged' }, t.encouragedShare(formatYuan(r.encouragedShareYuan, lang), b.minSharePercent)),
  ];
}

/** Work-permit and visa routes: their note (the general rule behind them) is shown on the card. */
export const ROUTES = new Set(['workPermit', 'visa']);

/**
 * An institution's freedom to reward its staff: its note says how to use it (nothing to apply for,
 * whose implementing rules decide: 市人力社保、财政部门), which the research office needs on the card.
 */
const HOW_TO_USE = new Set(['staffReward']);

/**
 * Why: who decides, the conditions and their states, what would settle it, and the source.
 * `sameNote`: its note is shown above already; `offered`: the questions an earlier document of
 * the same card already offers (not offered again), added to.
 */
function cardBody(ctx, m, r, sameNote = false, offered = new Set()) {
  const t = ctx.t;
  const lang = ctx.lang;
  const status = r?.status;
  const draft = r ? r.draft : m.document.status === 'draft';
  const questions = ctx.questions;
  const reach = r && withinReach(r, m, questions);
  const near = !reach && r && r.moot == null && nearMiss(r, m);
  const settledR = status && status !== 'unknown';
  const authority = !m.approval && m.nature === 'restated' && ctx.authority(m);
  const contact = ctx.contactFor?.(m);
  const doc = m.document;
  const stop = lang === 'en' ? '. ' : '。';
  // What the sentence is: who still decides, the national rule that decides (the 15 % rate), or a direction.
  // Not repeated on a card that does not apply, unless it is within reach: what there is to gain.
  const why = (status !== 'ineligible' || !!reach) && r?.moot == null;
  // The questions that would settle it, as buttons to them: only those the form asks this
  // audience (a person is never asked whether "本单位" is a university: that button led nowhere).
  const asked =
    status === 'unknown' && r.moot == null ? r.missing.filter((fact) => (ctx.asks?.(fact) ?? true) && !offered.has(fact)) : [];
  for (const fact of asked) offered.add(fact);
  return [
    !r && h('p', { class: 'muted' }, t.natureLabel, t.natures[m.nature] ?? m.nature),
    why && m.approval && h('p', { class: 'approval' }, h('strong', null, t.stillNeeds), m.approval[ctx.lang]),
    why && m.nationalRule && h('p', { class: 'rule' }, h('strong', null, t.nationalRule), m.nationalRule[ctx.lang]),
    status === 'informational' &&
      m.nature === 'restated' &&
      h('p', { class: 'applies', part: 'applies' }, t.ruleApplies(m.benefit.kind === 'taxRelief')),
    authority && h('p', { class: 'approval' }, h('strong', null, t.administeredBy), authority),
    contact && contactLine(ctx, contact),
    status === 'ineligible' && r.moot == null && m.benefit.kind === 'workPermit' && workPermitNote(ctx, m, r),
    // A route still open: the rule behind it on the card itself (a 55-year-old reads why 60 is no bar;
    // a 34-year-old, the usual limit he is within).
    r &&
      (status !== 'ineligible' || r.moot != null) &&
      !sameNote &&
      ROUTES.has(m.benefit.kind) &&
      m.note &&
      h(
        'p',
        { class: 'note', part: 'note' },
        h('strong', null, m.benefit.kind === 'workPermit' ? t.generalRule : t.routeNote),
        m.note[lang],
      ),
    r &&
      status !== 'ineligible' &&
      HOW_TO_USE.has(m.benefit.kind) &&
      m.note &&
      h('p', { class: 'note', part: 'note' }, h('strong', null, t.measureNote), m.note[lang]),
    why && m.nature === 'direction' && h('p', { class: 'rule' }, t.directionNote),
    r
      ? h(
          'ul',
          { class: 'conds', part: 'conditions', 'aria-label': t.conditions },
          r.reasons.map((state, i, _, text = testsOf(m).texts[i], idle = settledR && state === 'unknown') =>
            // The mark in the margin (styles.js), the words in the line without a wrapper of their
            // own: a card is built and removed element by element (BENCHMARKS.md, 2026-12-06).
            h(
              'li',
              { 'data-state': idle ? 'moot' : state },
              h('span', { class: 'mark', 'aria-hidden': 'true' }, idle ? '-' : MARK[state]),
              // Chinese punctuation in Chinese (third trial: a screen reader read “满足: ”, and the
              // card showed “ (无需回答)”, as a program writes them).
              !idle && h('span', { class: 'sr' }, lang === 'en' ? `${t.state[state]}: ` : `${t.state[state]}：`),
              text?.[lang],
              idle && h('span', { class: 'muted' }, lang === 'en' ? ` (${t.notNeeded})` : `（${t.notNeeded}）`),
            ),
          ),
        )
      : h('div', { class: 'tree', part: 'conditions' }, h('strong', null, t.who), tree(ctx, m.condition)),
    status === 'unknown' &&
      asked.length > 0 &&
      h(
        'div',
        { class: 'next' },
        h('p', null, t.settleWith),
        h(
          'ul',
          null,
          asked.map((fact) =>
            h(
              'li',
              null,
              ((q) =>
                h(
                  'button',
                  // Named with its verb (a screen reader heard a bare question); the question alone in view.
                  { type: 'button', class: 'link', 'aria-label': t.answerQuestion(q), onclick: () => ctx.focusQuestion(fact) },
                  q,
                ))(questions.has(fact) ? questions.get(fact).text[ctx.lang] : fact),
            ),
          ),
        ),
      ),
    r?.forOthers && h('p', { class: 'near' }, t.forOthers),
    reach &&
      h(
        'p',
        { class: 'near' },
        h('strong', null, reach.length === 1 ? t.onlyOne : t.stillMissing),
        reach.map((x) => x[lang]).join(t.listSeparator),
        m.benefit.maxYuan != null && ` → ${t.upTo(formatYuan(m.benefit.maxYuan, lang))}`,
      ),
    near && h('p', { class: 'near' }, h('strong', null, t.nearMiss), near[lang], stop, t.nearMissTail),
    !r && h('p', { class: 'muted' }, t.forWhom, m.audiences.map((a) => t.audiences[a]).join(t.listSeparator)),
    // A city or provincial programme's own reach (SPEC §2).
    m.reach && h('p', { class: 'reach' }, h('strong', null, t.reach), m.reach[lang]),
    m.responsible &&
      m.responsible[lang] !== authority &&
      h(
        'details',
        { class: 'responsible' },
        h('summary', null, t.responsibleList),
        h('p', { class: 'muted' }, m.responsible[lang], stop, t.guidance),
      ),
    h(
      'div',
      { class: 'source', part: 'source' },
      h(
        'p',
        null,
        h('strong', null, t.source, lang === 'en' ? ': ' : '：'),
        t.sourceLine({
          title: doc.title[ctx.lang],
          number: doc.number,
          issuer: doc.issuer[ctx.lang],
          date: (doc.issued ?? doc.published) && formatDate(doc.issued ?? doc.published, lang),
          clause: m.clause,
        }),
      ),
      draft && h('p', null, t.draftHint),
      doc.targetYear != null && doc.targetYear < ctx.year && h('p', null, t.targetsTo(doc.targetYear)),
      // Said once, before the quote, to screen readers and read-aloud tools alike (the quote named
      // 原文 as well made a screen reader say it twice).
      h('p', { class: 'sr' }, t.quote),
      h('blockquote', { lang: 'zh-Hans', part: 'quote' }, m.quote),
    ),
  ];
}

/** A portal's contact: text, and a link to an http(s) url only. */
export function contactLine(ctx, c) {
  const t = ctx.t;
  return h(
    'p',
    { class: 'contact', part: 'contact' },
    h('strong', null, t.contact),
    [c.label, c.phone, c.address].filter(Boolean).join(t.listSeparator),
    c.url && [c.label || c.phone || c.address ? t.listSeparator : '', h('a', { href: c.url, rel: 'noopener' }, c.url)],
  );
}

/** A closed work-permit route: where it reaches, the general rule (note) and who decides. */
export function workPermitNote(ctx, m, r) {
  const { facts, texts } = testsOf(m);
  const where = texts.filter((_, i) => facts[i].some((f) => f === 'province' || f === 'zoneLevel' || f === 'zone'));
  const failsWhere = r.reasons.some((s, i) => s === 'fails' && where.includes(texts[i]));
  const words = ctx.t;
  return h(
    'div',
    { class: 'note', part: 'note' },
    failsWhere && h('p', null, h('strong', null, words.reachesOnly), where.map((x) => x[ctx.lang]).join(words.listSeparator)),
    m.note && h('p', null, h('strong', null, words.generalRule), m.note[ctx.lang]),
    m.approval && h('p', null, h('strong', null, words.stillNeeds), m.approval[ctx.lang]),
  );
}

/** A measure's condition tree in words, for the catalogue. */
function tree(ctx, c, top = true) {
  if (c.test) return c.test.text[ctx.lang];
  const [kind, children] = Object.entries(c)[0];
  const list = h(
    'ul',
    null,
    [children].flat().map((child) => h('li', null, tree(ctx, child, false))),
  );
  return top && kind === 'all' ? list : [{ all: ctx.t.all_of, any: ctx.t.any_of, not: ctx.t.not_ }[kind], list];
}
