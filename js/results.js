// The results: the groups of cards (grouping.js decides what goes where),
// kept in step with each answer — a card whose result is the same stays in
// place, new cards are laid out a few per frame, their group aria-busy
// meanwhile; while the groups are off screen (on a phone, screens below the
// questions) an answer changes nothing in them before the next frame. `host`:
// `t`, `cardContext()`, `cardKey()` (what else every card depends on),
// `activeElement()`, `kept` (kept across renders: `naOpen`).
import { GROUPS } from './grouping.js';
import { benefitCard, card } from './cards.js';
import { h, setText, syncChildren } from './dom.js';
import { later } from './form.js';

/** New cards laid out per frame, in the order shown: ~30 at once took ~200 ms on the phone profile. */
const CARDS_PER_FRAME = 4;
/** How long off-screen groups wait for idle time at most on a busy page (as long as `later`'s fallback). */
const IDLE_WAIT_MS = 200;
/** Idle time left (ms) under which no further card is begun: one takes ~1.5 ms on the phone profile. */
const IDLE_MARGIN_MS = 3;

export class ResultsView {
  /** Each measure's result card as last built: { key, el }, reused while its result is the same. */
  #cards = new Map();
  #parts = null;
  #more = { run: null, timer: 0, idle: 0, args: null };

