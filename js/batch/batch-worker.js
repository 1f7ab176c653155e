// The batch matcher's worker: reads the sheet, maps its columns, runs the
// engine over its rows in chunks and writes the exports, so that the page's
// main thread never does more than draw. A classic worker (Firefox 91, on
// the browser floor, has no module workers): batch.js is wasm-bindgen's
// `--target no-modules` output and defines the global `wasm_bindgen`.
// URLs are relative to this file (pkg/batch/). Nothing is stored and
// nothing is sent: after batch_bg.wasm, this worker makes no request.
//
// Messages in (each with an `id` the reply repeats):
//   { type: 'open', bytes: ArrayBuffer (transferred), kind, encoding, headerRow }
//   { type: 'reopen', encoding, headerRow } read the same bytes again
//                                           (headerRow: 1–10 as staff chose it, or null: found)
//   { type: 'mapping', mapping }            → { type: 'mapped', error }
//   { type: 'run', asOf, settings }         → progress…, then done | cancelled | failed
//                                           (settings: the file's { zone, province, zoneLevel })
//   { type: 'cancel' }                      stops a run between two chunks
//   { type: 'loadMapping', json }           a saved mapping → { described, settings }
//                                           (its headerRow, if another, reads the bytes again first)
//   { type: 'saveMapping', settings }       the mapping in force → { url } (JSON)
//   { type: 'notify', measure, format, words }  one measure's notification list → { url }
//   { type: 'readable', format, words }     the whole table in the page's words → { url }
//   { type: 'values', column }              a yes/no or choice column's values → { values }
//   { type: 'setValues', column, values }   how that column's cells are read → { ok }
//   { type: 'table', measure, status, offset, limit }
//   { type: 'export', format: 'csv' | 'xlsx' }   → { url } (a blob: URL made here)
//   { type: 'part', state, rows, asOf }     a second worker's half of a run: the rows as the first
//                                           read them (ArrayBuffer, transferred) → progress…, then
//                                           part { packed } | cancelled (its `run` results, packed)
// On a machine with more than one core, this worker starts a second one
// (the same file, `role=helper` in its hash) and gives it the same files:
// a run then checks the first half of the rows here and hands the second
// half, as read here, to the other, which reads no file; its packed
// results are merged here (src/shell/batch/split.rs), so that counts and
// exports are those of one run of every row.
// Messages out: ready | fatal | opened | mapped | progress | done |
// cancelled | table | exported | failed. `ready` carries the file limits
// (`limits`: maxFileBytes, maxCellChars, maxRows, maxColumns,
// maxPageColumns); `failed`
// says whether the engine trapped, and for a file over a limit which one
// (`limit`, `row`, `column`, `max`: src/shell/batch/limits.rs).
'use strict';

// The page names batch.js and batch_bg.wasm in this worker's hash (a bundler
// renames them); without it, they are beside this file.
const files = new URLSearchParams(self.location.hash.slice(1));
importScripts(files.get('js') || 'batch.js');

/** About this long per chunk of rows: progress often enough, cancel seen soon, little overhead. */
const CHUNK_MS = 40;
/** The second worker of a run in two (none in the second worker itself). */
const isHelper = files.get('role') === 'helper';
/** Fewer rows than this are run in one worker: a second one would not pay its messages. */
const SPLIT_MIN_ROWS = 1000;

let batch = null;
let bytes = null;
let kind = 'auto';
let encoding = 'auto';
/** The header's row as staff chose it (1–10), or null when the engine finds it. */
let headerRow = null;
let mapping = [];
let running = false;
let cancelled = false;

const post = (message, transfer) => self.postMessage(message, transfer || []);
/** Rows of the CSV export written at a time (some 25 MB for a wide list). */
const EXPORT_ROWS = 10000;
const messageOf = (error) => String((error && error.message) || error);
/** A trap leaves the wasm instance unusable: the page then replaces this worker. */
const failed = (id, error) => ({
  type: 'failed',
  id,
  message: messageOf(error),
  trapped: error instanceof WebAssembly.RuntimeError,
  // A file over a limit (src/shell/batch/limits.rs): which one, where.
  ...(error && typeof error.limit === 'string'
    ? { limit: error.limit, row: error.row, column: error.column, max: error.max }
    : {}),
  // A file the page words itself (an .xls it cannot read, an encrypted workbook).
  ...(error && typeof error.read === 'string' ? { read: error.read } : {}),
});
/**
 * Lets the worker's event loop run, so that a cancel message already queued
 * is seen. A message to itself rather than setTimeout(0), which browsers
 * clamp to 4 ms once timers nest five deep (every chunk after the fifth).
 */
