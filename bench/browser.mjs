#!/usr/bin/env node
// Browser benchmark: the demo portal (www/index.html, served with pkg/ by
// scripts/serve.mjs on localhost) in headless Chromium via playwright-core.
//
// Page to interactive widget, in each of N fresh browser contexts (empty HTTP
// cache), measured inside the page with performance.now() (navigation start
// = 0). An init script, added before any page script runs:
//   - listens for the widget's first `hitech-eligibility-change` event: the
//     widget dispatches it at the end of its first #update(), right after the
//     first render, i.e. once the wasm has been fetched, compiled and
//     instantiated, the catalogue read and the form built ("rendered");
//   - then waits for the next animation frame and a task after it, i.e. the
//     frame that paints that first render ("painted"; the goal is judged on
//     this one);
//   - checks that the shadow root then holds a form control;
//   - wraps WebAssembly.instantiateStreaming / instantiate to time them.
// Resource Timing gives when each script and the wasm were fetched.
//
// Baseline: the same page with the widget's <script> and element taken out
// (a copy of www/ in a temporary directory, served the same way), loaded in
// a fresh context in every run too; its first contentful paint is what this
// browser on this machine needs for the portal alone, without the widget.
//
// One answer → updated results, in the same page afterwards: a click on an
// audience radio, a change of the location <select>, a click on the first
// yes/no question, each timed from just before the input to the widget's
// `hitech-eligibility-change` event (synchronous: engine + DOM update) and to
// the next frame after it (what the user sees; includes waiting for vsync).
//
// The mid-range-phone profile (--phone): every context of the run is a
// 390×844 mobile viewport whose renderer is slowed 4× (CDP
// Emulation.setCPUThrottlingRate) on a 4G-like network (CDP
// Network.emulateNetworkConditions: 60 ms round trip per request,
// 9 Mbit/s each way); the baseline page gets the same.
//
//   node bench/browser.mjs [--runs 9] [--phone] [--json FILE]
// Prints a markdown table; --json also writes the numbers. Median of the runs
// (one extra first run is a discarded warm-up).
//
// The answers alone, an interleaved A/B of packages (no baseline page):
//   node bench/browser.mjs --answers [--pkg DIR[,DIR…]] [--pause MS] [--runs 9] [--phone] [--json FILE]
// loads the widget from each package in turn (served side by side, the order
// alternated run by run, a fresh context each time), times the page to the
// widget painted (its first row) and the same three answers; --pause waits MS after each answer's frame before the next one, as
// a person reading would (0 by default, as above: the next answer comes while
// the last one's cards are still being built). The load average is printed
// beside the figures: on a shared machine compare only packages measured in
// the same run.

import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { arg } from './corpus.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/browser/browser.mjs';

// Chromium 156 in (new) headless mode is the whole browser: every new
// context opens a window, and every window preloads the omnibox popup, a
// WebUI page (chrome://omnibox-popup.top-chrome) with some 400 modules, in
// its own renderer. In a trace of one fresh context that renderer ran ~900 ms
// of main-thread tasks during the page load, on a 2-core machine, next to
// the page. A person's browser built its window long before they navigate to
// the portal; the page's own work (renderer start, fetch, parse, layout,
// fonts, wasm) is still all measured.
// All four features must be off: with any one left on, the popup renderer
// still appeared in some contexts (checked with a trace's process list).
const ARGS = [
  ...CHROMIUM_ARGS,
  '--disable-features=PreloadTopChromeWebUI,WebUIOmniboxFullPopup,WebUIOmniboxPopup,WebUIOmniboxAimPopup',
];

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The mid-range phone: CPU 4× slower, 60 ms RTT, 9 Mbit/s, 390×844. */
export const PHONE = {
  name: 'mid-range phone: CPU 4× slower, 60 ms round trip, 9 Mbit/s, 390×844',
  cpuRate: 4,
  latency: 60,
  bytesPerSecond: (9 * 1000 * 1000) / 8,
  context: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
};

