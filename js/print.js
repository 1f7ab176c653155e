// Print: paper for a service window. What the user answered is listed above
// the results (the place a portal fixed included); before printing every
// card still to build is built and closed <details> are opened, and after
// printing they close again. The print stylesheet (styles.js) leaves out
// the form, the buttons and what is not worth carrying to a window.
import { formatDate, formatYuan } from './format.js';
import { h } from './dom.js';

/**
 * What the user answered, as `<dt>`/`<dd>` pairs. `host`: `t`, `lang`, `s`
 * (the Session), `data` (the engine's tables), `placeText` (the place as
 * the picker shows it), `order` (the facts in the order asked),
 * `questionFor(fact)`.
 */
export function answerRows(host, report) {
  const { t, lang, s, data } = host;
  const tx = (text) => text[lang];
  const rows = [];
  if (s.audience) rows.push([t.audience, t.audiences[s.audience]]);
  const { zone, province } = s.presets();
  const fixed = data.questions.get(zone ? 'zone' : 'province')?.options?.find((o) => o.value === (zone || province));
  if (host.placeText) rows.push([t.location, host.placeText]);
  else if (fixed) rows.push([t.location, tx(fixed.label)]);
  const level = s.zoneLevel && data.questions.get('zoneLevel');
  if (level) rows.push([tx(level.text), tx(level.options.find((o) => o.value === s.zoneLevel).label)]);
  if (s.asksApplicationDate) rows.push([t.applicationDate, formatDate(report.asOf, lang)]);
  const own = s.ownAnswers;
  for (const fact of host.order) {
    const q = host.questionFor(fact);
    const value = fact === 'age' ? (own.birthDate ?? own.age) : own[fact];
    if (value === undefined) continue;
    const shown =
      q.type === 'bool'
        ? value
          ? t.yes
          : t.no
        : q.type === 'number'
          ? formatYuan(value, lang)
          : q.type === 'choice'
            ? tx(q.options.find((o) => o.value === value).label)
            : String(value);
    rows.push([tx(q.text), shown]);
  }
  return rows.flatMap(([question, value]) => [h('dt', null, question), h('dd', null, value)]);
}

/**
 * Before printing (`before`): every card built (`finish()`), closed
 * <details> opened; after: each back as it was.
 */
export function preparePrint(root, before, finish) {
  if (before) finish();
  for (const details of root.querySelectorAll('details')) {
    if (before) {
      details.dataset.wasOpen ??= String(details.open);
      details.open = true;
    } else if (details.dataset.wasOpen) {
      details.open = details.dataset.wasOpen === 'true';
      delete details.dataset.wasOpen;
    }
  }
}
