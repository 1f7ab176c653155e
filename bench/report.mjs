#!/usr/bin/env node
// Writes BENCHMARKS.md from the results scripts/bench.sh left in bench/out/:
// the machine and the date, the goals (measured value, met/missed), then one
// section per benchmark. A step that did not produce its result is shown as
// "not run" rather than with stale numbers (bench.sh clears bench/out/ first).
//
//   node bench/report.mjs [--out BENCHMARKS.md] [--failed "step step"]

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { arg } from './corpus.mjs';
import { markdown as browserMd } from './browser.mjs';
import { markdown as criterionMd } from './criterion.mjs';
import { markdown as jsonlMd } from './jsonl.mjs';
import { markdown as wasmMd } from './wasm-size.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'bench', 'out');
const read = (name) => (existsSync(join(out, name)) ? JSON.parse(readFileSync(join(out, name), 'utf8')) : null);
const text = (name) => (existsSync(join(out, name)) ? readFileSync(join(out, name), 'utf8').trim() : null);
const cmd = (file, args) => {
  try {
    return execFileSync(file, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .trim()
      .split('\n')[0];
  } catch {
    return 'n/a';
  }
};

function machine() {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = cpuinfo.match(/^model name\s*:\s*(.*)$/m)?.[1] ?? cpus()[0]?.model ?? 'unknown';
  const mhz = cpuinfo.match(/^cpu MHz\s*:\s*(.*)$/m)?.[1];
  const os = existsSync('/etc/os-release')
    ? readFileSync('/etc/os-release', 'utf8').match(/^PRETTY_NAME="?(.*?)"?$/m)?.[1]
    : null;
  const load = existsSync('/proc/loadavg') ? readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ') : 'n/a';
  return {
    nproc: cmd('nproc', []),
    cpu: `${model}${mhz ? ` (${Number(mhz).toFixed(0)} MHz)` : ''}`,
    memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    os: `${os ?? 'unknown'}, Linux ${cmd('uname', ['-r'])}`,
    rustc: cmd('rustc', ['-V']),
    node: process.version,
    chromium: cmd('/usr/bin/chromium', ['--version']),
    loadEnd: load,
  };
}

const us = (ns) => `${(ns / 1000).toFixed(ns < 10_000 ? 2 : 1)} µs`;
const verdict = (ok) => (ok === null ? 'not measured' : ok ? '**met**' : '**missed**');

const FRAME_MS = 1000 / 60;

/** The goals of the mid-range-phone profile, and the desktop's one frame after the page. */
function phoneGoals(phone, browser) {
  const after = (b) => b.painted.median - b.baseline.fcp;
  const rows = [
    [
      'desktop: widget painted within one frame of the page’s own first paint',
      `≤ ${FRAME_MS.toFixed(1)} ms after`,
      browser?.baseline
        ? `${after(browser).toFixed(1)} ms after (${browser.painted.median.toFixed(1)} vs ${browser.baseline.fcp.toFixed(1)} ms)`
        : 'not run',
      browser?.baseline ? after(browser) <= FRAME_MS : null,
    ],
    [
      'phone: page to interactive widget (median, painted)',
      '≤ 600 ms',
      phone ? `${phone.painted.median.toFixed(1)} ms` : 'not run',
      phone ? phone.painted.median <= 600 : null,
    ],
    [
      '… within ~150 ms of the page’s own first paint (the page without the widget)',
      '≤ 150 ms after',
      phone?.baseline ? `${after(phone).toFixed(1)} ms after (page alone ${phone.baseline.fcp.toFixed(1)} ms)` : 'not run',
      phone?.baseline ? after(phone) <= 150 : null,
    ],
    [
      '… within 100 ms of the page’s own first paint (issue 26)',
      '≤ 100 ms after',
      phone?.baseline ? `${after(phone).toFixed(1)} ms after (page alone ${phone.baseline.fcp.toFixed(1)} ms)` : 'not run',
      phone?.baseline ? after(phone) <= 100 : null,
    ],
    ...(phone
      ? phone.answers.map((a) => [
          `phone: one answer → next frame — ${a.name}`,
          '≤ 50 ms',
          a.missing ? 'hook missing' : `${a.frame.toFixed(1)} ms`,
          a.missing ? null : a.frame <= 50,
        ])
      : [['phone: one answer → next frame', '≤ 50 ms', 'not run', null]]),
  ];
  return rows;
}

/** The command line on a whole registry (bench/batch-cli.sh's JSON). */
function batchCliRows(cli) {
  const run = (mode, jobs) => cli?.runs.find((r) => r.mode === mode && r.jobs === jobs);
  const all = run('csv', cli?.cores);
  return [
    [
      `CLI: a ${cli ? cli.runs[0].rows.toLocaleString('en-US') : '10,000,000'}-row registry, \`check --csv\` on all ${cli?.cores ?? ''} cores`,
      '< 60 s',
      all
        ? `${all.wallSeconds.toFixed(1)} s (${Math.round(all.rows / all.wallSeconds).toLocaleString('en-US')} rows/s)`
        : 'not run',
      all ? all.wallSeconds < 60 : null,
    ],
  ];
}

/**
 * The batch page in the browser (bench/batch-browser.mjs's JSON): end to end
 * twice, with what staff hand out (one measure's notification list) and with
 * the whole table for machines (the full CSV export, 1.9 KB a row).
 */
function batchBrowserRows(page) {
  const rows = (kind) => page?.[kind];
  const count = page ? page.rows.toLocaleString('en-US') : '100,000';
  const list = page?.notifyMeasure ? `\`${page.notifyMeasure}\`'s` : "one measure's";
  const ends = [
    ['rowsPerSecondEndToEndNotify', `parse + evaluate + ${list} notification list (CSV), what staff hand out`],
    ['rowsPerSecondEndToEnd', 'parse + evaluate + the full CSV export (every row × every measure, for machines)'],
  ];
  return [
    ...['csv', 'xlsx'].flatMap((kind) =>
      ends.map(([key, what]) => [
        `batch page: ${count} rows of ${kind.toUpperCase()}, ${what}, in the worker`,
        '≥ 100,000 rows/s',
        rows(kind)?.[key] ? `${rows(kind)[key].toLocaleString('en-US')} rows/s` : 'not run',
        rows(kind)?.[key] ? rows(kind)[key] >= 100_000 : null,
      ]),
    ),
    [
      'batch page: longest main-thread task during a run',
      '≤ 50 ms',
      page
        ? `${Math.max(page.csv.longestMainThreadTaskMs, page.xlsx.longestMainThreadTaskMs)} ms (0: none over 50 ms)`
        : 'not run',
      page ? Math.max(page.csv.longestMainThreadTaskMs, page.xlsx.longestMainThreadTaskMs) <= 50 : null,
    ],
  ];
}

export function batchBrowserMd(page) {
  const cell = (kind, key, unit = '') => (page[kind][key] == null ? 'n/a' : `${page[kind][key].toLocaleString('en-US')}${unit}`);
  const row = (label, key, unit) => `| ${label} | ${cell('csv', key, unit)} | ${cell('xlsx', key, unit)} |`;
  // Every pass's end to end with the list, in the order run (older JSON has one pass and no `runs`).
  const passes = (kind) =>
    page[kind].runs
      ? page[kind].runs.map((run) => run.rowsPerSecondEndToEndNotify.toLocaleString('en-US')).join(', ')
      : 'one pass';
  return [
    `Headless Chromium ${page.chromium}, \`www/batch.html\` from localhost, ${page.rows.toLocaleString('en-US')} rows ` +
      `(CSV ${(page.csv.bytes / 1e6).toFixed(1)} MB, the same rows as .xlsx ${(page.xlsx.bytes / 1e6).toFixed(1)} MB), dropped on the page as a user does` +
      (page.csv.runs
        ? `; ${page.csv.runs.length} passes of each in fresh pages, the median pass shown (longest task: of all passes).`
        : '.'),
    '',
    '| | CSV | .xlsx |',
    '|---|---:|---:|',
    row('parse: file → mapping shown (ms)', 'parseMs'),
    row('evaluate in the worker (ms)', 'evaluateMs'),
    row('… rows/s', 'rowsPerSecondEvaluate'),
    row('CSV export (ms)', 'exportCsvMs'),
    row('.xlsx export (ms)', 'exportXlsxMs'),
    row('**end to end** (parse + evaluate + CSV export), rows/s', 'rowsPerSecondEndToEnd'),
    row(`notification list of ${page.notifyMeasure ? `\`${page.notifyMeasure}\`` : 'one measure'}, CSV (ms)`, 'notifyCsvMs'),
    row('… its size (bytes)', 'notifyCsvBytes'),
    row('**end to end** (parse + evaluate + that list), rows/s', 'rowsPerSecondEndToEndNotify'),
    `| … in each pass (the median above) | ${passes('csv')} | ${passes('xlsx')} |`,
    row('peak renderer memory (MB, page + worker + wasm)', 'peakRendererRssMB'),
    row('peak main-thread JS heap (MB)', 'peakMainJsHeapMB'),
    row('longest main-thread task (ms; 0 = none over 50 ms)', 'longestMainThreadTaskMs'),
    row('CSV export size (bytes)', 'exportCsvBytes'),
  ].join('\n');
}

export function batchCliMd(cli) {
  const lines = [
    `${cli.runs[0].rows.toLocaleString('en-US')} rows (the 1,000-enterprise GBK fixture repeated; 4 % bad rows on purpose), output to /dev/null, ` +
      `\`--as-of\` fixed; load ${cli.load} at the start on ${cli.cores} cores. \`--jsonl\` with \`--brief\`.`,
    '',
    '| command | threads | wall s | rows/s | CPU s | rows per CPU-second | peak RSS |',
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of cli.runs) {
    lines.push(
      `| \`check --${r.mode}\` | ${r.jobs} | ${r.wallSeconds.toFixed(1)} | ${Math.round(r.rows / r.wallSeconds).toLocaleString('en-US')} | ` +
        `${r.cpuSeconds ?? 'n/a'} | ${r.cpuSeconds ? Math.round(r.rows / r.cpuSeconds).toLocaleString('en-US') : 'n/a'} | ` +
        `${r.peakRssKiB ? `${Math.round(r.peakRssKiB / 1024)} MiB` : 'n/a'} |`,
    );
  }
  return lines.join('\n');
}

/** Issue 26: what a first visit of one language downloads, compressed as the demo server sends it (brotli 11). */
function firstVisitRows(sizes) {
  const languages = ['zh-Hans', 'en'];
  if (!sizes) return [['first visit of one language, compressed as served (brotli)', '≤ 60 KB', 'not run', null]];
  return languages.map((lang) => {
    const visit = sizes[`first visit (${lang})`];
    return [
      `first visit of one language (${lang}): engine, widget and its words, compressed as served (brotli)`,
      '≤ 60 KB',
      visit ? `${(visit.brotli / 1024).toFixed(1)} KB (gzip ${(visit.gzip / 1024).toFixed(1)} KB)` : 'not run',
      visit ? visit.brotli <= 60 * 1024 : null,
    ];
  });
}

function goals({ node, jsonl, browser, phone, batchCli, batchBrowser, sizeNumbers }) {
  const slower = (ratio) => (ratio < 1 ? ` (ours is ${(1 / ratio).toFixed(1)}× slower)` : '');
  const brief = node?.results.oursBrief;
  const rows = [
    [
      'full-catalogue `evaluate` from JS, p50 — full report (default)',
      '≤ 10 µs',
      node ? us(node.results.ours.p50) : 'not run',
      node ? node.results.ours.p50 <= 10_000 : null,
    ],
    ...(brief ? [['… — brief report (`explain: false`)', '≤ 10 µs', us(brief.p50), brief.p50 <= 10_000]] : []),
    [
      'json-rules-engine p50 ÷ ours p50, same 15 rules — full report',
      '≥ 10×',
      node ? `${node.ratios.jreOverOurs.toFixed(2)}×${slower(node.ratios.jreOverOurs)}` : 'not run',
      node ? node.ratios.jreOverOurs >= 10 : null,
    ],
    ...(brief
      ? [
          [
            '… — brief report',
            '≥ 10×',
            `${node.ratios.jreOverOursBrief.toFixed(2)}×${slower(node.ratios.jreOverOursBrief)}`,
            node.ratios.jreOverOursBrief >= 10,
          ],
        ]
      : []),
    ...[jsonl?.full, jsonl?.brief]
      .filter(Boolean)
      .map((r, i) => [
        i === 0 ? `batch \`check --jsonl\`, profiles/s per core — ${r.mode}` : `… — \`${r.mode}\``,
        '≥ 100,000',
        r.perCpuSecond ? Math.round(r.perCpuSecond).toLocaleString('en-US') : 'n/a',
        r.perCpuSecond ? r.perCpuSecond >= 100_000 : null,
      ]),
    ...(jsonl ? [] : [['batch `check --jsonl`, profiles/s per core', '≥ 100,000', 'not run', null]]),
    [
      'page to interactive widget (localhost, median, painted)',
      '≤ 100 ms',
      browser
        ? `${browser.painted.median.toFixed(1)} ms${browser.baseline?.fcp != null ? ` (the page without the widget paints at ${browser.baseline.fcp.toFixed(1)} ms)` : ''}`
        : 'not run',
      browser ? browser.painted.median <= 100 : null,
    ],
    ...phoneGoals(phone, browser),
    ...firstVisitRows(sizeNumbers),
    ...batchCliRows(batchCli),
    ...batchBrowserRows(batchBrowser),
  ];
  return [
    '| goal | target | measured | |',
    '|---|---|---:|---|',
    ...rows.map(([what, target, value, ok]) => `| ${what} | ${target} | ${value} | ${verdict(ok)} |`),
  ].join('\n');
}

function whereTheTimeGoes({ node, criterion, jsonl, browser }) {
  const lines = [];
  if (browser?.baseline?.fcp != null) {
    const b = browser;
    lines.push(
      `- In the browser, the portal page alone (widget removed) first paints at ${b.baseline.fcp.toFixed(1)} ms; with the widget, the widget is painted at ${b.painted.median.toFixed(1)} ms, ` +
        `${(b.painted.median - b.baseline.fcp).toFixed(1)} ms later. Until then the main thread ran ${b.mainThread.script.toFixed(1)} ms of script (ours and the page's) and ${b.mainThread.layout.toFixed(1)} ms of layout; ` +
        `the rest is the fetch waterfall (HTML → widget module → its imports → wasm) and waiting for the CPU.`,
    );
  }
  if (node) {
    const r = node.results;
    lines.push(
      `- From JS, \`evaluate\` p50 is ${us(r.ours.p50)}: the glue takes the profile apart into numbers (${us(r.wayIn.p50)}), ` +
        `one wasm call copies them in, checks them, evaluates all ${node.measuresInCatalogue} measures and copies the report out packed into ` +
        `${Math.round(node.packedReportBytes).toLocaleString('en-US')} B of numbers (${us(r.core.p50)}), and the glue builds the report objects ` +
        `with every reason's zh + en words from tables it read once (${us(r.wayOut.p50)}). The same report as JSON is ` +
        `${Math.round(node.reportBytes).toLocaleString('en-US')} B, and decoding and \`JSON.parse\` of it alone would take ${us(r.reportParse.p50)}.`,
    );
    if (r.oursBrief) {
      lines.push(`- With \`explain: false\` (reasons as bare states) \`evaluate\` takes ${us(r.oursBrief.p50)} p50.`);
    }
    lines.push(`- The widget does \`evaluate\` + \`nextQuestions\` on every answer: ${us(r.widgetAnswer.p50)} p50.`);
  }
  if (criterion) {
    const get = (name) => criterion.benches.find((b) => b.name === name)?.median;
    const packedFull = get('packed/full');
    const evalFull = get('evaluate/full');
    const lineFull = get('jsonl-line/full');
    if (packedFull && evalFull && lineFull) {
      lines.push(
        `- Natively, for the fully specified profile: evaluating every measure (statuses, \`missing\`, each reason's state, packed) takes ${us(packedFull)}; ` +
          `building the library's \`Report\` with every reason's words ${us(evalFull)}; a whole batch line (read and check the JSON, evaluate, write the report) ${us(lineFull)}.`,
      );
    }
  }
  for (const r of [jsonl?.full, jsonl?.brief].filter(Boolean)) {
    lines.push(
      `- The batch (${r.mode}) writes ${Math.round(r.outputBytesPerReport).toLocaleString('en-US')} B per report ` +
        `(${r.outputMiB.toFixed(0)} MiB for ${r.count.toLocaleString('en-US')} profiles of ${Math.round(r.inputBytesPerProfile)} B each), ` +
        `${Math.round(r.perCpuSecond ?? r.perSecondWall).toLocaleString('en-US')} profiles/s per core.`,
    );
  }
  return lines.join('\n');
}

const section = (title, body, how) =>
  [`## ${title}`, '', how ? `${how}\n` : '', body ?? '_not run (see the output of scripts/bench.sh)_', ''].join('\n');

export function render() {
  const m = machine();
  const started = text('started.txt');
  const node = read('node.json');
  const jsonl = read('jsonl.json');
  const browser = read('browser.json');
  const phone = read('browser-phone.json');
  const batchCli = read('batch-cli.json');
  const batchBrowser = read('batch-browser.json');
  const criterion = read('criterion.json');
  const wasm = read('wasm-size.json');
  const sizes = text('sizes.md');
  const sizeNumbers = read('sizes.json');
  const failed = (arg('failed', '') || '').trim();
  return [
    '# Benchmarks',
    '',
    'Written by `scripts/bench.sh` (one command: builds, checks that the three engines agree, runs every benchmark, writes this file). ' +
      'Timings on a shared machine are noisy: read the medians, and compare runs made on the same machine.',
    '',
    `- **Date:** ${started ?? new Date().toISOString()}`,
    `- **Machine:** ${m.nproc} cores, ${m.cpu}, ${m.memory} RAM; ${m.os}`,
    `- **Tools:** ${m.rustc}; Node ${m.node}; ${m.chromium}`,
    `- **Load average** (1/5/15 min): ${text('load-start.txt') ?? 'n/a'} at the start, ${m.loadEnd} at the end (on ${m.nproc} cores; above ${m.nproc} other work was competing for the CPU)`,
    failed ? `- **Steps that failed:** ${failed}` : '',
    '',
    '## Goals',
    '',
    goals({ node, jsonl, browser, phone, batchCli, batchBrowser, sizeNumbers }),
    '',
    '## Where the time goes',
    '',
    whereTheTimeGoes({ node, criterion, jsonl, browser }) || '_not measured_',
    '',
    section('Native: criterion', criterion && criterionMd(criterion)),
    section(
      'Native: batch `check --jsonl`',
      jsonl && jsonlMd(jsonl),
      'Input: `bench/gen-jsonl.mjs`, 100,000 profiles (half complete, half with facts left out), output to /dev/null; `/usr/bin/time` for CPU seconds.',
    ),
    section(
      'Node: the same fifteen rules in three engines',
      node && (node.markdown ?? null),
      'Same process, same corpus (`bench/corpus.mjs`: complete, boundary-heavy profiles); the corpus is first checked by `bench/agree.mjs` — ' +
        'all three engines agree on every one of the fifteen measures for every profile, or nothing is timed. ' +
        'Each call timed alone with `process.hrtime.bigint()`; cases interleaved round by round.',
    ),
    section('Browser: page to interactive, and one answer', browser && browserMd(browser)),
    section(
      'Browser on a mid-range phone: page to interactive, and one answer',
      phone && browserMd(phone),
      'The same runs with every context emulated as a mid-range phone through Chromium’s own CDP emulation: ' +
        'CPU slowed 4× (`Emulation.setCPUThrottlingRate`), 60 ms round trip and 9 Mbit/s each way (`Network.emulateNetworkConditions`), ' +
        'a 390×844 mobile viewport; the baseline page gets the same. The demo server compresses (brotli) as a portal’s server would.',
    ),
    section(
      'Batch: the command line on a whole registry',
      batchCli && batchCliMd(batchCli),
      '`bench/batch-cli.sh` (`/usr/bin/time` for CPU and memory).',
    ),
    section('Batch: the batch page in the browser', batchBrowser && batchBrowserMd(batchBrowser), '`bench/batch-browser.mjs`.'),
    // The Spark job (spark/bench.sh, run by hand: it needs .venv and Java,
    // and takes minutes): its last results, kept across runs.
    section(
      'Spark: the job on a registry',
      existsSync(join(root, 'bench', 'spark.md')) ? readFileSync(join(root, 'bench', 'spark.md'), 'utf8').trim() : null,
      '`spark/bench.sh` (writes `bench/spark.md`; not run by scripts/bench.sh).',
    ),
    section(
      'Sizes',
      sizes,
      '`node scripts/size-report.mjs --markdown` (gzip level 9, and brotli quality 11 as the demo server sends):',
    ),
    section('What the wasm is made of', wasm && wasmMd(wasm, wasm.twiggy)),
    // Measured once, kept across runs: written by hand in bench/decisions.md.
    existsSync(join(root, 'bench', 'decisions.md')) ? readFileSync(join(root, 'bench', 'decisions.md'), 'utf8').trim() : null,
  ]
    .filter((line) => line !== null)
    .join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = arg('out', join(root, 'BENCHMARKS.md'));
  writeFileSync(file, render().replace(/\n{3,}/g, '\n\n'));
  console.log(`report: wrote ${file}`);
}
