// The share-link codec (js/share.js) in Node: a link is built from the
// page's origin and path only, and read back with exactly the rules of the
// widget's own inputs — what they refuse is dropped and reported, not coerced.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { engine } from './helpers.mjs';
import {
  MAX_FRAGMENT,
  droppedNames,
  linkBase,
  locationValues,
  readAnswer,
  readShareLink,
  shareLink,
  withoutBidi,
} from '../../js/share.js';

const questions = new Map(engine.questions().map((q) => [q.fact, q]));
const zones = engine.zones();
const context = {
  // As the widget asks: the engine's question for every fact.
  questionFor: (fact) => questions.get(fact) ?? null,
  locations: locationValues(zones),
  levelOpen: (loc) => loc === 'zone:jingrong-town',
};
const read = (hash) => readShareLink(hash, context);

test('the link is the page without its query string: SSO tickets and session ids stay behind', () => {
  const page = 'https://portal.example.gov.cn/zwfw/check.html?ticket=ST-123&sid=abc#top';
  assert.equal(linkBase(page), 'https://portal.example.gov.cn/zwfw/check.html');
  const link = shareLink(linkBase(page), {
    lang: 'en',
    audience: 'talent',
    loc: '',
    zoneLevel: '',
    asOf: '',
    answers: { age: 64 },
  });
  assert.equal(link, 'https://portal.example.gov.cn/zwfw/check.html#hitech=1&lang=en&audience=talent&age=64');
  assert.ok(!link.includes('ticket') && !link.includes('sid'));
});

test('a portal may name the page a link opens (share-base); only http(s), never a fragment', () => {
  const page = 'https://portal.example.gov.cn/a/b.html?sid=1';
  assert.equal(linkBase(page, '/check/'), 'https://portal.example.gov.cn/check/');
  assert.equal(linkBase(page, 'https://www.example.cn/c?from=share#x'), 'https://www.example.cn/c?from=share');
  // Not http(s), or no URL at all: the page itself, without its query string.
  assert.equal(linkBase(page, 'javascript:alert(1)'), 'https://portal.example.gov.cn/a/b.html');
  assert.equal(linkBase(page, 'http://['), 'https://portal.example.gov.cn/a/b.html');
});

test('a link the widget wrote reads back as it was', () => {
  const state = {
    lang: 'zh-Hans',
    audience: 'talent',
    topic: 'talent',
    loc: 'zone:jingrong-town',
    zoneLevel: 'national',
    asOf: '2026-01-01',
    answers: { foreignNational: true, birthDate: '1960-02-01', highEndTalent: false },
  };
  const link = new URL(shareLink('https://x.example/', state));
  assert.deepEqual(read(link.hash), { state, dropped: [], tooLong: false });
  const money = {
    ...state,
    audience: 'institution',
    loc: 'chongqing:national',
    zoneLevel: '',
    topic: '',
    answers: { techIncomeYuan: 2000000.5, age: 64 },
  };
  assert.deepEqual(read(new URL(shareLink('https://x.example/', money)).hash).state, money);
  // Every audience a user chooses, and the foreign-talent entry, travel as they are.
  for (const audience of ['enterprise', 'institution', 'person', 'talent']) {
    assert.equal(read(new URL(shareLink('https://x.example/', { ...money, audience })).hash).state.audience, audience);
  }
});

test('what the widget’s inputs refuse is dropped, not coerced', () => {
  const cases = [
    ['age=', 'an empty age is no age 0'],
    ['age=0x40', 'hexadecimal'],
    ['age=6.4e1', 'an exponent'],
    ['age=-3', 'negative'],
    ['age=151', 'beyond the input’s range'],
    ['age=1962-05-01', 'a date under age'],
    ['birthDate=64', 'years under birthDate'],
    ['birthDate=1962-02-30', 'no such day'],
    ['highTechEnterprise=yes', 'a yes/no answer is true or false, not "no"'],
    ['highTechEnterprise=', 'empty yes/no'],
    ['revenueYuan=', 'an empty amount is no 0.00 yuan'],
    ['revenueYuan=-5', 'negative amount'],
    ['revenueYuan=1e9', 'an exponent'],
    ['revenueYuan=0.001', 'less than a fen'],
    ['achievementTransferRole=owner', 'not one of the choices'],
    ['asOf=2026-02-30', 'no such day'],
    ['audience=admin', 'no such audience'],
    ['audience=individual', 'no such audience (it is person)'],
    ['topic=everything', 'no such topic'],
    ['lang=fr', 'no such language'],
    ['loc=mars%3Anational', 'no such place'],
    ['loc=zone%3Anowhere', 'no such zone'],
    ['province=sichuan', 'the place travels as loc'],
    ['constructor=1', 'a prototype key is no question'],
    ['__proto__=1', 'a prototype key is no question'],
    ['toString=true', 'a prototype key is no question'],
    ['hasOwnProperty=5', 'a prototype key is no question'],
    ['revenueYaun=5', 'no such fact'],
  ];
  for (const [param, why] of cases) {
    const { state, dropped } = read(`#hitech=1&foreignNational=true&${param}`);
    const [key, raw] = [...new URLSearchParams(param)][0];
    assert.deepEqual(dropped, [[key, raw]], `${param}: ${why}`);
    assert.deepEqual(state.answers, { foreignNational: true }, `${param}: ${why}`);
    assert.equal(Object.getPrototypeOf(state.answers), Object.prototype, `${param} leaves the prototype alone`);
  }
});

