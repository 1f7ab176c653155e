// The batch page's first two steps, as views: the file (drop or pick it,
// what was read, its encoding) and the mapping (each column's fact, a
// column's values with how each reads, a saved mapping). Each function
// builds nodes from the model (state.js) and calls `act` for what the user
// does; none keeps state of its own.

import { h } from '../dom.js';
import { count } from './batch-i18n.js';
import { download } from './exports.js';
import { ENCODINGS, UNKNOWN } from './state.js';

/** Step 1: the drop zone, and what was read. `act`: { open(file), reopen(encoding), setHeaderRow(row), notAFile() }. */
export function fileSection(m, act) {
  const t = m.t;
  const s = m.s;
  const input = h('input', {
    type: 'file',
    id: 'file',
    accept: '.csv,.xlsx,.xls,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel',
    'aria-describedby': 'file-hint',
    disabled: s.run.state === 'running',
    onchange: () => input.files[0] && act.open(input.files[0]),
  });
  const drop = h(
    'div',
    { class: 'drop', 'data-drop': '' },
    h('p', null, t.dropHint),
    h('label', { for: 'file', class: 'block' }, t.pick),
    input,
    h('p', { class: 'muted', id: 'file-hint' }, t.fileHint),
  );
  drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('over');
    if (s.run.state === 'running') return;
    const file = event.dataTransfer?.files?.[0];
    if (file) act.open(file);
    else act.notAFile();
  });
  const parts = [h('h3', { id: 'step1' }, t.step1), drop];
  if (s.busy) parts.push(h('p', { role: 'status' }, s.busy));
  if (s.fileError) parts.push(h('p', { class: 'error', role: 'alert' }, s.fileError));
  if (s.described && s.file) parts.push(fileInfo(m, act));
  return h('section', { class: 'step', 'aria-labelledby': 'step1' }, ...parts);
}

function fileInfo(m, act) {
  const t = m.t;
  const s = m.s;
  const d = s.described;
  const rows = [
    [t.kind, t.kinds[d.kind] ?? d.kind],
    [t.rows, t.rowsValue(d.rows)],
  ];
  // A workbook whose first sheet is a note: the sheet read is said.
  // Several sheets with the same header (one per park): all read, and said; those with another header listed.
  if (d.worksheets?.length) {
    const read = d.worksheets.filter((w) => w.rows !== null);
    const unread = d.worksheets.filter((w) => w.rows === null);
    rows.push([t.worksheets, t.worksheetsValue(read, unread)]);
  } else if (d.worksheet) rows.push([t.worksheet, t.worksheetValue(d.worksheet.number, d.worksheet.name)]);
  // Title rows above the header are said, not silently dropped.
  if (d.skippedRows) rows.push([t.headerRow, t.headerBelow(d.headerRow, d.skippedRows)]);
  // The header's row, found or chosen: staff can choose another among the first ten.
  const headerSelect = h(
    'select',
    {
      id: 'header-row',
      'aria-describedby': 'header-row-hint',
      disabled: s.run.state === 'running',
      onchange: () => act.setHeaderRow(Number(headerSelect.value)),
    },
    Array.from({ length: 10 }, (_, i) => h('option', { value: String(i + 1) }, t.headerRowOption(i + 1))),
  );
  headerSelect.value = String(d.headerRow);
  const header = h(
    'div',
    { class: 'field' },
    h('label', { for: 'header-row', class: 'block' }, t.headerRowLabel),
    headerSelect,
    h('p', { class: 'muted', id: 'header-row-hint' }, t.headerRowHint),
  );
  let encoding = null;
  if (d.kind === 'csv') {
    const name = t.encodings[d.encoding] ?? d.encoding ?? '';
    rows.push([t.encoding, d.encodingGuessed ? t.encodingDetected(name) : t.encodingChosen(name)]);
    const select = h(
      'select',
      {
        id: 'encoding',
        'aria-describedby': 'encoding-hint',
        disabled: s.run.state === 'running',
        onchange: () => act.reopen(select.value),
      },
      ENCODINGS.map((e) => h('option', { value: e, selected: e === s.encoding }, t.encodingOptions[e])),
    );
    encoding = h(
      'div',
      { class: 'field' },
      h('label', { for: 'encoding', class: 'block' }, t.encodingLabel),
      select,
      h('p', { class: 'muted', id: 'encoding-hint' }, t.encodingHint),
    );
  }
  return h(
    'div',
    { class: 'file-info' },
    h('h4', { id: 'file-name', tabindex: '-1' }, t.fileName, t.colon, s.file.name),
    h(
      'dl',
      { class: 'facts' },
      rows.map(([k, v]) => [h('dt', null, k), h('dd', { 'data-info': k }, v)]),
    ),
    header,
    encoding,
  );
}

