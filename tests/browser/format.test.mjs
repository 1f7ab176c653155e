// The widget's formatters and readers (js/i18n.js), without a browser:
// amounts as people read them, dates per language, amounts and ages as
// people type them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { beijingToday, formatDate, formatYuan, pickLang, STRINGS } from '../../js/i18n.js';
import { parseAge, parseDate, parseYuan, readAge, readDate, readYuan } from '../../js/parse.js';

test('amounts read the way people write them in Chinese', () => {
  assert.equal(formatYuan(10_000_000, 'zh-Hans'), '1000万元');
  assert.equal(STRINGS['zh-Hans'].upTo(formatYuan(10_000_000, 'zh-Hans')), '最高1000万元');
  assert.equal(formatYuan(1_000_000, 'zh-Hans'), '100万元');
  assert.equal(formatYuan(1_500_000, 'zh-Hans'), '150万元');
  assert.equal(formatYuan(300_000_000, 'zh-Hans'), '3亿元');
  assert.equal(formatYuan(150_000_000, 'zh-Hans'), '1.5亿元');
  assert.equal(formatYuan(10_000, 'zh-Hans'), '1万元');
  // Large units only while they stay short.
  assert.equal(formatYuan(12_345, 'zh-Hans'), '12,345元');
  assert.equal(formatYuan(9_999, 'zh-Hans'), '9,999元');
  assert.equal(formatYuan(0, 'zh-Hans'), '0元');
  assert.equal(formatYuan(1_000_000.5, 'zh-Hans'), '1,000,000.50元');
});

test('amounts read the way people write them in English', () => {
  assert.equal(formatYuan(10_000_000, 'en'), '10 million yuan');
  assert.equal(STRINGS.en.upTo(formatYuan(10_000_000, 'en')), 'up to 10 million yuan');
  assert.equal(formatYuan(1_000_000, 'en'), '1 million yuan');
  assert.equal(formatYuan(1_500_000, 'en'), '1.5 million yuan');
  assert.equal(formatYuan(300_000_000, 'en'), '300 million yuan');
  assert.equal(formatYuan(2_500_000_000, 'en'), '2.5 billion yuan');
  assert.equal(formatYuan(999_999, 'en'), '999,999 yuan');
  assert.equal(formatYuan(1_234_567, 'en'), '1,234,567 yuan');
  assert.equal(formatYuan(0.5, 'en'), '0.50 yuan');
});

test('dates follow the language', () => {
  assert.equal(formatDate('2020-07-13', 'zh-Hans'), '2020年7月13日');
  assert.equal(formatDate('2020-07-13', 'en'), '13 July 2020');
  assert.equal(formatDate('2021-01-01', 'en'), '1 January 2021');
});

test('typed amounts are read exactly, to the fen', () => {
  assert.equal(parseYuan('2000000'), 2_000_000);
  assert.equal(parseYuan('2,000,000'), 2_000_000);
  assert.equal(parseYuan(' 2 000 000 元'), 2_000_000);
  assert.equal(parseYuan('200万'), 2_000_000);
  assert.equal(parseYuan('1.5亿'), 150_000_000);
  assert.equal(parseYuan('0.01'), 0.01);
  assert.equal(parseYuan('12.3456万'), 123_456);
  assert.equal(parseYuan(''), null);
  assert.ok(Number.isNaN(parseYuan('0.001')), 'below a fen');
  assert.ok(Number.isNaN(parseYuan('-5')));
  assert.ok(Number.isNaN(parseYuan('1e6')));
  assert.ok(Number.isNaN(parseYuan('abc')));
  assert.ok(Number.isNaN(parseYuan('99999999999999999')), 'beyond exact fen');
});

test('an age is whole years or a real birth date', () => {
  assert.deepEqual(parseAge('64'), { age: 64 });
  assert.deepEqual(parseAge(' 0 '), { age: 0 });
  assert.deepEqual(parseAge('150'), { age: 150 });
  assert.equal(parseAge('151'), undefined);
  assert.equal(parseAge('64.5'), undefined);
  assert.deepEqual(parseAge('1962-05-01'), { birthDate: '1962-05-01' });
  assert.equal(parseAge('1962-02-30'), undefined);
  assert.equal(parseAge(''), null);
});

