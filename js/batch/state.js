// The batch page's state and the words it derives, without the DOM: what
// was read, how it is mapped, the run and its results, and — from the
// catalogue the worker sent — which measures the page lists, in which order,
// under which titles, and the words the exports are written in. The views
// (file-view.js, run-view.js, results-view.js, exports.js) draw from this;
// the element (hitech-batch.js) changes it.

import { STRINGS } from '../i18n.js';
import { BATCH_STRINGS } from './batch-i18n.js';

/** The statuses a claim can have, in the order they are counted. */
export const CLAIM_STATUSES = ['eligible', 'conditional', 'unknown', 'ineligible'];
/** Information-only measures: never counted or listed as claims. */
export const INFO_STATUSES = ['informational', 'unknown', 'ineligible'];
export const FILTER_STATUSES = ['eligible', 'conditional', 'unknown', 'ineligible', 'informational', 'error'];
export const INFO_NATURES = new Set(['direction', 'restated']);
export const PAGE = 50;
export const ENCODINGS = ['auto', 'utf-8', 'gb18030'];
/** How many cells with bad data are listed on the page (the exports hold them all). */
export const ERRORS_SHOWN = 100;
/** A value mapped to "unknown" (null in the value map), as a <select> holds it. */
export const UNKNOWN = 'unknown';

/** Everything the page shows about one file, before any is read. */
export function initialState(asOfText) {
  return {
    file: null,
    /** The File itself (a handle, not its bytes): read again if the worker has to be replaced. */
    blob: null,
    described: null,
    mapping: [],
    /** Column index → problem shown beside it. */
    mapErrors: new Map(),
    mapProblem: '',
    mappingNote: '',
    encoding: 'auto',
    /** The header's row as staff chose it (1–10), or null when the engine finds it. */
    headerRow: null,
    asOfText,
    /** The file's zone (an id of the directory), for rows that state none; '' when not set. */
    zone: '',
    /** The province and zone level of a loaded mapping, kept for the runs (the page sets only the zone). */
    otherSettings: {},
    busy: '',
    fileError: '',
    /** { state: 'idle' | 'running' | 'done' | 'cancelled' | 'failed', done, total, elapsed, message, asOf, zone } */
    run: { state: 'idle' },
    summary: null,
    filter: { measure: '', status: '', offset: 0 },
    table: null,
    exportNote: '',
    announced: 0,
  };
}

/** Each column whose target an earlier column has taken → the problem to show beside it. */
export function doubles(mapping, t) {
  const first = new Map();
  const problems = new Map();
  mapping.forEach((target, i) => {
    if (!target) return;
    if (first.has(target)) problems.set(i, t.usedTwice(first.get(target) + 1));
    else first.set(target, i);
  });
  return problems;
}

/** The column (0-based) an engine's mapping error names, by its number or its header; -1 if none. */
export function errorColumn(error, headers) {
  const number = /column (\d+)/.exec(error);
  const at = number ? Number(number[1]) - 1 : headers.findIndex((header) => header && error.includes(`(${header})`));
  return at >= 0 && at < headers.length ? at : -1;
}

/** Why a file could not be read, in the page's language when it is a limit or a trap. */
export function readProblem(t, error) {
  if (error.limit) return t.overLimit(error);
  if (error.read && t.readKinds[error.read]) return t.readKinds[error.read];
  return error.trapped ? t.trapped : error.message;
}

/** The catalogue as the worker sent it, indexed for the views. */
export function catalogueData({ facts, measures, questions, zones, limits }) {
  return {
    zones: zones || [],
    limits: limits ?? {},
    factList: facts,
    facts: new Map(facts.map((f) => [f.target, f])),
    measures: new Map(measures.map((m) => [m.id, m])),
    // Titles several documents share (the same benefit granted twice) are told apart by jurisdiction.
    shared: new Set(measures.map((m) => m.title['zh-Hans']).filter((title, i, all) => all.indexOf(title) !== i)),
    questions: new Map(questions.map((q) => [q.fact, q])),
  };
}

/** The page's audience from its attribute: `all`, `institution`, `person` (`talent` is its foreign-talent entry), else `enterprise`. */
export function audienceOf(attribute) {
  const a = attribute;
  return a === 'talent' ? 'person' : a === 'all' || a === 'person' || a === 'institution' ? a : 'enterprise';
}

/** Catalogue words ({ 'zh-Hans', en } or { zh, en }) in `lang`. */
export function tx(lang, text) {
  if (!text) return '';
  return lang === 'en' ? text.en : (text['zh-Hans'] ?? text.zh);
}

/** What the views read: the state, the catalogue, the language and the words derived from them. */
export class BatchModel {
  constructor(data, lang, audience, state) {
    this.data = data;
    this.lang = lang;
    this.audience = audience;
    this.s = state;
    this.t = BATCH_STRINGS[lang];
  }

  tx(text) {
    return tx(this.lang, text);
  }

  zoneName(id) {
    const zone = this.data.zones.find((z) => z.id === id);
    return zone ? (this.lang === 'en' ? zone.en : zone.zh) : id;
  }

