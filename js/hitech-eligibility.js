// <hitech-eligibility>: the eligibility check as a Web Component.
//
// A portal embeds it with one module script and one element. The element
// loads the wasm rule engine sitting next to it (./index.js),
// asks the user who and where they are, then only the questions the engine
// says can still change a result, and shows the results with their sources.
// Everything runs in the browser; answers leave the page only in a share
// link's fragment, and only when the user asks for one.
//
// Attributes, events, custom properties and parts: see README.md.

import init, { evaluate, measures, nextQuestions, questions, zones } from './index.js';
import { STRINGS, pickLang, formatYuan, formatDate, beijingToday } from './i18n.js';
import { readAge, readContacts, readDate, readYuan } from './parse.js';
import { adoptStyles } from './styles.js';
import {
  AUDIENCES,
  ENTRIES,
  MARKER,
  PROVINCES,
  droppedNames,
  linkBase,
  locationValues,
  readShareLink,
  shareLink,
} from './share.js';
import { Session, isFor, resultFor } from './session.js';
import { GROUPS, benefitCard, card, direct, elsewhere, groupFor, nearMiss, stake, withinReach } from './cards.js';
import { h, setText, syncChildren } from './dom.js';

const LOCATION_FACTS = new Set(['province', 'zoneLevel', 'zone']);
/** The groups the summary line counts: what can be claimed, decided, read, and what needs answers. */
const BAR_GROUPS = ['eligible', 'conditional', 'reach', 'informational', 'unknown'];
/** How good a result is for the user, best first: the order of the groups. */
const rank = (r) => GROUPS.indexOf(groupFor(r.status));
const WINDOW_EVENTS = ['beforeprint', 'afterprint', 'hashchange'];
/**
 * New result cards built before the next frame, beyond the claims (eligible
 * and conditional cards are always built at once); the rest follow a few per
 * frame, their group marked aria-busy meanwhile. On a phone a first answer
 * brings some 30 cards, and laying them all out in one frame took ~200 ms
 * on a CPU 4× slower than this machine's (BENCHMARKS.md); counts and
 * questions never wait.
 */
const CARDS_PER_FRAME = 6;

// The engine and its tables, loaded once for every element on the page.
let engine;
const loadEngine = () =>
  (engine ??= init().then(() => {
    const catalogue = measures();
    return {
      catalogue,
      byId: new Map(catalogue.map((m) => [m.id, m])),
      zones: zones(),
      // Every fact's question, whether or not a result reads it yet.
      questions: new Map(questions().map((q) => [q.fact, q])),
    };
  }));

const answered = (answers, fact) => fact in answers || (fact === 'age' && 'birthDate' in answers);

/**
 * Reports are brief (`explain: false`): each reason is its bare state and the
 * words come from the catalogue, which the page already has. That keeps the
 * reasons' text (most of a full report) out of every answer's evaluation.
 */
const BRIEF = { explain: false };

export class HitechEligibility extends HTMLElement {
  static observedAttributes = [
    'lang',
    'audience',
    'topic',
    'province',
    'zone',
    'measures',
    'as-of',
    'share-base',
    'no-header',
    'contacts',
  ];

  #data = null;
  #ready = false;
  /** The check's state and what follows from it (session.js); made when the engine's tables are in. */
  #s = null;
  #order = [];
  #nodes = new Map();
  /** Each measure's result card as last built: { key, el }, reused while its result is the same. */
  #cards = new Map();
  #view = 'check';
  #naOpen = false;
  #announce = 0;
  #els = {};

  constructor() {
    super();
    adoptStyles(this.attachShadow({ mode: 'open' }));
    // Where the styles come through a <link> (no constructable stylesheets), it stays first.
    this.#styleLink = this.shadowRoot.querySelector('link');
  }

  #styleLink;

  /** Makes `nodes` the shadow root's content, keeping a style <link>. */
  #setContent(...nodes) {
    this.shadowRoot.replaceChildren(...(this.#styleLink ? [this.#styleLink] : []), ...nodes);
  }

  connectedCallback() {
    this.#onWindow ??= (event) => (event.type === 'hashchange' ? this.#restore() : this.#print(event.type === 'beforeprint'));
    for (const type of WINDOW_EVENTS) addEventListener(type, this.#onWindow);
    if (this.#data || this.#els.loading) return;
    this.#els.loading = h('p', { role: 'status' }, this.#t.loading);
    this.#setContent(this.#els.loading);
    if (typeof WebAssembly !== 'object') return this.#unavailable('unsupported');
    loadEngine().then(
      (data) => {
        this.#data = data;
        this.#s = new Session(data, () => this.#presets());
        this.#restore();
        this.#emit('ready');
      },
      (error) => {
        this.#unavailable('loadFailed', error.reason ?? 'compile');
        console.error(error);
      },
    );
  }

  /** No engine: the portal's `hitech-fallback` (slotted) or `why` in both languages, and an error event. */
  #unavailable(why, reason = why) {
    for (const el of this.querySelectorAll(':scope > .hitech-fallback[hidden]')) el.hidden = false;
    const message = (lang) => h('p', { lang }, STRINGS[lang][why]);
    this.#setContent(h('div', { class: 'unavailable', role: 'alert' }, h('slot', null, message('zh-Hans'), message('en'))));
    this.#emit('error', { reason });
  }

  #emit(type, detail) {
    this.dispatchEvent(new CustomEvent(`hitech-eligibility-${type}`, { bubbles: true, composed: true, detail }));
  }

  disconnectedCallback() {
    for (const type of WINDOW_EVENTS) removeEventListener(type, this.#onWindow);
  }

  #onWindow;

  /** The current profile, exactly as it is given to the engine ({} until the engine is in). */
  get profile() {
    return this.#s ? this.#s.profile : {};
  }

  /** What the portal fixed, from the attributes. */
  #presets() {
    const get = (name) => this.getAttribute(name) ?? undefined;
    return {
      audience: get('audience'),
      topic: get('topic'),
      province: get('province'),
      zone: get('zone'),
      measures: get('measures'),
      asOf: get('as-of'),
    };
  }

  attributeChangedCallback(name, before, after) {
    if (!this.#ready || before === after) return;
    const langButton = name === 'lang' && this.shadowRoot.activeElement === this.#els.lang;
    this.#render();
    if (langButton) this.#els.lang.focus();
  }

  /** Whether the directory leaves this zone's level open (a park of the Chengdu demonstration zone). */

  get #lang() {
    return pickLang(this.getAttribute('lang'));
  }

  get #t() {
    return STRINGS[this.#lang];
  }

  /** What the card views need of the element (cards.js). */
  get #ctx() {
    return {
      lang: this.#lang,
      t: this.#t,
      questions: this.#data.questions,
      focusQuestion: (fact) => this.#focusQuestion(fact),
      year: this.#year,
      authority: (m) => this.#authority(m),
      away: (m, r) => this.#away(m, r),
      contactFor: (m) => this.#contacts.get(m.id) ?? this.#contacts.get(m.jurisdiction),
    };
  }

