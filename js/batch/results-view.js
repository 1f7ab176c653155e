// The batch page's results, as views: the line that sums up the run, what
// the registry's own rules did, the question that settles the most, the
// count tables (claims, drafts, information apart), the enterprises behind
// a count a page at a time, and the cells with bad data.

import { h } from '../dom.js';
import { formatDate } from '../i18n.js';
import { count } from './batch-i18n.js';
import { notifyView } from './exports.js';
import { CLAIM_STATUSES, ERRORS_SHOWN, FILTER_STATUSES, INFO_NATURES, INFO_STATUSES } from './state.js';

/** Step 4's head and count tables; `later` is replaced by the rest a frame later. `act`: { showRows(measure, status) }. */
export function resultsSection(m, act, later) {
  const t = m.t;
  const s = m.s.summary;
  const { claims } = shownMeasures(m);
  const hidden = m.hiddenCounts(s.measures);
  const province = t.provinces[s.province] ?? t.provinceOther;
  return h(
    'section',
    { class: 'step results', 'aria-labelledby': 'step4' },
    h('h3', { id: 'step4', tabindex: '-1' }, t.step4),
    h('p', { id: 'results-line' }, t.resultsLine(s), ' ', t.asOfLine(formatDate(m.s.run.asOf, m.lang))),
    notesView(m),
    questionView(m),
    h(
      'p',
      { class: 'muted' },
      t.summaryHint,
      hidden.audience ? [' ', t.hiddenMeasures(hidden.audience, t.audiences[m.audience])] : null,
    ),
    hidden.otherProvince
      ? h('p', { class: 'muted', id: 'other-provinces' }, t.otherProvinces(hidden.otherProvince, province))
      : null,
    summaryTable(m, act, 'claims', t.claimsCaption, claims, CLAIM_STATUSES),
    later,
  );
}

/**
 * The counts of the drafts' measures and of those that grant nothing, after the claims: drawn in
 * the task after the results' first (all three tables at once made it over 50 ms for a registry).
 */
export function moreSummaries(m, act) {
  const t = m.t;
  const { drafts, info } = shownMeasures(m);
  return [
    summaryTable(m, act, 'drafts', t.draftCaption, drafts, CLAIM_STATUSES),
    summaryTable(m, act, 'info', t.infoCaption, info, INFO_STATUSES),
  ];
}

/** The measures the summary shows, the registry's own jurisdiction first: claims, drafts, information. */
function shownMeasures(m) {
  const shown = m.zoneFirst(m.s.summary.measures.filter((x) => m.shown(x)));
  return {
    claims: shown.filter((x) => !INFO_NATURES.has(x.nature) && !x.draft),
    drafts: shown.filter((x) => !INFO_NATURES.has(x.nature) && x.draft),
    info: shown.filter((x) => INFO_NATURES.has(x.nature)),
  };
}

/** What the registry's own rules did: the file's zone, expired certificates, rough amounts, qualifications left aside or unknown, repeated and mistyped codes. */
function notesView(m) {
  const t = m.t;
  const s = m.s.summary;
  const lines = [];
  if (m.s.run.zone) lines.push(['zone-from-file', t.zoneFromFile(s.zoneFromFile, m.zoneName(m.s.run.zone))]);
  if (s.expiredCertificates) lines.push(['expired-certificates', t.expiredCertificates(s.expiredCertificates)]);
  if (s.approximateAmounts) lines.push(['approximate-amounts', t.approximateAmounts(s.approximateAmounts)]);
  if (s.formulaErrors) lines.push(['formula-errors', t.formulaErrors(s.formulaErrors)]);
  if (s.unsureQualifications) lines.push(['unsure-qualifications', t.unsureQualifications(s.unsureQualifications)]);
  if (s.unreadQualifications) lines.push(['unread-qualifications', t.unreadQualifications(s.unreadQualifications)]);
  if (s.duplicates) lines.push(['duplicates', t.duplicates(s.duplicates)]);
  if (s.invalidCodes) lines.push(['invalid-codes', t.invalidCodes(s.invalidCodes)]);
  if (!lines.length) return null;
  return h(
    'ul',
    { class: 'notes', id: 'run-notes' },
    lines.map(([key, text]) => h('li', { 'data-note': key }, text)),
  );
}

function questionView(m) {
  const t = m.t;
  // Counted over the measures this page shows: its audience's, or every one.
  const s = m.s.summary;
  const q = m.audience === 'all' ? s.question : s.questionByAudience[m.audience];
  if (!q) return h('div', { class: 'question', id: 'question' }, h('h4', null, t.question), h('p', null, t.noQuestion));
  const asked = m.data.questions.get(q.fact);
  return h(
    'div',
    { class: 'question', id: 'question', 'data-fact': q.fact },
    h('h4', null, t.question),
    h('p', null, t.questionLine(m.factLabel(q.fact), q.settles)),
    // The question, when the column's name does not already say it.
    asked && m.tx(asked.text) !== m.factLabel(q.fact) ? h('p', { class: 'muted' }, t.questionText(m.tx(asked.text))) : null,
  );
}