const channel = new MessageChannel();
const waiting = [];
channel.port1.onmessage = () => waiting.shift()();
const breathe = () =>
  new Promise((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(0);
  });

/**
 * The second worker, when the machine has a core for it: `{ worker,
 * pending, next, done }` (`done`: the rows of its current part checked), or
 * null. Dropped when it fails to start or traps; a run then checks every
 * row here.
 */
let helper = null;

/**
 * Starts the second worker at once, beside this one's own start: its files
 * are fetched while the page loads, never later. Resolves when it is ready
 * or gone (this worker says `ready` only then: no request after that).
 */
function startHelper() {
  if (isHelper || !(self.navigator && self.navigator.hardwareConcurrency > 1) || typeof Worker !== 'function') {
    return Promise.resolve();
  }
  const params = new URLSearchParams(files);
  params.set('role', 'helper');
  let worker;
  try {
    worker = new Worker(`${self.location.href.split('#')[0]}#${params}`);
  } catch {
    return Promise.resolve();
  }
  let loaded;
  const settled = new Promise((resolve) => (loaded = resolve));
  const started = { worker, pending: new Map(), next: 1, done: 0, onProgress: null };
  const drop = () => {
    loaded();
    if (helper !== started) return;
    helper = null;
    worker.terminate();
    for (const { reject } of started.pending.values()) reject(new Error('second worker gone'));
  };
  worker.onerror = (event) => {
    event.preventDefault();
    drop();
  };
  worker.onmessage = ({ data }) => {
    if (data.type === 'ready') return loaded();
    if (data.type === 'fatal') return drop();
    if (data.type === 'progress') {
      started.done = data.done;
      if (started.onProgress) started.onProgress();
      return;
    }
    const pending = started.pending.get(data.id);
    if (!pending) return;
    started.pending.delete(data.id);
    if (data.type === 'failed') {
      if (data.trapped) drop();
      pending.reject(new Error(data.message));
    } else pending.resolve(data);
  };
  helper = started;
  return settled;
}

/** A request to the second worker: its reply, or a rejection. */
function toHelper(message, transfer) {
  const h = helper;
  if (!h) return Promise.reject(new Error('no second worker'));
  const id = h.next++;
  return new Promise((resolve, reject) => {
    h.pending.set(id, { resolve, reject });
    h.worker.postMessage({ ...message, id }, transfer || []);
  });
}

/**
 * Checks rows [from, to) in chunks of about CHUNK_MS, breathing between
 * them (a cancel is seen there): `onChunk(next)` after each. Returns the
 * next row, or -1 when cancelled.
 */
async function runChunks(from, to, asOf, onChunk) {
  let next = from;
  let chunk = 1000;
  while (next < to) {
    await breathe();
    if (cancelled) return -1;
    const t0 = performance.now();
    const after = batch.run(next, Math.min(to, next + chunk), asOf);
    const spent = performance.now() - t0;
    if (!(after > next)) throw new Error(`run(${next}) made no progress`);
    next = after;
    chunk = Math.max(200, Math.min(100000, Math.round((chunk * CHUNK_MS) / Math.max(spent, 1))));
    onChunk(next);
  }
  return next;
}

/** The catalogue's words the page needs, from the same crate's engine API. */
function catalogue() {
  const api = wasm_bindgen;
  const measures =
    typeof api.measures === 'function'
      ? api
          .measures()
          .map((m) => ({ id: m.id, title: m.title, jurisdiction: m.jurisdiction, audiences: m.audiences, nature: m.nature }))
      : [];
  const questions =
    typeof api.nextQuestions === 'function'
      ? api.nextQuestions({}).map((q) => ({ fact: q.fact, text: q.text, audiences: q.audiences }))
      : [];
  return { measures, questions };
}

/**
 * A small registry of our own, read, run and exported a few times as soon
 * as the engine is in: the browser first runs WebAssembly in a quick
 * baseline compile and swaps in optimised code only for functions called
 * often, so a user's file read in one call ran in the slow code (the
 * reading alone some 40 % slower). Done while the user picks a file, one
 * small step per task, and given up as soon as a request comes: a file
 * chosen while the page loads waited for the whole warm-up (up to ~900 ms
 * on a busy 2-core machine), where it now waits for one step. Nothing of
 * it is kept.
 */
