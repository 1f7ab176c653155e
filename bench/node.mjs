#!/usr/bin/env node
// Node benchmark: one process, one corpus (bench/corpus.mjs), the fifteen
// fixed measures of SPEC.md §3. Times, per profile, with
// process.hrtime.bigint() around each call:
//
//   ours        evaluate(profile, { today }) from JS: the whole call, i.e.
//               the glue taking the profile apart into numbers, the core
//               (copy in, check, evaluate ALL measures of the catalogue,
//               pack the report into numbers, copy out), and the glue
//               building the report objects with reasons and `missing`;
//   ours-brief  the same with { explain: false } (reasons as bare states);
//   jre         await engine.run(profile) of json-rules-engine, 15 rules;
//   json-logic  jsonLogic.apply(rule, profile) for each of the 15 rules;
//   boundary    the conversion alone, no evaluation: the glue's own steps
//               (`__steps` of pkg/index.js) taking the profile
//               apart and building the full report objects from that
//               profile's packed report, computed beforehand;
//   way-in / core / way-out  the three steps one by one (core is the one
//               wasm call, with its copies across the boundary);
//   report-parse  for comparison: decode + JSON.parse of the same report as
//               JSON text, which is how the report used to cross;
//   widget-answer evaluate + nextQuestions, the work the widget does on each
//               answer.
// The corpus is first checked with bench/agree.mjs (exit 1 on disagreement).
// Cases are interleaved round by round (A B C … A B C …) so that drift on a
// noisy machine hits all of them alike; the first round is warm-up.
//
//   node bench/node.mjs [--count 2000] [--rounds 12] [--json FILE]
// Prints a markdown table; --json also writes the numbers.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkAgreement, describe } from './agree.mjs';
import { arg, generateCorpus, TODAY } from './corpus.mjs';
import { ours, root } from './ours.mjs';
import { createEngine } from './rules/json-rules-engine.mjs';
import { applyAll } from './rules/json-logic.mjs';
import { FIXED_IDS } from './rules/fixed.mjs';

const OPTIONS = { today: TODAY };
const BRIEF = { today: TODAY, explain: false };

/** Whether this build of the package knows options.explain. */
function hasBrief() {
  try {
    ours.evaluate({}, BRIEF);
    return true;
  } catch {
    return false;
  }
}

/** Percentile (nearest rank) of a sorted Float64Array, in ns. */
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];

function summary(samples) {
  const sorted = Float64Array.from(samples).sort();
  const mean = sorted.reduce((a, b) => a + b, 0) / sorted.length;
  return { n: sorted.length, p50: pct(sorted, 50), p95: pct(sorted, 95), p99: pct(sorted, 99), mean, min: sorted[0] };
}

export async function runNodeBench({ count = 2000, rounds = 12, log = console.error } = {}) {
  const corpus = generateCorpus({ count });
  log(`node bench: agreement gate on ${count} profiles …`);
  const agreement = await checkAgreement(corpus);
  const problems = describe(agreement);
  if (problems) {
    const error = new Error(`the engines disagree; no timings taken:\n${problems}`);
    error.exitCode = 1;
    throw error;
  }

  const encoder = new TextEncoder();
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const steps = ours.__steps;
  const reports = corpus.map((p) => ours.evaluate(p, OPTIONS));
  const reportBytes = reports.map((r) => encoder.encode(JSON.stringify(r)));
  const brief = hasBrief();
  const briefBytes = brief ? corpus.map((p) => encoder.encode(JSON.stringify(ours.evaluate(p, BRIEF)))) : null;
  const prepared = corpus.map((p) => steps.prepare(p, OPTIONS));
  const packedReports = prepared.map((call) => steps.packed(call));
  if (packedReports.some((words) => words === null)) throw new Error('a corpus profile did not take the fast path');
  const packedWords = packedReports.reduce((n, words) => n + words.length, 0) / packedReports.length;
  const avg = (list) => list.reduce((n, b) => n + b.length, 0) / list.length;
  const measuresInCatalogue = reports[0].results.length;
  const engine = createEngine();

  // Each case: a function of the profile index; `async` ones are awaited.
  const cases = [
    {
      key: 'ours',
      label: 'ours: `evaluate` from JS (whole catalogue, incl. boundary)',
      run: (i) => ours.evaluate(corpus[i], OPTIONS),
    },
    ...(brief
      ? [
          {
            key: 'oursBrief',
            label: 'ours: `evaluate(p, { explain: false })` (brief report)',
            run: (i) => ours.evaluate(corpus[i], BRIEF),
          },
        ]
      : []),
    { key: 'jre', label: 'json-rules-engine 7: `await engine.run()` (15 rules)', async: true, run: (i) => engine.run(corpus[i]) },
    { key: 'jsonLogic', label: 'json-logic-js 2: `apply` × 15 rules', run: (i) => applyAll(corpus[i]) },
    {
      key: 'boundary',
      label: 'boundary alone: profile taken apart + report objects built (no evaluation)',
      run: (i) => {
        steps.prepare(corpus[i], OPTIONS);
        return steps.unpack(packedReports[i], true);
      },
    },
    { key: 'wayIn', label: '… way in: the glue takes the profile apart', run: (i) => steps.prepare(corpus[i], OPTIONS) },
    { key: 'core', label: '… the wasm call: copy in, check, evaluate, pack, copy out', run: (i) => steps.packed(prepared[i]) },
    { key: 'wayOut', label: '… way out: the glue builds the report objects', run: (i) => steps.unpack(packedReports[i], true) },
    {
      key: 'reportParse',
      label: 'for comparison: decode + `JSON.parse` of the report as JSON',
      run: (i) => JSON.parse(decoder.decode(reportBytes[i])),
    },
    {
      key: 'widgetAnswer',
      label: 'widget per answer: `evaluate` + `nextQuestions`',
      run: (i) => {
        ours.evaluate(corpus[i], OPTIONS);
        return ours.nextQuestions(corpus[i], OPTIONS);
      },
    },
    { key: 'timer', label: 'timer overhead (empty call)', run: () => 0 },
  ];
  const samples = Object.fromEntries(cases.map((c) => [c.key, []]));
  let sink = 0;
  for (let round = 0; round <= rounds; round++) {
    for (const c of cases) {
      const out = round === 0 ? null : samples[c.key];
      for (let i = 0; i < corpus.length; i++) {
        const t0 = process.hrtime.bigint();
        const value = c.async ? await c.run(i) : c.run(i);
        const t1 = process.hrtime.bigint();
        if (out) out.push(Number(t1 - t0));
        if (value) sink++;
      }
    }
    log(`node bench: round ${round}/${rounds}${round === 0 ? ' (warm-up)' : ''}`);
  }
  const results = Object.fromEntries(cases.map((c) => [c.key, { label: c.label, ...summary(samples[c.key]) }]));

  // Once-per-page work: compiling the module, and the calls the widget makes at start-up.
  const bytes = readFileSync(join(root, 'pkg', 'hitech_eligibility_bg.wasm'));
  const once = (fn, n) => {
    const all = [];
    for (let i = 0; i < n; i++) {
      // The same call again: time it, not the report the glue keeps for the task.
      ours.__steps.forget();
      const t0 = process.hrtime.bigint();
      fn();
      all.push(Number(process.hrtime.bigint() - t0));
    }
    return summary(all).p50;
  };
  const startup = {
    compile: once(() => new WebAssembly.Module(bytes), 10),
    measures: once(() => ours.measures(), 50),
    nextQuestionsEmpty: once(() => ours.nextQuestions({}, OPTIONS), 200),
    catalogueJsonBytes: encoder.encode(JSON.stringify(ours.measures())).length,
  };
  return {
    node: process.version,
    profiles: count,
    rounds,
    fixedMeasures: FIXED_IDS.length,
    measuresInCatalogue,
    reportBytes: avg(reportBytes),
    briefReportBytes: brief ? avg(briefBytes) : null,
    packedReportBytes: packedWords * 4,
    profileBytes: avg(corpus.map((p) => encoder.encode(JSON.stringify(p)))),
    results,
    startup,
    ratios: {
      jreOverOurs: results.jre.p50 / results.ours.p50,
      jsonLogicOverOurs: results.jsonLogic.p50 / results.ours.p50,
      boundaryShareOfOurs: results.boundary.p50 / results.ours.p50,
      coreShareOfOurs: results.core.p50 / results.ours.p50,
      jreOverOursBrief: brief ? results.jre.p50 / results.oursBrief.p50 : null,
    },
    sink,
  };
}