function summaryTable(m, act, kind, caption, measures, statuses) {
  const t = m.t;
  const total = Object.fromEntries(statuses.map((s) => [s, 0]));
  const body = measures.map((x) => {
    const title = m.measureTitle(x.id);
    return h(
      'tr',
      { 'data-measure': x.id, 'data-draft': x.draft ? 'true' : null },
      h('th', { scope: 'row' }, title, x.draft ? [' ', h('span', { class: 'badge' }, t.draft)] : null),
      statuses.map((status) => {
        const n = x[status] ?? 0;
        total[status] += n;
        const label = `${title}: ${t.status[status]} ${count(n)}`;
        return h(
          'td',
          { 'data-measure': x.id, 'data-status': status, class: 'num' },
          n
            ? h(
                'button',
                { type: 'button', class: 'link', 'aria-label': label, onclick: () => act.showRows(x.id, status) },
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

/** The enterprises: the filters, and `box` where drawTable draws. `act`: { setFilter(change) }. */
export function tableSection(m, act, box) {
  const t = m.t;
  const f = m.s.filter;
  const shown = m.s.summary.measures.filter((x) => m.shown(x));
  const group = (label, list) =>
    list.length
      ? h(
          'optgroup',
          { label },
          list.map((x) => h('option', { value: x.id, selected: x.id === f.measure }, m.measureTitle(x.id))),
        )
      : null;
  const measure = h(
    'select',
    { id: 'filter-measure', onchange: () => act.setFilter({ measure: measure.value }) },
    h('option', { value: '' }, t.anyMeasure),
    group(
      t.optgroupClaims,
      shown.filter((x) => !INFO_NATURES.has(x.nature) && !x.draft),
    ),
    group(
      t.optgroupDrafts,
      shown.filter((x) => !INFO_NATURES.has(x.nature) && x.draft),
    ),
    group(
      t.optgroupInfo,
      shown.filter((x) => INFO_NATURES.has(x.nature)),
    ),
  );
  measure.value = f.measure;
  const status = h(
    'select',
    { id: 'filter-status', onchange: () => act.setFilter({ status: status.value }) },
    h('option', { value: '' }, t.anyStatus),
    FILTER_STATUSES.map((st) => h('option', { value: st }, t.status[st])),
  );
  status.value = f.status;
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
    box,
  );
}

/** The page of enterprises last fetched, into `box`. `act`: { page(step), exportNotification(measure, format) }. */
export function drawTable(m, act, box, root) {
  const t = m.t;
  const data = m.s.table;
  if (!data) return box.replaceChildren(h('p', { role: 'status' }, t.working));
  const s = m.s.summary;
  const f = m.s.filter;
  const index = f.measure ? s.measures.findIndex((x) => x.id === f.measure) : -1;
  const from = data.total ? f.offset + 1 : 0;
  const to = f.offset + data.rows.length;
  const problems = (row) => row.error.map((e) => `${e.header || `#${e.column}`}: ${m.problem(e)}`).join(t.listSep);
  let head;
  let cells;
  if (index >= 0) {
    head = [t.colStatus, t.colMissing];
    cells = (row) => {
      if (row.error) return [h('td', { 'data-status': 'error' }, t.status.error), h('td', null, problems(row))];
      const st = row.statuses[index];
      return [
        h('td', { 'data-status': st }, t.status[st] ?? st),
        h('td', null, (row.missing[index] || []).map((fact) => m.factLabel(fact)).join(t.factSep)),
      ];
    };
  } else {
    head = [t.colClaims, t.colDecide, t.colDraftClaims, t.colUnknown];
    cells = (row) => {
      if (row.error) return [h('td', { colspan: '4', 'data-status': 'error' }, t.status.error, t.colon, problems(row))];
      const n = { eligible: 0, conditional: 0, draft: 0, unknown: 0 };
      row.statuses.forEach((st, i) => {
        const x = s.measures[i];
        if (INFO_NATURES.has(x.nature) || !m.shown(x)) return;
        if (x.draft && (st === 'eligible' || st === 'conditional')) n.draft++;
        else if (st in n) n[st]++;
      });
      return ['eligible', 'conditional', 'draft', 'unknown'].map((k) => h('td', { class: 'num', 'data-count': k }, String(n[k])));
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
                  h(
                    'span',
                    { class: 'badge', 'data-duplicate-of': String(row.duplicateOf) },
                    t.duplicateOf(row.duplicateOf, row.duplicateSheet),
                  ),
                ]
              : null,
            row.invalidCode ? [' ', h('span', { class: 'badge', 'data-invalid-code': '' }, t.invalidCode)] : null,
          ),
          cells(row),
        ),
      ),
    ),
  );
  const prev = h('button', { type: 'button', id: 'prev', disabled: f.offset === 0, onclick: () => act.page(-1) }, t.prev);
  const next = h('button', { type: 'button', id: 'next', disabled: to >= data.total, onclick: () => act.page(1) }, t.next);
  const focusedPager = root.activeElement?.id;
  box.replaceChildren(
    h('div', { class: 'scroll', tabindex: '0', role: 'region', 'aria-labelledby': 'rows-caption' }, table),
    h('div', { class: 'toolbar pager' }, prev, next),
    // One measure chosen: its notification list, as a file of its own.
    index >= 0 ? notifyView(m, act, f.measure) : null,
  );
  if (focusedPager === 'prev' || focusedPager === 'next') {
    const again = root.getElementById(focusedPager);
    (again.disabled ? root.getElementById(focusedPager === 'prev' ? 'next' : 'prev') : again).focus();
  }
}

export function errorsSection(m) {
  const t = m.t;
  const errors = m.s.summary.errors;
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
                    // Row numbers are each sheet's when several sheets were read.
                    h('td', { class: 'num' }, e.sheet ? t.sheetRow(e.sheet, e.row) : String(e.row)),
                    h('td', { class: 'num' }, String(e.column)),
                    h('td', null, e.header),
                    h('td', null, m.problem(e)),
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
