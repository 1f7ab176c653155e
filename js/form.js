// The form: who and where the user is, then the questions that can still
// change a result, each kept in place once shown. `host` (the element): `t`,
// `lang`, `s` (the Session), `data` (the engine's tables), `order` (facts in
// the order first shown), `kept` (state kept across renders), `hint(fact)`,
// `attr`, `activeElement`, `provinceName`, `update`.
import { beijingToday, formatDate } from './format.js';
import { readDate } from './parse.js';
import { addHint, questionView, radios } from './fields.js';
import { AUDIENCES, ENTRIES, PROVINCES, placesIn } from './session.js';
import { h } from './dom.js';

/** The facts the location picker answers: never asked as questions of their own. */
export const LOCATION_FACTS = new Set(['province', 'zoneLevel', 'zone']);
/**
 * New questions laid out per frame: an audience brings some 28, and laying
 * them out at once took most of 100 ms on the phone profile (BENCHMARKS.md).
 */
export const QUESTIONS_PER_FRAME = 3;

const answered = (answers, fact) => fact in answers || (fact === 'age' && 'birthDate' in answers);

export class FormView {
  /** Each question's node, built once per render. */
  #nodes = new Map();
  #els = {};
  #more = { timer: 0, run: null };
  /** The questions last given to syncQuestions. */
  #open = [];

  constructor(host) {
    this.host = host;
  }