/**
 * Step 2: the mapping table, built once per file and language (the element
 * keeps it: a wide sheet has hundreds of selects of some sixty options).
 * `act`: { remap(column, target), toggleValues(column, button, panel), saveMapping(), loadMapping(file) }.
 * Returns the section and the nodes drawn in place later.
 */
export function mappingSection(m, act) {
  const t = m.t;
  const s = m.s;
  const d = s.described;
  const ids = m.data.factList.filter((f) => f.target.startsWith('@'));
  const facts = m.data.factList.filter((f) => !f.target.startsWith('@'));
  const mapErrors = [];
  // One list of options, cloned for every column.
  const template = h(
    'select',
    null,
    h('option', { value: '' }, t.ignore),
    h(
      'optgroup',
      { label: t.idGroup },
      ids.map((f) => h('option', { value: f.target }, m.tx(f))),
    ),
    h(
      'optgroup',
      { label: t.factGroup },
      facts.map((f) => h('option', { value: f.target }, m.tx(f))),
    ),
  );
  const rows = d.headers.map((header, i) => {
    const id = `map-${i}`;
    const select = template.cloneNode(true);
    select.id = id;
    select.dataset.column = String(i + 1);
    select.setAttribute('aria-labelledby', `col-${i}`);
    select.setAttribute('aria-describedby', `${id}-err`);
    select.addEventListener('change', () => act.remap(i, select.value));
    select.value = s.mapping[i] ?? '';
    const error = h('p', { class: 'error', id: `${id}-err` }, s.mapErrors.get(i) ?? '');
    // A yes/no or choice column's values: how each reads, and another reading chosen by staff.
    const panel = h('div', { class: 'values', id: `values-panel-${i}`, hidden: true });
    const valuesButton = h(
      'button',
      {
        type: 'button',
        id: `values-${i}`,
        class: 'link',
        'aria-expanded': 'false',
        'aria-controls': `values-panel-${i}`,
        hidden: !m.hasValues(s.mapping[i]),
        onclick: () => act.toggleValues(i, valuesButton, panel),
      },
      t.valuesButton,
    );
    mapErrors[i] = { error, select, valuesButton, panel };
    if (s.mapErrors.has(i)) select.setAttribute('aria-invalid', 'true');
    const samples = d.sample
      .map((row) => row[i] ?? '')
      .filter((sample) => sample !== '')
      .slice(0, 3);
    return h(
      'tr',
      { 'data-column': String(i + 1) },
      h('td', null, String(i + 1)),
      h('th', { scope: 'row', id: `col-${i}` }, header || t.emptyHeader),
      h(
        'td',
        { class: 'sample' },
        samples.map((sample) => h('span', null, sample)),
      ),
      h(
        'td',
        null,
        select,
        // A unit in the header scales the column: said, not done silently.
        d.units?.[i] ? h('p', { class: 'muted', id: `unit-${i}` }, t.unitNote(d.units[i])) : null,
        error,
        valuesButton,
        panel,
      ),
    );
  });
  const used = s.mapping.filter(Boolean).length;
  const mapProblem = h('p', { class: 'error', role: 'alert' }, s.mapProblem);
  const load = h('input', {
    type: 'file',
    id: 'load-mapping',
    accept: '.json,application/json',
    'aria-describedby': 'mapping-file-hint',
    onchange: () => load.files[0] && act.loadMapping(load.files[0]),
  });
  const mappingNote = h('p', { role: 'status', id: 'mapping-note' }, s.mappingNote);
  const node = h(
    'section',
    { class: 'step', 'aria-labelledby': 'step2' },
    h('h3', { id: 'step2' }, t.step2),
    h('p', { class: 'muted' }, t.mappingHint),
    h('p', { id: 'mapped-count' }, t.mappedCount(used, d.headers.length)),
    mapProblem,
    h(
      'div',
      { class: 'toolbar mapping-file' },
      h('button', { type: 'button', id: 'save-mapping', onclick: () => act.saveMapping() }, t.saveMapping),
      h('label', { for: 'load-mapping' }, t.loadMapping),
      load,
    ),
    h('p', { class: 'muted', id: 'mapping-file-hint' }, t.mappingFileHint),
    mappingNote,
    h(
      'div',
      { class: 'scroll', tabindex: '0', role: 'region', 'aria-labelledby': 'map-caption' },
      h(
        'table',
        { class: 'mapping' },
        h('caption', { id: 'map-caption' }, t.mappingCaption),
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            [t.colNumber, t.colHeader, t.colSample, t.colTarget].map((c) => h('th', { scope: 'col' }, c)),
          ),
        ),
        h('tbody', null, rows),
      ),
    ),
  );
  return { node, mapErrors, mapProblem, mappingNote };
}