test('Chinese input as people type it: full-width digits, 岁/周岁, 年月日, slashes, ￥, 万/亿/元', () => {
  // The forms people type, each with the value shown back under the input.
  const zh = STRINGS['zh-Hans'];
  assert.deepEqual(readAge('64岁'), { value: { age: 64 } });
  assert.deepEqual(readAge('64周岁'), { value: { age: 64 } });
  assert.deepEqual(readAge('６４'), { value: { age: 64 } });
  assert.equal(zh.readsAge(readAge('６４').value.age), '即 64 周岁');
  assert.deepEqual(readAge('1962年11月28日'), { value: { birthDate: '1962-11-28' } });
  assert.deepEqual(readAge('1962/11/28'), { value: { birthDate: '1962-11-28' } });
  assert.deepEqual(readAge('１９６２／１１／２８'), { value: { birthDate: '1962-11-28' } });
  assert.equal(zh.readsBirth(formatDate(readAge('1962/11/28').value.birthDate, 'zh-Hans')), '即出生日期 1962年11月28日');
  assert.deepEqual(readDate('2026年3月1日'), { value: '2026-03-01' });
  assert.deepEqual(readDate('2026.3.1'), { value: '2026-03-01' });
  assert.equal(readYuan('２００万').value, 2_000_000);
  assert.equal(readYuan('1.5亿元').value, 150_000_000);
  assert.equal(readYuan('￥2,000,000').value, 2_000_000);
  assert.equal(readYuan('¥2,000,000元').value, 2_000_000);
  assert.equal(readYuan('人民币200万元').value, 2_000_000);
  assert.equal(readYuan('２，０００，０００').value, 2_000_000);
  assert.equal(zh.reads(formatYuan(readYuan('￥2,000,000').value, 'zh-Hans')), '即 200万元');
  // What stays the same: 200万, 1.5亿, 2,000,000元.
  assert.equal(readYuan('200万').value, 2_000_000);
  assert.equal(readYuan('1.5亿').value, 150_000_000);
  assert.equal(readYuan('2,000,000元').value, 2_000_000);
});

test('what cannot be read is refused with what was understood, never guessed', () => {
  const zh = STRINGS['zh-Hans'];
  const en = STRINGS.en;
  const twelve = readYuan('12三');
  assert.deepEqual(twelve, { problem: { kind: 'unknown', understood: '12', unknown: '三' } });
  assert.equal(zh.problem(twelve.problem), '读到“12”，但无法识别“三”。');
  assert.equal(en.problem(twelve.problem), 'Read “12”, but “三” is not understood.');
  assert.deepEqual(readAge('12三').problem, { kind: 'unknown', understood: '12', unknown: '三' });
  // A decimal comma or a slip? Not guessed.
  assert.equal(readYuan('1,5亿').problem.kind, 'commas');
  assert.equal(readYuan('20,00,000').problem.kind, 'commas');
  // Which is the day? Not guessed either.
  assert.equal(readDate('11/28/1962').problem.kind, 'dateOrder');
  assert.equal(readAge('28/11/1962').problem.kind, 'dateOrder');
  assert.equal(readDate('1962/02/30').problem.kind, 'notADate');
  assert.equal(readAge('64.5').problem.kind, 'wholeYears');
  assert.equal(readAge('151岁').problem.kind, 'ageRange');
  assert.equal(readYuan('-5').problem.kind, 'negative');
  assert.equal(readYuan('0.001').problem.kind, 'fen');
  for (const p of [twelve.problem, { kind: 'commas' }, { kind: 'dateOrder' }, { kind: 'notADate' }, { kind: 'wholeYears' }]) {
    assert.ok(zh.problem(p).length > 0 && en.problem(p).length > 0, p.kind);
  }
  assert.deepEqual(readYuan('  '), { empty: true });
});

test('a source names its item as the documents number them', () => {
  const source = {
    title: '关于…的若干意见',
    number: '国发〔2020〕7号',
    issuer: '国务院',
    date: '2020年7月13日',
    clause: '（五）',
  };
  assert.equal(
    STRINGS['zh-Hans'].sourceLine(source),
    '《关于…的若干意见》（国发〔2020〕7号），国务院，2020年7月13日，第（五）项',
  );
  assert.match(
    STRINGS.en.sourceLine({ ...source, title: 'Opinions', issuer: 'State Council', date: '13 July 2020' }),
    /, item （五）$/,
  );
});