  get #t() {
    return this.host.t;
  }

  #tx(text) {
    return text[this.host.lang];
  }

  /** The engine's question for a fact, or null for a name that is none (a map: a link's `__proto__` is no question). */
  questionFor(fact) {
    return this.host.data.questions.get(fact) ?? null;
  }

  /** The questions column: the "about you" fields, then the questions. `note`: a share link's note, or null. */
  element(note) {
    const { t, s } = this.host;
    const about = [];
    if (!ENTRIES.includes(this.host.attr('audience'))) {
      about.push(
        radios(
          t,
          'audience',
          t.audience,
          AUDIENCES.map((a) => [a, t.audiences[a]]),
          s.audience,
          (value) => {
            s.chosenAudience = value;
            this.host.update();
          },
          { notSure: false },
        ),
      );
    }
    this.#els.topic = h('div', { class: 'topic' });
    this.#els.topicFor = null;
    about.push(this.#els.topic, this.#locationField(), this.#applicationDateField());
    this.#els.questions = h('div', { class: 'qlist' });
    return h(
      'div',
      { class: 'form', part: 'form' },
      note,
      h('section', { 'aria-labelledby': 'about-h' }, h('h3', { id: 'about-h' }, t.aboutYou), about),
      h(
        'section',
        { 'aria-labelledby': 'q-h' },
        h('h3', { id: 'q-h' }, t.questions),
        // The hint after the questions: on a phone the first question is
        // then whole above the sticky results line, not cut by it.
        this.#els.questions,
        h('p', { class: 'muted' }, t.questionsHint),
      ),
    );
  }

  /** The form's own fields, before the engine is asked: they must stay answerable whatever it says. */
  syncFields() {
    this.#syncTopic();
    this.#syncZoneLevel();
    this.#els.asOfField.hidden = !this.host.s.asksApplicationDate;
  }

  /** The place as the picker shows it ('' when the picker is hidden or says "not sure"). */
  get placeText() {
    const loc = this.#els.loc;
    return loc?.value ? loc.selectedOptions[0].textContent : '';
  }

  #locationField() {
    const { t, s } = this.host;
    const zone = this.host.attr('zone');
    // A zone whose level the directory leaves open says so, and its level is asked below the picker.
    const levelName = (province, level) =>
      level === null ? t.levelOpen : t.levels[province === 'chongqing' && level === 'provincial' ? 'municipal' : level];
    this.#els.zoneLevel = h('div', { class: 'zone-level' });
    this.#els.zoneLevelFor = null;
    this.#els.loc = null;
    if (zone) {
      const z = this.host.data.zones.find((z) => z.id === zone);
      return h(
        'div',
        { class: 'field' },
        h('p', null, t.locationPreset, z ? t.zoneOption(this.#tx(z.name), levelName(z.province, z.level)) : zone),
        this.#els.zoneLevel,
      );
    }
    const preset = this.host.attr('province');
    const options = (province) => {
      const name = this.host.provinceName(province);
      return placesIn(province, this.host.data.zones).map(({ value, zone: z, level }) =>
        h(
          'option',
          { value },
          z
            ? t.zoneOption(this.#tx(z.name), levelName(province, z.level))
            : level === 'none'
              ? t.notInZone(name)
              : level === ''
                ? t.provinceOnly(name)
                : province === 'other'
                  ? t.elsewhereZone(t.levels[level])
                  : t.otherZone(name, levelName(province, level)),
        ),
      );
    };
    const select = h(
      'select',
      {
        id: 'loc',
        'aria-describedby': 'loc-hint',
        // A level answered for one park is not carried over to another place.
        onchange: (e) => ((s.loc = e.target.value), (s.zoneLevel = ''), showChosen(), this.host.update()),
      },
      h('option', { value: '' }, t.notSure),
      preset
        ? options(preset)
        : [...PROVINCES, 'other'].map((p) => h('optgroup', { label: this.host.provinceName(p) }, options(p))),
    );
    select.value = s.loc;
    // A share link made on another portal may name a place this one does not offer.
    if (select.value !== s.loc) s.loc = '';
    this.#els.loc = select;
    // At large text (styles.js) the place chosen in full: a select shows only what fits of it.
    const chosen = h('p', { class: 'chosen', 'aria-hidden': 'true' });
    const showChosen = () => ((chosen.textContent = this.placeText), (chosen.hidden = !chosen.textContent));
    showChosen();
    return h(
      'div',
      { class: 'field', part: 'question', 'data-fact': 'zone' },
      h('label', { class: 'block', for: 'loc' }, t.location),
      select,
      chosen,
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
    const { s } = this.host;
    const els = this.#els;
    const topics = s.topicPreset ? [] : s.topics();
    const key = topics.length > 1 ? topics.join() : '';
    if (els.topicFor === key) return;
    els.topicFor = key;
    if (!key) return els.topic.replaceChildren();
    const t = this.#t;
    const choices = [['', t.topics.all], ...topics.map((topic) => [topic, t.topics[topic]])];
    els.topic.replaceChildren(
      radios(
        t,
        'topic',
        t.topic,
        choices,
        s.topic,
        (value) => {
          s.chosenTopic = value;
          this.host.update();
        },
        { notSure: false },
      ),
    );
  }

  /**
   * Under the location: for a zone whose level the directory leaves open,
   * the engine's own zoneLevel question (with "not sure"); nothing otherwise.
   * Rebuilt only when the zone changes.
   */
  #syncZoneLevel() {
    const { s } = this.host;
    const els = this.#els;
    const zone = s.location().zone;
    const open = zone && s.levelOpen(zone) ? zone : null;
    if (els.zoneLevelFor === open) return;
    els.zoneLevelFor = open;
    const q = this.questionFor('zoneLevel');
    if (!open || !q) return els.zoneLevel.replaceChildren();
    els.zoneLevel.replaceChildren(
      h('p', { class: 'muted' }, this.#t.zoneLevelHint),
      radios(
        this.#t,
        'zoneLevel',
        this.#tx(q.text),
        q.options.map((o) => [o.value, this.#tx(o.label)]),
        s.zoneLevel,
        (value) => {
          s.zoneLevel = value;
          this.host.update();
        },
        { column: true },
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
    const { t, s } = this.host;
    const els = this.#els;
    const error = h('p', { class: 'error', id: 'as-of-err', hidden: true }, t.badDate);
    const reads = h('p', { class: 'muted', id: 'as-of-reads' });
    const input = (els.asOfInput = h('input', {
      type: 'text',
      id: 'as-of',
      inputmode: 'numeric',
      autocomplete: 'off',
      value: s.asOf || this.host.attr('as-of') || beijingToday(),
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
      reads.textContent = got.value ? t.reads(formatDate(got.value, this.host.lang)) : '';
      return got.value ?? '';
    };
    input.addEventListener('input', () => {
      els.asOfTyped = true;
      s.asOf = read(false);
      this.host.update();
    });
    input.addEventListener('change', () => read(true));
    read(false);
    els.asOfRead = read;
    return (els.asOfField = h(
      'div',
      { class: 'field', part: 'question', 'data-fact': 'asOf', hidden: !s.asksApplicationDate },
      h('label', { class: 'block', for: 'as-of' }, t.applicationDate),
      input,
      h('p', { class: 'muted', id: 'as-of-hint' }, t.applicationDateHint),
      reads,
      error,
    ));
  }

  /** Until the user types a date, the field shows the date the engine used (today's in Beijing, or as-of). */
  showDate(asOf) {
    const els = this.#els;
    if (!this.host.s.asOf && !els.asOfTyped && els.asOfInput.value !== asOf && this.host.activeElement() !== els.asOfInput) {
      els.asOfInput.value = asOf;
      els.asOfRead(false);
    }
  }

  /**
   * In idle time, before the user has chosen who they are: the first
   * questions each audience would be shown (`facts`), built but not laid
   * out, so that the frame after the choice only lays them out (on the
   * phone profile, building them was a third of the script that choice
   * ran; bench/decisions.md).
   */
  prepare(facts) {
    for (const fact of facts) {
      const q = this.questionFor(fact);
      if (q && !this.#nodes.has(fact)) this.#nodes.set(fact, questionView(this.host, q));
    }
  }

  /** The hints that came in after their questions were built (signposts.js's words), added to them. */
  fillHints() {
    for (const [fact, node] of this.#nodes) addHint(node, fact, this.host.hint(fact));
  }

  /**
   * Shows the questions that can still change a visible result (`open`),
   * keeping each in place once shown: those already built at once, new ones
   * QUESTIONS_PER_FRAME a frame, the list aria-busy until all are in.
   */
  syncQuestions(open, budget = QUESTIONS_PER_FRAME) {
    const { s } = this.host;
    const list = this.#els.questions;
    this.#open = open;
    clearTimeout(this.#more.timer);
    this.#more.run = null;
    list.removeAttribute('aria-busy');
    if (!s.audience) return list.replaceChildren(h('p', null, this.#t.chooseAudience));
    // Another audience: its questions in its own order, not in the places the last one's had (the founder in 绵阳,
    // 个人 then 企业, was asked where an achievement is put to use before 高企); answered ones keep theirs.
    const { order, kept } = this.host;
    if (kept.for !== (kept.for = s.audience)) order.splice(0, 1e9, ...order.filter((fact) => answered(s.answers, fact)));
    const known = Object.keys(s.answers).map((fact) => (fact === 'birthDate' ? 'age' : fact));
    for (const fact of [...known, ...open.map((q) => q.fact)]) if (!this.host.order.includes(fact)) this.host.order.push(fact);
    const focused = this.host.activeElement();
    const openFacts = new Set(open.map((q) => q.fact));
    // Answers given for another audience are kept (switching back restores them) but not shown.
    const mine = (fact) => this.questionFor(fact)?.audiences?.includes(s.audience) ?? true;
    const shown = this.host.order.filter(
      (fact) => openFacts.has(fact) || (answered(s.answers, fact) && mine(fact)) || this.#nodes.get(fact)?.contains(focused),
    );
    const nodes = [];
    for (const fact of shown) {
      // The budget is for what is laid out anew, whether built now or in idle time before (prepare).
      if (this.#nodes.get(fact)?.parentNode !== list) {
        if (budget <= 0) continue;
        budget--;
      }
      if (!this.#nodes.has(fact)) this.#nodes.set(fact, questionView(this.host, this.questionFor(fact)));
      nodes.push(this.#nodes.get(fact));
    }
    for (const child of [...list.children]) if (!nodes.includes(child)) child.remove();
    nodes.forEach((node, i) => list.children[i] !== node && list.insertBefore(node, list.children[i] ?? null));
    if (!nodes.length && !shown.length) list.append(h('p', null, this.#t.noQuestions));
    if (nodes.length < shown.length) {
      list.setAttribute('aria-busy', 'true');
      const run = (this.#more.run = () => this.#more.run === run && this.syncQuestions(open));
      later(run, this.#more);
    }
  }

  /** Builds now every question still to build (a focus request may be for one of them). */
  #finish() {
    if (this.#more.run) this.syncQuestions(this.#open, Infinity);
  }

  /** Focus on a fact's question: the picker for a location fact, a park's level under it. */
  focusQuestion(fact) {
    this.#finish();
    const within = (node) => node?.querySelector('input:checked, input[type="text"]') ?? node?.querySelector('input');
    // The level of a park whose level the directory leaves open is asked under the location.
    const level = fact === 'zoneLevel' ? within(this.#els.zoneLevel) : null;
    const target = level ?? (LOCATION_FACTS.has(fact) ? this.#els.loc : within(this.#nodes.get(fact)));
    target?.focus();
  }
}

/** Runs `run` after the next frame, or in 200 ms (a hidden page gets no frames); `pending.timer` keeps the timer. */
export function later(run, pending) {
  requestAnimationFrame(() => setTimeout(run));
  pending.timer = setTimeout(run, 200);
}
