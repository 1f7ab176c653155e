// <hitech-eligibility>, the eligibility check as a Web Component: the wiring
// of its views (form.js, fields.js, grouping.js, results.js, cards.js; later
// print.js, catalogue-view.js, link.js). Nothing leaves the page but a share
// link, when the user asks for one. See WIDGET.md and ARCHITECTURE.md.

import { evaluate, nextQuestions } from './glue.js';
import {
  BRIEF,
  detailsLoaded,
  engineTakes,
  loadDetails,
  loadEngine,
  loadWords,
  loaded,
  need,
  whenIdle,
  wordsNow,
} from './tables.js';
import { BOOT_WORDS, beijingToday, formatDate, pickLang } from './format.js';
import { readContacts } from './parse.js';
import { adoptStyles } from './styles.js';
import { AUDIENCES, Session, isShareLink } from './session.js';
import { GROUPS, ageOf, away, groupResults, moot, testsOf } from './grouping.js';
import { h, reflect, setText } from './dom.js';
import { FormView, LOCATION_FACTS, QUESTIONS_PER_FRAME } from './form.js';
import { ROUTES, authorityOf, contactLine, workPermitNote } from './cards.js';
import { ResultsView, Summary, Usage } from './results.js';

const WINDOW_EVENTS = ['beforeprint', 'afterprint', 'hashchange'];
/**
 * How long the element waits for the engine and its words before it shows
 * the failure (reason `timeout`): a first visit is ~105 KB compressed, some
 * 2 s on a 400 kbit/s rural link, 20 s at 40 kbit/s.
 */
const LOAD_WAIT = 30_000;
/** The profile fields a portal sets by attribute (and the user cannot change): a refusal is the portal's to fix. */
const PORTAL_FIELDS = { zone: 'zone', province: 'province', asOf: 'as-of' };

/**
 * The questions of `open` (nextQuestions) asked of `audience` (SPEC §1a) that can change a `visible` measure
 * other than those in `idle`.
 */
const asked = (open, audience, visible, idle = new Set()) =>
  open.filter(
    (q) =>
      !LOCATION_FACTS.has(q.fact) && q.audiences.includes(audience) && q.measures.some((id) => visible.has(id) && !idle.has(id)),
  );

/**
 * The party's own standing first (高企, 科小, 规上…), then what concerns only some kinds of firm, then where an S&T
 * achievement is put to use (achievementPlace…): a place apart from the user's own (the Chongqing transfer subsidies',
 * the Guizhou 技术股+现金股 measure's) that the user's own answers (a researcher? which side of a transfer?) often
 * make moot. Within each, the engine's order (most at stake first; sort is stable).
 */
const standingFirst = (questions) => {
  const rank = (q) => (q.standing ? 0 : /^achievementPlace/.test(q.fact) ? 2 : 1);
  return [...questions].sort((a, b) => rank(a) - rank(b));
};

export class HitechEligibility extends HTMLElement {
  // Its attributes (each but `lang` a reflected property too, below), events
  // (bubbling, composed) and parts: WIDGET.md's tables, which
  // tests/node/widget-doc.test.mjs holds to these lists.
  // prettier-ignore
  static observedAttributes = ['lang', 'audience', 'topic', 'province', 'zone', 'measures', 'as-of', 'share-base', 'no-header', 'contacts'];
  // prettier-ignore
  static events = ['hitech-eligibility-change', 'hitech-eligibility-ready', 'hitech-eligibility-error', 'hitech-eligibility-usage'];
  // prettier-ignore
  static parts = [
    'header', 'title', 'notice', 'form', 'question', 'results', 'live-summary', 'catalogue', 'button', 'footer',
    'group', 'group-eligible', 'group-conditional', 'group-informational', 'group-unknown', 'group-reach', 'group-ineligible',
    'card', 'card-title', 'status', 'benefit', 'conditions', 'source', 'quote', 'badge-draft', 'deadline', 'applies', 'contact', 'note',
  ];

