// The widget's formatters and readers (widget/i18n.js), without a browser:
// amounts as people read them, dates per language, amounts and ages as
// people type them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDate, formatYuan, parseAge, parseYuan, pickLang, STRINGS } from '../../widget/i18n.js';

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