const us = (ns) => (ns / 1000).toFixed(ns < 10_000 ? 2 : 1);

export function markdown(r) {
  const rows = ['| what (per profile) | p50 µs | p95 µs | mean µs | vs ours p50 |', '|---|---:|---:|---:|---:|'];
  for (const [key, s] of Object.entries(r.results)) {
    const ratio = key === 'ours' || key === 'timer' ? '' : `${(s.p50 / r.results.ours.p50).toFixed(2)}×`;
    rows.push(`| ${s.label} | ${us(s.p50)} | ${us(s.p95)} | ${us(s.mean)} | ${ratio} |`);
  }
  return [
    ...rows,
    '',
    `${r.profiles} profiles × ${r.rounds} rounds per case (after a warm-up round), Node ${r.node}. ` +
      `Our evaluate covers all ${r.measuresInCatalogue} measures of the catalogue; the JS engines the ${r.fixedMeasures} fixed ones. ` +
      `Average sizes: profile ${Math.round(r.profileBytes)} B of JSON; our report crosses the boundary as ${Math.round(r.packedReportBytes)} B of numbers ` +
      `and is, as JSON, ${Math.round(r.reportBytes)} B (${r.briefReportBytes ? `${Math.round(r.briefReportBytes)} B brief` : ''}).`,
    '',
    `Once per page: compiling the wasm (\`new WebAssembly.Module\`) ${us(r.startup.compile)} µs; \`measures()\` ${us(r.startup.measures)} µs ` +
      `(${Math.round(r.startup.catalogueJsonBytes / 1024)} KiB of catalogue JSON); \`nextQuestions({})\` ${us(r.startup.nextQuestionsEmpty)} µs (medians).`,
    '',
    `json-rules-engine takes **${r.ratios.jreOverOurs.toFixed(2)}×** our p50` +
      (r.ratios.jreOverOursBrief ? ` (**${r.ratios.jreOverOursBrief.toFixed(2)}×** our brief p50)` : '') +
      `, json-logic-js **${r.ratios.jsonLogicOverOurs.toFixed(2)}×**; ` +
      `the boundary alone is ${(100 * r.ratios.boundaryShareOfOurs).toFixed(0)} % of our p50, ` +
      `the wasm call (copies, checks and the evaluation of every measure) ${(100 * r.ratios.coreShareOfOurs).toFixed(0)} %.`,
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const result = await runNodeBench({ count: Number(arg('count', 2000)), rounds: Number(arg('rounds', 12)) });
    result.markdown = markdown(result);
    const json = arg('json', null);
    if (json) writeFileSync(json, JSON.stringify(result, null, 2) + '\n');
    console.log(result.markdown);
  } catch (error) {
    console.error(error.message);
    process.exit(error.exitCode ?? 2);
  }
}
