// A portal's `contacts` (parse.js readContacts): what is wrong is refused
// with a warning naming it, and the rest is kept.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readContacts } from '../../js/parse.js';

const known = new Map([['chongqing.knowledge-value-loan', {}]]);

function read(value) {
  const warnings = [];
  const warn = console.warn;
  console.warn = (w) => warnings.push(w);
  try {
    return { map: readContacts(typeof value === 'string' ? value : JSON.stringify(value), known), warnings };
  } finally {
    console.warn = warn;
  }
}

test('a measure id and a jurisdiction are kept, text only', () => {
  const { map, warnings } = read({
    chongqing: { label: ' 重庆高新区政务服务中心 ', phone: '023-6000 0000', url: 'https://example.org/a', address: '示例路1号' },
    'chongqing.knowledge-value-loan': { label: '<b>窗口</b>' },
  });
  assert.deepEqual(warnings, []);
  assert.deepEqual(map.get('chongqing'), {
    label: '重庆高新区政务服务中心',
    phone: '023-6000 0000',
    url: 'https://example.org/a',
    address: '示例路1号',
  });
  assert.equal(map.get('chongqing.knowledge-value-loan').label, '<b>窗口</b>');
});

test('unknown keys and fields, wrong types and non-http(s) urls are refused by name; the rest stays', () => {
  const { map, warnings } = read({
    chongqing: { label: 'ok', url: 'javascript:alert(1)', fax: '1', phone: 12 },
    nowhere: { label: 'x' },
    guizhou: 'text',
  });
  for (const name of ['"chongqing.url"', '"chongqing.fax"', '"chongqing.phone"', '"nowhere"', '"guizhou"'])
    assert.ok(
      warnings.some((w) => w.includes(name)),
      `${name}: ${warnings.join(' | ')}`,
    );
  assert.deepEqual([...map], [['chongqing', { label: 'ok' }]]);
});

test('what is not a JSON object is refused whole', () => {
  for (const value of ['not json', '[]', '"x"', 'null']) {
    const { map, warnings } = read(value);
    assert.equal(map.size, 0, value);
    assert.equal(warnings.length, 1, value);
  }
  assert.equal(read('').map.size, 0);
});

test('JSON that does not parse is refused with the parser’s own words (where it went wrong)', () => {
  const value = '{"chongqing": {"label": "重庆高新区政务服务中心"},}';
  let parser = '';
  try {
    JSON.parse(value);
  } catch (error) {
    parser = error.message;
  }
  assert.ok(parser, 'a trailing comma does not parse');
  const { map, warnings } = read(value);
  assert.equal(map.size, 0);
  assert.equal(warnings.length, 1);
  assert.ok(warnings[0].includes(parser), warnings[0]);
});

test('an unknown id says where the ids are listed', () => {
  const { warnings } = read({ 'national.work-permit': { label: 'x' } });
  assert.match(warnings[0], /"national\.work-permit".*WIDGET\.md/);
});