function* warmSteps() {
  const zones = ['重庆高新区', '西永微电子产业园', '成都高新区', '贵阳国家高新技术产业开发区', '无', ''];
  const yesNo = ['是', '否', '', '√', '已入库'];
  const lines = [
    '企业名称,统一社会信用代码,所在高新区,是否高新技术企业,高企证书有效期至,是否规上,科技型中小企业,营业收入（万元）,研发费用（万元）,成立日期,上市情况,联系人',
  ];
  for (let i = 0; i < 200; i++) {
    const pick = (list, k) => list[(i * k + (i >> 3)) % list.length];
    lines.push(
      [
        `"预热企业${i}，有限公司"`,
        `91500000${String(i).padStart(10, '0')}`,
        pick(zones, 7),
        pick(yesNo, 3),
        `202${i % 9}-0${1 + (i % 9)}-1${i % 10}`,
        pick(yesNo, 5),
        pick(yesNo, 11),
        i % 13 ? String((i * 7919) % 50000) : '5OO',
        i % 7 ? `${(i * 31) % 3000}万` : '',
        `20${10 + (i % 15)}年${1 + (i % 12)}月`,
        pick(['科创板', '创业板', '未上市', '申报中', ''], 3),
        `联系人${i}`,
      ].join(','),
    );
  }
  const csv = new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);
  for (let round = 0; round < 4; round++) {
    const sheet = new wasm_bindgen.Batch(csv, 'csv', 'auto', undefined);
    // Freed whether the warm-up ends here or is given up at a `yield`.
    try {
      const { mapping, rows } = JSON.parse(sheet.describe());
      sheet.setMapping(JSON.stringify(mapping));
      sheet.setSettings(JSON.stringify({ zone: round % 2 ? 'chongqing' : null }));
      yield;
      for (let next = 0; next < rows; ) {
        next = sheet.run(next, next + 25, '2026-01-01');
        if (next % 100 === 0) yield;
      }
      sheet.summary();
      sheet.table('', '', 0, 50);
      yield;
      for (let start = 0; start < rows; start += 50) sheet.exportCsvPart(start, start + 50);
      if (round === 0) {
        yield;
        const exported = sheet.exportXlsx();
        yield;
        new wasm_bindgen.Batch(exported, 'xlsx', 'auto', undefined).free();
      }
      yield;
    } finally {
      sheet.free();
    }
  }
}

/** Set by any request: the warm-up stops at its next step. */
let warmStop = false;
/** A trap in the warm-up leaves the instance unusable: every request then says so, and the page replaces this worker. */
let broken = null;

async function warmUp() {
  const steps = warmSteps();
  try {
    for (let step = steps.next(); !step.done; step = steps.next()) {
      await breathe();
      if (warmStop) {
        steps.return();
        return;
      }
    }
  } catch (error) {
    // Only for speed: a file read later says what is wrong, if anything is.
    if (error instanceof WebAssembly.RuntimeError) broken = error;
  }
}

const helperStarted = startHelper();
const ready = Promise.all([wasm_bindgen({ module_or_path: files.get('wasm') || 'batch_bg.wasm' }), helperStarted]).then(
  () => {
    const facts = JSON.parse(wasm_bindgen.batchFacts());
    const zones = JSON.parse(wasm_bindgen.batchZones());
    const limits = typeof wasm_bindgen.batchLimits === 'function' ? JSON.parse(wasm_bindgen.batchLimits()) : {};
    post({ type: 'ready', facts, zones, limits, ...catalogue() });
    // In steps, after this task: a request stops it (see warmStop). `warmed`
    // settles when it is done or given up (a test waits for it before it
    // changes the engine's functions).
    self.warmed = warmStop ? Promise.resolve() : warmUp();
  },
  (error) => {
    post({ type: 'fatal', message: messageOf(error) });
    throw error;
  },
);

function read() {
  if (batch) batch.free();
  batch = null;
  batch = new wasm_bindgen.Batch(bytes, kind, encoding, headerRow ?? undefined);
  const described = JSON.parse(batch.describe());
  mapping = described.mapping.slice();
  return described;
}