test('both languages have every interface string', () => {
  const keys = (o) => Object.keys(o).sort();
  assert.deepEqual(keys(STRINGS.en), keys(STRINGS['zh-Hans']));
  for (const [key, zh] of Object.entries(STRINGS['zh-Hans'])) {
    assert.equal(typeof STRINGS.en[key], typeof zh, key);
    if (zh && typeof zh === 'object') assert.deepEqual(keys(STRINGS.en[key]), keys(zh), key);
    if (typeof zh === 'string') assert.notEqual(STRINGS.en[key], zh, `${key} is translated`);
  }
  assert.equal(pickLang('en'), 'en');
  assert.equal(pickLang('en-GB'), 'en');
  assert.equal(pickLang(null), 'zh-Hans');
  assert.equal(pickLang('zh-Hans'), 'zh-Hans');
});

test('an application date is a real date, year first; today is Beijing’s', () => {
  assert.equal(parseDate('2026-01-01'), '2026-01-01');
  assert.equal(parseDate(' 2024-02-29 '), '2024-02-29');
  assert.equal(parseDate('2023-02-29'), undefined);
  assert.equal(parseDate('0000-01-01'), undefined);
  assert.equal(parseDate('0001-01-01'), '0001-01-01');
  assert.equal(parseDate('2026-1-1'), '2026-01-01');
  assert.equal(parseDate('20260101'), undefined);
  assert.equal(parseDate(''), null);
  // 16:00 UTC is midnight in Beijing, whatever the browser's zone.
  assert.equal(beijingToday(Date.UTC(2026, 10, 28, 16, 0, 0)), '2026-11-29');
  assert.equal(beijingToday(Date.UTC(2026, 10, 28, 15, 59, 59)), '2026-11-28');
});

test('shares, caps and deadlines are worded as the contract says', () => {
  const zh = STRINGS['zh-Hans'];
  const en = STRINGS.en;
  assert.equal(
    zh.encouragedShare(formatYuan(1_000_000, 'zh-Hans'), 50),
    '原文鼓励的比例：不低于50%，即约100万元；这是单位可以奖励的下限建议，不是应付给任何人的金额。',
  );
  assert.match(
    en.encouragedShare(formatYuan(1_000_000, 'en'), 50),
    /^The share the text encourages: at least 50%, that is about 1 million yuan\. .*not a sum owed to anyone\.$/,
  );
  assert.equal(zh.upTo(formatYuan(10_000_000, 'zh-Hans')), '最高1000万元');
  assert.equal(zh.applyBefore(formatDate('2026-02-01', 'zh-Hans'), 66), '请在2026年2月1日（66周岁生日）之前提交申请。');
  assert.equal(en.applyBefore(formatDate('2026-02-01', 'en'), 66), 'Apply before 1 February 2026 (your 66th birthday).');
  assert.equal(en.applyBefore('x', 61), 'Apply before x (your 61st birthday).');
  // Counts: drafts apart, and never a sum of claims and non-claims.
  assert.equal(zh.counted(zh.groups.eligible, 3, 2), '可以申请（3 项，其中2项来自征求意见稿）');
  assert.equal(zh.counted(zh.groups.eligible, 3, 0), '可以申请（3 项）');
  const n = { eligible: 3, conditional: 2, informational: 4, unknown: 1, ineligible: 9 };
  const d = { eligible: 2, conditional: 0, informational: 1, unknown: 0, ineligible: 0 };
  for (const t of [zh, en]) {
    const text = t.summary(n, d);
    for (const sum of [5, 7, 9, 19])
      if (!Object.values(n).includes(sum)) assert.ok(!text.includes(String(sum)), `${text}: ${sum}`);
  }
  assert.equal(
    zh.summary(n, d),
    '可以申请 3 项（其中2项来自征求意见稿）；尚需他人决定 2 项；供参考 4 项（不计入可以申请）；还需要更多信息 1 项；不适用 9 项。',
  );
  // A zero is no headline: the summary leads with what is worth acting on.
  assert.equal(
    zh.summary({ ...n, eligible: 0, reach: 1 }, d),
    '尚需他人决定 2 项；还可以争取 1 项；供参考 4 项（不计入可以申请）；还需要更多信息 1 项；不适用 9 项。',
  );
});
