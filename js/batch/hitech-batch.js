// <hitech-batch>: a whole list of enterprises matched against the catalogue,
// in the browser (免申即享 / "policy finds the enterprise", for portal staff).
//
// A classic Web Worker (batch-worker.js, through client.js) reads the file
// with the batch build of the engine, maps, matches in chunks and writes the
// exports; the page only draws (state.js, file-view.js, run-view.js,
// results-view.js, exports.js; this element is the wiring). Nothing is
// uploaded or stored; after the worker and its wasm load, nothing is requested.
//
// Attributes: `lang` (`zh-Hans` | `en`), `audience` (whose measures the page
// shows: `enterprise` by default, `institution`, `person` (`talent`: the same), or `all`; the
// exports always hold every measure), `no-header` (the title for screen
// readers only, no intro: for a page with its own heading). Events:
// `hitech-batch-ready`, `hitech-batch-done` (detail: { summary, elapsed } — the run's milliseconds). It runs under
// `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'`.

import { beijingToday, pickLang } from '../i18n.js';
import { h, syncChildren } from '../dom.js';
import { BATCH_STRINGS } from './batch-i18n.js';
import { newClient } from './client.js';
import { exportNotification, exportSection, exportTable } from './exports.js';
import { drawMapErrors, fileSection, loadMapping, mappingSection, saveMapping, toggleValues } from './file-view.js';
import { drawTable, errorsSection, moreSummaries, resultsSection, tableSection } from './results-view.js';
import { drawProgress, runSection } from './run-view.js';
import { BatchModel, PAGE, audienceOf, catalogueData, doubles, errorColumn, initialState, readProblem } from './state.js';

export class HitechBatch extends HTMLElement {
  static observedAttributes = ['lang', 'no-header', 'audience'];