async function run(id, asOf, settings) {
  running = true;
  cancelled = false;
  const started = performance.now();
  let part = null;
  try {
    // Results of an earlier run (or a cancelled one) are cleared first.
    batch.setMapping(JSON.stringify(mapping));
    batch.setSettings(JSON.stringify(settings || {}));
    const total = batch.rows();
    // The second half to the second worker, if there is one: handed its rows as read here (it reads
    // no file: a file is read once, on one core, while the page draws it).
    let split = total;
    if (helper && total >= SPLIT_MIN_ROWS) {
      split = Math.ceil(total / 2);
      helper.done = 0;
      const state = batch.runState();
      const rows = batch.rowsPart(split, total).buffer;
      part = toHelper({ type: 'part', state, rows, asOf }, [rows]);
      // Settled below; a failure there only means the rows are checked here.
      part.catch(() => {});
    }
    let checked = 0;
    const progress = (done) => {
      checked = Math.min(total, done + (part && helper ? helper.done : 0));
      post({ type: 'progress', id, done: checked, total, elapsed: performance.now() - started });
    };
    post({ type: 'progress', id, done: 0, total, elapsed: 0 });
    let next = await runChunks(0, split, asOf, progress);
    if (next >= 0 && part) {
      let packed = null;
      // The second worker's progress is the run's while this one waits for it.
      if (helper) helper.onProgress = () => progress(split);
      try {
        packed = (await part).packed;
      } catch {
        // No second worker any more, or it could not: the rest is checked here.
      }
      if (cancelled) next = -1;
      else if (packed) batch.mergePart(new Uint8Array(packed), asOf);
      else {
        part = null;
        next = await runChunks(split, total, asOf, progress);
      }
    }
    if (next < 0) {
      // What was checked so far is discarded, never shown as if complete.
      if (helper) helper.worker.postMessage({ type: 'cancel' });
      batch.setMapping(JSON.stringify(mapping));
      post({ type: 'cancelled', id, done: checked, total });
      return;
    }
    const summary = JSON.parse(batch.summary());
    post({ type: 'done', id, summary, elapsed: performance.now() - started });
  } catch (error) {
    if (part && helper) helper.worker.postMessage({ type: 'cancel' });
    post(failed(id, error));
  } finally {
    if (helper) helper.onProgress = null;
    running = false;
  }
}

/** The second worker's half of a run: the rows handed over, the first worker's mapping, packed results back. */
async function runPart(message) {
  const { id, asOf } = message;
  cancelled = false;
  if (batch) batch.free();
  batch = null;
  batch = wasm_bindgen.Batch.fromRows(new Uint8Array(message.rows));
  batch.setRunState(message.state);
  const rows = batch.rows();
  const next = await runChunks(0, rows, asOf, (done) => post({ type: 'progress', id, done }));
  const packed = next < 0 ? null : batch.part(0, rows);
  // The rows (and their results) are this run's alone, done or cancelled: let go of them now.
  batch.free();
  batch = null;
  if (packed) post({ type: 'part', id, packed: packed.buffer }, [packed.buffer]);
  else post({ type: 'cancelled', id });
}

