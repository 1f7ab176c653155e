// The batch page's third step, as a view: the check date, the file's zone,
// the run button, its progress and how it ended. `els` receives the nodes
// that progress updates in place (drawProgress), so that a run's reports do
// not redraw the page.

import { h } from '../dom.js';
import { readDate } from '../parse.js';
import { formatDate } from '../i18n.js';

/** The time left, from the rows done so far. */
export function eta(t, { done, total, elapsed }) {
  if (!done || elapsed < 300) return t.estimating;
  return t.remaining(((total - done) * elapsed) / done / 1000);
}

/** Step 3. `act`: { asOfText(text), setZone(zone), setPlace(key, value), start(), cancel() }. */
export function runSection(m, act, els) {
  const t = m.t;
  const s = m.s;
  const run = s.run;
  const running = run.state === 'running';
  const error = h('p', { class: 'error', id: 'as-of-err', hidden: true }, t.badDate);
  const reads = h('p', { class: 'muted', id: 'as-of-reads' });
  const input = h('input', {
    type: 'text',
    id: 'as-of',
    inputmode: 'numeric',
    autocomplete: 'off',
    value: s.asOfText,
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
    reads.textContent = got.value ? t.reads(formatDate(got.value, m.lang)) : '';
    return got.value ?? '';
  };
  input.addEventListener('input', () => {
    act.asOfText(input.value);
    read(false);
  });
  input.addEventListener('change', () => read(true));
  read(false);
  els.readAsOf = read;
  els.asOfInput = input;
  const zone = h(
    'select',
    {
      id: 'file-zone',
      disabled: running,
      'aria-describedby': 'file-zone-hint',
      onchange: () => act.setZone(zone.value),
    },
    h('option', { value: '' }, t.zoneNone),
    Object.entries(t.provinces).map(([province, label]) =>
      h(
        'optgroup',
        { label },
        m.data.zones
          .filter((z) => z.province === province)
          .map((z) => h('option', { value: z.id }, m.lang === 'en' ? z.en : z.zh)),
      ),
    ),
  );
  zone.value = s.zone;
  // Without a zone, the province and the level alone (a zone implies both).
  const place = (key, id, label) => {
    const choices = m.data.facts.get(key)?.choices ?? [];
    const select = h(
      'select',
      {
        id,
        disabled: running || !!s.zone,
        'aria-describedby': 'file-place-hint',
        onchange: () => act.setPlace(key, select.value),
      },
      h('option', { value: '' }, t.zoneNone),
      choices.map((c) => h('option', { value: c.value }, m.tx(c))),
    );
    select.value = s.otherSettings[key] ?? '';
    return h('div', null, h('label', { for: id, class: 'block' }, label), select);
  };

  const pct = run.total ? Math.floor((100 * run.done) / run.total) : 0;
  els.progress = h('progress', {
    id: 'progress',
    max: String(run.total || 1),
    value: String(run.done || 0),
    'aria-describedby': 'progress-text eta',
  });
  els.progressText = h('p', { id: 'progress-text' }, run.total ? t.progressText(run.done, run.total, pct) : '');
  els.eta = h('p', { id: 'eta', class: 'muted' }, running ? eta(t, run) : '');
  const runButton = h(
    'button',
    { type: 'button', class: 'primary', id: 'run', disabled: running, onclick: () => act.start() },
    run.state === 'idle' ? t.run : t.rerun,
  );
  const cancel = h('button', { type: 'button', id: 'cancel', onclick: () => act.cancel() }, t.cancel);
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
    h(
      'div',
      { class: 'field' },
      h(
        'div',
        { class: 'filters' },
        place('province', 'file-province', t.provinceLabel),
        place('zoneLevel', 'file-zone-level', t.zoneLevelLabel),
      ),
      h('p', { class: 'muted', id: 'file-place-hint' }, t.placeHint),
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

/** A progress report drawn in place; returns the words to announce at each quarter, or ''. */
export function drawProgress(m, els) {
  const t = m.t;
  const run = m.s.run;
  const { done, total } = run;
  const pct = total ? Math.floor((100 * done) / total) : 100;
  els.progress.max = total || 1;
  els.progress.value = done;
  els.progressText.textContent = t.progressText(done, total, pct);
  els.eta.textContent = eta(t, run);
  // Announced at each quarter, not at every chunk.
  const quarter = Math.floor(pct / 25);
  if (quarter > m.s.announced && done < total) {
    m.s.announced = quarter;
    return `${t.progressText(done, total, pct)}. ${eta(t, run)}`;
  }
  return '';
}