/** A fresh context, with the profile's CPU and network applied to its page before it navigates. */
async function openContext(browser, profile, init) {
  const context = await browser.newContext(profile?.context ?? {});
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  if (profile) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: profile.latency,
      downloadThroughput: profile.bytesPerSecond,
      uploadThroughput: profile.bytesPerSecond,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuRate });
  }
  return { context, page, cdp };
}

/** Runs in the page before any of its scripts. */
function instrument() {
  const bench = (window.__bench = { marks: {}, wasm: [] });
  const mark = (name) => (bench.marks[name] ??= performance.now());
  for (const name of ['instantiateStreaming', 'instantiate']) {
    const original = WebAssembly[name];
    if (typeof original !== 'function') continue;
    WebAssembly[name] = function (...args) {
      const entry = { name, start: performance.now() };
      bench.wasm.push(entry);
      return original.apply(this, args).then((result) => ((entry.end = performance.now()), result));
    };
  }
  // The first frame that shows the widget's form (its audience choice or location list): before
  // the engine where the element can paint its first screen without it (issue 26), else with it.
  requestAnimationFrame(function watch() {
    if (!document.querySelector('hitech-eligibility')?.shadowRoot?.querySelector('fieldset, select')) {
      requestAnimationFrame(watch);
      return;
    }
    mark('formShown');
    const channel = new MessageChannel();
    channel.port1.onmessage = () => mark('formPainted');
    channel.port2.postMessage(0);
  });
  addEventListener(
    'hitech-eligibility-change',
    (event) => {
      if (bench.marks.rendered) return;
      mark('rendered');
      const root = event.target.shadowRoot;
      bench.hasControl = !!root?.querySelector('input, select, button');
      requestAnimationFrame(() => {
        mark('frame');
        const channel = new MessageChannel();
        channel.port1.onmessage = () => mark('painted');
        channel.port2.postMessage(0);
      });
    },
    { capture: true },
  );
}

/** Runs in the page once the widget is up: three answers, timed; `pause` ms after each answer's frame. */
async function answer(pause = 0) {
  const el = document.querySelector('hitech-eligibility');
  const root = el.shadowRoot;
  const nextFrame = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = resolve;
        channel.port2.postMessage(0);
      }),
    );
  const steps = [];
  const act = async (name, find, fire) => {
    const target = find();
    if (!target) return steps.push({ name, missing: true });
    await nextFrame(); // start from an idle page
    let event;
    const on = () => (event ??= performance.now());
    el.addEventListener('hitech-eligibility-change', on);
    const t0 = performance.now();
    fire(target);
    await nextFrame();
    const frame = performance.now();
    // The audience's results (and its change event) come a frame after its questions: still this answer's event.
    await nextFrame();
    el.removeEventListener('hitech-eligibility-change', on);
    steps.push({ name, event: event === undefined ? null : event - t0, frame: frame - t0 });
    if (pause > 0) await new Promise((resolve) => setTimeout(resolve, pause));
  };
  await act(
    'choose audience (radio)',
    () => root.querySelector('input[name="q-audience"][value="enterprise"]'),
    (t) => t.click(),
  );
  await act(
    'choose location (select)',
    () => root.querySelector('select#loc'),
    (t) => {
      t.value = 'guizhou:national';
      t.dispatchEvent(new Event('change', { bubbles: true }));
    },
  );
  await act(
    'answer a yes/no question',
    () => root.querySelector('.qlist input[type="radio"][value="true"]'),
    (t) => t.click(),
  );
  return steps;
}