/**
 * A column's values (OpenRefine's facet), each with its count, how it reads
 * and a choice of another reading: yes, no or unknown for a yes/no fact; one
 * of the values or unknown for a choice (a province, a level, a zone).
 * `onChange(selects)` gets every value's select after a change.
 */
function valuesTable(m, column, values, onChange) {
  const t = m.t;
  const header = m.s.described.headers[column] || t.emptyHeader;
  const fact = m.data.facts.get(m.s.mapping[column]);
  const choice = fact?.kind === 'choice';
  const labels = new Map((fact?.choices ?? []).map((c) => [c.value, m.tx(c)]));
  const choices = choice
    ? [['', t.valueDefault], ...labels, [UNKNOWN, t.valueUnknown]]
    : [
        ['', t.valueDefault],
        ['是', t.valueYes],
        ['否', t.valueNo],
        [UNKNOWN, t.valueUnknown],
      ];
  const readAs = (read) => (choice && labels.get(read)) || t.readAs[read] || read;
  const selects = values.map((v, k) => {
    const select = h(
      'select',
      { id: `value-${column}-${k}`, 'aria-labelledby': `value-${column}-${k}-text value-${column}-head-override` },
      choices.map(([value, label]) => h('option', { value }, label)),
    );
    select.value = v.mapped == null ? '' : v.mapped === '' ? UNKNOWN : v.mapped;
    select.dataset.value = v.value;
    select.addEventListener('change', () => onChange(selects));
    return select;
  });
  return [
    h('p', { class: 'muted' }, choice ? t.choiceValuesHint : t.valuesHint),
    h(
      'table',
      { class: 'value-table' },
      h('caption', null, t.valuesCaption(header)),
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          h('th', { scope: 'col' }, t.colValue),
          h('th', { scope: 'col', class: 'num' }, t.colValueCount),
          h('th', { scope: 'col' }, t.colReadAs),
          h('th', { scope: 'col', id: `value-${column}-head-override` }, t.colReadOverride),
        ),
      ),
      h(
        'tbody',
        null,
        values.map((v, k) =>
          h(
            'tr',
            { 'data-value': v.value, 'data-read': v.read },
            h('th', { scope: 'row', id: `value-${column}-${k}-text` }, v.value),
            h('td', { class: 'num' }, count(v.count)),
            h('td', null, readAs(v.read)),
            h('td', null, selects[k]),
          ),
        ),
      ),
    ),
  ];
}

