// <hitech-batch>: a whole list of enterprises matched against the catalogue,
// in the browser (免申即享 / "policy finds the enterprise", for portal staff).
//
// The user drops or picks a CSV or .xlsx; a classic Web Worker
// (batch-worker.js, beside this module) reads it with the batch build of the
// engine, maps its columns, matches its rows in chunks and writes the
// exports. This module only draws: the file's bytes are handed to the worker
// (transferred, not copied), and the results come back a page at a time.
// Nothing is uploaded or stored; after the worker and its wasm have loaded,
// nothing is requested.
//
// Attributes: `lang` (`zh-Hans` | `en`), `audience` (whose measures the page
// shows: `enterprise` by default, `institution`, `person` (`talent`: the same), or `all`; the
// exports always hold every measure), `no-header` (the title for screen
// readers only, no intro: for a page with its own heading). Events:
// `hitech-batch-ready`, `hitech-batch-done` (detail: { summary, elapsed } — the run's milliseconds). It runs under
// `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'`.

import { STRINGS, beijingToday, formatDate, pickLang } from '../i18n.js';
import { readDate } from '../parse.js';
import { BATCH_STRINGS, count } from './batch-i18n.js';

/** The statuses a claim can have, in the order they are counted. */
const CLAIM_STATUSES = ['eligible', 'conditional', 'unknown', 'ineligible'];
/** Information-only measures: never counted or listed as claims. */
const INFO_STATUSES = ['informational', 'unknown', 'ineligible'];
const FILTER_STATUSES = ['eligible', 'conditional', 'unknown', 'ineligible', 'informational', 'error'];
const INFO_NATURES = new Set(['direction', 'restated']);
const PAGE = 50;
const ENCODINGS = ['auto', 'utf-8', 'gb18030'];
/** How many cells with bad data are listed on the page (the exports hold them all). */
const ERRORS_SHOWN = 100;
/** A value mapped to "unknown" (null in the value map), as a <select> holds it. */
const UNKNOWN = 'unknown';

/** Creates an element: h('p', { class: 'x', onclick: f }, 'text', child). */
function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value == null || value === false) continue;
    if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else if (key === 'value' || key === 'selected' || key === 'disabled') el[key] = value;
    else el.setAttribute(key, value === true ? '' : value);
  }
  el.append(...children.flat(Infinity).filter((c) => c != null && c !== false));
  return el;
}

/** Talks to the worker: one promise per request, progress to a callback. */
class WorkerClient {
  #worker;
  #next = 1;
  #pending = new Map();
  onProgress = null;

  constructor(url) {
    this.ready = new Promise((resolve, reject) => {
      this.#worker = new Worker(url);
      this.#worker.onerror = (event) => {
        event.preventDefault();
        reject(new Error(event.message || 'worker error'));
      };
      this.#worker.onmessage = ({ data }) => {
        if (data.type === 'ready') return resolve(data);
        if (data.type === 'fatal') return reject(new Error(data.message));
        if (data.type === 'progress') return this.onProgress?.(data);
        const pending = this.#pending.get(data.id);
        if (!pending) return;
        this.#pending.delete(data.id);
        if (data.type === 'failed') {
          const { trapped, limit, row, column, max } = data;
          pending.reject(Object.assign(new Error(data.message), { trapped: !!trapped, limit, row, column, max }));
        } else pending.resolve(data);
      };
    });
  }

  request(message, transfer) {
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#worker.postMessage({ ...message, id }, transfer || []);
    });
  }

  cancel() {
    this.#worker.postMessage({ type: 'cancel' });
  }

  terminate() {
    this.#worker.terminate();
    for (const { reject } of this.#pending.values()) reject(new Error('worker replaced'));
    this.#pending.clear();
  }
}

export class HitechBatch extends HTMLElement {
  static observedAttributes = ['lang', 'no-header', 'audience'];

