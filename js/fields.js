// The inputs as views: a radio group, and one of the engine's questions as
// the user answers it — yes/no and choices as radio groups (each with "not
// sure"), amounts and ages as text read the way people type them, what was
// understood shown under the input before it counts.
//
// `host`: `t`, `lang`, `s` (the Session), `update()` (after every answer).
import { formatDate, formatYuan } from './format.js';
import { readAge, readYuan } from './parse.js';
import { h } from './dom.js';

/** A radio group with a "not sure" choice when `notSure` is true; `hint` (text) under the legend, described by it. */
export function radios(t, name, legend, choices, current, onChange, { notSure = true, column = false, hint } = {}) {
  const all = notSure ? [...choices, ['', t.notSure]] : choices;
  const group = h(
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
  addHint(group, name, hint);
  return group;
}

/** Puts `hint` (text, if any) under a radio group named `name` that has none yet, and describes the group by it. */
export function addHint(group, name, hint) {
  if (!hint || group.querySelector(`#hint-${name}`)) return;
  group.append(h('p', { class: 'muted', id: `hint-${name}` }, hint));
  group.setAttribute('aria-describedby', `hint-${name}`);
}

/** One question of the engine (`q`) as an input; an answer goes into the Session and updates the widget. */
export function questionView(host, q) {
  const { t, s, lang } = host;
  const tx = (text) => text[lang];
  const set = (value) => {
    if (value === null || value === undefined) delete s.answers[q.fact];
    else s.answers[q.fact] = value;
    host.update();
  };
  if (q.type === 'bool' || q.type === 'choice') {
    const choices =
      q.type === 'bool'
        ? [
            ['true', t.yes],
            ['false', t.no],
          ]
        : q.options.map((o) => [o.value, tx(o.label)]);
    const current = q.fact in s.answers ? String(s.answers[q.fact]) : '';
    const group = radios(
      t,
      q.fact,
      tx(q.text),
      choices,
      current,
      (value) => set(value === '' ? null : q.type === 'bool' ? value === 'true' : value),
      // Who can answer a question the user may not know himself (issue 23).
      { column: q.type === 'choice', hint: host.hint(q.fact) },
    );
    if (q.fact === 'foreignNational' && s.entry === 'talent') group.append(h('p', { class: 'muted' }, t.talentPreset));
    return group;
  }
  const id = `q-${q.fact}`;
  const age = q.type === 'age';
  const error = h('p', { class: 'error', id: `${id}-err`, hidden: true }, age ? t.badAge : t.badNumber);
  const reads = h('p', { class: 'muted', id: `${id}-reads` });
  const known = age ? (s.answers.birthDate ?? s.answers.age) : s.answers[q.fact];
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
          ? t.reads(formatYuan(value, lang))
          : 'age' in value
            ? t.readsAge(value.age)
            : t.readsBirth(formatDate(value.birthDate, lang));
    return value ?? null;
  };
  input.addEventListener('input', () => {
    const value = read(false);
    if (age) {
      delete s.answers.age;
      delete s.answers.birthDate;
      if (value) Object.assign(s.answers, value);
      host.update();
    } else set(value);
  });
  input.addEventListener('change', () => read(true));
  read(false);
  return h(
    'div',
    { class: 'field', part: 'question', 'data-fact': q.fact },
    h('label', { class: 'block', for: id }, tx(q.text)),
    input,
    h('p', { class: 'muted', id: `${id}-hint` }, age ? t.ageHint : t.numberHint),
    reads,
    error,
  );
}