async function handle(message) {
  const { id } = message;
  try {
    switch (message.type) {
      case 'open': {
        bytes = new Uint8Array(message.bytes);
        kind = message.kind || 'auto';
        encoding = message.encoding || 'auto';
        headerRow = message.headerRow ?? null;
        post({ type: 'opened', id, described: read() });
        break;
      }
      case 'reopen':
        encoding = message.encoding || 'auto';
        headerRow = message.headerRow ?? null;
        post({ type: 'opened', id, described: read() });
        break;
      case 'part':
        await runPart(message);
        break;
      case 'mapping':
        try {
          batch.setMapping(JSON.stringify(message.mapping));
          mapping = message.mapping.slice();
          post({ type: 'mapped', id, error: null });
        } catch (error) {
          if (error instanceof WebAssembly.RuntimeError) throw error;
          // The last good mapping stays in force.
          batch.setMapping(JSON.stringify(mapping));
          post({ type: 'mapped', id, error: messageOf(error) });
        }
        break;
      case 'run':
        if (running) throw new Error('a run is already going');
        await run(id, message.asOf, message.settings);
        break;
      case 'loadMapping': {
        // A mapping that chose another header row: the sheet read again with it first.
        let chosen = headerRow;
        try {
          const given = JSON.parse(message.json)?.headerRow;
          // A value that is not a row number is left to setMappingFile to refuse.
          chosen = given == null ? null : Number.isInteger(given) ? given : headerRow;
        } catch {
          // Not JSON: setMappingFile below says why, in the engine's words.
        }
        // What is in force, kept whole (columns, the staff member's value maps, the file's settings).
        const [before, kept, keptFile] = [headerRow, mapping.slice(), batch.mappingFile()];
        try {
          if (chosen !== headerRow) {
            headerRow = chosen;
            read();
          }
          batch.setMappingFile(message.json);
        } catch (error) {
          // Refused: the sheet as it was read, with the page's mapping and value maps.
          if (headerRow !== before && !(error instanceof WebAssembly.RuntimeError)) {
            headerRow = before;
            read();
            try {
              batch.setMappingFile(keptFile);
            } catch (again) {
              if (again instanceof WebAssembly.RuntimeError) throw again;
              // Two columns of one header cannot be told apart by a saved mapping: their columns are set below.
            }
            batch.setMapping(JSON.stringify(kept));
            mapping = kept;
          }
          throw error;
        }
        const described = JSON.parse(batch.describe());
        mapping = described.mapping.slice();
        const { zone, province, zoneLevel } = JSON.parse(batch.mappingFile());
        post({ type: 'mappingLoaded', id, described, settings: { zone, province, zoneLevel }, headerRow });
        break;
      }
      case 'saveMapping': {
        batch.setMapping(JSON.stringify(mapping));
        batch.setSettings(JSON.stringify(message.settings || {}));
        const url = URL.createObjectURL(new Blob([batch.mappingFile()], { type: 'application/json' }));
        setTimeout(() => URL.revokeObjectURL(url), 120000);
        post({ type: 'mappingSaved', id, url });
        break;
      }
      case 'values':
        // The mapping in force (set by 'mapping') decides how the column's values read.
        post({ type: 'values', id, values: JSON.parse(batch.values(message.column, 50)) });
        break;
      case 'setValues':
        batch.setValues(message.column, JSON.stringify(message.values));
        post({ type: 'valuesSet', id });
        break;
      case 'readable': {
        const xlsx = message.format === 'xlsx';
        const out = batch.exportReadable(message.words, message.format);
        const type = xlsx ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv;charset=utf-8';
        const url = URL.createObjectURL(new Blob([out], { type }));
        setTimeout(() => URL.revokeObjectURL(url), 120000);
        post({ type: 'exported', id, format: message.format, url, bytes: out.length });
        break;
      }
      case 'notify': {
        const xlsx = message.format === 'xlsx';
        const out = batch.exportNotification(message.measure, message.words, message.format);
        const type = xlsx ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv;charset=utf-8';
        const url = URL.createObjectURL(new Blob([out], { type }));
        setTimeout(() => URL.revokeObjectURL(url), 120000);
        post({ type: 'exported', id, format: message.format, url, bytes: out.length });
        break;
      }
      case 'table': {
        const got = JSON.parse(batch.table(message.measure, message.status, message.offset, message.limit));
        post({ type: 'table', id, ...got });
        break;
      }
      case 'export': {
        const xlsx = message.format === 'xlsx';
        // The CSV in pieces of rows: one buffer of over 1 GiB traps in
        // 32-bit WebAssembly; the pieces live in JavaScript's memory.
        const parts = [];
        if (xlsx) parts.push(batch.exportXlsx());
        else {
          const rows = batch.rows();
          for (let start = 0; start === 0 || start < rows; start += EXPORT_ROWS) {
            parts.push(batch.exportCsvPart(start, start + EXPORT_ROWS));
          }
        }
        // The Blob and its URL are made here: copying a 100-MB export into a
        // Blob on the page's main thread was a task of some 80 ms.
        const type = xlsx ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv;charset=utf-8';
        const blob = new Blob(parts, { type });
        const url = URL.createObjectURL(blob);
        // Let go once the download has its copy (a worker that ends lets go of all).
        setTimeout(() => URL.revokeObjectURL(url), 120000);
        post({ type: 'exported', id, format: message.format, url, bytes: blob.size });
        break;
      }
      default:
        throw new Error(`unknown message ${message.type}`);
    }
  } catch (error) {
    post(failed(id, error));
  }
}

/** The second worker handles its messages one after another: a part never overlaps another. */
let queue = Promise.resolve();

self.onmessage = (event) => {
  const message = event.data;
  warmStop = true;
  if (broken) {
    post(failed(message.id, broken));
    return;
  }
  // A cancel is acted on at once, between two chunks of the run in progress.
  if (message.type === 'cancel') {
    cancelled = true;
    if (helper) helper.worker.postMessage({ type: 'cancel' });
    return;
  }
  if (isHelper) {
    queue = queue.then(
      () => ready.then(() => handle(message)),
      () => {},
    );
    return;
  }
  ready.then(
    () => handle(message),
    () => {},
  );
};
