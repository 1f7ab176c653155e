// The results: the groups of cards (grouping.js decides what goes where),
// kept in step with each answer — a card whose result is the same stays in
// place, new cards are laid out a few per frame, their group aria-busy
// meanwhile. `host`: `t`, `cardContext()`, `cardKey()` (what else a card
// depends on), `kept` (kept across renders: `naOpen`).
import { GROUPS } from './grouping.js';
import { benefitCard, card } from './cards.js';
import { h, setText, syncChildren } from './dom.js';
import { later } from './form.js';

/** New cards laid out per frame, in the order shown: ~30 at once took ~200 ms on the phone profile. */
const CARDS_PER_FRAME = 4;

export class ResultsView {
  /** Each measure's result card as last built: { key, el }, reused while its result is the same. */
  #cards = new Map();
  #parts = null;
  #more = { run: null, timer: 0, args: null };

  constructor(host) {
    this.host = host;
    this.element = h('div');
    // Off screen (on a phone, below the questions), an answer lays out no new card before the next frame.
    this.inView = true;
    if (typeof IntersectionObserver === 'function') {
      const seen = new IntersectionObserver(([entry]) => (this.inView = entry.isIntersecting), { rootMargin: '100px' });
      seen.observe(this.element);
    }
  }

  /** A group's heading, for the summary line's links. */
  heading(status) {
    return this.#parts?.[status]?.heading ?? null;
  }

  /** No audience yet: a prompt instead of the groups. */
  clear(text) {
    clearTimeout(this.#more.timer);
    this.#more.run = null;
    this.#parts = null;
    this.element.replaceChildren(h('p', null, text));
  }

  /** An error instead of the groups (the engine refused the profile). */
  fail(...content) {
    this.clear('');
    this.element.replaceChildren(h('p', { class: 'error', role: 'alert' }, ...content));
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
        { class: 'group', part: `group group-${status}`, 'data-status': status, 'aria-labelledby': `g-${status}` },
        part.heading,
        h('p', { class: 'muted' }, t.groupHints[status]),
        part.none,
      );
    }
    this.element.replaceChildren(...GROUPS.map((status) => this.#parts[status].section));
  }

  /**
   * Shows `groups` (groupResults), headed by `labels` and counted with
   * `drafts`: every heading and count now, the cards as far as `budget` new
   * ones go, the rest after the next frames.
   */
  sync(groups, labels, drafts, budget = this.inView ? CARDS_PER_FRAME : 0) {
    const t = this.host.t;
    clearTimeout(this.#more.timer);
    this.#more.run = null;
    if (!this.#parts) this.#build();
    let pending = false;
    for (const status of GROUPS) {
      const part = this.#parts[status];
      const entries = groups[status];
      // The cards in order, as far as this frame's budget goes (a card already built costs nothing).
      const cards = [];
      for (const entry of entries) {
        const el = this.#cardFor(entry, budget > 0);
        if (!el) continue;
        if (el.isNew) budget--;
        cards.push(el.el);
      }
      setText(part.heading, t.counted(labels[status], entries.length, drafts[status]));
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
      const run = (this.#more.run = () => this.#more.run === run && this.sync(groups, labels, drafts, CARDS_PER_FRAME));
      this.#more.args = [groups, labels, drafts];
      later(run, this.#more);
    }
  }

  /** Builds now every card still to build (print). */
  finish() {
    if (this.#more.run) this.sync(...this.#more.args, Infinity);
  }

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
      .concat(this.host.cardKey());
    const cached = this.#cards.get(id);
    if (cached?.key === key) return { el: cached.el, isNew: false };
    if (!build) return null;
    const ctx = this.host.cardContext();
    const el = members.length === 1 ? card(ctx, members[0].m, members[0].r) : benefitCard(ctx, benefitGroup, members);
    this.#cards.set(id, { key, el });
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
    const summary = audience ? t.summary(counts, drafts) : '';
    // Each count a link to its group, as on the results line (on a desktop the groups can be screens below).
    const parts = audience ? t.summaryParts(counts, drafts) : [];
    this.line.replaceChildren(
      ...parts.flatMap(([status, words], i) => [
        i > 0 ? t.summarySeparator : '',
        h('button', { type: 'button', class: 'link', 'data-status': status, onclick: () => this.goTo(status) }, words),
      ]),
      parts.length ? t.summaryEnd : '',
    );
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
