#!/usr/bin/env node
// Correctness gate for the benchmarks: on the corpus (bench/corpus.mjs), for
// each of the fifteen fixed measures of SPEC.md §3,
//
//   our evaluate(profile, { today }) status ∈ {eligible, conditional, informational}
//     ⇔ json-rules-engine fires the measure's event
//     ⇔ json-logic-js apply(rule, profile) === true
//
// and, when met, our status is the one SPEC §3 gives (eligible, conditional
// or informational, as the measure's nature decides),
// and never unknown (the profiles are complete). Also checks that the corpus
// exercises each measure both ways, and each boundary on both sides.
//
//   node bench/agree.mjs [--count N] [--seed S]    exits 1 on any disagreement
//   import { checkAgreement } from './agree.mjs'   (bench/node.mjs, tests/node)

import { fileURLToPath } from 'node:url';
import { arg, DEFAULT_COUNT, DEFAULT_SEED, generateCorpus, TODAY } from './corpus.mjs';
import { metIds, ours } from './ours.mjs';
import { createEngine, eligibleIds as rulesEngineIds } from './rules/json-rules-engine.mjs';
import { eligibleIds as jsonLogicIds } from './rules/json-logic.mjs';
import { completedYears, fen, FIXED_IDS, STATUS_WHEN_MET } from './rules/fixed.mjs';

/** Boundaries the corpus must cover on both sides: name → profile → true/false/undefined (n/a). */
const BOUNDARIES = {
  'age ≤ 65 (65 vs 66)': (p) => {
    const age = p.age ?? completedYears(p.birthDate, p.asOf);
    return age === 65 ? true : age === 66 ? false : undefined;
  },
  '66th birthday on asOf (birthDate)': (p) => {
    if (!p.birthDate) return undefined;
    const age = completedYears(p.birthDate, p.asOf);
    if (age === 66 && p.birthDate.slice(5) === p.asOf.slice(5)) return false;
    if (age === 65 && Number(p.asOf.slice(0, 4)) - Number(p.birthDate.slice(0, 4)) === 66) return true;
    return undefined;
  },
  'revenue 300,000,000 vs 300,000,000.01': (p) =>
    p.revenueYuan === 300_000_000 ? false : p.revenueYuan === 300_000_000.01 ? true : undefined,
  'R&D intensity exactly 5 % vs 1 fen above': (p) => {
    const d = fen(p.rdExpenseYuan) * 100 - fen(p.revenueYuan) * 5;
    return p.revenueYuan === 0 ? undefined : d === 0 ? false : d > 0 && d <= 100 ? true : undefined;
  },
  'R&D 15,000,000 vs 15,000,000.01': (p) =>
    p.rdExpenseYuan === 15_000_000 ? false : p.rdExpenseYuan === 15_000_000.01 ? true : undefined,
};

/**
 * Runs the three engines on every profile. Resolves to
 * { profiles, disagreements: [{ index, id, ours, status, rulesEngine, jsonLogic, profile }],
 *   problems: [string], coverage: { id: { met, notMet } }, boundaries: { name: { below, above } } }.
 */
export async function checkAgreement(corpus, { today = TODAY } = {}) {
  const engine = createEngine();
  const disagreements = [];
  const problems = [];
  const coverage = Object.fromEntries(FIXED_IDS.map((id) => [id, { met: 0, notMet: 0 }]));
  const boundaries = Object.fromEntries(Object.keys(BOUNDARIES).map((name) => [name, { holds: 0, fails: 0 }]));
  for (const [index, profile] of corpus.entries()) {
    let report;
    try {
      report = ours.evaluate(profile, { today });
    } catch (error) {
      problems.push(`profile ${index}: our evaluate threw: ${error.message} ${JSON.stringify(profile)}`);
      continue;
    }
    const statuses = new Map(report.results.map((r) => [r.id, r.status]));
    const mine = metIds(report);
    const jre = await rulesEngineIds(engine, profile);
    const jl = jsonLogicIds(profile);
    for (const id of FIXED_IDS) {
      const status = statuses.get(id);
      if (status === undefined) {
        problems.push(`our report has no result for ${id}`);
        continue;
      }
      const [a, b, c] = [mine.has(id), jre.has(id), jl.has(id)];
      if (a !== b || b !== c || status === 'unknown' || (a && status !== STATUS_WHEN_MET[id])) {
        disagreements.push({ index, id, ours: a, status, rulesEngine: b, jsonLogic: c, profile });
      }
      coverage[id][a ? 'met' : 'notMet']++;
    }
    for (const [name, side] of Object.entries(BOUNDARIES)) {
      const value = side(profile);
      if (value !== undefined) boundaries[name][value ? 'holds' : 'fails']++;
    }
  }
  for (const [id, { met, notMet }] of Object.entries(coverage)) {
    if (met < 5 || notMet < 5) problems.push(`corpus too thin for ${id}: met ${met}, not met ${notMet}`);
  }
  for (const [name, { holds, fails }] of Object.entries(boundaries)) {
    if (holds === 0 || fails === 0) problems.push(`corpus misses a side of the boundary ${name}: holds ${holds}, fails ${fails}`);
  }
  return { profiles: corpus.length, disagreements, problems, coverage, boundaries };
}

/** A human-readable account of a result; '' when everything agrees. */
export function describe({ disagreements, problems }) {
  const lines = [...problems];
  for (const d of disagreements.slice(0, 20)) {
    lines.push(
      `profile ${d.index}, ${d.id}: ours ${d.status} (met: ${d.ours}), json-rules-engine ${d.rulesEngine}, json-logic ${d.jsonLogic}\n  ${JSON.stringify(d.profile)}`,
    );
  }
  if (disagreements.length > 20) lines.push(`… and ${disagreements.length - 20} more disagreements`);
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const corpus = generateCorpus({ seed: Number(arg('seed', DEFAULT_SEED)), count: Number(arg('count', DEFAULT_COUNT)) });
  const result = await checkAgreement(corpus);
  const met = Object.values(result.coverage).reduce((n, c) => n + c.met, 0);
  console.log(
    `agree: ${result.profiles} profiles × ${FIXED_IDS.length} measures; met in ${met} cases; ` +
      `${result.disagreements.length} disagreements, ${result.problems.length} other problems`,
  );
  for (const [id, c] of Object.entries(result.coverage)) console.log(`  ${id}: met ${c.met}, not met ${c.notMet}`);
  for (const [name, c] of Object.entries(result.boundaries))
    console.log(`  boundary ${name}: holds ${c.holds}, fails ${c.fails}`);
  const text = describe(result);
  if (text) {
    console.error(text);
    process.exit(1);
  }
}