/** Runs in the page after the answers: the engine calls the widget makes at start-up, timed in this page. */
async function startupCalls() {
  const glue = await import('/pkg/index.js'); // the instance the widget initialised
  // measures() gives the quotes and notes once details.json is in: the widget fetches it in idle
  // time, which a fast run could beat (the bench then failed on measures()).
  await glue.loadDetails?.();
  const time = (fn, n = 15) => {
    const all = [];
    for (let i = 0; i < n; i++) {
      // The same call again: time it, not the report the glue keeps for the task.
      glue.__steps.forget();
      const t0 = performance.now();
      fn();
      all.push(performance.now() - t0);
    }
    all.sort((a, b) => a - b);
    return all[all.length >> 1];
  };
  const profile = { asOf: '2026-01-01', province: 'guizhou', zoneLevel: 'national', highTechEnterprise: true };
  return {
    measures: time(() => glue.measures()),
    zones: time(() => glue.zones()),
    nextQuestionsEmpty: time(() => glue.nextQuestions({})),
    evaluate: time(() => glue.evaluate(profile), 51),
    nextQuestions: time(() => glue.nextQuestions(profile), 51),
    catalogueJsonBytes: new TextEncoder().encode(JSON.stringify(glue.measures())).length,
  };
}

const median = (list) => {
  const s = list.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  if (!s.length) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export async function runBrowserBench({ runs = 9, page: pagePath = 'index.html', profile = null, log = console.error } = {}) {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing`);
  let chromium, startServer;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch (error) {
    throw new Error(`playwright-core is not installed (npm install): ${error.message}`);
  }
  try {
    ({ startServer } = await import('../scripts/serve.mjs'));
  } catch (error) {
    throw new Error(`scripts/serve.mjs with startServer() is needed: ${error.message}`);
  }
  if (typeof startServer !== 'function') throw new Error('scripts/serve.mjs does not export startServer()');
  const server = await startServer({ port: 0 });
  // The baseline portal: www/ copied, the widget taken out of the page.
  const baselineWww = mkdtempSync(join(tmpdir(), 'hitech-baseline-'));
  cpSync(join(root, 'www'), baselineWww, { recursive: true });
  const html = readFileSync(join(baselineWww, pagePath), 'utf8');
  const stripped = html
    .replace(/<script[^>]*hitech-eligibility[^>]*><\/script>/g, '')
    .replace(/<hitech-eligibility[^>]*>[\s\S]*?<\/hitech-eligibility>/g, '');
  if (stripped === html) throw new Error(`cannot find the widget in www/${pagePath} to make the baseline page`);
  writeFileSync(join(baselineWww, pagePath), stripped);
  const baselineServer = await startServer({ port: 0, www: baselineWww });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const loads = [];
  const baselines = [];
  try {
    for (let run = 0; run <= runs; run++) {
      {
        const { context, page, cdp } = await openContext(browser, profile);
        await page.goto(new URL(pagePath, baselineServer.url).href, { waitUntil: 'load' });
        await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, {
          timeout: 30_000,
        });
        const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
        const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0].startTime);
        await context.close();
        if (run > 0) baselines.push({ fcp, task: metrics.TaskDuration * 1000, layout: metrics.LayoutDuration * 1000 });
      }
      const { context, page, cdp } = await openContext(browser, profile, instrument);
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(new URL(pagePath, server.url).href);
      await page.waitForFunction(() => window.__bench?.marks.painted !== undefined, null, { timeout: 30_000 });
      // Main-thread time spent so far (seconds, cumulative): less sensitive
      // than the timeline to waiting on a busy machine.
      const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
      const load = await page.evaluate(() => {
        const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
        const nav = performance.getEntriesByType('navigation')[0];
        const resources = performance.getEntriesByType('resource').map((r) => ({
          name: new URL(r.name).pathname,
          start: r.startTime,
          end: r.responseEnd,
          bytes: r.encodedBodySize,
        }));
        return {
          fcp,
          ...window.__bench,
          nav: {
            responseEnd: nav.responseEnd,
            domInteractive: nav.domInteractive,
            domContentLoaded: nav.domContentLoadedEventEnd,
            load: nav.loadEventEnd,
          },
          resources,
        };
      });
      load.mainThread = {
        task: metrics.TaskDuration * 1000,
        script: metrics.ScriptDuration * 1000,
        layout: metrics.LayoutDuration * 1000,
        style: metrics.RecalcStyleDuration * 1000,
      };
      load.answers = await page.evaluate(answer);
      load.calls = await page.evaluate(startupCalls);
      load.errors = errors;
      await context.close();
      if (!load.hasControl) throw new Error('the widget rendered no form control at its first change event');
      if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
      if (run > 0) loads.push(load);
      log(`browser bench: run ${run}/${runs}${run === 0 ? ' (warm-up)' : ''}: painted at ${load.marks.painted.toFixed(1)} ms`);
    }
  } finally {
    await browser.close();
    await server.close();
    await baselineServer.close();
    rmSync(baselineWww, { recursive: true, force: true });
  }

  const res = (load, suffix) => load.resources.find((r) => r.name.endsWith(suffix));
  const wasmCall = (load) => load.wasm.find((w) => w.end !== undefined);
  const rows = {
    documentLoaded: median(loads.map((l) => l.nav.responseEnd)),
    domContentLoaded: median(loads.map((l) => l.nav.domContentLoaded)),
    widgetScriptLoaded: median(loads.map((l) => res(l, '/hitech-eligibility.js')?.end)),
    wasmFetchStart: median(loads.map((l) => res(l, '.wasm')?.start)),
    wasmFetchEnd: median(loads.map((l) => res(l, '.wasm')?.end)),
    wasmInstantiateStart: median(loads.map((l) => wasmCall(l)?.start)),
    wasmInstantiated: median(loads.map((l) => wasmCall(l)?.end)),
    rendered: median(loads.map((l) => l.marks.rendered)),
    painted: median(loads.map((l) => l.marks.painted)),
    formPainted: median(loads.map((l) => l.marks.formPainted)),
  };
  const spread = { min: Math.min(...loads.map((l) => l.marks.painted)), max: Math.max(...loads.map((l) => l.marks.painted)) };
  const stepNames = loads[0].answers.map((s) => s.name);
  const answers = stepNames.map((name) => {
    const all = loads.map((l) => l.answers.find((s) => s.name === name));
    return {
      name,
      missing: all.some((s) => s.missing),
      event: median(all.map((s) => s.event)),
      frame: median(all.map((s) => s.frame)),
    };
  });
  const calls = Object.fromEntries(Object.keys(loads[0].calls).map((key) => [key, median(loads.map((l) => l.calls[key]))]));
  // Every resource the page fetched: median start and end.
  const names = [...new Set(loads.flatMap((l) => l.resources.map((r) => r.name)))];
  const resources = names.map((name) => ({
    name,
    start: median(loads.map((l) => res(l, name)?.start)),
    end: median(loads.map((l) => res(l, name)?.end)),
  }));
  const baseline = {
    fcp: median(baselines.map((b) => b.fcp)),
    task: median(baselines.map((b) => b.task)),
    layout: median(baselines.map((b) => b.layout)),
  };
  const mainThread = Object.fromEntries(
    ['task', 'script', 'layout', 'style'].map((k) => [k, median(loads.map((l) => l.mainThread[k]))]),
  );
  return {
    baseline,
    widgetPageFcp: median(loads.map((l) => l.fcp)),
    mainThread,
    resources,
    calls,
    chromium: browser.version(),
    profile: profile?.name ?? null,
    runs,
    page: pagePath,
    wasmApi: loads[0].wasm[0]?.name ?? 'none seen',
    timeline: rows,
    painted: { median: rows.painted, ...spread },
    answers,
    wasmBytes: loads[0].resources.find((r) => r.name.endsWith('.wasm'))?.bytes,
  };
}

/**
 * The three answers alone, from each of `packages` (pkg/ directories, served
 * side by side, each with the www/ beside it when it has one — a worktree of
 * another commit, whose pages preload that commit's files — else this one's),
 * alternating which goes first run by run.
 */
export async function runAnswers({ packages, runs = 9, profile = null, pause = 0, log = console.error } = {}) {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing`);
  const { chromium } = await import('playwright-core');
  const { startServer } = await import('../scripts/serve.mjs');
  const servers = [];
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const load = { start: loadavg() };
  const all = packages.map(() => []);
  try {
    for (const dir of packages) {
      const www = join(dir, '..', 'www');
      servers.push(await startServer({ port: 0, pkg: dir, ...(existsSync(join(www, 'index.html')) ? { www } : {}) }));
    }
    for (let run = 0; run <= runs; run++) {
      const order = packages.map((_, i) => i);
      if (run % 2) order.reverse();
      for (const i of order) {
        const { context, page } = await openContext(browser, profile, instrument);
        const errors = [];
        page.on('pageerror', (e) => errors.push(e.message));
        await page.goto(new URL('index.html', servers[i].url).href);
        await page.waitForFunction(() => window.__bench?.marks.painted !== undefined, null, { timeout: 30_000 });
        const painted = await page.evaluate(() => window.__bench.marks.painted);
        const steps = await page.evaluate(answer, pause);
        // The page's own load first: from navigation to the widget's first render painted.
        steps.unshift({ name: 'page → interactive widget (painted)', event: null, frame: painted });
        await context.close();
        if (errors.length) throw new Error(`page errors (${packages[i]}): ${errors.join('; ')}`);
        if (steps.some((s) => s.missing)) throw new Error(`an answer's input is missing (${packages[i]})`);
        if (run > 0) all[i].push(steps);
        const frames = steps.map((s) => s.frame.toFixed(1)).join(', ');
        log(`answers: run ${run}/${runs}${run === 0 ? ' (warm-up)' : ''}, ${packages[i]}: ${frames} ms to the frame`);
      }
    }
  } finally {
    await browser.close();
    for (const server of servers) await server.close();
  }
  load.end = loadavg();
  const names = all[0][0].map((s) => s.name);
  return {
    chromium: browser.version(),
    profile: profile?.name ?? null,
    runs,
    pause,
    load,
    packages: packages.map((dir, i) => ({
      dir,
      steps: names.map((name) => {
        const got = all[i].map((steps) => steps.find((s) => s.name === name));
        const frames = got.map((s) => s.frame);
        return {
          name,
          event: median(got.map((s) => s.event)),
          frame: median(frames),
          min: Math.min(...frames),
          max: Math.max(...frames),
        };
      }),
    })),
  };
}