/** A value map from the selects of valuesTable: { cell: value, or null for unknown }. */
function valueMap(selects) {
  const values = {};
  for (const select of selects) {
    if (select.value) values[select.dataset.value] = select.value === UNKNOWN ? null : select.value;
  }
  return values;
}

/** Draws each column's error, its values button and the count of mapped columns in place. */
export function drawMapErrors(m, cache, root) {
  cache?.mapErrors?.forEach(({ error, select, valuesButton, panel }, i) => {
    // The values of a column are offered while it is a yes/no or choice fact's.
    const listed = m.hasValues(m.s.mapping[i]);
    if (valuesButton.hidden === listed) {
      valuesButton.hidden = !listed;
      valuesButton.setAttribute('aria-expanded', 'false');
      panel.hidden = true;
    }
    const text = m.s.mapErrors.get(i) ?? '';
    if (error.textContent !== text) error.textContent = text;
    if (text) select.setAttribute('aria-invalid', 'true');
    else select.removeAttribute('aria-invalid');
  });
  if (cache?.mapProblem) cache.mapProblem.textContent = m.s.mapProblem;
  const mapped = root.getElementById('mapped-count');
  if (mapped) mapped.textContent = m.t.mappedCount(m.s.mapping.filter(Boolean).length, m.s.described.headers.length);
}

// ---- The mapping's actions: `x` is the element's { m, client, root, stale(), opened(described, focus), noteMapping(text) } ----

/** Opens or closes a column's values; opened, they are fetched and drawn. */
export async function toggleValues(x, column, button, panel) {
  const open = button.getAttribute('aria-expanded') !== 'true';
  button.setAttribute('aria-expanded', String(open));
  panel.hidden = !open;
  if (!open) return;
  try {
    const { values } = await x.client.request({ type: 'values', column });
    panel.replaceChildren(...valuesTable(x.m, column, values, (selects) => setValues(x, column, selects)));
  } catch (error) {
    panel.replaceChildren(h('p', { class: 'error' }, error.message));
  }
}

async function setValues(x, column, selects) {
  x.stale();
  try {
    await x.client.request({ type: 'setValues', column, values: valueMap(selects) });
    x.noteMapping('');
  } catch (error) {
    x.noteMapping(`${x.m.t.mappingRejected}${error.message}`);
  }
}

/** A saved mapping (columns, values, the file's zone) read from a .json file. */
export async function loadMapping(x, file) {
  const t = x.m.t;
  const s = x.m.s;
  try {
    const json = await file.text();
    const reply = await x.client.request({ type: 'loadMapping', json });
    const { described, settings } = reply;
    s.zone = settings.zone || '';
    s.otherSettings = { province: settings.province ?? null, zoneLevel: settings.zoneLevel ?? null };
    Object.assign(s, { summary: null, run: { state: 'idle' }, mappingNote: t.mappingLoaded(file.name) });
    s.headerRow = reply.headerRow ?? null;
    x.opened(described, '#mapping-note');
  } catch (error) {
    x.noteMapping(t.mappingLoadFailed(file.name, error.message));
  }
}

/** The mapping in force and the file's zone, downloaded as .json for next time or for check --csv --mapping. */
export async function saveMapping(x) {
  const t = x.m.t;
  try {
    const { url } = await x.client.request({ type: 'saveMapping', settings: x.m.settings() });
    x.noteMapping(t.mappingSaved(download(x.root, x.m.s.file.name, url, `${t.mappingSuffix}.json`)));
  } catch (error) {
    x.noteMapping(t.mappingSaveFailed(error.message));
  }
}