  #client = null;
  /** { facts: Map target → {zh, en}, factList, measures: Map id → {title}, questions: Map fact → text } */
  #data = null;
  #failed = '';
  #file = null;
  /** The File itself (a handle, not its bytes): read again if the worker has to be replaced. */
  #blob = null;
  #described = null;
  #mapping = [];
  /** Column index → problem shown beside it. */
  #mapErrors = new Map();
  #mapProblem = '';
  #encoding = 'auto';
  #asOfText = '';
  /** The file's zone (an id of the directory), for rows that state none; '' when not set. */
  #zone = '';
  /** The province and zone level of a loaded mapping, kept for the runs (the page sets only the zone). */
  #otherSettings = {};
  #busy = '';
  #fileError = '';
  /** { state: 'idle' | 'running' | 'done' | 'cancelled' | 'failed', done, total, elapsed, message, asOf } */
  #run = { state: 'idle' };
  #summary = null;
  #filter = { measure: '', status: '', offset: 0 };
  #table = null;
  #exportNote = '';
  #announced = 0;
  #els = {};
  /** Everything the element draws, below its stylesheet. */
  #box;
  /** Where progress and outcomes are announced. */
  #live;

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
    this.#asOfText = beijingToday();
  }

  connectedCallback() {
    if (this.#client || this.#failed) return;
    if (typeof WebAssembly !== 'object' || typeof Worker !== 'function') {
      this.#failed = 'unsupported';
      return this.#render();
    }
    this.#client = this.#newClient();
    this.#render();
    this.#client.ready.then(
      ({ facts, measures, questions, zones, limits }) => {
        this.#data = {
          zones: zones || [],
          limits: limits ?? {},
          factList: facts,
          facts: new Map(facts.map((f) => [f.target, f])),
          measures: new Map(measures.map((m) => [m.id, m])),
          // Titles several documents share (the same benefit granted twice) are told apart by jurisdiction.
          shared: new Set(measures.map((m) => m.title['zh-Hans']).filter((title, i, all) => all.indexOf(title) !== i)),
          questions: new Map(questions.map((q) => [q.fact, q])),
        };
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

  #newClient() {
    // The worker's own files, named here where a bundler sees (and renames) them, passed in its URL's hash.
    const files = new URLSearchParams({
      js: new URL('./batch.js', import.meta.url).href,
      wasm: new URL('./batch_bg.wasm', import.meta.url).href,
    });
    const worker = this.getAttribute('worker-src') || new URL('./batch-worker.js', import.meta.url).href; // a portal's own copy
    const client = new WorkerClient(`${new URL(worker, document.baseURI).href}#${files}`);
    client.onProgress = (p) => this.#progress(p);
    return client;
  }

  /**
   * After the engine trapped (a bug, never bad input): a new worker, the same
   * file read again with the same encoding and mapping, so that the user can
   * go on. Results are gone; the error stays shown.
   */
  async #recover() {
    this.#client.terminate();
    this.#client = this.#newClient();
    await this.#client.ready;
    if (!this.#blob) return;
    const buffer = await this.#blob.arrayBuffer();
    const kind = this.#described?.kind ?? 'auto';
    await this.#client.request({ type: 'open', bytes: buffer, kind, encoding: this.#encoding }, [buffer]);
    await this.#client.request({ type: 'mapping', mapping: this.#mapping.map((m) => m || null) });
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

  /**
   * A bad cell's problem in the page's language: the widget's words for the
   * readers both share (amounts, ages, dates), the batch's for the rest; the
   * engine's English only for what neither words.
   */
  #problem(e) {
    let d = e.detail;
    // A location cell's examples are zones of the directory: named in the page's language.
    if (d?.zones) d = { ...d, zoneNames: d.zones.map((id) => this.#zoneName(id)) };
    if (d?.kind === 'zoneContradiction') {
      d = { ...d, zoneName: this.#zoneName(d.zone), givenText: this.#tx(d.given), impliedText: this.#tx(d.implied) };
    }
    return (d && (STRINGS[this.#lang].problem(d) || this.#t.problem(d, e.problem))) || e.problem;
  }

  #zoneName(id) {
    const zone = this.#data.zones.find((z) => z.id === id);
    return zone ? (this.#lang === 'en' ? zone.en : zone.zh) : id;
  }

  get #t() {
    return BATCH_STRINGS[this.#lang];
  }

  /** Catalogue words ({ 'zh-Hans', en } or { zh, en }) in the page's language. */
  #tx(text) {
    if (!text) return '';
    return this.#lang === 'en' ? text.en : (text['zh-Hans'] ?? text.zh);
  }

  #factLabel(target) {
    const f = this.#data.facts.get(target);
    return f ? this.#tx(f) : target;
  }

  /** A measure's title and, where several documents grant the same benefit, whose document it is. */
  #measureTitle(id) {
    const m = this.#data.measures.get(id);
    if (!m) return id;
    const where = this.#data.shared.has(m.title['zh-Hans']) && STRINGS[this.#lang].jurisdictions[m.jurisdiction];
    return where ? this.#t.titleOf(this.#tx(m.title), where) : this.#tx(m.title);
  }

  /** The page's audience: `all`, `institution`, `person` (`talent` is its foreign-talent entry), else `enterprise`. */
  get #audience() {
    const a = this.getAttribute('audience');
    return a === 'talent' ? 'person' : a === 'all' || a === 'person' || a === 'institution' ? a : 'enterprise';
  }

  /** Whether the page shows a measure: one for its audience, among every party it is for (a measure the catalogue does not list is shown). */
  #shown(m) {
    const audiences = this.#data.measures.get(m.id)?.audiences;
    return this.#audience === 'all' || !audiences || audiences.includes(this.#audience);
  }

  // ---- Drawing ----

  /** Draws everything from the state; `focus` is a selector to focus afterwards. */
  #render(focus) {
    const t = this.#t;
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
      body.push(this.#fileSection());
      if (this.#described) body.push(this.#mappingView(), this.#runSection());
      if (this.#summary && this.#run.state === 'done') body.push(this.#resultsSection());
    }
    this.#box.replaceChildren(
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
    );
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

  #fileSection() {
    const t = this.#t;
    const input = h('input', {
      type: 'file',
      id: 'file',
      accept: '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'aria-describedby': 'file-hint',
      disabled: this.#run.state === 'running',
      onchange: () => input.files[0] && this.#open(input.files[0]),
    });
    const drop = h(
      'div',
      { class: 'drop', 'data-drop': '' },
      h('p', null, t.dropHint),
      h('label', { for: 'file', class: 'block' }, t.pick),
      input,
      h('p', { class: 'muted', id: 'file-hint' }, t.fileHint),
    );
    drop.addEventListener('dragover', (event) => {
      event.preventDefault();
      drop.classList.add('over');
    });
    drop.addEventListener('dragleave', () => drop.classList.remove('over'));
    drop.addEventListener('drop', (event) => {
      event.preventDefault();
      drop.classList.remove('over');
      if (this.#run.state === 'running') return;
      const file = event.dataTransfer?.files?.[0];
      if (file) this.#open(file);
      else {
        this.#fileError = t.notAFile;
        this.#render();
      }
    });
    const parts = [h('h3', null, t.step1), drop];
    if (this.#busy) parts.push(h('p', { role: 'status' }, this.#busy));
    if (this.#fileError) parts.push(h('p', { class: 'error', role: 'alert' }, this.#fileError));
    if (this.#described && this.#file) parts.push(this.#fileInfo());
    return h('section', { class: 'step', 'aria-labelledby': 'step1' }, ...this.#withId(parts, 'step1'));
  }

  /** Gives a section's first heading its id. */
  #withId(parts, id) {
    parts[0].id = id;
    return parts;
  }

  #fileInfo() {
    const t = this.#t;
    const d = this.#described;
    const rows = [
      [t.kind, t.kinds[d.kind] ?? d.kind],
      [t.rows, t.rowsValue(d.rows)],
    ];
    // Title rows above the header are said, not silently dropped.
    if (d.skippedRows) rows.push([t.headerRow, t.headerBelow(d.headerRow, d.skippedRows)]);
    let encoding = null;
    if (d.kind === 'csv') {
      const name = t.encodings[d.encoding] ?? d.encoding ?? '';
      rows.push([t.encoding, d.encodingGuessed ? t.encodingDetected(name) : t.encodingChosen(name)]);
      const select = h(
        'select',
        {
          id: 'encoding',
          'aria-describedby': 'encoding-hint',
          disabled: this.#run.state === 'running',
          onchange: () => this.#reopen(select.value),
        },
        ENCODINGS.map((e) => h('option', { value: e, selected: e === this.#encoding }, t.encodingOptions[e])),
      );
      encoding = h(
        'div',
        { class: 'field' },
        h('label', { for: 'encoding', class: 'block' }, t.encodingLabel),
        select,
        h('p', { class: 'muted', id: 'encoding-hint' }, t.encodingHint),
      );
    }
    return h(
      'div',
      { class: 'file-info' },
      h('h4', { id: 'file-name', tabindex: '-1' }, t.fileName, t.colon, this.#file.name),
      h(
        'dl',
        { class: 'facts' },
        rows.map(([k, v]) => [h('dt', null, k), h('dd', { 'data-info': k }, v)]),
      ),
      encoding,
    );
  }

  /**
   * The mapping table, built once per file and language and kept across
   * redraws (a wide sheet has hundreds of selects of some sixty options:
   * rebuilding them when a run starts was a long main-thread task). Changes
   * of a column's target and its errors are drawn in place.
   */
  #mappingView() {
    const key = `${this.#lang}`;
    let cache = this.#mapCache;
    if (!cache || cache.described !== this.#described || cache.key !== key) {
      this.#mapCache = cache = { described: this.#described, key, ...this.#mappingSection() };
    }
    this.#els.mapErrors = cache.mapErrors;
    this.#els.mapProblem = cache.mapProblem;
    const running = this.#run.state === 'running';
    for (const { select } of cache.mapErrors) select.disabled = running;
    return cache.node;
  }

  #mapCache = null;
  #mappingNote = '';

  #isBool(target) {
    return this.#data.facts.get(target)?.kind === 'bool';
  }

  async #toggleValues(column, button, panel) {
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    panel.hidden = !open;
    if (open) await this.#drawValues(column, panel);
  }

  /** The values of a yes/no column, each with how it reads and a choice of another reading. */
  async #drawValues(column, panel) {
    const t = this.#t;
    let values;
    try {
      ({ values } = await this.#client.request({ type: 'values', column }));
    } catch (error) {
      panel.replaceChildren(h('p', { class: 'error' }, error.message));
      return;
    }
    const header = this.#described.headers[column] || t.emptyHeader;
    const choices = [
      ['', t.valueDefault],
      ['是', t.valueYes],
      ['否', t.valueNo],
      [UNKNOWN, t.valueUnknown],
    ];
    const selects = values.map((v, k) => {
      const select = h(
        'select',
        { id: `value-${column}-${k}`, 'aria-labelledby': `value-${column}-${k}-text value-${column}-head-override` },
        choices.map(([value, label]) => h('option', { value }, label)),
      );
      select.value = v.mapped == null ? '' : v.mapped === '' ? UNKNOWN : v.mapped;
      select.dataset.value = v.value;
      select.addEventListener('change', () => this.#setValues(column, selects));
      return select;
    });
    panel.replaceChildren(
      h('p', { class: 'muted' }, t.valuesHint),
      h(
        'table',
        { class: 'value-table' },
        h('caption', null, t.valuesCaption(header)),
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            h('th', { scope: 'col' }, t.colValue),
            h('th', { scope: 'col', class: 'num' }, t.colValueCount),
            h('th', { scope: 'col' }, t.colReadAs),
            h('th', { scope: 'col', id: `value-${column}-head-override` }, t.colReadOverride),
          ),
        ),
        h(
          'tbody',
          null,
          values.map((v, k) =>
            h(
              'tr',
              { 'data-value': v.value, 'data-read': v.read },
              h('th', { scope: 'row', id: `value-${column}-${k}-text` }, v.value),
              h('td', { class: 'num' }, count(v.count)),
              h('td', null, t.readAs[v.read] ?? v.read),
              h('td', null, selects[k]),
            ),
          ),
        ),
      ),
    );
  }

  async #setValues(column, selects) {
    const values = {};
    for (const select of selects) {
      if (select.value) values[select.dataset.value] = select.value === UNKNOWN ? null : select.value;
    }
    if (this.#summary) {
      this.#summary = null;
      this.#run = { state: 'idle', stale: true };
      this.#render();
    }
    try {
      await this.#client.request({ type: 'setValues', column, values });
      this.#noteMapping('');
    } catch (error) {
      this.#noteMapping(`${this.#t.mappingRejected}${error.message}`);
    }
  }

  /** Says what became of a saved mapping, in place. */
  #noteMapping(text) {
    this.#mappingNote = text;
    if (this.#mapCache?.mappingNote) this.#mapCache.mappingNote.textContent = text;
  }

  /** A saved mapping (columns, values, the file's zone) read from a .json file. */
  async #loadMapping(file) {
    const t = this.#t;
    try {
      const json = await file.text();
      const { described, settings } = await this.#client.request({ type: 'loadMapping', json });
      this.#zone = settings.zone || '';
      this.#otherSettings = { province: settings.province ?? null, zoneLevel: settings.zoneLevel ?? null };
      this.#summary = null;
      this.#run = { state: 'idle' };
      this.#mappingNote = t.mappingLoaded(file.name);
      this.#opened(described, '#mapping-note');
    } catch (error) {
      this.#noteMapping(t.mappingLoadFailed(file.name, error.message));
    }
  }

  /** The mapping in force and the file's zone, downloaded as .json for next time or for check --csv --mapping. */
  async #saveMapping() {
    const t = this.#t;
    try {
      const { url } = await this.#client.request({ type: 'saveMapping', settings: this.#settings() });
      const name = `${this.#file.name.replace(/\.(csv|xlsx|txt)$/i, '')}${t.mappingSuffix}.json`;
      const a = h('a', { href: url, download: name, hidden: true });
      this.shadowRoot.append(a);
      a.click();
      a.remove();
      this.#noteMapping(t.mappingSaved(name));
    } catch (error) {
      this.#noteMapping(t.mappingSaveFailed(error.message));
    }
  }

  #mappingSection() {
    const t = this.#t;
    const d = this.#described;
    const ids = this.#data.factList.filter((f) => f.target.startsWith('@'));
    const facts = this.#data.factList.filter((f) => !f.target.startsWith('@'));
    const mapErrors = (this.#els.mapErrors = []);
    // One list of options, cloned for every column.
    const template = h(
      'select',
      null,
      h('option', { value: '' }, t.ignore),
      h(
        'optgroup',
        { label: t.idGroup },
        ids.map((f) => h('option', { value: f.target }, this.#tx(f))),
      ),
      h(
        'optgroup',
        { label: t.factGroup },
        facts.map((f) => h('option', { value: f.target }, this.#tx(f))),
      ),
    );
    const rows = d.headers.map((header, i) => {
      const id = `map-${i}`;
      const select = template.cloneNode(true);
      select.id = id;
      select.dataset.column = String(i + 1);
      select.setAttribute('aria-labelledby', `col-${i}`);
      select.setAttribute('aria-describedby', `${id}-err`);
      select.addEventListener('change', () => this.#remap(i, select.value));
      select.value = this.#mapping[i] ?? '';
      const error = h('p', { class: 'error', id: `${id}-err` }, this.#mapErrors.get(i) ?? '');
      // A yes/no column's values: how each reads, and another reading chosen by staff.
      const panel = h('div', { class: 'values', id: `values-panel-${i}`, hidden: true });
      const valuesButton = h(
        'button',
        {
          type: 'button',
          id: `values-${i}`,
          class: 'link',
          'aria-expanded': 'false',
          'aria-controls': `values-panel-${i}`,
          hidden: !this.#isBool(this.#mapping[i]),
          onclick: () => this.#toggleValues(i, valuesButton, panel),
        },
        t.valuesButton,
      );
      mapErrors[i] = { error, select, valuesButton, panel };
      if (this.#mapErrors.has(i)) select.setAttribute('aria-invalid', 'true');
      const samples = d.sample
        .map((row) => row[i] ?? '')
        .filter((s) => s !== '')
        .slice(0, 3);
      return h(
        'tr',
        { 'data-column': String(i + 1) },
        h('td', null, String(i + 1)),
        h('th', { scope: 'row', id: `col-${i}` }, header || t.emptyHeader),
        h(
          'td',
          { class: 'sample' },
          samples.map((s) => h('span', null, s)),
        ),
        h(
          'td',
          null,
          select,
          // A unit in the header scales the column: said, not done silently.
          d.units?.[i] ? h('p', { class: 'muted', id: `unit-${i}` }, t.unitNote(d.units[i])) : null,
          error,
          valuesButton,
          panel,
        ),
      );
    });
    const used = this.#mapping.filter(Boolean).length;
    const mapProblem = h('p', { class: 'error', role: 'alert' }, this.#mapProblem);
    const load = h('input', {
      type: 'file',
      id: 'load-mapping',
      accept: '.json,application/json',
      'aria-describedby': 'mapping-file-hint',
      onchange: () => load.files[0] && this.#loadMapping(load.files[0]),
    });
    const mappingNote = h('p', { role: 'status', id: 'mapping-note' }, this.#mappingNote);
    const node = h(
      'section',
      { class: 'step', 'aria-labelledby': 'step2' },
      h('h3', { id: 'step2' }, t.step2),
      h('p', { class: 'muted' }, t.mappingHint),
      h('p', { id: 'mapped-count' }, t.mappedCount(used, d.headers.length)),
      mapProblem,
      h(
        'div',
        { class: 'toolbar mapping-file' },
        h('button', { type: 'button', id: 'save-mapping', onclick: () => this.#saveMapping() }, t.saveMapping),
        h('label', { for: 'load-mapping' }, t.loadMapping),
        load,
      ),
      h('p', { class: 'muted', id: 'mapping-file-hint' }, t.mappingFileHint),
      mappingNote,
      h(
        'div',
        { class: 'scroll', tabindex: '0', role: 'region', 'aria-labelledby': 'map-caption' },
        h(
          'table',
          { class: 'mapping' },
          h('caption', { id: 'map-caption' }, t.mappingCaption),
          h(
            'thead',
            null,
            h(
              'tr',
              null,
              [t.colNumber, t.colHeader, t.colSample, t.colTarget].map((c) => h('th', { scope: 'col' }, c)),
            ),
          ),
          h('tbody', null, rows),
        ),
      ),
    );
    return { node, mapErrors, mapProblem, mappingNote };
  }

  #runSection() {
    const t = this.#t;
    const run = this.#run;
    const running = run.state === 'running';
    const error = h('p', { class: 'error', id: 'as-of-err', hidden: true }, t.badDate);
    const reads = h('p', { class: 'muted', id: 'as-of-reads' });
    const input = h('input', {
      type: 'text',
      id: 'as-of',
      inputmode: 'numeric',
      autocomplete: 'off',
      value: this.#asOfText,
      disabled: running,
      'aria-describedby': 'as-of-hint as-of-reads as-of-err',
    });
    const read = (showError) => {
      const got = readDate(input.value);
      const bad = !got.value;
      if (showError || !bad) {
        error.hidden = !bad;
        input.setAttribute('aria-invalid', String(bad));
      }
      reads.textContent = got.value ? t.reads(formatDate(got.value, this.#lang)) : '';
      return got.value ?? '';
    };
    input.addEventListener('input', () => {
      this.#asOfText = input.value;
      read(false);
    });
    input.addEventListener('change', () => read(true));
    read(false);
    this.#els.readAsOf = read;
    this.#els.asOfInput = input;
    const zone = h(
      'select',
      {
        id: 'file-zone',
        disabled: running,
        'aria-describedby': 'file-zone-hint',
        onchange: () => this.#setZone(zone.value),
      },
      h('option', { value: '' }, t.zoneNone),
      Object.entries(t.provinces).map(([province, label]) =>
        h(
          'optgroup',
          { label },
          this.#data.zones
            .filter((z) => z.province === province)
            .map((z) => h('option', { value: z.id }, this.#lang === 'en' ? z.en : z.zh)),
        ),
      ),
    );
    zone.value = this.#zone;

    const pct = run.total ? Math.floor((100 * run.done) / run.total) : 0;
    const els = this.#els;
    els.progress = h('progress', {
      id: 'progress',
      max: String(run.total || 1),
      value: String(run.done || 0),
      'aria-describedby': 'progress-text eta',
    });
    els.progressText = h('p', { id: 'progress-text' }, run.total ? t.progressText(run.done, run.total, pct) : '');
    els.eta = h('p', { id: 'eta', class: 'muted' }, running ? this.#eta() : '');
    const runButton = h(
      'button',
      { type: 'button', class: 'primary', id: 'run', disabled: running, onclick: () => this.#start() },
      run.state === 'idle' ? t.run : t.rerun,
    );
    const cancel = h('button', { type: 'button', id: 'cancel', onclick: () => this.#cancel() }, t.cancel);
    const outcome = [];
    if (run.state === 'cancelled') outcome.push(h('p', { class: 'notice', id: 'run-outcome' }, t.cancelled(run.done, run.total)));
    if (run.state === 'failed') outcome.push(h('p', { class: 'error', id: 'run-outcome', role: 'alert' }, run.message));
    if (run.state === 'done') outcome.push(h('p', { id: 'run-outcome' }, t.finished(run.total, run.elapsed / 1000)));
    if (run.state === 'idle' && run.stale) outcome.push(h('p', { class: 'muted', id: 'run-outcome' }, t.stale));
    return h(
      'section',
      { class: 'step', 'aria-labelledby': 'step3' },
      h('h3', { id: 'step3' }, t.step3),
      h(
        'div',
        { class: 'field' },
        h('label', { for: 'as-of', class: 'block' }, t.asOf),
        input,
        h('p', { class: 'muted', id: 'as-of-hint' }, t.asOfHint),
        reads,
        error,
      ),
      h(
        'div',
        { class: 'field' },
        h('label', { for: 'file-zone', class: 'block' }, t.zoneLabel),
        zone,
        h('p', { class: 'muted', id: 'file-zone-hint' }, t.zoneHint),
      ),
      h('div', { class: 'toolbar' }, runButton),
      h(
        'div',
        { class: 'running', hidden: !running },
        h('label', { for: 'progress', class: 'block' }, t.progress),
        els.progress,
        els.progressText,
        els.eta,
        h('div', { class: 'toolbar' }, cancel),
      ),
      outcome,
    );
  }

  #eta() {
    const { done, total, elapsed } = this.#run;
    const t = this.#t;
    if (!done || elapsed < 300) return t.estimating;
    return t.remaining(((total - done) * elapsed) / done / 1000);
  }

  #resultsSection() {
    const t = this.#t;
    const s = this.#summary;
    const shown = this.#zoneFirst(s.measures.filter((m) => this.#shown(m)));
    const claims = shown.filter((m) => !INFO_NATURES.has(m.nature) && !m.draft);
    const drafts = shown.filter((m) => !INFO_NATURES.has(m.nature) && m.draft);
    const info = shown.filter((m) => INFO_NATURES.has(m.nature));
    const hidden = s.measures.length - shown.length;
    // The enterprises, the bad rows and the exports are built and laid out a
    // frame later: all at once, the results were one frame of some 60 ms of
    // layout on a busy machine.
    const later = h('div');
    requestAnimationFrame(() =>
      setTimeout(
        () => later.isConnected && later.replaceWith(this.#tableSection(), this.#errorsSection(), this.#exportSection()),
      ),
    );
    return h(
      'section',
      { class: 'step results', 'aria-labelledby': 'step4' },
      h('h3', { id: 'step4', tabindex: '-1' }, t.step4),
      h('p', { id: 'results-line' }, t.resultsLine(s), ' ', t.asOfLine(formatDate(this.#run.asOf, this.#lang))),
      this.#notesView(),
      this.#questionView(),
      h('p', { class: 'muted' }, t.summaryHint, hidden ? [' ', t.hiddenMeasures(hidden, t.audiences[this.#audience])] : null),
      this.#summaryTable('claims', t.claimsCaption, claims, CLAIM_STATUSES),
      this.#summaryTable('drafts', t.draftCaption, drafts, CLAIM_STATUSES),
      this.#summaryTable('info', t.infoCaption, info, INFO_STATUSES),
      later,
    );
  }

  /**
   * With the file's zone set, the measures of its own province (and city) first, then the national
   * ones, then the others', each group in the catalogue's order.
   */
  #zoneFirst(measures) {
    const zone = this.#run.zone && this.#data.zones.find((z) => z.id === this.#run.zone);
    if (!zone) return measures;
    const own = new Set(zone.province === 'sichuan' ? ['sichuan', 'chengdu'] : [zone.province]);
    const rank = (m) => {
      const where = this.#data.measures.get(m.id)?.jurisdiction;
      return own.has(where) ? 0 : where === 'national' ? 1 : 2;
    };
    return measures
      .map((m, i) => [rank(m), i, m])
      .sort((a, b) => a[0] - b[0] || a[1] - b[1])
      .map(([, , m]) => m);
  }

  /** What the registry's own rules did: the file's zone, expired certificates, repeated and mistyped codes. */
  #notesView() {
    const t = this.#t;
    const s = this.#summary;
    const lines = [];
    if (this.#run.zone) lines.push(['zone-from-file', t.zoneFromFile(s.zoneFromFile, this.#zoneName(this.#run.zone))]);
    if (s.expiredCertificates) lines.push(['expired-certificates', t.expiredCertificates(s.expiredCertificates)]);
    if (s.duplicates) lines.push(['duplicates', t.duplicates(s.duplicates)]);
    if (s.invalidCodes) lines.push(['invalid-codes', t.invalidCodes(s.invalidCodes)]);
    if (!lines.length) return null;
    return h(
      'ul',
      { class: 'notes', id: 'run-notes' },
      lines.map(([key, text]) => h('li', { 'data-note': key }, text)),
    );
  }

  #questionView() {
    const t = this.#t;
    // Counted over the measures this page shows: its audience's, or every one.
    const s = this.#summary;
    const q = this.#audience === 'all' ? s.question : s.questionByAudience[this.#audience];
    if (!q) return h('div', { class: 'question', id: 'question' }, h('h4', null, t.question), h('p', null, t.noQuestion));
    const asked = this.#data.questions.get(q.fact);
    return h(
      'div',
      { class: 'question', id: 'question', 'data-fact': q.fact },
      h('h4', null, t.question),
      h('p', null, t.questionLine(this.#factLabel(q.fact), q.settles)),
      // The question, when the column's name does not already say it.
      asked && this.#tx(asked.text) !== this.#factLabel(q.fact)
        ? h('p', { class: 'muted' }, t.questionText(this.#tx(asked.text)))
        : null,
    );
  }

  #summaryTable(kind, caption, measures, statuses) {
    const t = this.#t;
    const total = Object.fromEntries(statuses.map((s) => [s, 0]));
    const body = measures.map((m) => {
      const title = this.#measureTitle(m.id);
      return h(
        'tr',
        { 'data-measure': m.id, 'data-draft': m.draft ? 'true' : null },
        h('th', { scope: 'row' }, title, m.draft ? [' ', h('span', { class: 'badge' }, t.draft)] : null),
        statuses.map((status) => {
          const n = m[status] ?? 0;
          total[status] += n;
          const label = `${title}: ${t.status[status]} ${count(n)}`;
          return h(
            'td',
            { 'data-measure': m.id, 'data-status': status, class: 'num' },
            n
              ? h(
                  'button',
                  { type: 'button', class: 'link', 'aria-label': label, onclick: () => this.#showRows(m.id, status) },
                  count(n),
                )
              : '0',
          );
        }),
      );
    });
    const captionId = `sum-${kind}`;
    return h(
      'div',
      { class: 'scroll', tabindex: '0', role: 'region', 'aria-labelledby': captionId, 'data-summary': kind },
      h(
        'table',
        { class: `summary ${kind}` },
        h('caption', { id: captionId }, caption),
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            h('th', { scope: 'col' }, t.measure),
            statuses.map((s) => h('th', { scope: 'col', 'data-status': s }, t.status[s])),
          ),
        ),
        h('tbody', null, measures.length ? body : h('tr', null, h('td', { colspan: String(statuses.length + 1) }, t.noneIn))),
        measures.length
          ? h(
              'tfoot',
              null,
              h(
                'tr',
                null,
                h('th', { scope: 'row' }, t.total),
                statuses.map((s) => h('td', { class: 'num', 'data-total': s }, count(total[s]))),
              ),
            )
          : null,
      ),
    );
  }

  #tableSection() {
    const t = this.#t;
    const f = this.#filter;
    const s = this.#summary;
    const shown = s.measures.filter((m) => this.#shown(m));
    const group = (label, list) =>
      list.length
        ? h(
            'optgroup',
            { label },
            list.map((m) => h('option', { value: m.id, selected: m.id === f.measure }, this.#measureTitle(m.id))),
          )
        : null;
    const measure = h(
      'select',
      { id: 'filter-measure', onchange: () => this.#setFilter({ measure: measure.value }) },
      h('option', { value: '' }, t.anyMeasure),
      group(
        t.optgroupClaims,
        shown.filter((m) => !INFO_NATURES.has(m.nature) && !m.draft),
      ),
      group(
        t.optgroupDrafts,
        shown.filter((m) => !INFO_NATURES.has(m.nature) && m.draft),
      ),
      group(
        t.optgroupInfo,
        shown.filter((m) => INFO_NATURES.has(m.nature)),
      ),
    );
    measure.value = f.measure;
    const status = h(
      'select',
      { id: 'filter-status', onchange: () => this.#setFilter({ status: status.value }) },
      h('option', { value: '' }, t.anyStatus),
      FILTER_STATUSES.map((st) => h('option', { value: st }, t.status[st])),
    );
    status.value = f.status;
    this.#els.tableBox = h('div', { class: 'table-box' });
    this.#drawTable();
    return h(
      'section',
      { class: 'enterprises', 'aria-labelledby': 'table-h' },
      h('h4', { id: 'table-h', tabindex: '-1' }, t.tableHeading),
      h('p', { class: 'muted' }, t.chooseMeasure),
      h(
        'div',
        { class: 'filters' },
        h('div', null, h('label', { for: 'filter-measure', class: 'block' }, t.filterMeasure), measure),
        h('div', null, h('label', { for: 'filter-status', class: 'block' }, t.filterStatus), status),
      ),
      this.#els.tableBox,
    );
  }

  /** The page of enterprises last fetched, drawn into the table box. */
  #drawTable() {
    const box = this.#els.tableBox;
    if (!box) return;
    const t = this.#t;
    const data = this.#table;
    if (!data) return box.replaceChildren(h('p', { role: 'status' }, t.working));
    const s = this.#summary;
    const f = this.#filter;
    const index = f.measure ? s.measures.findIndex((m) => m.id === f.measure) : -1;
    const from = data.total ? f.offset + 1 : 0;
    const to = f.offset + data.rows.length;
    const problems = (row) => row.error.map((e) => `${e.header || `#${e.column}`}: ${this.#problem(e)}`).join(t.listSep);
    let head;
    let cells;
    if (index >= 0) {
      head = [t.colStatus, t.colMissing];
      cells = (row) => {
        if (row.error) return [h('td', { 'data-status': 'error' }, t.status.error), h('td', null, problems(row))];
        const st = row.statuses[index];
        return [
          h('td', { 'data-status': st }, t.status[st] ?? st),
          h('td', null, (row.missing[index] || []).map((fact) => this.#factLabel(fact)).join(t.factSep)),
        ];
      };
    } else {
      head = [t.colClaims, t.colDecide, t.colDraftClaims, t.colUnknown];
      cells = (row) => {
        if (row.error) return [h('td', { colspan: '4', 'data-status': 'error' }, t.status.error, t.colon, problems(row))];
        const n = { eligible: 0, conditional: 0, draft: 0, unknown: 0 };
        row.statuses.forEach((st, i) => {
          const m = s.measures[i];
          if (INFO_NATURES.has(m.nature) || !this.#shown(m)) return;
          if (m.draft && (st === 'eligible' || st === 'conditional')) n.draft++;
          else if (st in n) n[st]++;
        });
        return ['eligible', 'conditional', 'draft', 'unknown'].map((k) =>
          h('td', { class: 'num', 'data-count': k }, String(n[k])),
        );
      };
    }
    const table = h(
      'table',
      { class: 'rows' },
      h('caption', { id: 'rows-caption' }, t.tableCaption(from, to, data.total)),
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          [t.colRow, t.colName, t.colCode, ...head].map((c) => h('th', { scope: 'col' }, c)),
        ),
      ),
      h(
        'tbody',
        null,
        data.rows.map((row) =>
          h(
            'tr',
            { 'data-row': String(row.row) },
            h('td', { class: 'num' }, String(row.row)),
            h('td', null, row.name),
            h(
              'td',
              null,
              row.code,
              row.duplicateOf
                ? [
                    ' ',
                    h('span', { class: 'badge', 'data-duplicate-of': String(row.duplicateOf) }, t.duplicateOf(row.duplicateOf)),
                  ]
                : null,
              row.invalidCode ? [' ', h('span', { class: 'badge', 'data-invalid-code': '' }, t.invalidCode)] : null,
            ),
            cells(row),
          ),
        ),
      ),
    );
    const prev = h('button', { type: 'button', id: 'prev', disabled: f.offset === 0, onclick: () => this.#page(-1) }, t.prev);
    const next = h('button', { type: 'button', id: 'next', disabled: to >= data.total, onclick: () => this.#page(1) }, t.next);
    const focusedPager = this.shadowRoot.activeElement?.id;
    // One measure chosen: its notification list, as a file of its own.
    const notify =
      index >= 0
        ? h(
            'div',
            { class: 'notify' },
            h('p', { class: 'muted', id: 'notify-hint' }, t.notifyHint),
            h(
              'div',
              { class: 'toolbar' },
              ['csv', 'xlsx'].map((format) =>
                h(
                  'button',
                  {
                    type: 'button',
                    id: `notify-${format}`,
                    'aria-describedby': 'notify-hint',
                    onclick: () => this.#exportNotification(f.measure, format),
                  },
                  format === 'csv' ? t.notifyCsv : t.notifyXlsx,
                ),
              ),
            ),
            h('p', { role: 'status', id: 'notify-note' }),
          )
        : null;
    box.replaceChildren(
      h('div', { class: 'scroll', tabindex: '0', role: 'region', 'aria-labelledby': 'rows-caption' }, table),
      h('div', { class: 'toolbar pager' }, prev, next),
      notify,
    );
    if (focusedPager === 'prev' || focusedPager === 'next') {
      const again = this.shadowRoot.getElementById(focusedPager);
      (again.disabled ? this.shadowRoot.getElementById(focusedPager === 'prev' ? 'next' : 'prev') : again).focus();
    }
  }

  #errorsSection() {
    const t = this.#t;
    const errors = this.#summary.errors;
    const shown = errors.slice(0, ERRORS_SHOWN);
    return h(
      'section',
      { class: 'errors', 'aria-labelledby': 'errors-h' },
      h('h4', { id: 'errors-h' }, t.errorsHeading),
      errors.length
        ? [
            h('p', { class: 'muted' }, t.errorsHint),
            h(
              'div',
              { class: 'scroll', tabindex: '0', role: 'region', 'aria-labelledby': 'errors-caption' },
              h(
                'table',
                { class: 'row-errors' },
                h('caption', { id: 'errors-caption' }, t.errorsCaption(shown.length, errors.length)),
                h(
                  'thead',
                  null,
                  h(
                    'tr',
                    null,
                    [t.colRow, t.colColumn, t.colHeader, t.colProblem, t.colValue].map((c) => h('th', { scope: 'col' }, c)),
                  ),
                ),
                h(
                  'tbody',
                  null,
                  shown.map((e) =>
                    h(
                      'tr',
                      { 'data-row': String(e.row), 'data-column': String(e.column) },
                      h('td', { class: 'num' }, String(e.row)),
                      h('td', { class: 'num' }, String(e.column)),
                      h('td', null, e.header),
                      h('td', null, this.#problem(e)),
                      h('td', { class: 'value' }, e.value ?? ''),
                    ),
                  ),
                ),
              ),
            ),
          ]
        : h('p', null, t.errorsNone),
    );
  }

  #exportSection() {
    const t = this.#t;
    this.#els.exportNote = h('p', { role: 'status', id: 'export-note' }, this.#exportNote);
    return h(
      'section',
      { class: 'export', 'aria-labelledby': 'export-h' },
      h('h4', { id: 'export-h' }, t.exportHeading),
      h('p', { class: 'muted' }, t.exportHint),
      h(
        'div',
        { class: 'toolbar' },
        h('button', { type: 'button', id: 'export-csv', onclick: () => this.#export('csv') }, t.exportCsv),
        h('button', { type: 'button', id: 'export-xlsx', onclick: () => this.#export('xlsx') }, t.exportXlsx),
      ),
      h('p', { class: 'muted' }, t.exportReadableHint),
      h(
        'div',
        { class: 'toolbar' },
        h('button', { type: 'button', id: 'export-readable-csv', onclick: () => this.#export('csv', true) }, t.exportReadableCsv),
        h(
          'button',
          { type: 'button', id: 'export-readable-xlsx', onclick: () => this.#export('xlsx', true) },
          t.exportReadableXlsx,
        ),
      ),
      this.#els.exportNote,
    );
  }

  // ---- Acting ----

  async #open(file) {
    const t = this.#t;
    this.#file = { name: file.name, size: file.size };
    this.#blob = file;
    this.#described = null;
    this.#summary = null;
    this.#run = { state: 'idle' };
    this.#encoding = 'auto';
    this.#fileError = '';
    this.#mappingNote = '';
    // A file over the page's ceiling is refused before it is read at all.
    const maxFileBytes = this.#data?.limits?.maxFileBytes;
    if (maxFileBytes && file.size > maxFileBytes) {
      this.#file = null;
      this.#blob = null;
      this.#fileError = t.readFailed(file.name, t.overLimit({ limit: 'fileTooLarge', row: 0, column: 0, max: maxFileBytes }));
      return this.#render('#file');
    }
    this.#busy = t.reading(file.name);
    this.#render();
    try {
      const buffer = await file.arrayBuffer();
      // The engine tells a workbook from its first bytes, whatever the file is called.
      const kind = 'auto';
      // Transferred, not copied: the page keeps no copy of the list.
      const { described } = await this.#client.request({ type: 'open', bytes: buffer, kind, encoding: 'auto' }, [buffer]);
      this.#opened(described);
    } catch (error) {
      this.#busy = '';
      this.#file = null;
      this.#blob = null;
      if (error.trapped) await this.#recover().catch((e) => console.error(e));
      this.#fileError = t.readFailed(file.name, this.#readProblem(error));
      this.#render('#file');
    }
  }

  /** Why a file could not be read, in the page's language when it is a limit or a trap. */
  #readProblem(error) {
    const t = this.#t;
    if (error.limit) return t.overLimit(error);
    return error.trapped ? t.trapped : error.message;
  }

  async #reopen(encoding) {
    this.#encoding = encoding;
    this.#summary = null;
    this.#run = { state: 'idle' };
    try {
      const { described } = await this.#client.request({ type: 'reopen', encoding });
      this.#opened(described, '#encoding');
    } catch (error) {
      if (error.trapped) await this.#recover().catch((e) => console.error(e));
      this.#fileError = this.#t.readFailed(this.#file.name, this.#readProblem(error));
      this.#described = null;
      this.#render('#file');
    }
  }

  #opened(described, focus = '#file-name') {
    this.#busy = '';
    this.#described = described;
    this.#mapping = described.mapping.map((m) => m ?? '');
    this.#mapErrors.clear();
    this.#mapProblem = '';
    this.#mapCache = null;
    this.#render(focus);
  }

  /** The whole file's settings for the worker. */
  #settings() {
    return { zone: this.#zone || null, ...this.#otherSettings };
  }

  /** The file's zone changed: earlier results no longer hold. */
  #setZone(zone) {
    this.#zone = zone;
    if (this.#summary) {
      this.#summary = null;
      this.#run = { state: 'idle', stale: true };
      this.#render('#file-zone');
    }
  }

  /** A column's target changed: checked here for doubles, then by the engine. */
  async #remap(column, target) {
    const t = this.#t;
    this.#mapping[column] = target;
    if (this.#summary) {
      // The worker clears earlier results with a new mapping.
      this.#summary = null;
      this.#run = { state: 'idle', stale: true };
      this.#render(`#map-${column}`);
    }
    this.#mapErrors.clear();
    this.#mapProblem = '';
    const first = new Map();
    this.#mapping.forEach((target, i) => {
      if (!target) return;
      if (first.has(target)) this.#mapErrors.set(i, t.usedTwice(first.get(target) + 1));
      else first.set(target, i);
    });
    if (!this.#mapErrors.size) {
      const { error } = await this.#client
        .request({ type: 'mapping', mapping: this.#mapping.map((m) => m || null) })
        .catch((failure) => ({ error: failure.message }));
      if (error) {
        // The engine names the column: show it there when it can be found, else above the table.
        const number = /column (\d+)/.exec(error);
        const at = number
          ? Number(number[1]) - 1
          : this.#described.headers.findIndex((header) => header && error.includes(`(${header})`));
        if (at >= 0 && at < this.#described.headers.length) this.#mapErrors.set(at, `${t.mappingRejected}${error}`);
        else this.#mapProblem = `${t.mappingRejected}${error}`;
      }
    }
    this.#drawMapErrors();
  }

  #drawMapErrors() {
    const els = this.#els;
    els.mapErrors?.forEach(({ error, select, valuesButton, panel }, i) => {
      // The values of a column are offered while it is a yes/no fact's.
      const bool = this.#isBool(this.#mapping[i]);
      if (valuesButton.hidden === bool) {
        valuesButton.hidden = !bool;
        valuesButton.setAttribute('aria-expanded', 'false');
        panel.hidden = true;
      }
      const text = this.#mapErrors.get(i) ?? '';
      if (error.textContent !== text) error.textContent = text;
      if (text) select.setAttribute('aria-invalid', 'true');
      else select.removeAttribute('aria-invalid');
    });
    if (els.mapProblem) els.mapProblem.textContent = this.#mapProblem;
    const count = this.shadowRoot.getElementById('mapped-count');
    if (count) count.textContent = this.#t.mappedCount(this.#mapping.filter(Boolean).length, this.#described.headers.length);
  }

  async #start() {
    const t = this.#t;
    const asOf = this.#els.readAsOf(true);
    if (!asOf) return this.#els.asOfInput.focus();
    if (this.#mapErrors.size || this.#mapProblem) {
      this.#run = { state: 'failed', message: t.mappingFirst };
      this.#render('#map-0');
      const bad = [...this.#mapErrors.keys()][0];
      this.shadowRoot.getElementById(`map-${bad ?? 0}`)?.focus();
      return;
    }
    this.#summary = null;
    this.#table = null;
    this.#exportNote = '';
    this.#filter = { measure: '', status: '', offset: 0 };
    const zone = this.#zone;
    this.#run = { state: 'running', done: 0, total: this.#described.rows, elapsed: 0, asOf, zone };
    this.#announced = 0;
    this.#render('#cancel');
    this.#say(t.started(this.#described.rows));
    try {
      const reply = await this.#client.request({ type: 'run', asOf, settings: this.#settings() });
      if (reply.type === 'cancelled') {
        this.#run = { state: 'cancelled', done: reply.done, total: reply.total };
        this.#render('#run');
        this.#say(t.cancelled(reply.done, reply.total));
        return;
      }
      this.#summary = reply.summary;
      this.#run = { state: 'done', done: reply.summary.rows, total: reply.summary.rows, elapsed: reply.elapsed, asOf, zone };
      this.#table = null;
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
      this.#run = { state: 'failed', message: t.runFailed(error.message) };
      this.#render('#run');
    }
  }

  #cancel() {
    if (this.#run.state === 'running') this.#client.cancel();
  }

  #progress({ done, total, elapsed }) {
    const run = this.#run;
    if (run.state !== 'running') return;
    Object.assign(run, { done, total, elapsed });
    const t = this.#t;
    const els = this.#els;
    const pct = total ? Math.floor((100 * done) / total) : 100;
    els.progress.max = total || 1;
    els.progress.value = done;
    els.progressText.textContent = t.progressText(done, total, pct);
    els.eta.textContent = this.#eta();
    // Announced at each quarter, not at every chunk.
    const quarter = Math.floor(pct / 25);
    if (quarter > this.#announced && done < total) {
      this.#announced = quarter;
      this.#say(`${t.progressText(done, total, pct)}. ${this.#eta()}`);
    }
  }

  #showRows(measure, status) {
    this.#setFilter({ measure, status }, '#table-h');
  }

  #setFilter(change, focus) {
    Object.assign(this.#filter, change, { offset: 0 });
    const measure = this.shadowRoot.getElementById('filter-measure');
    const status = this.shadowRoot.getElementById('filter-status');
    if (measure) measure.value = this.#filter.measure;
    if (status) status.value = this.#filter.status;
    if (focus) this.#focus(this.shadowRoot.querySelector(focus));
    this.#loadTable();
  }

  #page(step) {
    this.#filter.offset = Math.max(0, this.#filter.offset + step * PAGE);
    this.#loadTable();
  }

  async #loadTable() {
    const f = { ...this.#filter };
    try {
      const reply = await this.#client.request({
        type: 'table',
        measure: f.measure,
        status: f.status,
        offset: f.offset,
        limit: PAGE,
      });
      // A later filter wins over an earlier answer.
      if (f.measure !== this.#filter.measure || f.status !== this.#filter.status || f.offset !== this.#filter.offset) return;
      this.#table = { total: reply.total, rows: reply.rows };
    } catch (error) {
      this.#table = { total: 0, rows: [] };
      console.error(error);
    }
    this.#drawTable();
  }

  /** The words of a notification list, in the page's language. */
  #notifyWords(measure) {
    const t = this.#t;
    return {
      row: t.colRow,
      measure: t.measure,
      status: t.colStatus,
      missing: t.colMissing,
      draft: t.draft,
      title: this.#measureTitle(measure),
      draftMark: t.draft,
      statuses: t.status,
      facts: Object.fromEntries(this.#data.factList.map((f) => [f.target, this.#tx(f)])),
      separator: t.factSep,
    };
  }

  /** Starts the download of a blob: URL the worker made, named after the file read plus `suffix`; returns the name. */
  #download(url, suffix) {
    const name = `${this.#file.name.replace(/\.(csv|xlsx|txt)$/i, '')}${suffix}`;
    const a = h('a', { href: url, download: name, hidden: true });
    this.shadowRoot.append(a);
    a.click();
    a.remove();
    return name;
  }

  async #exportNotification(measure, format) {
    const t = this.#t;
    const note = (text) => {
      const el = this.shadowRoot.getElementById('notify-note');
      if (el) el.textContent = text;
    };
    note(t.exporting);
    try {
      const words = JSON.stringify(this.#notifyWords(measure));
      const { url } = await this.#client.request({ type: 'notify', measure, format, words });
      note(t.exported(this.#download(url, `-${this.#measureTitle(measure)}${t.notifySuffix}.${format}`)));
    } catch (error) {
      // A trap leaves the instance unusable, as in #export: a new worker.
      if (error.trapped) await this.#recover().catch((e) => console.error(e));
      note(t.exportFailed(error.trapped ? t.trapped : error.message));
    }
  }

  /** The words of the table for people: this page's measures, headers, statuses and error messages. */
  #readableWords() {
    const t = this.#t;
    const s = this.#summary;
    const errors = {};
    for (const e of s.errors) {
      const text = `${e.header || `#${e.column}`}${t.colon}${this.#problem(e)}`;
      errors[e.row] = errors[e.row] ? `${errors[e.row]}${t.listSep}${text}` : text;
    }
    const measures = this.#zoneFirst(s.measures.filter((m) => this.#shown(m))).map((m) => [
      m.id,
      m.draft ? t.titleOf(this.#measureTitle(m.id), t.draft) : this.#measureTitle(m.id),
    ]);
    return {
      codeCheck: t.colCodeCheck,
      error: t.status.error,
      resultSuffix: t.resultColumn,
      missingSuffix: t.missingColumn,
      measures,
      statuses: t.status,
      facts: Object.fromEntries(this.#data.factList.map((f) => [f.target, this.#tx(f)])),
      separator: t.factSep,
      errors,
    };
  }

  async #export(format, readable = false) {
    const t = this.#t;
    const note = (text) => {
      this.#exportNote = text;
      if (this.#els.exportNote) this.#els.exportNote.textContent = text;
    };
    note(t.exporting);
    try {
      // The worker writes the file and makes its blob: URL; the page only starts the download.
      const { url } = readable
        ? await this.#client.request({ type: 'readable', format, words: JSON.stringify(this.#readableWords()) })
        : await this.#client.request({ type: 'export', format });
      note(t.exported(this.#download(url, `${readable ? t.readableSuffix : t.resultSuffix}.${format}`)));
    } catch (error) {
      // A trap (an export too large for the engine's memory) leaves the
      // instance unusable: a new worker, the file read again, as after a run.
      if (error.trapped) await this.#recover().catch((e) => console.error(e));
      note(t.exportFailed(error.trapped ? t.trapped : error.message));
    }
  }
}

if (!customElements.get('hitech-batch')) customElements.define('hitech-batch', HitechBatch);
