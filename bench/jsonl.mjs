#!/usr/bin/env node
// Batch throughput of the native CLI: `hitech-eligibility check --jsonl FILE`
// on 100,000 generated profiles (bench/gen-jsonl.mjs), stdout to /dev/null.
// One unmeasured run first checks the output (N lines in, N reports out, exit
// status 0) and its size; then RUNS timed runs under /usr/bin/time (wall,
// user and system seconds, peak RSS), median taken. The CLI is single-
// threaded, so profiles per CPU-second (user + sys) is profiles/s per core;
// the wall-clock rate is shown too (on a busy machine it is the lower one).
// Both output modes are measured: the full report (default) and `--brief`
// (reasons as bare states), when the binary has it.
//
//   node bench/jsonl.mjs [--bin target/release/hitech-eligibility]
//                        [--count 100000] [--runs 5] [--json FILE]

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { arg } from './corpus.mjs';
import { generateLines } from './gen-jsonl.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const median = (list) => {
  const s = [...list].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Runs the CLI once, streaming: exit status, output bytes, newline count, first line. */
function checkRun(bin, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let bytes = 0;
    let newlines = 0;
    let head = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      bytes += chunk.length;
      if (head.length < 1 << 16) head += chunk.toString('utf8');
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) newlines++;
    });
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, bytes, newlines, first: head.split('\n')[0], stderr }));
  });
}

/** Whether the binary knows `check --brief`. */
export function hasBrief(bin) {
  const help = spawnSync(bin, ['--help'], { encoding: 'utf8' });
  return /--brief/.test(help.stdout ?? '');
}

export async function runJsonlBench({
  bin = join(root, 'target/release/hitech-eligibility'),
  count = 100_000,
  runs = 5,
  brief = false,
  log = console.error,
} = {}) {
  if (!existsSync(bin)) throw new Error(`${bin} is missing: cargo build --release`);
  const dir = join(root, 'bench', 'out');
  mkdirSync(dir, { recursive: true });
  const input = join(dir, `profiles-${count}.jsonl`);
  if (!existsSync(input)) {
    log(`jsonl bench: writing ${input}`);
    writeFileSync(input, generateLines({ count }));
  }
  const inputBytes = statSync(input).size;

  // The check run: every line answered, no error records.
  // One thread: the figure is per core (--jsonl uses every core by default).
  const args = ['check', '--jsonl', input, '--jobs', '1', ...(brief ? ['--brief'] : [])];
  const check = await checkRun(bin, args);
  if (check.status !== 0) throw new Error(`check --jsonl exited ${check.status}: ${check.stderr.slice(0, 500)}`);
  const outputBytes = check.bytes;
  if (check.newlines !== count) throw new Error(`check --jsonl wrote ${check.newlines} lines for ${count} profiles`);
  if (!Array.isArray(JSON.parse(check.first).results)) throw new Error(`unexpected output line: ${check.first.slice(0, 200)}`);

  const haveTime = existsSync('/usr/bin/time');
  const timeFile = join(tmpdir(), `hitech-jsonl-time-${process.pid}`);
  const samples = [];
  for (let run = 0; run < runs; run++) {
    const t0 = process.hrtime.bigint();
    const child = haveTime
      ? spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', '-o', timeFile, bin, ...args], {
          stdio: ['ignore', 'ignore', 'inherit'],
        })
      : spawnSync(bin, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    const wall = Number(process.hrtime.bigint() - t0) / 1e9;
    if (child.status !== 0) throw new Error(`timed run exited ${child.status}`);
    let cpu = null;
    let peakKiB = null;
    if (haveTime) {
      const [, user, sys, maxRss] = readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
      cpu = user + sys;
      peakKiB = maxRss;
    }
    samples.push({ wall, cpu, peakKiB });
    log(
      `jsonl bench${brief ? ' (--brief)' : ''}: run ${run + 1}/${runs}: ${wall.toFixed(2)} s wall${cpu === null ? '' : `, ${cpu.toFixed(2)} s CPU`}`,
    );
  }
  rmSync(timeFile, { force: true });
  const wall = median(samples.map((s) => s.wall));
  const cpu = haveTime ? median(samples.map((s) => s.cpu)) : null;
  return {
    mode: brief ? '--brief' : 'full report',
    count,
    runs,
    inputBytesPerProfile: inputBytes / count,
    outputBytesPerReport: outputBytes / count,
    outputMiB: outputBytes / 2 ** 20,
    wallSeconds: { median: wall, min: Math.min(...samples.map((s) => s.wall)), max: Math.max(...samples.map((s) => s.wall)) },
    cpuSeconds: cpu,
    perSecondWall: count / wall,
    perCpuSecond: cpu ? count / cpu : null,
    peakRssMiB: haveTime ? median(samples.map((s) => s.peakKiB)) / 1024 : null,
  };
}

/** A table with one column per mode; `results` is { full, brief? }. */
export function markdown(results) {
  const modes = [results.full, results.brief].filter(Boolean);
  const n = (x) => Math.round(x).toLocaleString('en-US');
  const row = (label, cell) => `| ${label} | ${modes.map(cell).join(' | ')} |`;
  const count = modes[0].count.toLocaleString('en-US');
  return [
    `| \`check --jsonl\`, ${count} profiles | ${modes.map((r) => r.mode).join(' | ')} |`,
    `|---|${modes.map(() => '---:').join('|')}|`,
    row(
      `wall time, median of ${modes[0].runs} (min – max)`,
      (r) => `${r.wallSeconds.median.toFixed(2)} s (${r.wallSeconds.min.toFixed(2)} – ${r.wallSeconds.max.toFixed(2)})`,
    ),
    row('CPU time (user + sys), median', (r) => (r.cpuSeconds === null ? 'n/a' : `${r.cpuSeconds.toFixed(2)} s`)),
    row('**profiles/s per core** (profiles ÷ CPU seconds)', (r) => `**${r.perCpuSecond === null ? 'n/a' : n(r.perCpuSecond)}**`),
    row('profiles/s, wall clock', (r) => n(r.perSecondWall)),
    row('input per profile', (r) => `${n(r.inputBytesPerProfile)} B`),
    row('output per report', (r) => `${n(r.outputBytesPerReport)} B (${r.outputMiB.toFixed(0)} MiB in all)`),
    row('peak RSS', (r) => (r.peakRssMiB === null ? 'n/a' : `${r.peakRssMiB.toFixed(1)} MiB`)),
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const options = { bin: arg('bin', undefined), count: Number(arg('count', 100_000)), runs: Number(arg('runs', 5)) };
    const result = { full: await runJsonlBench(options) };
    if (hasBrief(options.bin ?? join(root, 'target/release/hitech-eligibility')))
      result.brief = await runJsonlBench({ ...options, brief: true });
    const json = arg('json', null);
    if (json) writeFileSync(json, JSON.stringify(result, null, 2) + '\n');
    console.log(markdown(result));
  } catch (error) {
    console.error(`jsonl bench: ${error.message}`);
    process.exit(2);
  }
}