  constructor(host) {
    this.host = host;
    this.element = h('div', { class: 'groups' });
    // Off screen (on a phone, below the questions), an answer lays out no new card before the next frame.
    this.inView = true;
    if (typeof IntersectionObserver === 'function') {
      const seen = new IntersectionObserver(
        ([entry]) => {
          this.inView = entry.isIntersecting;
          // Scrolled to while cards were still being built in idle time: the rest a few a frame.
          if (this.inView && this.#more.run) later(this.#more.run, this.#more);
        },
        { rootMargin: '100px' },
      );
      seen.observe(this.element);
    }
  }

  /** A group's heading, for the summary line's links (the groups brought up to date first). */
  heading(status) {
    this.#flush(CARDS_PER_FRAME);
    return this.#parts?.[status]?.heading ?? null;
  }

  /** No audience yet: a prompt instead of the groups (built already, they are kept for the next sync). */
  clear(text) {
    this.#stop();
    this.element.replaceChildren(h('p', null, text));
  }

  /** The groups built, not shown: in idle time before an audience is chosen (the element's #prepare). */
  prepare() {
    if (!this.#parts) this.#build();
  }

  /** An error instead of the groups (the engine refused the profile). */
  fail(...content) {
    this.clear('');
    this.element.replaceChildren(h('p', { class: 'error', role: 'alert' }, ...content));
  }

  #stop() {
    this.element.removeAttribute('data-stale');
    clearTimeout(this.#more.timer);
    if (this.#more.idle) cancelIdleCallback(this.#more.idle);
    this.#more.run = null;
  }

  #build() {
    const t = this.host.t;
    this.#parts = {};
    for (const status of GROUPS) {
      const part = (this.#parts[status] = {
        heading: h('h4', { id: `g-${status}` }),
        list: h('ul', { class: 'cards', role: 'list' }),
        none: h('p', { class: 'muted' }, t.none),
      });
      if (status === 'ineligible') {
        part.summary = h('summary');
        part.details = h(
          'details',
          { open: this.host.kept.naOpen, ontoggle: (e) => (this.host.kept.naOpen = e.target.open) },
          part.summary,
          part.list,
        );
      }
      part.section = h(
        'section',
        // Hidden until sync says what it holds.
        { class: 'group', part: `group group-${status}`, 'data-status': status, 'aria-labelledby': `g-${status}`, hidden: true },
        part.heading,
        (part.hint = h('p', { class: 'muted' }, t.groupHints[status])),
        part.none,
      );
    }
  }

  /** The groups in the element, in place of a prompt or an error. */
  #show() {
    if (!this.#parts) this.#build();
    const first = this.#parts[GROUPS[0]].section;
    if (this.element.firstChild !== first) this.element.replaceChildren(...GROUPS.map((status) => this.#parts[status].section));
  }

  /**
   * Shows `groups` (groupResults), headed by `labels` and counted with
   * `drafts`. In view: every heading and count now, the cards as far as
   * CARDS_PER_FRAME new ones go, the rest after the next frames. Off screen
   * (the summary line says the counts meanwhile): all of it in idle time,
   * CARDS_PER_FRAME new cards at a time, the groups aria-busy until then —
   * removing and laying out cards nobody sees made the frame after an answer
   * wait (BENCHMARKS.md).
   */
  sync(groups, labels, drafts) {
    if (this.inView) return this.#sync(groups, labels, drafts, CARDS_PER_FRAME);
    this.#stop();
    this.#show();
    for (const status of GROUPS) this.#parts[status].section.setAttribute('aria-busy', 'true');
    // The cards shown are the last answer's: not drawn, read or found until the new ones are in
    // (styles.js; the space they took is kept). Laying out and painting ~40 stale cards moved
    // down or up by the questions above them made the location choice's frame wait (bench/decisions.md).
    // Never with the focus in them: a control that is not drawn loses the focus.
    if (!this.element.contains(this.host.activeElement())) this.element.setAttribute('data-stale', '');
    this.#later([groups, labels, drafts]);
  }

  /**
   * The rest (`args`: sync's): after the next frame, CARDS_PER_FRAME new
   * cards, in view; else in idle time, as many as the idle period leaves time
   * for (at least one).
   */
  #later(args) {
    const run = (this.#more.run = (idle) => this.#more.run === run && this.#sync(...args, CARDS_PER_FRAME, idle));
    this.#more.args = args;
    if (this.inView || typeof requestIdleCallback !== 'function') return later(run, this.#more);
    // eslint-disable-next-line compat/compat -- feature-detected: after the next frame where it is missing (Safari)
    this.#more.idle = requestIdleCallback(run, { timeout: IDLE_WAIT_MS });
  }

  /** Brings the groups up to date with `budget` new cards, or as many as `idle` (an IdleDeadline) leaves time for. */
  #sync(groups, labels, drafts, budget, idle) {
    const t = this.host.t;
    this.#stop();
    this.#show();
    const ctx = this.host.cardContext();
    const focus = this.#focusedCard();
    let built = 0;
    const mayBuild =
      idle?.timeRemaining && !idle.didTimeout ? () => built === 0 || idle.timeRemaining() > IDLE_MARGIN_MS : () => built < budget;
    let pending = false;
    for (const status of GROUPS) {
      const part = this.#parts[status];
      const entries = groups[status];
      // The cards in order, as far as this frame's budget goes (a card already built costs nothing;
      // the card holding the focus is built now, whatever the budget, and the focus moved into it).
      const cards = [];
      for (const entry of entries) {
        const got = this.#cardFor(ctx, entry, mayBuild(), focus);
        if (!got) continue;
        if (got.isNew) built++;
        cards.push(got.el);
      }
      setText(part.heading, t.counted(labels[status], entries.length, drafts[status]));
      // An institution's own freedom (可以直接适用) is not applied for: its hint does not say "apply".
      setText(part.hint, status === 'eligible' && labels.eligible === t.direct ? t.directHint : t.groupHints[status]);
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
    if (focus?.rebuilt) this.#refocus(focus);
    if (pending) this.#later([groups, labels, drafts]);
  }

  /** Brings the groups up to date now, with `budget` new cards at most (the rest as before). */
  #flush(budget) {
    if (this.#more.run) this.#sync(...this.#more.args, budget);
  }

  /** Builds now every card still to build (print). */
  finish() {
    this.#flush(Infinity);
  }

  /** The card (and the element in it) holding the keyboard focus, if one does. */
  #focusedCard() {
    const active = this.host.activeElement();
    const el = active?.closest?.('.cards > .card');
    return el && this.element.contains(el) ? { el, active, rebuilt: null } : null;
  }

  /**
   * The focus was in a card built again (its result changed, or the quotes
   * came in): onto the same control in the new card, with the disclosures the
   * user opened open again; where that cannot take the focus (the card went
   * into the closed not-applicable group), onto the new card's title, else
   * that group's summary.
   */
  #refocus({ el: old, active, rebuilt }) {
    const FOCUSABLE = 'button, summary, a[href]';
    // Each disclosure (a list of departments, the documents of other places) as it was, by kind and order.
    const opened = (card) => {
      const seen = {};
      return [...card.querySelectorAll('details')].map((d) => [
        d,
        `${d.className}#${(seen[d.className] = (seen[d.className] ?? 0) + 1)}`,
      ]);
    };
    const open = new Set(opened(old).flatMap(([d, key]) => (d.open ? [key] : [])));
    for (const [d, key] of opened(rebuilt)) if (open.has(key)) d.open = true;
    const controls = [...rebuilt.querySelectorAll(FOCUSABLE)];
    const same = controls.find((c) => c.tagName === active.tagName && c.textContent === active.textContent);
    const title = rebuilt.querySelector('h5');
    const options = [same, controls[[...old.querySelectorAll(FOCUSABLE)].indexOf(active)], title, this.#parts.ineligible.summary];
    for (const target of options) {
      if (!target) continue;
      if (target === title) title.setAttribute('tabindex', '-1');
      target.focus();
      if (this.host.activeElement() === target) return;
    }
  }

  /**
   * An entry's card (one measure, or a benefit group) as `{ el, isNew }`:
   * the one already built while what it shows is the same, else a new one
   * when `build` (or when it replaces the card holding the focus), else null.
   */
  #cardFor(ctx, { key: id, benefitGroup, members }, build, focus) {
    const key = members
      .map(({ m, r }) =>
        [
          m.id,
          r.status,
          r.nature,
          r.draft,
          r.forOthers,
          r.reasons.join(),
          r.missing?.join(),
          r.encouragedShareYuan,
          r.decidingDate,
          r.moot,
          // A benefit's card lists another place's documents apart.
          benefitGroup && ctx.away(m, r),
        ].join('|'),
      )
      .join('/')
      .concat(this.host.cardKey());
    const cached = this.#cards.get(id);
    if (cached?.key === key) return { el: cached.el, isNew: false };
    const replacesFocus = !!cached && cached.el === focus?.el;
    if (!build && !replacesFocus) return null;
    const el = members.length === 1 ? card(ctx, members[0].m, members[0].r) : benefitCard(ctx, benefitGroup, members);
    this.#cards.set(id, { key, el });
    if (replacesFocus) focus.rebuilt = el;
    return { el, isNew: true };
  }
}

// The summary: the line above the groups, what a screen reader hears once
// the user pauses, and the results line at the bottom of the screen while
// the widget is in view (sticky: on a phone the groups are screens below);
// each of its counts leads to its group. Zero counts are no headline.

/** The groups the summary line counts: what can be claimed, decided, reached, read, and what needs answers. */
export const BAR_GROUPS = ['eligible', 'conditional', 'reach', 'informational', 'unknown'];

export class Summary {
  #announce = 0;
  /** What the line last said: it is built again only when that changes. */
  #said = null;

  /** `t`: the words; `goTo(status)`: takes the user to a group. */
  constructor(t, goTo) {
    this.t = t;
    this.goTo = goTo;
    this.line = h('p', { class: 'summary' });
    this.live = h('p', { role: 'status', 'aria-live': 'polite', class: 'sr' });
    this.buttons = {};
    for (const status of BAR_GROUPS) {
      this.buttons[status] = h('button', { type: 'button', class: 'link', 'data-status': status, onclick: () => goTo(status) });
    }
    this.bar = h(
      'nav',
      { class: 'live-summary', part: 'live-summary', 'aria-label': t.resultsAtAGlance, hidden: true },
      BAR_GROUPS.map((status) => this.buttons[status]),
    );
  }

  /** Shows the counts (`labels`, `counts`, `drafts` by group); no audience: nothing. */
  show(audience, labels, counts, drafts) {
    const t = this.t;
    // An institution's own freedom to reward its staff is 可以直接适用 in the line too, not 可以申请.
    const direct = labels.eligible === t.direct;
    const summary = audience ? t.summary(counts, drafts, direct) : '';
    // Each count a link to its group, as on the results line (on a desktop the groups can be screens below).
    const parts = audience ? t.summaryParts(counts, drafts, direct) : [];
    if (this.#said !== (this.#said = parts.join())) {
      this.line.replaceChildren(
        ...parts.flatMap(([status, words], i) => [
          i > 0 ? t.summarySeparator : '',
          h('button', { type: 'button', class: 'link', 'data-status': status, onclick: () => this.goTo(status) }, words),
        ]),
        parts.length ? t.summaryEnd : '',
      );
    }
    this.bar.hidden = !audience;
    for (const status of BAR_GROUPS) {
      setText(this.buttons[status], t.barCount(labels[status], counts[status], drafts[status]));
      this.buttons[status].hidden = !counts[status];
    }
    clearTimeout(this.#announce);
    // Screen readers hear the new counts once the user pauses, not on every keystroke.
    this.#announce = setTimeout(() => (this.live.textContent = summary), 400);
  }
}

/** How long the results must stay the same before a usage event says what they are (WIDGET.md). */
export const USAGE_QUIET_MS = 2000;

/**
 * The usage event (issue 25): once the results have stayed the same for
 * USAGE_QUIET_MS after a change, the audience, the topic and the count of
 * each group — never the profile or anything typed — and only when these
 * differ from the last event's. `send(detail)` dispatches it.
 */
export class Usage {
  #timer = 0;
  #last = '';

  constructor(send) {
    this.send = send;
  }

  /** After a change: no audience, nothing to count. */
  later(audience, topic, counts) {
    clearTimeout(this.#timer);
    if (!audience) return;
    const detail = { audience, topic, counts: { ...counts } };
    this.#timer = setTimeout(() => {
      const key = JSON.stringify(detail);
      if (key === this.#last) return;
      this.#last = key;
      this.send(detail);
    }, USAGE_QUIET_MS);
  }
}