  factLabel(target) {
    const f = this.data.facts.get(target);
    return f ? this.tx(f) : target;
  }

  /** A measure's title and, where several documents grant the same benefit, whose document it is. */
  measureTitle(id) {
    const m = this.data.measures.get(id);
    if (!m) return id;
    const where = this.data.shared.has(m.title['zh-Hans']) && STRINGS[this.lang].jurisdictions[m.jurisdiction];
    return where ? this.t.titleOf(this.tx(m.title), where) : this.tx(m.title);
  }

  /**
   * Whether the page lists a measure: one for its audience (a measure the
   * catalogue does not list is shown), and not another province's for a
   * registry of one province.
   */
  shown(m) {
    if (m.otherProvince) return false;
    const audiences = this.data.measures.get(m.id)?.audiences;
    return this.audience === 'all' || !audiences || audiences.includes(this.audience);
  }

  /** The measures of the audience left out, and those of other provinces. */
  hiddenCounts(measures) {
    const otherProvince = measures.filter((m) => m.otherProvince).length;
    return { otherProvince, audience: measures.length - otherProvince - measures.filter((m) => this.shown(m)).length };
  }

  /**
   * With the file's zone set, the measures of its own province (and city) first, then the national
   * ones, then the others', each group in the catalogue's order.
   */
  zoneFirst(measures) {
    const zone = this.s.run.zone && this.data.zones.find((z) => z.id === this.s.run.zone);
    if (!zone) return measures;
    const own = new Set(zone.province === 'sichuan' ? ['sichuan', 'chengdu'] : [zone.province]);
    const rank = (m) => {
      const where = this.data.measures.get(m.id)?.jurisdiction;
      return own.has(where) ? 0 : where === 'national' ? 1 : 2;
    };
    return measures
      .map((m, i) => [rank(m), i, m])
      .sort((a, b) => a[0] - b[0] || a[1] - b[1])
      .map(([, , m]) => m);
  }

  /**
   * A bad cell's problem in the page's language: the widget's words for the
   * readers both share (amounts, ages, dates), the batch's for the rest; the
   * engine's English only for what neither words.
   */
  problem(e) {
    let d = e.detail;
    // A location cell's examples are zones of the directory: named in the page's language.
    if (d?.zones) d = { ...d, zoneNames: d.zones.map((id) => this.zoneName(id)) };
    if (d?.kind === 'zoneContradiction') {
      d = { ...d, zoneName: this.zoneName(d.zone), givenText: this.tx(d.given), impliedText: this.tx(d.implied) };
    }
    return (d && (STRINGS[this.lang].problem(d) || this.t.problem(d, e.problem))) || e.problem;
  }

  /** Every fact's label, by its name, for the exports' missing facts. */
  factWords() {
    return Object.fromEntries(this.data.factList.map((f) => [f.target, this.tx(f)]));
  }

  /** The words of a notification list, in the page's language (the command line's notify::Words::builtin says the same). */
  notifyWords(measure) {
    const t = this.t;
    return {
      row: t.colRow,
      measure: t.measure,
      status: t.colStatus,
      missing: t.colMissing,
      draft: t.draft,
      title: this.measureTitle(measure),
      draftMark: t.draft,
      statuses: t.status,
      facts: this.factWords(),
      separator: t.factSep,
      decides: t.colDecides,
      lang: this.lang,
      information: t.informationOnly,
    };
  }

  /** The words of the table for people: this page's measures, headers, statuses and error messages. */
  readableWords() {
    const t = this.t;
    const s = this.s.summary;
    const errors = {};
    for (const e of s.errors) {
      // The cell and what was read there (`shown`: cut by the engine, as check --csv cuts it), unless the problem quotes it already.
      const problem = this.problem(e);
      const value = e.shown ?? '';
      const place = `${e.header || `#${e.column}`}${value && !problem.includes(value) ? ` ${t.quoted(value)}` : ''}`;
      const text = `${place}${t.colon}${problem}`;
      errors[e.row] = errors[e.row] ? `${errors[e.row]}${t.listSep}${text}` : text;
    }
    const measures = this.zoneFirst(s.measures.filter((m) => this.shown(m))).map((m) => [
      m.id,
      m.draft ? t.titleOf(this.measureTitle(m.id), t.draft) : this.measureTitle(m.id),
    ]);
    return {
      codeCheck: t.colCodeCheck,
      error: t.status.error,
      resultSuffix: t.resultColumn,
      missingSuffix: t.missingColumn,
      measures,
      statuses: t.status,
      facts: this.factWords(),
      separator: t.factSep,
      errors,
    };
  }

  /** Whether a column's target has values to list: a yes/no or a choice fact. */
  hasValues(target) {
    const kind = this.data.facts.get(target)?.kind;
    return kind === 'bool' || kind === 'choice';
  }

  /** The whole file's settings for the worker. */
  settings() {
    return { zone: this.s.zone || null, ...this.s.otherSettings };
  }
}
