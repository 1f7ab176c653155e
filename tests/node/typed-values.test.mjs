// One reading of typed values: js/parse.js (the widget's inputs and share
// links) and the batch's cell readers (src/shell/batch/cell.rs, held to the same
// file by tests/batch.rs) agree on every vector of
// tests/fixtures/batch/typed-values.json.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { root } from './helpers.mjs';
import { readAge, readDate, readYuan } from '../../js/parse.js';

const vectors = JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'batch', 'typed-values.json'), 'utf8'));

/** What parse.js reads, in the file's form. */
function entry(input, read) {
  const r = read(input);
  if (r.empty) return { input, empty: true };
  if (r.problem) {
    const { kind, understood, unknown } = r.problem;
    return { input, problem: kind === 'unknown' ? { kind, understood, unknown } : { kind } };
  }
  return { input, value: r.value };
}

for (const [name, read] of [
  ['yuan', readYuan],
  ['date', readDate],
  ['age', readAge],
]) {
  test(`parse.js reads every ${name} vector as the batch does`, () => {
    assert.ok(vectors[name].length >= 15, `${vectors[name].length} vectors`);
    for (const expected of vectors[name]) assert.deepEqual(entry(expected.input, read), expected, JSON.stringify(expected.input));
  });
}

test('the vectors include the ways people type amounts, dates and ages, read as they mean them', () => {
  const value = (name, input) => vectors[name].find((v) => v.input === input)?.value;
  assert.equal(value('yuan', '２００万'), 2_000_000);
  assert.equal(value('yuan', '1.5亿元'), 150_000_000);
  assert.equal(value('yuan', '￥2,000,000'), 2_000_000);
  assert.equal(value('date', '1962年11月28日'), '1962-11-28');
  assert.equal(value('date', '1962/11/28'), '1962-11-28');
  assert.deepEqual(value('age', '64岁'), { age: 64 });
  assert.deepEqual(value('age', '６４'), { age: 64 });
  assert.equal(vectors.yuan.find((v) => v.input === '12三').problem.kind, 'unknown');
});