  #data = null;
  #ready = false;
  /** The check's state and what follows from it (session.js); made when the engine's tables are in. */
  #s = null;
  #view = 'check';
  #els = {};
  /** The facts in the order first shown: a question keeps its place across renders. */
  #order = [];
  /** What the views keep across renders: whether the not-applicable group is open; the audience `#order` is for (`for`). */
  #kept = { naOpen: false };
  /** The views of one render. */
  #form = null;
  #results = null;
  #summary = null;
  /** What the last share link could not restore, shown above the form; null when it all came back. */
  #linkNote = null;
  /** The page was opened from a share link: its address follows the answers (#keepLink). */
  #fromLink = false;
  /** The last report, for the answers printed above it. */
  #report = null;
  #catalogueFilter = { jurisdiction: '', audience: '' };
  /** The year of the last report's asOf, and the user's province: cards depend on them (cardKey, away). */
  #year = +beijingToday().slice(0, 4);
  #mine = '';
  #contactsFor = null;
  /** The audience whose results are shown, and the results left to the next frame ({ present, frame }), if any. */
  #presented = '';
  #later = null;
  /** The usage event, sent once results settle (results.js). */
  #usage = new Usage((detail) => this.#emit('usage', detail));
  #onWindow;
  #printMedia;
  #onPrintMedia;
  #styleLink;

  constructor() {
    super();
    adoptStyles(this.attachShadow({ mode: 'open' }));
    // Where the styles come through a <link> (no constructable stylesheets), it stays first.
    this.#styleLink = this.shadowRoot.querySelector('link');
  }

