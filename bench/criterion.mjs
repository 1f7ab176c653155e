#!/usr/bin/env node
// Native numbers: runs the criterion benchmarks of benches/evaluate.rs
// (`cargo bench --bench evaluate`) with short warm-up and measurement times,
// and reads each benchmark's median from target/criterion/<name>/new/
// estimates.json (falling back to the "time: [lo est hi]" line it prints).
// Whatever benchmarks the file defines are reported, in the order run.
//
// Two settings make the build reliable, and neither changes what is measured:
//   CARGO_PROFILE_BENCH_PANIC=unwind  the release profile (which `bench`
//       inherits) has panic = "abort", but a bench harness is always built
//       with unwind; cargo then builds the library twice under the same file
//       names ("output filename collision", cargo#6313) and the CLI binary,
//       which `cargo bench` builds too, fails to link (undefined symbols) or
//       to type-check ("multiple different versions of crate serde_core").
//       With unwind for the bench profile the library is built once.
//   CARGO_TARGET_DIR=target/bench-criterion  its own target directory, so a
//       `cargo build --release` running at the same time (ours or anyone's)
//       cannot swap artifacts under it.
//
//   node bench/criterion.mjs [--warm-up 1] [--measure 3] [--json FILE]

import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { arg } from './corpus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const TARGET = join(root, 'target', 'bench-criterion');
const UNITS = { ps: 1e-3, ns: 1, µs: 1e3, us: 1e3, ms: 1e6, s: 1e9 };

function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, CARGO_TARGET_DIR: TARGET, CARGO_PROFILE_BENCH_PANIC: 'unwind' },
    });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      process.stderr.write(chunk);
    });
    child.stderr.on('data', (chunk) => process.stderr.write(chunk));
    child.on('error', reject);
    child.on('close', (status) =>
      status === 0 ? resolve(out) : reject(new Error(`${command} ${args.join(' ')} exited ${status}`)),
    );
  });
}

/** [{ name, lo, est, hi }] in ns from criterion's console output. */
export function parseCriterion(text) {
  const out = [];
  let name = null;
  for (const line of text.split('\n')) {
    const m = line.match(/^(\S.*?)?\s*time:\s+\[([\d.]+) (\S+) ([\d.]+) (\S+) ([\d.]+) (\S+)\]/);
    if (m) {
      const benchName = (m[1] ?? '').trim() || name;
      const ns = (value, unit) => Number(value) * (UNITS[unit] ?? NaN);
      if (benchName) out.push({ name: benchName, lo: ns(m[2], m[3]), est: ns(m[4], m[5]), hi: ns(m[6], m[7]) });
      name = null;
    } else if (
      /^\S/.test(line) &&
      !/^(Benchmarking|Found|Gnuplot|Warning|Running|Compiling|Finished|change:|Performance|No change|Change within)/.test(
        line.trim(),
      )
    ) {
      name = line.trim();
    }
  }
  return out;
}

export async function runCriterion({ warmUp = 1, measure = 3 } = {}) {
  const text = await run('cargo', [
    'bench',
    '--bench',
    'evaluate',
    '--',
    '--warm-up-time',
    String(warmUp),
    '--measurement-time',
    String(measure),
  ]);
  const parsed = parseCriterion(text);
  if (!parsed.length) throw new Error('no criterion results found in the output of cargo bench');
  return {
    warmUp,
    measure,
    benches: parsed.map((b) => {
      const file = join(TARGET, 'criterion', ...b.name.split('/'), 'new', 'estimates.json');
      let median = null;
      if (existsSync(file)) {
        try {
          median = JSON.parse(readFileSync(file, 'utf8')).median.point_estimate;
        } catch {
          median = null;
        }
      }
      return { ...b, median: median ?? b.est };
    }),
  };
}

const fmt = (ns) =>
  ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : ns >= 1e3 ? `${(ns / 1e3).toFixed(2)} µs` : `${ns.toFixed(0)} ns`;

export function markdown(r) {
  return [
    `criterion, \`cargo bench --bench evaluate -- --warm-up-time ${r.warmUp} --measurement-time ${r.measure}\` (native, release profile):`,
    '',
    '| benchmark | median | criterion interval [low – high] | per second (1 core) |',
    '|---|---:|---:|---:|',
    ...r.benches.map(
      (b) =>
        `| \`${b.name}\` | ${fmt(b.median)} | ${fmt(b.lo)} – ${fmt(b.hi)} | ${Math.round(1e9 / b.median).toLocaleString('en-US')} |`,
    ),
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const result = await runCriterion({ warmUp: Number(arg('warm-up', 1)), measure: Number(arg('measure', 3)) });
    const json = arg('json', null);
    if (json) writeFileSync(json, JSON.stringify(result, null, 2) + '\n');
    console.log(markdown(result));
  } catch (error) {
    console.error(`criterion: ${error.message}`);
    process.exit(2);
  }
}
