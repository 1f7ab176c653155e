#!/usr/bin/env node
// Writes the batch benchmark's input: N profiles (default 100,000), one JSON
// object per line, for `hitech-eligibility check --jsonl FILE`. Half are the
// complete, boundary-heavy profiles of bench/corpus.mjs; half are the same
// kind of profile with a random subset of facts left out (a portal matching
// enterprises it knows only partly), so that the `unknown` path and its
// `missing` lists are exercised too. Every line is valid. Seeded: the same
// file every time.
//
//   node bench/gen-jsonl.mjs [--count 100000] [--seed S] --out FILE

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { arg, profile, prng } from './corpus.mjs';

export function generateLines({ count = 100_000, seed = 7 } = {}) {
  const r = prng(seed);
  const lines = [];
  for (let i = 0; i < count; i++) {
    const p = profile(r);
    if (i % 2 === 1) {
      for (const key of Object.keys(p)) if (key !== 'asOf' && r.chance(0.4)) delete p[key];
    }
    lines.push(JSON.stringify(p));
  }
  return lines.join('\n') + '\n';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = arg('out', null);
  if (!out) {
    console.error('usage: node bench/gen-jsonl.mjs [--count N] [--seed S] --out FILE');
    process.exit(2);
  }
  writeFileSync(out, generateLines({ count: Number(arg('count', 100_000)), seed: Number(arg('seed', 7)) }));
}