  /** Makes `nodes` the shadow root's content, keeping a style <link>. */
  #setContent(...nodes) {
    this.shadowRoot.replaceChildren(...(this.#styleLink ? [this.#styleLink] : []), ...nodes);
  }

  connectedCallback() {
    this.#onWindow ??= (event) => (event.type === 'hashchange' ? this.#restore() : this.#print(event.type === 'beforeprint'));
    for (const type of WINDOW_EVENTS) addEventListener(type, this.#onWindow);
    // The print view without a print (DevTools' print emulation, a reader's "print preview" mode): the same preparation.
    this.#printMedia ??= typeof matchMedia === 'function' ? matchMedia('print') : null;
    this.#onPrintMedia ??= (event) => this.#print(event.matches);
    this.#printMedia?.addEventListener?.('change', this.#onPrintMedia);
    if (this.#data || this.#els.loading) return;
    this.#els.loading = h('p', { role: 'status' }, BOOT_WORDS[this.#lang].loading);
    this.#setContent(this.#els.loading);
    if (typeof WebAssembly !== 'object') return this.#unavailable('unsupported');
    // The engine and the page language's words together; the other language only when switched to.
    const words = loadWords(this.#lang).catch((cause) =>
      Promise.reject(Object.assign(new Error('words'), { reason: 'network', cause })),
    );
    // A fetch that never ends (a proxy that holds the connection) must not leave "loading" up for
    // ever: after LOAD_WAIT the user sees what a failed fetch shows. An engine that comes later still
    // takes its place.
    const wait = setTimeout(() => {
      if (this.#data) return;
      this.#unavailable('loadFailed', 'timeout');
      console.error(`hitech-eligibility: the engine or the words did not load in ${LOAD_WAIT / 1000} s; still waiting for them.`);
    }, LOAD_WAIT);
    Promise.all([loadEngine(), words]).then(
      ([data]) => {
        clearTimeout(wait);
        this.#data = data;
        this.#s = new Session(data, () => this.#presets());
        this.#restore();
        // The rest in idle time: a switch is instant, and nothing is fetched once the page has settled.
        const other = this.#lang === 'en' ? 'zh-Hans' : 'en';
        // The quotes and notes too (details.json): the cards built without them are built again.
        whenIdle(() => {
          this.#prepare();
          return [
            loadWords(other),
            need('catalogue'),
            need('link'),
            need('print'),
            this.#details(),
            need('signposts').then(() => (this.#form?.fillHints(), this.#update())),
          ].map((p) => p.catch(() => {}));
        });
      },
      (error) => {
        clearTimeout(wait);
        this.#unavailable('loadFailed', error.reason ?? 'compile');
        console.error(error);
      },
    );
  }

  /**
   * No engine: the portal's `hitech-fallback` (slotted; un-hidden in the older
   * `hidden` form) or `why` in both languages, and an error event. This is the
   * only slot the shadow root ever has: while the widget works, the fallback
   * (kept by the portal's CSS only while the element is undefined) is not shown.
   */
  #unavailable(why, reason = why) {
    for (const el of this.querySelectorAll(':scope > .hitech-fallback[hidden]')) el.hidden = false;
    const message = (lang) => h('p', { lang }, BOOT_WORDS[lang][why]);
    this.#setContent(h('div', { class: 'unavailable', role: 'alert' }, h('slot', null, message('zh-Hans'), message('en'))));
    this.#emit('error', { reason });
  }

  #emit(type, detail) {
    this.dispatchEvent(new CustomEvent(`hitech-eligibility-${type}`, { bubbles: true, composed: true, detail }));
  }

  disconnectedCallback() {
    this.#flush();
    for (const type of WINDOW_EVENTS) removeEventListener(type, this.#onWindow);
    this.#printMedia?.removeEventListener?.('change', this.#onPrintMedia);
  }

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
    if (name === 'lang' && !wordsNow(this.#lang)) {
      // The other language's words: the widget stays as it is until they are in.
      const lang = this.#lang;
      loadWords(lang).then(
        () => lang === this.#lang && this.#rerender(name),
        (error) => console.error('hitech-eligibility: could not load the words of', lang, error),
      );
      return;
    }
    this.#rerender(name);
  }

  #rerender(name) {
    const langButton = name === 'lang' && this.shadowRoot.activeElement === this.#els.lang;
    this.#render();
    if (langButton) this.#els.lang.focus();
  }

  get #lang() {
    return pickLang(this.getAttribute('lang'));
  }

  /** The words shown: the page language's, else (a switch still loading) the last shown. */
  get #t() {
    return wordsNow(this.#lang) ?? wordsNow(this.#els.lang?.lang === 'en' ? 'zh-Hans' : 'en');
  }

  /** What the views need of the element: the words, the state, the engine's tables. */
  get #host() {
    const self = this;
    return {
      t: this.#t,
      lang: this.#lang,
      s: this.#s,
      data: this.#data,
      attr: (name) => this.getAttribute(name),
      activeElement: () => this.shadowRoot.activeElement,
      update: () => this.#update(),
      // A province's name: the core's label for that answer to the `province` question.
      provinceName: (p) => this.#data.questions.get('province')?.options.find((o) => o.value === p)?.label[this.#lang] ?? p,
      questionFor: (fact) => this.#data.questions.get(fact) ?? null,
      // Who can answer a question the user may not know himself: the first visit's words, else signposts.js's.
      hint: (fact) => this.#t.factHints[fact] ?? loaded.signposts?.factHint(this.#lang, fact),
      // What the card views need of the element (cards.js).
      cardContext: () => ({
        ...{ lang: this.#lang, t: this.#t, questions: this.#data.questions, year: this.#year },
        focusQuestion: (fact) => this.#form.focusQuestion(fact),
        // Whether the form asks this audience a fact: another audience's question is no answer to offer.
        asks: (fact) => this.#data.questions.get(fact)?.audiences?.includes(this.#s.audience) ?? true,
        authority: (m) => authorityOf(this.#data.catalogue, m, this.#lang),
        away: (m, r) => away(m, r, this.#mine),
        contactFor: (m) => this.#contacts.get(m.id) ?? this.#contacts.get(m.jurisdiction),
      }),
      // A card built before the quotes and notes came in is built again with them. (The user's
      // province changes only a benefit's card, which results.js keys by the documents away.)
      // The audience: a card offers only the questions the form asks it.
      cardKey: () => `${this.#year}${detailsLoaded()}${this.#s.audience}`,
      focusById: (id) => this.shadowRoot.getElementById(id)?.focus(),
      get placeText() {
        return self.#form.placeText;
      },
      order: this.#order,
      kept: this.#kept,
    };
  }

  /** The portal's contacts, read once per value. */
  get #contacts() {
    const raw = this.getAttribute('contacts');
    if (this.#contactsFor?.raw !== raw) this.#contactsFor = { raw, map: readContacts(raw, this.#data?.byId) };
    return this.#contactsFor.map;
  }

  /** The portal's contacts for paper: its jurisdictions' (its service windows), else every one it gave. */
  #portalContacts() {
    if (!this.#data) return [];
    const all = [...this.#contacts];
    const general = all.filter(([key]) => !this.#data.byId?.has(key));
    const ctx = { t: this.#t, lang: this.#lang };
    const seen = new Set();
    return (general.length ? general : all).flatMap(([, c]) => {
      const key = JSON.stringify(c);
      return seen.has(key) ? [] : (seen.add(key), [contactLine(ctx, c)]);
    });
  }

  /** The program's version and the catalogue's, for the footer and print (issue 25). */
  #aboutLine() {
    const about = this.#data.about ?? {};
    const catalogue = about.catalogue;
    return this.#t.about(about.package ?? '', catalogue?.version, catalogue?.date && formatDate(catalogue.date, this.#lang));
  }

  // ---- The whole widget, rebuilt on a change of language or attributes ----

  #render() {
    const t = this.#t;
    const host = this.#host;
    const els = (this.#els = {});
    this.#form = new FormView(host);
    this.#results = new ResultsView(host);
    this.#summary = new Summary(t, (status) => this.#goToGroup(status));
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
      this.#checkView(),
      els.catalogue,
      h('footer', { class: 'about muted', part: 'footer' }, this.#aboutLine()),
    );
    const filter = this.#catalogueFilter;
    if (this.#view === 'catalogue')
      // With every measure's quote and note: the view waits for them (or shows what it has if they cannot come).
      Promise.all([need('catalogue'), this.#details().catch(() => {})]).then(
        ([v]) => els === this.#els && v.renderCatalogue(host, els.catalogue, filter),
      );
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
    els.asOf = h('p', { class: 'muted' });
    // When nothing but 不适用 is left for this topic (or audience): said in words, with whom to ask.
    // The incomplete source text of the user's province, said once above the results (and on paper).
    els.documentNote = h('p', { class: 'notice', part: 'notice', hidden: true });
    // The general rule behind a work-permit or visa route that is closed here (its card is in the collapsed 不适用).
    els.routes = h('div', { class: 'note', part: 'note', hidden: true });
    els.nothing = h('p', { class: 'notice', part: 'notice', tabindex: '-1', hidden: true });
    els.signposts = h('div', { class: 'notice', part: 'notice', hidden: true });
    // On a phone the note is screens below the questions: the results line leads to it instead of counts.
    els.toNothing = h(
      'button',
      {
        type: 'button',
        class: 'link',
        hidden: true,
        onclick: () => (els.nothing.scrollIntoView({ block: 'start' }), els.nothing.focus({ preventScroll: true })),
      },
      t.nothingAppliesLink,
    );
    this.#summary.bar.append(els.toNothing);
    els.answers = h('dl', { class: 'print-only' });
    // On paper, once: the portal's own contacts (a card printed as a title only would otherwise carry none).
    els.paperContacts = h('div', { class: 'paper' }, this.#portalContacts());
    els.shareOut = h('div', { class: 'share', hidden: true });
    return h(
      'div',
      { class: 'layout', hidden: this.#view !== 'check' },
      // A link's note: link.js is in whenever there is one.
      this.#form.element(this.#linkNote && loaded.link.linkNoteView(t, this.#linkNote, this.#host.questionFor)),
      h(
        'section',
        { class: 'results', part: 'results', 'aria-labelledby': 'r-h' },
        h('h3', { id: 'r-h' }, t.results),
        // Beside the results it qualifies, not before the first question: on a
        // phone it pushed the first question below the first screen.
        h('p', { class: 'notice', part: 'notice' }, t.notice),
        this.#summary.line,
        els.documentNote,
        els.nothing,
        this.#summary.live,
        els.routes,
        els.signposts,
        els.asOf,
        els.answers,
        els.paperContacts,
        this.#results.element,
        (els.tools = h(
          'div',
          { class: 'toolbar' },
          h('button', { type: 'button', part: 'button', onclick: () => this.#share() }, t.share),
          // Paper carries the quotes and notes: printed once they are in (or, failing that, without).
          h('button', { type: 'button', part: 'button', onclick: () => this.#details().then(print, print) }, t.print),
        )),
        els.shareOut,
      ),
      this.#summary.bar,
    );
  }

  // ---- Evaluation and results ----

  /**
   * Before the user says who they are: what the frame after that choice
   * would otherwise build — each audience's first questions and the
   * results' groups — built now, not laid out (the choice took ~90 ms to its
   * next frame on the phone profile, a third of it building them).
   */
  #prepare() {
    const s = this.#s;
    // Each measure's tests (grouping.js), which do not depend on the answers: an answer's results were grouped in
    // 4-8 ms of its frame on the phone profile, a third of it working these out the first time a measure failed.
    for (const m of this.#data.catalogue) testsOf(m);
    if (!this.#form || !s || s.audience) return;
    let open;
    try {
      open = nextQuestions(this.profile);
    } catch {
      return; // #update says what is wrong with the profile.
    }
    for (const audience of AUDIENCES) {
      const visible = new Map(s.visible(audience).map((m) => [m.id, m]));
      this.#form.prepare(
        standingFirst(asked(open, audience, visible))
          .slice(0, QUESTIONS_PER_FRAME)
          .map((q) => q.fact),
      );
    }
    this.#results?.prepare();
  }

  #update() {
    if (!this.#data) return;
    const t = this.#t;
    const els = this.#els;
    const s = this.#s;
    const audience = s.audience;
    // Results left to the next frame by the last update are this update's to show now; the last
    // answer's change event is still sent, with its own report (every answer fires one).
    if (this.#later) {
      cancelAnimationFrame(this.#later.frame);
      this.#emit('change', this.#later.detail);
    }
    this.#later = null;
    // The form's own fields first: they must stay answerable whatever the engine says.
    this.#form.syncFields();
    s.enter();
    const profile = this.profile;
    let report, open;
    try {
      report = evaluate(profile, BRIEF);
      open = nextQuestions(profile);
    } catch (error) {
      if (error?.code === 'reader-not-loaded') {
        // The engine refused the profile: its reader, fetched now, says why (issue 26).
        need('reader').then(
          () => this.#update(),
          () => this.#results.fail(t.error),
        );
        return;
      }
      // Its words in the user's language where the engine gives them (issue 25), never another's.
      const words = String(error?.messages?.[this.#lang] ?? error?.message ?? error);
      const attribute = PORTAL_FIELDS[error?.field];
      if (attribute && this.hasAttribute(attribute)) {
        // The portal's own attribute: the citizen cannot fix it, the developer reads the detail in the console.
        console.warn(`<hitech-eligibility> the ${attribute} attribute was refused: ${words}`);
        this.#results.fail(t.misconfigured);
      } else this.#results.fail(t.error, words);
      return;
    }
    const visible = new Map(s.visible().map((m) => [m.id, m]));
    // A relaxed age limit that changes nothing for the person (34, and the 65-year rule): not asked about.
    const age = ageOf(profile, report.asOf);
    const idle = new Set(report.results.filter((r) => visible.has(r.id) && moot(visible.get(r.id), r, age)).map((r) => r.id));
    open = asked(open, audience, visible, idle);
    // An amount that does not change a status can still size a benefit
    // (≥ 50% of S&T income): ask for it once the measure applies.
    for (const r of report.results) {
      const fact = visible.get(r.id)?.benefit.shareOf;
      if (fact && (r.status === 'eligible' || r.status === 'conditional') && !open.some((q) => q.fact === fact)) {
        open.push(this.#data.questions.get(fact));
      }
    }
    // A question keeps its place once shown.
    this.#form.syncQuestions(standingFirst(open.filter(Boolean)));
    this.#form.showDate(report.asOf);
    const date = formatDate(report.asOf, this.#lang);
    setText(els.asOf, report.asOfDefaulted ? t.asOfToday(date) : s.asksApplicationDate ? t.asOfApplication(date) : t.asOf(date));
    this.#report = report;

    const present = () => this.#present(report, visible, audience, profile);
    // The audience just chosen (or changed): its questions are this frame's
    // answer, laid out and painted first; its results are built in the frame
    // after (on the phone profile, doing both in one took 63-85 ms to the next
    // frame, against a goal of 50). Meanwhile the results say they are busy.
    if (audience && audience !== this.#presented) {
      this.#results.element.setAttribute('aria-busy', 'true');
      const later = { present, frame: 0, detail: { profile, report, audience } };
      later.frame = requestAnimationFrame(() => (later.frame = requestAnimationFrame(() => this.#flush())));
      this.#later = later;
    } else present();
    this.#keepLink();
  }

  /**
   * A page opened from a share link keeps the link in its address in step
   * with the answers (replaced, not a new history entry), so that a reload
   * or the address copied gives what is on screen now, not the answers the
   * link first held. Answers reach the address only this way: a page opened
   * without a link never has them put there.
   */
  #keepLink() {
    const l = loaded.link;
    if (!this.#fromLink || !l || !isShareLink(location.hash)) return;
    const { hash } = new URL(l.shareLink(l.linkBase(location.href, null), this.#s.linkState(this.#lang)));
    if (hash !== location.hash) history.replaceState(history.state, '', hash);
  }

  /** The results of the last update, built now if they were left to the next frame (print, share, a new update). */
  #flush() {
    const later = this.#later;
    if (!later) return;
    cancelAnimationFrame(later.frame);
    this.#later = null;
    later.present();
  }

  /** The results part of an update: groups, counts, notes and signposts, then the change event. */
  #present(report, visible, audience, profile) {
    const t = this.#t;
    const els = this.#els;
    const s = this.#s;
    this.#presented = audience;
    this.#results.element.removeAttribute('aria-busy');
    const { questions: byFact, zones: directory } = this.#data;
    const grouped = groupResults({ report, visible, audience, questions: byFact, zones: directory, profile });
    const { groups, counts, drafts } = grouped;
    this.#year = +report.asOf.slice(0, 4);
    this.#mine = grouped.mine;
    // Each group counted on its own, and its drafts apart: claims and non-claims are never added up.
    const labels = grouped.allDirect ? { ...t.groups, eligible: t.direct } : t.groups;
    if (audience) this.#results.sync(groups, labels, drafts);
    else this.#results.clear(t.chooseAudience);
    this.#summary.show(audience, labels, counts, drafts);
    this.#documentNote(audience && this.#mine);
    if (audience) this.#routeNotes(groups);
    else els.routes.hidden = true;
    this.#signposts(audience, profile);
    this.#nothingApplies(audience && GROUPS.every((g) => g === 'ineligible' || !counts[g]));
    els.shareOut.hidden = true;
    els.tools.hidden = !audience;
    this.#emit('change', { profile, report, audience });
    this.#usage.later(audience, s.topic, counts);
  }

  /**
   * Nothing but 不适用 for this profile: the documents held here have no
   * measure of this kind for the user's place, and who usually handles it;
   * the results line, with no count to show, leads to that note.
   */
  #nothingApplies(none) {
    const t = this.#t;
    const s = this.#s;
    this.#els.nothing.hidden = !none;
    this.#els.toNothing.hidden = !none;
    if (!none) return;
    const documents = new Set(s.visible('', '').map((m) => m.document.title['zh-Hans'])).size;
    const place = this.#mine && this.#mine !== 'other' ? this.#host.provinceName(this.#mine) : '';
    setText(this.#els.nothing, t.nothingApplies({ documents, place, topic: s.topic && t.topics[s.topic] }));
  }

  /**
   * The Sichuan document (川府发〔2021〕28号) was received cut off inside
   * clause (十), as its own note says: a user placed in Sichuan reads that
   * note once, not on every card. The catalogue marks no document as
   * incomplete, so the one it is known of is named here.
   */
  #documentNote(province) {
    const el = this.#els.documentNote;
    const doc = province === 'sichuan' && this.#s.visible('', '').find((m) => m.jurisdiction === 'sichuan')?.document;
    el.hidden = !doc?.note;
    setText(el, doc?.note ? this.#t.documentNote(doc.title[this.#lang], doc.number, doc.note[this.#lang]) : '');
  }

  /**
   * Above the groups: each work-permit or visa route closed to the user
   * only by the place (the 62-year-old in 遵义, a provincial zone), with its
   * general rule and who decides, in view without opening 不适用; on paper,
   * also the routes still open (their group is not printed).
   */
  #routeNotes(groups) {
    const t = this.#t;
    const lang = this.#lang;
    const ctx = this.#host.cardContext();
    const PLACE = new Set(['province', 'zoneLevel', 'zone']);
    const items = [];
    for (const status of ['unknown', 'ineligible', 'informational']) {
      for (const { lead, benefitGroup } of groups[status]) {
        const { m, r } = lead;
        // Another province's route is not this user's to take; of information, only a relaxation
        // that changes nothing for the user (its card prints as a title only).
        if (!ROUTES.has(m.benefit.kind) || !m.note || ctx.away(m, r) || (status === 'informational' && r.moot == null)) continue;
        const { facts } = testsOf(m);
        const failing = r.reasons.flatMap((state, i) => (state === 'fails' ? [facts[i] ?? []] : []));
        if (status === 'ineligible' && !(failing.length && failing.every((f) => f.length && f.every((x) => PLACE.has(x)))))
          continue;
        const title = (benefitGroup ?? m).title[lang];
        items.push(
          h(
            'li',
            { class: status === 'ineligible' ? null : 'paper' },
            h('strong', null, title),
            m.benefit.kind === 'workPermit' && status === 'ineligible'
              ? workPermitNote(ctx, m, r)
              : h('p', null, h('strong', null, m.benefit.kind === 'workPermit' ? t.generalRule : t.routeNote), m.note[lang]),
          ),
        );
      }
    }
    const shown = items.some((li) => !li.classList.contains('paper'));
    this.#els.routes.replaceChildren(
      ...(items.length ? [h('p', null, h('strong', null, t.routeNotes)), h('ul', null, items)] : []),
    );
    this.#els.routes.hidden = !items.length;
    this.#els.routes.classList.toggle('paper', !shown);
  }

  /** What no document held here answers for the user's place (signposts.js, loaded in idle time). */
  #signposts(audience, profile) {
    const el = this.#els.signposts;
    const v = loaded.signposts;
    const items = v && audience ? v.signposts(this.#lang, this.#t, this.#data, audience, profile, this.#s.topic, this.#mine) : [];
    el.replaceChildren(...items);
    el.hidden = !items.length;
  }

  /** From the summary line to a results group: scrolled into view, its heading focused. */
  #goToGroup(status) {
    const heading = this.#results.heading(status);
    if (!heading) return;
    heading.setAttribute('tabindex', '-1');
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  }

  // ---- Share and print ----

  #share() {
    this.#flush();
    const [base, state] = [this.getAttribute('share-base'), this.#s.linkState(this.#lang)];
    const show = (l) => l.showShareLink(this.#t, this.#els.shareOut, l.shareLink(l.linkBase(location.href, base), state));
    // At once when link.js is in (fetched in idle time), so that the click's user activation copies it.
    if (loaded.link) show(loaded.link);
    else need('link').then(show);
  }

  /**
   * Restores the answers of a share link (link.js) from the page's fragment,
   * then shows them; whatever a link holds, the widget stays usable.
   */
  #restore() {
    if (!this.#s) return; // the engine is not in yet: read on start
    this.#fromLink = false;
    if (!isShareLink(location.hash)) return this.#ready || this.#show(null);
    need('link').then(
      ({ restoreLink, forgetLink }) => {
        try {
          const link = restoreLink(location.hash, this.#s, {
            questionFor: (fact) => this.#data.questions.get(fact) ?? null,
            zones: this.#data.zones,
            engineTakes,
          });
          this.#fromLink = true;
          return this.#show(link);
        } catch (error) {
          // Nothing of it is kept, and the note says how much was left out.
          console.error(error);
          return this.#show({ lang: '', note: forgetLink(location.hash, this.#s) });
        }
      },
      (error) => {
        console.error(error);
        if (!this.#ready) this.#show(null);
      },
    );
  }

  /** Shows the widget after a share link was read (`link`: restoreLink's) or none was. */
  #show(link) {
    if (link) this.#order.length = 0;
    this.#linkNote = link?.note ?? null;
    this.#ready = false;
    if (link?.lang) this.setAttribute('lang', link.lang);
    const show = () => {
      const first = !this.#els.lang;
      this.#ready = true;
      this.#render();
      if (first) this.#emit('ready');
    };
    // A link in the other language: its words first.
    if (wordsNow(this.#lang)) show();
    else loadWords(this.#lang).then(show, show);
  }

  /**
   * The catalogue's quotes, notes and lists of departments, fetched once
   * (tables.js); when they come in, the cards shown are built again with them.
   */
  #details() {
    if (detailsLoaded()) return Promise.resolve();
    return loadDetails().then(() => this.#update());
  }

  #print(before) {
    if (!this.#results) return;
    this.#flush();
    const finish = () => this.#results.finish();
    // Fetched in idle time once the widget is interactive; before that, the cards at least.
    if (!loaded.print) return before && (finish(), need('print').catch(() => {}));
    // What the user answered, above the results on paper; every card (those still to build are built now).
    if (before && this.#report) this.#els.answers.replaceChildren(...loaded.print.answerRows(this.#host, this.#report));
    loaded.print.preparePrint(this.shadowRoot, before, finish);
  }
}

// Every attribute but `lang` (HTMLElement has that property already) is a
// property too, reflected: `el.audience = 'talent'` sets the attribute;
// `el.noHeader = true` adds the boolean one; `el.contacts = {…}` keeps the
// object's JSON. Names as in the DOM: asOf, shareBase, noHeader.
reflect(HitechEligibility, ['no-header']);

// The engine's fetch and compile start now, while the page is still being
// parsed and laid out, not when the first element connects: a page loads this
// module to show the widget. A failure is reported by each element that
// waits for the engine (connectedCallback), not here as well.
loadEngine().catch(() => {});
// And the words of the elements already parsed (else of the page's language): not one after the other.
const langs = [...document.getElementsByTagName('hitech-eligibility')].map((el) => el.getAttribute('lang'));
for (const lang of new Set(langs.length ? langs : [document.documentElement.lang])) loadWords(pickLang(lang)).catch(() => {});

customElements.get('hitech-eligibility') || customElements.define('hitech-eligibility', HitechEligibility);