  #client = null;
  /** The catalogue as state.js indexes it: facts, measures, zones, questions, limits. */
  #data = null;
  #failed = '';
  #s = initialState(beijingToday());
  /** The nodes drawn in place: progress, the table box, the export note, the date reader. */
  #els = {};
  /** The mapping table, kept across redraws of the same file and language. */
  #mapCache = null;
  /** Everything the element draws, below its stylesheet. */
  #box;
  /** Where progress and outcomes are announced. */
  #live;
  /** What the views call. */
  #act = {
    open: (file) => this.#open(file),
    reopen: (encoding) => this.#reopen({ encoding }, '#encoding'),
    setHeaderRow: (headerRow) => this.#reopen({ headerRow }, '#header-row'),
    notAFile: () => {
      this.#s.fileError = this.#t.notAFile;
      this.#render();
    },
    remap: (column, target) => this.#remap(column, target),
    toggleValues: (column, button, panel) => toggleValues(this.#mapper, column, button, panel),
    saveMapping: () => saveMapping(this.#mapper),
    loadMapping: (file) => loadMapping(this.#mapper, file),
    asOfText: (text) => (this.#s.asOfText = text),
    setZone: (zone) => this.#setZone(zone),
    setPlace: (key, value) => {
      this.#s.otherSettings = { ...this.#s.otherSettings, [key]: value || null };
      this.#stale(key === 'province' ? '#file-province' : '#file-zone-level');
    },
    start: () => this.#start(),
    cancel: () => this.#s.run.state === 'running' && this.#client.cancel(),
    showRows: (measure, status) => this.#setFilter({ measure, status }, '#table-h'),
    setFilter: (change) => this.#setFilter(change),
    page: (step) => {
      this.#s.filter.offset = Math.max(0, this.#s.filter.offset + step * PAGE);
      this.#loadTable();
    },
    exportNotification: (measure, format) => exportNotification(this.#exporter, measure, format),
    export: (format, readable) => exportTable(this.#exporter, format, readable),
  };

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    // A file, not a constructed sheet: the same rules in every browser of the floor, under style-src 'self'.
    // Appended once and never moved: a <link> taken out and put back is fetched again.
    this.#box = h('div', { class: 'box' });
    // The live region is there before anything is said in it, and stays across redraws (else nothing is read out).
    this.#live = h('p', { class: 'sr', role: 'status', 'aria-live': 'polite' });
    root.append(
      h('link', { rel: 'stylesheet', href: new URL('./hitech-batch.css', import.meta.url).href }),
      this.#live,
      this.#box,
    );
  }

  connectedCallback() {
    if (this.#client || this.#failed) return;
    if (typeof WebAssembly !== 'object' || typeof Worker !== 'function') {
      this.#failed = 'unsupported';
      return this.#render();
    }
    this.#client = newClient((p) => this.#progress(p), this.getAttribute('worker-src'));
    this.#render();
    this.#client.ready.then(
      (ready) => {
        this.#data = catalogueData(ready);
        this.#render();
        this.dispatchEvent(new CustomEvent('hitech-batch-ready', { bubbles: true, composed: true }));
      },
      (error) => {
        this.#failed = 'loadFailed';
        this.#render();
        console.error(error);
      },
    );
  }

  /**
   * After the engine trapped (a bug, never bad input): a new worker, the same
   * file read again with the same encoding and mapping, so that the user can
   * go on. Results are gone; the error stays shown.
   */
  async #recover() {
    const s = this.#s;
    this.#client.terminate();
    this.#client = newClient((p) => this.#progress(p), this.getAttribute('worker-src'));
    await this.#client.ready;
    if (!s.blob) return;
    const buffer = await s.blob.arrayBuffer();
    const kind = s.described?.kind ?? 'auto';
    await this.#client.request({ type: 'open', bytes: buffer, kind, encoding: s.encoding, headerRow: s.headerRow }, [buffer]);
    await this.#client.request({ type: 'mapping', mapping: s.mapping.map((m) => m || null) });
  }

  attributeChangedCallback(name, before, after) {
    if (before === after || !this.#box.firstChild) return;
    const onLang = this.shadowRoot.activeElement === this.#els.lang;
    this.#render();
    if (onLang) this.#els.lang.focus();
  }

  get #lang() {
    return pickLang(this.getAttribute('lang'));
  }

  get #t() {
    return BATCH_STRINGS[this.#lang];
  }

  /** The state, the catalogue and the words derived from them, for the views. */
  get #m() {
    return new BatchModel(this.#data, this.#lang, audienceOf(this.getAttribute('audience')), this.#s);
  }

  // ---- Drawing ----

  /** Draws everything from the state; `focus` is a selector to focus afterwards. */
  #render(focus) {
    const t = this.#t;
    const s = this.#s;
    const els = (this.#els = {});
    els.lang = h(
      'button',
      { type: 'button', lang: t.otherLangCode, onclick: () => this.setAttribute('lang', t.otherLangCode) },
      t.otherLang,
    );
    const body = [];
    if (this.#failed) {
      body.push(h('p', { class: 'error', role: 'alert' }, t[this.#failed]));
    } else if (!this.#data) {
      body.push(h('p', { role: 'status' }, t.loading));
    } else {
      const m = this.#m;
      body.push(fileSection(m, this.#act));
      if (s.described) body.push(this.#mappingView(m), runSection(m, this.#act, els));
      if (s.summary && s.run.state === 'done') body.push(this.#results(m));
    }
    // The sections that did not change (the column mapping, kept across renders) stay in place: laid
    // out again, a registry's mapping made starting a run and drawing its results tasks of over 50 ms.
    syncChildren(this.#box, [
      h(
        'div',
        { class: 'header' },
        // A page that says what this is already (no-header) keeps the title for screen readers only.
        this.hasAttribute('no-header')
          ? h('h2', { class: 'sr' }, t.title)
          : h('div', null, h('h2', null, t.title), h('p', null, t.intro)),
        h('div', { class: 'toolbar' }, els.lang),
      ),
      h('p', { class: 'notice' }, t.notice),
      ...body,
    ]);
    if (focus) this.#focus(this.shadowRoot.querySelector(focus));
  }

  /**
   * Focuses an element in the next frame: focus() lays the page out at once,
   * so in the same task as a redraw it made drawing the results one task of
   * over 50 ms; this way building and laying out are two.
   */
  #focus(el) {
    if (el) requestAnimationFrame(() => el.isConnected && el.focus());
  }

  #say(text) {
    // A new node each time, so that the same words are read again.
    this.#live.replaceChildren(h('span', null, text));
  }

  /**
   * The mapping table, built once per file and language and kept across
   * redraws (rebuilding its selects when a run starts was a long main-thread
   * task). Changes of a column's target and its errors are drawn in place.
   */
  #mappingView(m) {
    let cache = this.#mapCache;
    if (!cache || cache.described !== this.#s.described || cache.lang !== m.lang) {
      this.#mapCache = cache = { described: this.#s.described, lang: m.lang, ...mappingSection(m, this.#act) };
    }
    const running = this.#s.run.state === 'running';
    for (const { select } of cache.mapErrors) select.disabled = running;
    return cache.node;
  }

  /**
   * The results: the counts now; the other summaries, the bad rows and the
   * exports a frame later; the enterprises' table the frame after that (all
   * at once, the results were one frame of some 60 ms of layout on a busy
   * machine, and the later part alone 50-53 ms in a bench run on a slow one).
   */
  #results(m) {
    const later = h('div');
    const table = h('div');
    const nextTask = (run) => requestAnimationFrame(() => setTimeout(run));
    nextTask(() => {
      if (!later.isConnected) return;
      const m = this.#m;
      this.#els.exportNote = h('p', { role: 'status', id: 'export-note' }, this.#s.exportNote);
      later.replaceWith(
        ...moreSummaries(m, this.#act),
        table,
        errorsSection(m),
        exportSection(m, this.#act, this.#els.exportNote),
      );
      nextTask(() => {
        if (!table.isConnected) return;
        this.#els.tableBox = h('div', { class: 'table-box' });
        drawTable(this.#m, this.#act, this.#els.tableBox, this.shadowRoot);
        table.replaceWith(tableSection(this.#m, this.#act, this.#els.tableBox));
      });
    });
    return resultsSection(m, this.#act, later);
  }

  // ---- Acting ----

  async #open(file) {
    const t = this.#t;
    const s = this.#s;
    Object.assign(s, {
      file: { name: file.name, size: file.size },
      blob: file,
      described: null,
      summary: null,
      run: { state: 'idle' },
      encoding: 'auto',
      headerRow: null,
      fileError: '',
      mappingNote: '',
    });
    // A file over the page's ceiling is refused before it is read at all.
    const maxFileBytes = this.#data?.limits?.maxFileBytes;
    if (maxFileBytes && file.size > maxFileBytes) {
      Object.assign(s, { file: null, blob: null });
      s.fileError = t.readFailed(file.name, t.overLimit({ limit: 'fileTooLarge', row: 0, column: 0, max: maxFileBytes }));
      return this.#render('#file');
    }
    s.busy = t.reading(file.name);
    this.#render();
    try {
      const buffer = await file.arrayBuffer();
      // Transferred, not copied (the page keeps no copy); the engine tells a workbook by its bytes.
      const open = { type: 'open', bytes: buffer, kind: 'auto', encoding: 'auto', headerRow: null };
      const { described } = await this.#client.request(open, [buffer]);
      this.#opened(described);
    } catch (error) {
      Object.assign(s, { busy: '', file: null, blob: null });
      if (error.trapped) await this.#recover().catch((e) => console.error(e));
      s.fileError = t.readFailed(file.name, readProblem(this.#t, error));
      this.#render('#file');
    }
  }

  /** The same file read again with another encoding or header row (`change`). */
  async #reopen(change, focus) {
    const s = this.#s;
    Object.assign(s, change, { summary: null, run: { state: 'idle' } });
    try {
      const { encoding, headerRow } = s;
      this.#opened((await this.#client.request({ type: 'reopen', encoding, headerRow })).described, focus);
    } catch (error) {
      if (error.trapped) await this.#recover().catch((e) => console.error(e));
      s.fileError = this.#t.readFailed(s.file.name, readProblem(this.#t, error));
      s.described = null;
      this.#render('#file');
    }
  }

  #opened(described, focus = '#file-name') {
    const s = this.#s;
    Object.assign(s, { busy: '', described, mapping: described.mapping.map((m) => m ?? ''), mapProblem: '' });
    s.mapErrors.clear();
    this.#mapCache = null;
    this.#render(focus);
  }

  /** Earlier results no longer hold (the mapping, a value map or the zone changed). */
  #stale(focus) {
    if (!this.#s.summary) return;
    this.#s.summary = null;
    this.#s.run = { state: 'idle', stale: true };
    this.#render(focus);
  }

  /** The file's zone: the province and level it implies are then not chosen apart. */
  #setZone(zone) {
    this.#s.zone = zone;
    if (this.#s.summary) this.#stale('#file-zone');
    else this.#render('#file-zone');
  }

  /** A column's target changed: checked here for doubles, then by the engine. */
  async #remap(column, target) {
    const t = this.#t;
    const s = this.#s;
    s.mapping[column] = target;
    // The worker clears earlier results with a new mapping.
    this.#stale(`#map-${column}`);
    s.mapErrors.clear();
    s.mapProblem = '';
    for (const [column, problem] of doubles(s.mapping, t)) s.mapErrors.set(column, problem);
    if (!s.mapErrors.size) {
      const { error } = await this.#client
        .request({ type: 'mapping', mapping: s.mapping.map((m) => m || null) })
        .catch((failure) => ({ error: failure.message }));
      // The engine names the column: shown there when it can be found, else above the table.
      const at = error ? errorColumn(error, s.described.headers) : -1;
      if (at >= 0) s.mapErrors.set(at, `${t.mappingRejected}${error}`);
      else if (error) s.mapProblem = `${t.mappingRejected}${error}`;
    }
    drawMapErrors(this.#m, this.#mapCache, this.shadowRoot);
  }

  /** What the mapping's actions (file-view.js) need besides the model. */
  get #mapper() {
    return {
      m: this.#m,
      client: this.#client,
      root: this.shadowRoot,
      stale: () => this.#stale(),
      opened: (described, focus) => this.#opened(described, focus),
      noteMapping: (text) => {
        this.#s.mappingNote = text;
        if (this.#mapCache?.mappingNote) this.#mapCache.mappingNote.textContent = text;
      },
    };
  }

  async #start() {
    const t = this.#t;
    const s = this.#s;
    const asOf = this.#els.readAsOf(true);
    if (!asOf) return this.#els.asOfInput.focus();
    if (s.mapErrors.size || s.mapProblem) {
      s.run = { state: 'failed', message: t.mappingFirst };
      this.#render('#map-0');
      const bad = [...s.mapErrors.keys()][0];
      this.shadowRoot.getElementById(`map-${bad ?? 0}`)?.focus();
      return;
    }
    const zone = s.zone;
    Object.assign(s, { summary: null, table: null, exportNote: '', filter: { measure: '', status: '', offset: 0 } });
    s.run = { state: 'running', done: 0, total: s.described.rows, elapsed: 0, asOf, zone };
    s.announced = 0;
    this.#render('#cancel');
    this.#say(t.started(s.described.rows));
    try {
      const reply = await this.#client.request({ type: 'run', asOf, settings: this.#m.settings() });
      if (reply.type === 'cancelled') {
        s.run = { state: 'cancelled', done: reply.done, total: reply.total };
        this.#render('#run');
        this.#say(t.cancelled(reply.done, reply.total));
        return;
      }
      s.summary = reply.summary;
      s.run = { state: 'done', done: reply.summary.rows, total: reply.summary.rows, elapsed: reply.elapsed, asOf, zone };
      s.table = null;
      this.#render('#step4');
      this.#say(t.finished(reply.summary.rows, reply.elapsed / 1000));
      this.#loadTable();
      this.dispatchEvent(
        new CustomEvent('hitech-batch-done', {
          bubbles: true,
          composed: true,
          detail: { summary: reply.summary, elapsed: reply.elapsed },
        }),
      );
    } catch (error) {
      if (error.trapped) await this.#recover().catch((e) => console.error(e));
      s.run = { state: 'failed', message: t.runFailed(error.message) };
      this.#render('#run');
    }
  }

  #progress({ done, total, elapsed }) {
    const run = this.#s.run;
    if (run.state !== 'running') return;
    Object.assign(run, { done, total, elapsed });
    const said = drawProgress(this.#m, this.#els);
    if (said) this.#say(said);
  }

  #setFilter(change, focus) {
    const s = this.#s;
    Object.assign(s.filter, change, { offset: 0 });
    const measure = this.shadowRoot.getElementById('filter-measure');
    const status = this.shadowRoot.getElementById('filter-status');
    if (measure) measure.value = s.filter.measure;
    if (status) status.value = s.filter.status;
    if (focus) this.#focus(this.shadowRoot.querySelector(focus));
    this.#loadTable();
  }

  async #loadTable() {
    const s = this.#s;
    const f = { ...s.filter };
    try {
      const reply = await this.#client.request({ type: 'table', ...f, limit: PAGE });
      // A later filter wins over an earlier answer.
      if (f.measure !== s.filter.measure || f.status !== s.filter.status || f.offset !== s.filter.offset) return;
      s.table = { total: reply.total, rows: reply.rows };
    } catch (error) {
      s.table = { total: 0, rows: [] };
      console.error(error);
    }
    if (this.#els.tableBox) drawTable(this.#m, this.#act, this.#els.tableBox, this.shadowRoot);
  }

  /** What the exports need besides the model: the worker, the root the downloads start in, and how to recover. */
  get #exporter() {
    const els = this.#els;
    return {
      m: this.#m,
      client: this.#client,
      root: this.shadowRoot,
      recover: () => this.#recover(),
      noteExport: (text) => {
        this.#s.exportNote = text;
        if (els.exportNote) els.exportNote.textContent = text;
      },
    };
  }
}

if (!customElements.get('hitech-batch')) customElements.define('hitech-batch', HitechBatch);