  /** A restated rule's one authority: the national document's for its benefit (税务部门), else its own if single. */
  #authority(m) {
    const lang = this.#lang;
    const own = m.benefitGroup
      ? this.#data.catalogue.find((x) => x.benefitGroup?.id === m.benefitGroup.id && x.jurisdiction === 'national')
      : null;
    const text = (own ?? m).responsible?.[lang];
    return text && !/[、,，]/.test(text) ? text : null;
  }

  /** Whether a document is another place's: its location test fails, or another province's. */
  #away(m, r) {
    const theirs = m.jurisdiction === 'chengdu' ? 'sichuan' : m.jurisdiction;
    return elsewhere(r, m) || (!!this.#mine && theirs !== 'national' && theirs !== this.#mine);
  }

  #mine = '';

  /** The portal's contacts, read once per value. */
  get #contacts() {
    const raw = this.getAttribute('contacts');
    if (this.#contactsFor?.raw !== raw) this.#contactsFor = { raw, map: readContacts(raw, this.#data?.byId) };
    return this.#contactsFor.map;
  }

  #contactsFor = null;

  /** The year of the last report's asOf. */
  #year = +beijingToday().slice(0, 4);

  /** A province's name: the core's label for that answer to the `province` question. */
  #provinceName(province) {
    const choice = this.#data.questions.get('province')?.options.find((o) => o.value === province);
    return choice ? this.#tx(choice.label) : province;
  }

  #tx(text) {
    return text[this.#lang];
  }

  // ---- The whole widget, rebuilt on a change of language or attributes ----

  #render() {
    const t = this.#t;
    this.#nodes.clear();
    this.#cards.clear();
    const els = (this.#els = {});
    els.lang = h(
      'button',
      { type: 'button', part: 'button', lang: t.otherLangCode, onclick: () => this.setAttribute('lang', t.otherLangCode) },
      t.otherLang,
    );
    const viewButton = (view, label) =>
      h(
        'button',
        { type: 'button', part: 'button', 'aria-pressed': String(this.#view === view), onclick: () => this.#setView(view) },
        label,
      );
    els.check = this.#checkView();
    els.catalogue = h('section', {
      class: 'catalogue-view',
      part: 'catalogue',
      'aria-labelledby': 'cat-h',
      hidden: this.#view !== 'catalogue',
    });
    this.#setContent(
      h(
        'div',
        { class: 'header', part: 'header' },
        // A portal whose page already says what this is (no-header) keeps the
        // title for screen readers only and drops the intro: on a phone the
        // page's heading, then the widget's, pushed the first question down.
        this.hasAttribute('no-header')
          ? h('h2', { part: 'title', class: 'sr' }, t.title)
          : h('div', null, h('h2', { part: 'title' }, t.title), h('p', null, t.intro)),
        h('div', { class: 'toolbar' }, els.lang, viewButton('check', t.viewCheck), viewButton('catalogue', t.viewCatalogue)),
      ),
      els.check,
      els.catalogue,
    );
    if (this.#view === 'catalogue') this.#renderCatalogue();
    this.#update();
  }

  #setView(view) {
    this.#view = view;
    this.#render();
    this.shadowRoot.querySelector('.toolbar [aria-pressed="true"]').focus();
  }

  #checkView() {
    const t = this.#t;
    const els = this.#els;
    const about = [];
    if (!ENTRIES.includes(this.getAttribute('audience'))) {
      about.push(
        this.#radios(
          'audience',
          t.audience,
          AUDIENCES.map((a) => [a, t.audiences[a]]),
          this.#s.audience,
          (value) => {
            this.#s.chosenAudience = value;
            this.#update();
          },
          false,
        ),
      );
    }
    els.topic = h('div', { class: 'topic' });
    els.topicFor = null;
    about.push(els.topic, this.#locationField(), this.#applicationDateField());
    els.questions = h('div', { class: 'qlist' });
    els.summary = h('p', { class: 'summary' });
    els.live = h('p', { role: 'status', 'aria-live': 'polite', class: 'sr' });
    els.groups = h('div');
    els.asOf = h('p', { class: 'muted' });
    els.answers = h('dl', { class: 'print-only' });
    els.shareOut = h('div', { class: 'share', hidden: true });
    // The results in a line that stays at the bottom of the screen while the
    // widget is in view (sticky, last in the layout): on a phone the groups
    // are screens below the questions. Each count takes you to its group.
    els.bar = h('nav', { class: 'live-summary', part: 'live-summary', 'aria-label': t.resultsAtAGlance, hidden: true });
    els.barButtons = {};
    for (const status of BAR_GROUPS) {
      els.barButtons[status] = h('button', {
        type: 'button',
        class: 'link',
        'data-status': status,
        onclick: () => this.#goToGroup(status),
      });
    }
    els.bar.append(...BAR_GROUPS.map((status) => els.barButtons[status]));
    return h(
      'div',
      { class: 'layout', hidden: this.#view !== 'check' },
      h(
        'div',
        { class: 'form', part: 'form' },
        this.#linkNoteView(),
        h('section', { 'aria-labelledby': 'about-h' }, h('h3', { id: 'about-h' }, t.aboutYou), about),
        h(
          'section',
          { 'aria-labelledby': 'q-h' },
          h('h3', { id: 'q-h' }, t.questions),
          // The hint after the questions: on a phone the first question is
          // then whole above the sticky results line, not cut by it.
          els.questions,
          h('p', { class: 'muted' }, t.questionsHint),
        ),
      ),
      h(
        'section',
        { class: 'results', part: 'results', 'aria-labelledby': 'r-h' },
        h('h3', { id: 'r-h' }, t.results),
        // Beside the results it qualifies, not before the first question: on a
        // phone it pushed the first question below the first screen.
        h('p', { class: 'notice', part: 'notice' }, t.notice),
        els.summary,
        els.live,
        els.asOf,
        els.answers,
        els.groups,
        (els.tools = h(
          'div',
          { class: 'toolbar' },
          h('button', { type: 'button', part: 'button', onclick: () => this.#share() }, t.share),
          h('button', { type: 'button', part: 'button', onclick: () => print() }, t.print),
        )),
        els.shareOut,
      ),
      els.bar,
    );
  }

  /**
   * What a share link could not restore: the names of the keys the widget
   * knows, and how many others — never the link's values or made-up keys,
   * which would let a link write its own text into the portal's page.
   */
  #linkNoteView() {
    const note = this.#linkNote;
    if (!note) return null;
    const t = this.#t;
    let text = t.linkTooLong;
    if (!note.tooLong) {
      const { names, more, unknown } = droppedNames(note.dropped, (key) =>
        Boolean(this.#questionFor(key === 'birthDate' ? 'age' : key)),
      );
      const items = [...names, ...(more ? ['…'] : []), ...(unknown ? [t.linkUnknown(unknown)] : [])];
      text = t.linkDropped(note.dropped.length, items);
    }
    return h('p', { class: 'notice link-note', role: 'status' }, text);
  }

  /** A radio group with a "not sure" choice when `notSure` is true. */
  #radios(name, legend, choices, current, onChange, notSure = true, column = false) {
    const t = this.#t;
    const all = notSure ? [...choices, ['', t.notSure]] : choices;
    return h(
      'fieldset',
      { part: 'question', 'data-fact': name },
      h('legend', null, legend),
      h(
        'div',
        { class: column ? 'choices column' : 'choices' },
        all.map(([value, label]) =>
          h(
            'label',
            null,
            h('input', {
              type: 'radio',
              name: `q-${name}`,
              value,
              checked: value === current,
              onchange: (e) => e.target.checked && onChange(value),
            }),
            label,
          ),
        ),
      ),
    );
  }

  #locationField() {
    const t = this.#t;
    const zone = this.getAttribute('zone');
    // A zone whose level the directory leaves open says so, and its level is asked below the picker.
    const levelName = (province, level) =>
      level === null ? t.levelOpen : t.levels[province === 'chongqing' && level === 'provincial' ? 'municipal' : level];
    this.#els.zoneLevel = h('div', { class: 'zone-level' });
    this.#els.zoneLevelFor = null;
    if (zone) {
      const z = this.#data.zones.find((z) => z.id === zone);
      return h(
        'div',
        { class: 'field' },
        h('p', null, t.locationPreset, z ? t.zoneOption(this.#tx(z.name), levelName(z.province, z.level)) : zone),
        this.#els.zoneLevel,
      );
    }
    const preset = this.getAttribute('province');
    const options = (province) => {
      if (province === 'other') {
        return [
          ...['national', 'provincial'].map((l) => h('option', { value: `other:${l}` }, t.elsewhereZone(t.levels[l]))),
          h('option', { value: 'other:none' }, t.notInZone(this.#provinceName('other'))),
        ];
      }
      const name = this.#provinceName(province);
      return [
        ...this.#data.zones
          .filter((z) => z.province === province)
          .map((z) => h('option', { value: `zone:${z.id}` }, t.zoneOption(this.#tx(z.name), levelName(province, z.level)))),
        ...['national', 'provincial'].map((l) =>
          h('option', { value: `${province}:${l}` }, t.otherZone(name, levelName(province, l))),
        ),
        h('option', { value: `${province}:none` }, t.notInZone(name)),
        h('option', { value: `${province}:` }, t.provinceOnly(name)),
      ];
    };
    const select = h(
      'select',
      {
        id: 'loc',
        'aria-describedby': 'loc-hint',
        // A level answered for one park is not carried over to another place.
        onchange: (e) => ((this.#s.loc = e.target.value), (this.#s.zoneLevel = ''), this.#update()),
      },
      h('option', { value: '' }, t.notSure),
      preset ? options(preset) : [...PROVINCES, 'other'].map((p) => h('optgroup', { label: this.#provinceName(p) }, options(p))),
    );
    select.value = this.#s.loc;
    // A share link made on another portal may name a place this one does not offer.
    if (select.value !== this.#s.loc) this.#s.loc = '';
    this.#els.loc = select;
    return h(
      'div',
      { class: 'field', part: 'question', 'data-fact': 'zone' },
      h('label', { class: 'block', for: 'loc' }, t.location),
      select,
      h('p', { class: 'muted', id: 'loc-hint' }, t.locationHint, !preset || preset === 'chongqing' ? t.chongqingNote : ''),
      this.#els.zoneLevel,
    );
  }

  /**
   * "What are you looking for": one choice per topic this audience has
   * measures of, and everything; only when there are two topics or more and
   * the portal did not fix one. Rebuilt only when those topics change.
   */
  #syncTopic() {
    const els = this.#els;
    const topics = this.#s.topicPreset ? [] : this.#s.topics();
    const key = topics.length > 1 ? topics.join() : '';
    if (els.topicFor === key) return;
    els.topicFor = key;
    if (!key) return els.topic.replaceChildren();
    const t = this.#t;
    const choices = [['', t.topics.all], ...topics.map((topic) => [topic, t.topics[topic]])];
    els.topic.replaceChildren(
      this.#radios(
        'topic',
        t.topic,
        choices,
        this.#s.topic,
        (value) => {
          this.#s.chosenTopic = value;
          this.#update();
        },
        false,
      ),
    );
  }

  /**
   * Under the location: for a zone whose level the directory leaves open,
   * the engine's own zoneLevel question (with "not sure"); nothing otherwise.
   * Rebuilt only when the zone changes.
   */
  #syncZoneLevel() {
    const els = this.#els;
    const zone = this.#s.location().zone;
    const open = zone && this.#s.levelOpen(zone) ? zone : null;
    if (els.zoneLevelFor === open) return;
    els.zoneLevelFor = open;
    const q = this.#data.questions.get('zoneLevel');
    if (!open || !q) return els.zoneLevel.replaceChildren();
    els.zoneLevel.replaceChildren(
      h('p', { class: 'muted' }, this.#t.zoneLevelHint),
      this.#radios(
        'zoneLevel',
        this.#tx(q.text),
        q.options.map((o) => [o.value, this.#tx(o.label)]),
        this.#s.zoneLevel,
        (value) => {
          this.#s.zoneLevel = value;
          this.#update();
        },
        true,
        true,
      ),
    );
  }

  /**
   * The application date, asked of individuals (SPEC §1: for work-permit,
   * visa and residence measures asOf is the day the application is
   * submitted). It shows today's Beijing date (or the portal's `as-of`) until
   * the user types another; only a typed date goes into the profile.
   */
  #applicationDateField() {
    const t = this.#t;
    const els = this.#els;
    const error = h('p', { class: 'error', id: 'as-of-err', hidden: true }, t.badDate);
    const reads = h('p', { class: 'muted', id: 'as-of-reads' });
    const input = (els.asOfInput = h('input', {
      type: 'text',
      id: 'as-of',
      inputmode: 'numeric',
      autocomplete: 'off',
      value: this.#s.asOf || this.getAttribute('as-of') || beijingToday(),
      'aria-describedby': 'as-of-hint as-of-reads as-of-err',
    }));
    const read = (showError) => {
      const got = readDate(input.value);
      const bad = !!got.problem;
      if (showError || !bad) {
        error.hidden = !bad;
        error.textContent = bad ? `${t.problem(got.problem)}${t.badDate}` : t.badDate;
        input.setAttribute('aria-invalid', String(bad));
      }
      reads.textContent = got.value ? t.reads(formatDate(got.value, this.#lang)) : '';
      return got.value ?? '';
    };
    input.addEventListener('input', () => {
      els.asOfTyped = true;
      this.#s.asOf = read(false);
      this.#update();
    });
    input.addEventListener('change', () => read(true));
    read(false);
    els.asOfRead = read;
    return (els.asOfField = h(
      'div',
      { class: 'field', part: 'question', 'data-fact': 'asOf', hidden: !this.#s.asksApplicationDate },
      h('label', { class: 'block', for: 'as-of' }, t.applicationDate),
      input,
      h('p', { class: 'muted', id: 'as-of-hint' }, t.applicationDateHint),
      reads,
      error,
    ));
  }

  // ---- Questions ----

  #question(q) {
    const t = this.#t;
    const set = (value) => {
      if (value === null || value === undefined) delete this.#s.answers[q.fact];
      else this.#s.answers[q.fact] = value;
      this.#update();
    };
    if (q.type === 'bool' || q.type === 'choice') {
      const choices =
        q.type === 'bool'
          ? [
              ['true', t.yes],
              ['false', t.no],
            ]
          : q.options.map((o) => [o.value, this.#tx(o.label)]);
      const current = q.fact in this.#s.answers ? String(this.#s.answers[q.fact]) : '';
      const group = this.#radios(
        q.fact,
        this.#tx(q.text),
        choices,
        current,
        (value) => {
          set(value === '' ? null : q.type === 'bool' ? value === 'true' : value);
        },
        true,
        q.type === 'choice',
      );
      if (q.fact === 'foreignNational' && this.#s.entry === 'talent') group.append(h('p', { class: 'muted' }, t.talentPreset));
      return group;
    }
    const id = `q-${q.fact}`;
    const age = q.type === 'age';
    const error = h('p', { class: 'error', id: `${id}-err`, hidden: true }, age ? t.badAge : t.badNumber);
    const reads = h('p', { class: 'muted', id: `${id}-reads` });
    const known = age ? (this.#s.answers.birthDate ?? this.#s.answers.age) : this.#s.answers[q.fact];
    const input = h('input', {
      type: 'text',
      id,
      inputmode: age ? 'text' : 'decimal',
      autocomplete: 'off',
      value: known ?? '',
      'aria-describedby': `${id}-hint ${id}-reads ${id}-err`,
    });
    // The value as understood is shown back under the input before it counts;
    // what cannot be read says what was understood and what was not.
    const read = (showError) => {
      const got = age ? readAge(input.value) : readYuan(input.value);
      const bad = !!got.problem;
      if (showError || !bad) {
        error.hidden = !bad;
        error.textContent = bad ? `${t.problem(got.problem)}${age ? t.badAge : t.badNumber}` : age ? t.badAge : t.badNumber;
        input.setAttribute('aria-invalid', String(bad));
      }
      const { value } = got;
      reads.textContent =
        value === undefined
          ? ''
          : !age
            ? t.reads(formatYuan(value, this.#lang))
            : 'age' in value
              ? t.readsAge(value.age)
              : t.readsBirth(formatDate(value.birthDate, this.#lang));
      return value ?? null;
    };
    input.addEventListener('input', () => {
      const value = read(false);
      if (age) {
        delete this.#s.answers.age;
        delete this.#s.answers.birthDate;
        if (value) Object.assign(this.#s.answers, value);
        this.#update();
      } else set(value);
    });
    input.addEventListener('change', () => read(true));
    read(false);
    return h(
      'div',
      { class: 'field', part: 'question', 'data-fact': q.fact },
      h('label', { class: 'block', for: id }, this.#tx(q.text)),
      input,
      h('p', { class: 'muted', id: `${id}-hint` }, age ? t.ageHint : t.numberHint),
      reads,
      error,
    );
  }

  /** The engine's question for a fact, or null for a name that is none (a map: a link's `__proto__` is no question). */
  #questionFor(fact) {
    return this.#data.questions.get(fact) ?? null;
  }

  /** Shows the questions that can still change a visible result, keeping each in place once shown. */
  #syncQuestions(open) {
    const list = this.#els.questions;
    if (!this.#s.audience) return list.replaceChildren(h('p', null, this.#t.chooseAudience));
    const known = Object.keys(this.#s.answers).map((fact) => (fact === 'birthDate' ? 'age' : fact));
    for (const fact of [...known, ...open.map((q) => q.fact)]) if (!this.#order.includes(fact)) this.#order.push(fact);
    const focused = this.shadowRoot.activeElement;
    const openFacts = new Set(open.map((q) => q.fact));
    // Answers given for another audience are kept (switching back restores them) but not shown.
    const mine = (fact) => this.#questionFor(fact)?.audiences?.includes(this.#s.audience) ?? true;
    const shown = this.#order.filter(
      (fact) =>
        openFacts.has(fact) || (answered(this.#s.answers, fact) && mine(fact)) || this.#nodes.get(fact)?.contains(focused),
    );
    const nodes = shown.map((fact) => {
      if (!this.#nodes.has(fact)) this.#nodes.set(fact, this.#question(this.#questionFor(fact)));
      return this.#nodes.get(fact);
    });
    for (const child of [...list.children]) if (!nodes.includes(child)) child.remove();
    nodes.forEach((node, i) => list.children[i] !== node && list.insertBefore(node, list.children[i] ?? null));
    if (!nodes.length) list.append(h('p', null, this.#t.noQuestions));
  }

  #focusQuestion(fact) {
    const within = (node) => node?.querySelector('input:checked, input[type="text"]') ?? node?.querySelector('input');
    // The level of a park whose level the directory leaves open is asked under the location.
    const level = fact === 'zoneLevel' ? within(this.#els.zoneLevel) : null;
    const target = level ?? (LOCATION_FACTS.has(fact) ? this.#els.loc : within(this.#nodes.get(fact)));
    target?.focus();
  }

  // ---- Evaluation and results ----

  #update() {
    if (!this.#data) return;
    const t = this.#t;
    const els = this.#els;
    const audience = this.#s.audience;
    // The form's own fields first: they must stay answerable whatever the engine says.
    this.#syncTopic();
    this.#syncZoneLevel();
    this.#s.enter();
    els.asOfField.hidden = !this.#s.asksApplicationDate;
    const profile = this.profile;
    let report, questions;
    try {
      report = evaluate(profile, BRIEF);
      questions = nextQuestions(profile);
    } catch (error) {
      this.#els.groupParts = null;
      this.#els.groups.replaceChildren(h('p', { class: 'error', role: 'alert' }, t.error, String(error.message ?? error)));
      return;
    }
    const visible = new Map(this.#s.visible().map((m) => [m.id, m]));
    // Only what is asked of this audience (SPEC §1a).
    const open = questions.filter(
      (q) => !LOCATION_FACTS.has(q.fact) && q.audiences.includes(audience) && q.measures.some((id) => visible.has(id)),
    );
    // An amount that does not change a status can still size a benefit
    // (≥ 50% of S&T income): ask for it once the measure applies.
    for (const r of report.results) {
      const fact = visible.get(r.id)?.benefit.shareOf;
      if (fact && (r.status === 'eligible' || r.status === 'conditional') && !open.some((q) => q.fact === fact)) {
        open.push(this.#questionFor(fact));
      }
    }
    this.#syncQuestions(open.filter(Boolean));

    // One card per benefit: the measures of a benefit group are one entry,
    // shown in the group of the best status any of them holds.
    const entries = new Map();
    if (audience) {
      for (const result of report.results) {
        const m = visible.get(result.id);
        if (!m) continue;
        // Open only on another party's facts: not this user's, never an open question.
        const r = resultFor(result, audience, this.#data.questions)
          ? result
          : { ...result, status: 'ineligible', forOthers: true };
        const key = m.benefitGroup?.id ?? m.id;
        if (!entries.has(key)) entries.set(key, { key, benefitGroup: m.benefitGroup, members: [] });
        entries.get(key).members.push({ m, r });
      }
    }
    this.#year = +report.asOf.slice(0, 4);
    this.#mine = profile.province ?? this.#data.zones.find((z) => z.id === profile.zone)?.province ?? '';
    const groups = Object.fromEntries(GROUPS.map((g) => [g, []]));
    for (const entry of entries.values()) {
      // The lead: not another place's; the best status, national, in force; else catalogue order.
      const away = ({ m, r }) => +this.#away(m, r);
      const national = ({ m }) => +(m.jurisdiction !== 'national');
      entry.members.sort(
        (a, b) => away(a) - away(b) || rank(a.r) - rank(b.r) || national(a) - national(b) || a.r.draft - b.r.draft,
      );
      entry.lead = entry.members[0];
      const group = groupFor(entry.lead.r.status);
      const reach = group === 'ineligible' && withinReach(entry.lead.r, entry.lead.m, this.#data.questions);
      groups[reach ? 'reach' : group].push(entry);
    }
    for (const g of GROUPS) groups[g].sort((a, b) => stake(a.lead.m) - stake(b.lead.m));
    // Near misses first: they are the not-applicable results worth reading.
    // (Worked out once per card, not once per comparison.)
    const near = new Map(groups.ineligible.map((e) => [e, e.members.some(({ m, r }) => nearMiss(r, m))]));
    groups.ineligible.sort((a, b) => near.get(b) - near.get(a));
    // Until the user types a date, the field shows the date the engine used (today's in Beijing, or as-of).
    if (!this.#s.asOf && !els.asOfTyped && this.shadowRoot.activeElement !== els.asOfInput) {
      els.asOfInput.value = report.asOf;
      els.asOfRead(false);
    }
    const date = formatDate(report.asOf, this.#lang);
    setText(
      els.asOf,
      report.asOfDefaulted ? t.asOfToday(date) : this.#s.asksApplicationDate ? t.asOfApplication(date) : t.asOf(date),
    );
    els.answers.replaceChildren(...this.#answerList(report));
    // Each group counted on its own, and its drafts apart: claims and non-claims are never added up.
    const counts = Object.fromEntries(GROUPS.map((g) => [g, groups[g].length]));
    this.#labels = { ...t.groups };
    if (counts.eligible && groups.eligible.every((e) => direct(e.lead.m))) this.#labels.eligible = t.direct;
    // A card counts as a draft when the document giving its status is one.
    const drafts = Object.fromEntries(GROUPS.map((g) => [g, groups[g].filter((e) => e.lead.r.draft).length]));
    this.#syncGroups(groups, drafts);
    const summary = audience ? t.summary(counts, drafts) : '';
    this.#els.summary.textContent = summary;
    els.bar.hidden = !audience;
    for (const status of BAR_GROUPS) {
      setText(els.barButtons[status], t.barCount(this.#labels[status], counts[status], drafts[status]));
      // A zero is no headline.
      els.barButtons[status].hidden = !counts[status];
    }
    clearTimeout(this.#announce);
    // Screen readers hear the new counts once the user pauses, not on every keystroke.
    this.#announce = setTimeout(() => (this.#els.live.textContent = summary), 400);
    this.#els.shareOut.hidden = true;
    this.#els.tools.hidden = !audience;
    this.#emit('change', { profile, report, audience });
  }

  #labels = {};

  /** From the summary line to a results group: scrolled into view, its heading focused. */
  #goToGroup(status) {
    const heading = this.#els.groupParts?.[status]?.heading;
    if (!heading) return;
    heading.setAttribute('tabindex', '-1');
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  }

  /**
   * Shows the results groups. Built once; on later answers only what changed
   * is touched: a card whose result is the same stays in place (no rebuild,
   * no new layout), headings change only when their counts do.
   */
  #syncGroups(groups, drafts, budget = CARDS_PER_FRAME) {
    const t = this.#t;
    const els = this.#els;
    clearTimeout(this.#moreCards.timer);
    this.#moreCards.run = null;
    if (!this.#s.audience) {
      els.groupParts = null;
      els.groups.replaceChildren(h('p', null, t.chooseAudience));
      return;
    }
    if (!els.groupParts) {
      els.groupParts = {};
      for (const status of GROUPS) {
        const part = (els.groupParts[status] = {
          heading: h('h4', { id: `g-${status}` }),
          list: h('ul', { class: 'cards', role: 'list' }),
          none: h('p', { class: 'muted' }, t.none),
        });
        if (status === 'ineligible') {
          part.summary = h('summary');
          part.details = h(
            'details',
            { open: this.#naOpen, ontoggle: (e) => (this.#naOpen = e.target.open) },
            part.summary,
            part.list,
          );
        }
        part.section = h(
          'section',
          { class: 'group', part: `group group-${status}`, 'data-status': status, 'aria-labelledby': `g-${status}` },
          part.heading,
          h('p', { class: 'muted' }, t.groupHints[status]),
          part.none,
        );
      }
      els.groups.replaceChildren(...GROUPS.map((status) => els.groupParts[status].section));
    }
    let pending = false;
    for (const status of GROUPS) {
      const part = els.groupParts[status];
      const entries = groups[status];
      // The cards in order, as far as this frame's budget goes (a card already built costs nothing).
      const cards = [];
      const claims = status === 'eligible' || status === 'conditional';
      for (const entry of entries) {
        const el = this.#cardFor(entry, claims || budget > 0);
        if (!el) break;
        if (el.isNew && !claims) budget--;
        cards.push(el.el);
      }
      setText(part.heading, t.counted(this.#labels[status], entries.length, drafts[status]));
      if (part.summary) setText(part.summary, t.showAll(entries.length));
      part.section.hidden = !entries.length;
      const body = entries.length ? (part.details ?? part.list) : part.none;
      if (part.section.lastChild !== body) part.section.lastChild.replaceWith(body);
      syncChildren(part.list, cards);
      const busy = cards.length < entries.length;
      pending ||= busy;
      if (busy) part.section.setAttribute('aria-busy', 'true');
      else part.section.removeAttribute('aria-busy');
    }
    if (pending) {
      // After the next frame has painted what there is (a timer as well: a
      // hidden page gets no frames, and its cards must still be complete).
      const run = (this.#moreCards.run = () => this.#moreCards.run === run && this.#syncGroups(groups, drafts));
      this.#moreCards.args = [groups, drafts];
      requestAnimationFrame(() => setTimeout(run));
      this.#moreCards.timer = setTimeout(run, 200);
    }
  }

  /** The rest of the cards, still to build: `run` builds the next few; print builds them all at once. */
  #moreCards = { run: null, timer: 0, args: null };

  /**
   * An entry's card (one measure, or a benefit group) as `{ el, isNew }`:
   * the one already built while its results are the same, else a new one
   * when `build`, else null.
   */
  #cardFor({ key: id, benefitGroup, members }, build) {
    const key = members
      .map(({ m, r }) =>
        [m.id, r.status, r.nature, r.draft, r.reasons.join(), r.missing?.join(), r.encouragedShareYuan, r.decidingDate].join('|'),
      )
      .join('/')
      .concat(this.#year, this.#mine);
    const cached = this.#cards.get(id);
    if (cached?.key === key) return { el: cached.el, isNew: false };
    if (!build) return null;
    const el = members.length === 1 ? card(this.#ctx, members[0].m, members[0].r) : benefitCard(this.#ctx, benefitGroup, members);
    this.#cards.set(id, { key, el });
    return { el, isNew: true };
  }

  /** What the user answered, as printed above the results. */
  #answerList(report) {
    const t = this.#t;
    const rows = [];
    if (this.#s.audience) rows.push([t.audience, t.audiences[this.#s.audience]]);
    const loc = this.#els.loc;
    const { zone, province } = this.#s.presets();
    const fixed = this.#data.questions.get(zone ? 'zone' : 'province')?.options?.find((o) => o.value === (zone || province));
    if (loc?.value) rows.push([t.location, loc.selectedOptions[0].textContent]);
    else if (fixed) rows.push([t.location, this.#tx(fixed.label)]);
    const level = this.#s.zoneLevel && this.#data.questions.get('zoneLevel');
    if (level) rows.push([this.#tx(level.text), this.#tx(level.options.find((o) => o.value === this.#s.zoneLevel).label)]);
    if (this.#s.asksApplicationDate) rows.push([t.applicationDate, formatDate(report.asOf, this.#lang)]);
    const own = this.#s.ownAnswers;
    for (const fact of this.#order) {
      const q = this.#questionFor(fact);
      const value = fact === 'age' ? (own.birthDate ?? own.age) : own[fact];
      if (value === undefined) continue;
      const shown =
        q.type === 'bool'
          ? value
            ? t.yes
            : t.no
          : q.type === 'number'
            ? formatYuan(value, this.#lang)
            : q.type === 'choice'
              ? this.#tx(q.options.find((o) => o.value === value).label)
              : String(value);
      rows.push([this.#tx(q.text), shown]);
    }
    return rows.flatMap(([question, value]) => [h('dt', null, question), h('dd', null, value)]);
  }

  /** One measure's card (in the catalogue, `r` is null). */

  // ---- Catalogue ----

  #renderCatalogue() {
    const t = this.#t;
    const section = this.#els.catalogue;
    const all = this.#s.visible('', '');
    const jurisdictions = [...new Set(all.map((m) => m.jurisdiction))];
    const filter = this.#catalogueFilter ?? (this.#catalogueFilter = { jurisdiction: '', audience: '' });
    const select = (id, label, values, names, key) =>
      h(
        'div',
        null,
        h('label', { class: 'block', for: id }, label),
        h(
          'select',
          {
            id,
            onchange: (e) => (
              (filter[key] = e.target.value),
              this.#renderCatalogue(),
              this.shadowRoot.getElementById(id).focus()
            ),
          },
          h('option', { value: '' }, t.all),
          values.map((v) => h('option', { value: v, selected: filter[key] === v }, names[v])),
        ),
      );
    const shown = all.filter(
      (m) => (!filter.jurisdiction || m.jurisdiction === filter.jurisdiction) && (!filter.audience || isFor(m, filter.audience)),
    );
    section.replaceChildren(
      h('h3', { id: 'cat-h' }, t.catalogue),
      h('p', null, t.catalogueIntro),
      h('p', { class: 'notice', part: 'notice' }, t.notice),
      h(
        'div',
        { class: 'filters' },
        select('cat-j', t.filterJurisdiction, jurisdictions, t.jurisdictions, 'jurisdiction'),
        select('cat-a', t.filterAudience, AUDIENCES, t.audiences, 'audience'),
      ),
      h(
        'p',
        { class: 'muted', role: 'status' },
        t.count(shown.length, shown.filter((m) => m.document.status === 'draft').length),
      ),
      ...jurisdictions
        .map((j) => [j, shown.filter((m) => m.jurisdiction === j)])
        .filter(([, list]) => list.length)
        .map(([j, list]) =>
          h(
            'section',
            { class: 'jurisdiction', 'aria-labelledby': `cat-${j}` },
            h('h4', { id: `cat-${j}` }, t.jurisdictions[j] ?? j),
            h(
              'ul',
              { class: 'cards', role: 'list' },
              // A benefit several documents grant is listed under each, its title saying whose this one is.
              list.map((m) =>
                card(
                  this.#ctx,
                  m,
                  null,
                  m.benefitGroup ? t.titleOf(this.#tx(m.benefitGroup.title), t.jurisdictions[j]) : undefined,
                ),
              ),
            ),
          ),
        ),
    );
  }

  #catalogueFilter;

  // ---- Share and print ----

  #share() {
    const t = this.#t;
    const url = shareLink(linkBase(location.href, this.getAttribute('share-base')), this.#s.linkState(this.#lang));
    const message = h('p', { role: 'status' }, t.shareReady);
    const input = h('input', { type: 'text', id: 'share-url', readonly: true, value: url });
    this.#els.shareOut.replaceChildren(
      h('label', { class: 'block', for: 'share-url' }, t.shareLabel),
      input,
      message,
      h('p', { class: 'muted' }, t.shareNote),
    );
    this.#els.shareOut.hidden = false;
    input.focus();
    input.select();
    navigator.clipboard?.writeText(url).then(
      () => (message.textContent = t.shareCopied),
      () => {},
    );
  }

  /**
   * Restores the answers of a share link (see #share) from the page's
   * fragment, then shows them. The link is read with the rules of the
   * widget's own inputs (share.js); what they refuse, what this portal does
   * not offer and what the engine refuses is left out, and the page says so.
   */
  #restore() {
    try {
      this.#restoreLink();
    } catch (error) {
      // Whatever a link holds, the widget stays usable: nothing of it is
      // kept, and the note says how much was left out.
      console.error(error);
      this.#s.chosenAudience = this.#s.chosenTopic = this.#s.loc = this.#s.zoneLevel = this.#s.asOf = '';
      this.#s.answers = {};
      this.#order = [];
      const dropped = [...new URLSearchParams(String(location.hash).replace(/^#/, ''))].filter(([key]) => key !== MARKER);
      this.#linkNote = dropped.length ? { dropped } : null;
      this.#ready = true;
      this.#render();
    }
  }

  #restoreLink() {
    const link = readShareLink(location.hash, {
      questionFor: (fact) => this.#questionFor(fact),
      locations: locationValues(this.#data.zones),
      levelOpen: (loc) => loc.startsWith('zone:') && this.#s.levelOpen(loc.slice(5)),
    });
    if (link) {
      const { state } = link;
      const dropped = [...link.dropped];
      this.#ready = false;
      if (state.lang) this.setAttribute('lang', state.lang);
      this.#s.chosenAudience = state.audience;
      this.#s.chosenTopic = state.topic;
      this.#s.loc = state.loc;
      if (this.#s.loc && !this.#s.offers(this.#s.loc)) {
        dropped.push(['loc', this.#s.loc]);
        this.#s.loc = '';
      }
      this.#s.zoneLevel = this.#s.loc ? state.zoneLevel : '';
      this.#s.asOf = state.asOf;
      this.#s.answers = {};
      this.#s.entered = null;
      this.#order = [];
      // What the engine refuses (a date or place it does not take, an answer
      // that contradicts another) is dropped: the date first, then the place.
      const drops = [
        ['asOf', () => this.#s.asOf, () => (this.#s.asOf = '')],
        ['zoneLevel', () => this.#s.zoneLevel, () => (this.#s.zoneLevel = '')],
        ['loc', () => this.#s.loc, () => ((this.#s.loc = ''), (this.#s.zoneLevel = ''))],
      ];
      for (const [key, get, drop] of drops) {
        if (this.#engineTakes(this.profile)) break;
        if (get()) dropped.push([key, get()]);
        drop();
      }
      for (const [key, value] of Object.entries(state.answers)) {
        if (this.#engineTakes({ ...this.profile, [key]: value })) this.#s.answers[key] = value;
        else dropped.push([key, String(value)]);
      }
      this.#linkNote = link.tooLong ? { tooLong: true } : dropped.length ? { dropped } : null;
    } else if (this.#ready) {
      return;
    }
    this.#ready = true;
    this.#render();
  }

  /** What the last share link could not restore, shown above the form; null when it all came back. */
  #linkNote = null;

  #engineTakes(profile) {
    try {
      evaluate(profile, BRIEF);
      return true;
    } catch {
      return false;
    }
  }

  /** Whether this portal's location picker offers `loc` (its `zone` or `province` attribute may narrow it). */

  #print(before) {
    // Every card on paper: those still to build are built now.
    if (before) while (this.#moreCards.run) this.#syncGroups(...this.#moreCards.args, Infinity);
    // Closed <details> do not print: open the not-applicable group for paper.
    for (const details of this.shadowRoot.querySelectorAll('details')) {
      if (before) {
        details.dataset.wasOpen ??= String(details.open);
        details.open = true;
      } else if (details.dataset.wasOpen) {
        details.open = details.dataset.wasOpen === 'true';
        delete details.dataset.wasOpen;
      }
    }
  }
}

// Every attribute but `lang` (HTMLElement has that property already) is a
// property too, reflected: `el.audience = 'talent'` sets the attribute;
// `el.noHeader = true` adds the boolean one. Names as in the DOM: asOf,
// shareBase, noHeader.
for (const attribute of HitechEligibility.observedAttributes) {
  if (attribute === 'lang') continue;
  const property = attribute.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
  const boolean = attribute === 'no-header';
  Object.defineProperty(HitechEligibility.prototype, property, {
    configurable: true,
    enumerable: true,
    get() {
      return boolean ? this.hasAttribute(attribute) : (this.getAttribute(attribute) ?? '');
    },
    set(value) {
      if (boolean ? !value : value == null) this.removeAttribute(attribute);
      // `contacts` takes an object too: kept as its JSON.
      else this.setAttribute(attribute, boolean ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value));
    },
  });
}

// The engine's fetch and compile start now, while the page is still being
// parsed and laid out, not when the first element connects: a page loads this
// module to show the widget. A failure is reported by each element that
// waits for the engine (connectedCallback), not here as well.
loadEngine().catch(() => {});

customElements.get('hitech-eligibility') || customElements.define('hitech-eligibility', HitechEligibility);