const ms = (x) => (x == null ? 'n/a' : x.toFixed(1));

/** The A/B of runAnswers as a table: each package's change event and next frame, median (min–max) ms. */
export function answersMarkdown(r) {
  const loads = (l) => l.map((x) => x.toFixed(2)).join(' ');
  return [
    `Headless Chromium ${r.chromium}${r.profile ? `, emulating a ${r.profile}` : ''}; ${r.runs} fresh pages per package, ` +
      `alternated; ${r.pause ? `${r.pause} ms pause after each answer's frame` : 'no pause between answers'}. ` +
      `Load average (1/5/15 min) ${loads(r.load.start)} at the start, ${loads(r.load.end)} at the end.`,
    '',
    `| one answer → | ${r.packages.map((p) => `\`${p.dir}\`: change event, next frame (min–max) ms`).join(' | ')} |`,
    `|---|${r.packages.map(() => '---:').join('|')}|`,
    ...r.packages[0].steps.map(
      (step, k) =>
        `| ${step.name} | ${r.packages
          .map((p) => p.steps[k])
          .map((s) => `${ms(s.event)}, **${ms(s.frame)}** (${ms(s.min)}–${ms(s.max)})`)
          .join(' | ')} |`,
    ),
  ].join('\n');
}

export function markdown(r) {
  const t = r.timeline;
  const lines = [
    `Headless Chromium ${r.chromium}, \`/${r.page}\` from localhost${r.profile ? `, emulating a ${r.profile}` : ''}, median of ${r.runs} fresh contexts (empty cache). ` +
      `Times in ms from navigation start, read in the page with \`performance.now()\`.`,
    '',
    '| milestone | median ms |',
    '|---|---:|',
    ...(r.baseline
      ? [
          `| _baseline: the same page without the widget, first contentful paint_ | _${ms(r.baseline.fcp)}_ (main thread ${ms(r.baseline.task)}, layout ${ms(r.baseline.layout)}) |`,
        ]
      : []),
    `| HTML received (responseEnd) | ${ms(t.documentLoaded)} |`,
    ...(r.widgetPageFcp != null ? [`| first contentful paint (portal text, before the widget) | ${ms(r.widgetPageFcp)} |`] : []),
    `| DOMContentLoaded | ${ms(t.domContentLoaded)} |`,
    `| widget module fetched (hitech-eligibility.js) | ${ms(t.widgetScriptLoaded)} |`,
    `| wasm fetch start → end | ${ms(t.wasmFetchStart)} → ${ms(t.wasmFetchEnd)} |`,
    `| \`WebAssembly.${r.wasmApi}\` start → resolved (compile + instantiate) | ${ms(t.wasmInstantiateStart)} → ${ms(t.wasmInstantiated)} |`,
    `| the form first painted (its first screen: before the engine where it can be) | ${ms(t.formPainted)} |`,
    `| first render done (first \`hitech-eligibility-change\`) | ${ms(t.rendered)} |`,
    `| **first render painted (interactive)** | **${ms(t.painted)}** (min ${ms(r.painted.min)}, max ${ms(r.painted.max)}) |`,
    ...(r.mainThread
      ? [
          `| main-thread busy until then (CDP TaskDuration) | ${ms(r.mainThread.task)}: script ${ms(r.mainThread.script)}, style ${ms(r.mainThread.style)}, layout ${ms(r.mainThread.layout)} |`,
        ]
      : []),
    '',
    '| one answer → updated results | to change event (ms) | to next frame (ms) |',
    '|---|---:|---:|',
    ...r.answers.map((a) => `| ${a.name} | ${a.missing ? 'hook missing' : ms(a.event)} | ${a.missing ? '' : ms(a.frame)} |`),
  ];
  if (r.resources) {
    lines.push(
      '',
      'Every file the page fetched (median ms from navigation start):',
      '',
      '| file | fetch start | response end |',
      '|---|---:|---:|',
      ...r.resources.map((x) => `| \`${x.name}\` | ${ms(x.start)} | ${ms(x.end)} |`),
    );
  }
  if (r.calls) {
    const c = r.calls;
    lines.push(
      '',
      'The engine calls behind that, timed in the same pages after the answers (median ms per call; the widget makes the first three once at start-up, ' +
        'the last two on every answer):',
      '',
      '| `measures()` | `zones()` | `nextQuestions({})` | `evaluate(p)` | `nextQuestions(p)` |',
      '|---:|---:|---:|---:|---:|',
      `| ${ms(c.measures)} | ${ms(c.zones)} | ${ms(c.nextQuestionsEmpty)} | ${c.evaluate.toFixed(2)} | ${c.nextQuestions.toFixed(2)} |`,
      '',
      `\`measures()\` hands over ${Math.round(c.catalogueJsonBytes / 1024)} KiB of catalogue JSON.`,
    );
  }
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const profile = process.argv.includes('--phone') ? PHONE : null;
    if (process.argv.includes('--answers')) {
      const packages = arg('pkg', join(root, 'pkg'))
        .split(',')
        .map((dir) => resolve(dir));
      const result = await runAnswers({ packages, runs: Number(arg('runs', 9)), profile, pause: Number(arg('pause', 0)) });
      const json = arg('json', null);
      if (json) writeFileSync(json, JSON.stringify(result, null, 2) + '\n');
      console.log(answersMarkdown(result));
      process.exit(0);
    }
    const result = await runBrowserBench({ runs: Number(arg('runs', 9)), page: arg('page', 'index.html'), profile });
    const json = arg('json', null);
    if (json) writeFileSync(json, JSON.stringify(result, null, 2) + '\n');
    console.log(markdown(result));
  } catch (error) {
    console.error(`browser bench: ${error.stack ?? error.message}`);
    process.exit(2);
  }
}
