// The fifteen fixed measures of SPEC.md §3, encoded independently in
// json-rules-engine and json-logic-js (bench/rules/), must agree with our
// engine on 2,000 complete, boundary-heavy profiles (bench/corpus.mjs):
// met (eligible, conditional or informational, the status SPEC §3 gives) in
// ours ⇔ the event fires ⇔ the rule is true.
// A correctness test; the timings are bench/node.mjs's business.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkAgreement, describe } from '../../bench/agree.mjs';
import { generateCorpus } from '../../bench/corpus.mjs';

test('our engine, json-rules-engine and json-logic-js agree on the fifteen fixed measures', async () => {
  const result = await checkAgreement(generateCorpus({ count: 2000 }));
  assert.equal(result.profiles, 2000);
  assert.equal(describe(result), '', 'the engines disagree');
});