test('what people type into the inputs reads the same from a link', () => {
  const question = (fact) => questions.get(fact);
  assert.deepEqual(readAnswer('revenueYuan', '200万', question('revenueYuan')), { key: 'revenueYuan', value: 2000000 });
  assert.deepEqual(readAnswer('revenueYuan', '2,000,000元', question('revenueYuan')), { key: 'revenueYuan', value: 2000000 });
  assert.deepEqual(readAnswer('age', ' 64 ', question('age')), { key: 'age', value: 64 });
  assert.deepEqual(readAnswer('highTechEnterprise', 'false', question('highTechEnterprise')), {
    key: 'highTechEnterprise',
    value: false,
  });
});

test('a key given twice is ambiguous: neither value is taken', () => {
  const { state, dropped } = read('#hitech=1&age=40&age=70&audience=talent');
  assert.deepEqual(state.answers, {});
  assert.equal(state.audience, 'talent');
  assert.deepEqual(dropped, [
    ['age', '40'],
    ['age', '70'],
  ]);
});

test('a level is kept only for a park whose level the directory leaves open', () => {
  assert.equal(read('#hitech=1&loc=zone%3Ajingrong-town&zoneLevel=national').state.zoneLevel, 'national');
  const known = read('#hitech=1&loc=zone%3Achengdu&zoneLevel=provincial');
  assert.equal(known.state.zoneLevel, '');
  assert.deepEqual(known.dropped, [['zoneLevel', 'provincial']]);
});

test('a fragment that is not ours is left alone', () => {
  for (const hash of ['', '#', '#top', '#section=2', '#hitech=0&age=5', '#xhitech=1']) assert.equal(read(hash), null, hash);
});

test('a huge fragment is not read at all', () => {
  const huge = `#hitech=1&${'age=1&'.repeat(330_000)}`; // ~2 MB, like the 1.9 MB link of the report
  const empty = { lang: '', audience: '', topic: '', loc: '', zoneLevel: '', asOf: '', answers: {} };
  assert.deepEqual(read(huge), { state: empty, dropped: [], tooLong: true });
  // The limit itself: MAX_FRAGMENT characters after the "#" are read, one more is not.
  const head = 'hitech=1&age=64&';
  const fits = `#${head}${'x'.repeat(MAX_FRAGMENT - head.length)}`;
  assert.deepEqual(read(fits).state.answers, { age: 64 });
  assert.equal(read(`${fits}x`).tooLong, true);
});

test('a blank or fragment-only share-base never brings the page’s query string back', () => {
  const page = 'https://portal.example.gov.cn/a/b.html?ticket=ST-SSO-SECRET&sid=1#top';
  for (const base of ['#x', ' ', '\t#x\n', ' #', '\u0000#x', '.', './', '#?x', '', undefined, null, 5]) {
    const link = linkBase(page, base);
    assert.ok(!link.includes('ticket') && !link.includes('sid'), `${JSON.stringify(base)} → ${link}`);
    assert.ok(link.startsWith('https://portal.example.gov.cn/a/'), `${JSON.stringify(base)} → ${link}`);
  }
  // A query the portal wrote into share-base is the portal's own, and kept.
  assert.equal(linkBase(page, '?from=share'), 'https://portal.example.gov.cn/a/b.html?from=share');
});

test('an unknown loc, or a prototype’s name, leaves every field of the state a string', () => {
  for (const hash of [
    '#hitech=1&audience=enterprise&loc=zone%3Achongqin',
    '#hitech=1&loc=sichaun%3Anational&zoneLevel=national',
    '#hitech=1&loc=__proto__&lang=__proto__&audience=constructor&topic=toString&zoneLevel=valueOf&asOf=__proto__',
  ]) {
    const { state, dropped } = read(hash);
    for (const field of ['lang', 'audience', 'topic', 'loc', 'zoneLevel', 'asOf']) {
      assert.equal(typeof state[field], 'string', `${hash}: ${field}`);
    }
    assert.ok(
      dropped.some(([key]) => key === 'loc'),
      hash,
    );
    assert.equal(state.loc, '', hash);
    assert.equal(state.zoneLevel, '', hash);
  }
  assert.equal(read('#hitech=1&audience=enterprise&loc=zone%3Achongqin').state.audience, 'enterprise', 'the rest is kept');
});

test('the note names the keys it knows and counts the others, never a link’s values', () => {
  const phishing = '【重要通知】本补贴需先缴纳保证金；请致电4001234567';
  const { dropped } = read(
    `#hitech=1&age=-3&age=5&revenueYaun=5&${encodeURIComponent(phishing)}=1&foreignNational=${encodeURIComponent(phishing)}&loc=%E2%80%AEzone%3Ax`,
  );
  const isFact = (key) => questions.has(key === 'birthDate' ? 'age' : key);
  const { names, more, unknown } = droppedNames(dropped, isFact);
  assert.deepEqual(names, ['age', 'foreignNational', 'loc']);
  assert.equal(more, 0);
  assert.equal(unknown, 2, 'revenueYaun and the sentence, counted, not shown');
  assert.ok(!JSON.stringify(names).includes('400'), 'no value, no made-up key');
  const many = droppedNames(
    [...questions.keys()].slice(0, 14).map((fact) => [fact, 'x']),
    isFact,
  );
  assert.equal(many.names.length, 10);
  assert.equal(many.more, 4);
  assert.equal(withoutBidi('a\u202Eb\u2066c\u200Fd\u061Ce'), 'abcde');
});
