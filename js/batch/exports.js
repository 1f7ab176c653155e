// The batch page's exports: the views that offer them (the full table for
// machines and for people; one measure's notification list) and the
// downloads, which the worker writes and hands back as a blob: URL, in the
// page's words (state.js's notifyWords and readableWords).

import { h } from '../dom.js';

/** The exports' section; `note` is where the outcome is said. `act`: { export(format, readable) }. */
export function exportSection(m, act, note) {
  const t = m.t;
  return h(
    'section',
    { class: 'export', 'aria-labelledby': 'export-h' },
    h('h4', { id: 'export-h' }, t.exportHeading),
    h('p', { class: 'muted' }, t.exportHint),
    h(
      'div',
      { class: 'toolbar' },
      h('button', { type: 'button', id: 'export-csv', onclick: () => act.export('csv') }, t.exportCsv),
      h('button', { type: 'button', id: 'export-xlsx', onclick: () => act.export('xlsx') }, t.exportXlsx),
    ),
    h('p', { class: 'muted' }, t.exportReadableHint),
    h(
      'div',
      { class: 'toolbar' },
      h('button', { type: 'button', id: 'export-readable-csv', onclick: () => act.export('csv', true) }, t.exportReadableCsv),
      h('button', { type: 'button', id: 'export-readable-xlsx', onclick: () => act.export('xlsx', true) }, t.exportReadableXlsx),
    ),
    note,
  );
}

/** One measure's notification list, offered below its enterprises. `act`: { exportNotification(measure, format) }. */
export function notifyView(m, act, measure) {
  const t = m.t;
  return h(
    'div',
    { class: 'notify' },
    h('p', { class: 'muted', id: 'notify-hint' }, t.notifyHint),
    h(
      'div',
      { class: 'toolbar' },
      ['csv', 'xlsx'].map((format) =>
        h(
          'button',
          {
            type: 'button',
            id: `notify-${format}`,
            'aria-describedby': 'notify-hint',
            onclick: () => act.exportNotification(measure, format),
          },
          format === 'csv' ? t.notifyCsv : t.notifyXlsx,
        ),
      ),
    ),
    h('p', { role: 'status', id: 'notify-note' }),
  );
}

/**
 * Starts the download of a blob: URL the worker made, named after the file
 * read plus `suffix` (an anchor in `root`, clicked and removed); returns the name.
 */
export function download(root, fileName, url, suffix) {
  const name = `${fileName.replace(/\.(csv|xlsx|xls|txt)$/i, '')}${suffix}`;
  const a = h('a', { href: url, download: name, hidden: true });
  root.append(a);
  a.click();
  a.remove();
  return name;
}

/**
 * Asks the worker for an export and downloads it, saying how it went with
 * `note(text)`. `ask()` returns the worker's { url }; `suffix` names the file.
 * A trap (an export too large for the engine's memory, say) leaves the
 * worker unusable: `recover()` replaces it, and the file is read again.
 */
export async function runExport(m, { root, ask, suffix, note, recover }) {
  const t = m.t;
  note(t.exporting);
  try {
    const { url } = await ask();
    note(t.exported(download(root, m.s.file.name, url, suffix)));
  } catch (error) {
    if (error.trapped) await recover().catch((e) => console.error(e));
    note(t.exportFailed(error.trapped ? t.trapped : error.message));
  }
}

/** One measure's notification list, in the page's words (`x`: the element's exporter: { m, client, root, recover }). */
export function exportNotification(x, measure, format) {
  const { m } = x;
  return runExport(m, {
    root: x.root,
    ask: () => x.client.request({ type: 'notify', measure, format, words: JSON.stringify(m.notifyWords(measure)) }),
    suffix: `-${m.measureTitle(measure)}${m.t.notifySuffix}.${format}`,
    note: (text) => {
      const el = x.root.getElementById('notify-note');
      if (el) el.textContent = text;
    },
    recover: x.recover,
  });
}

/** The whole table: for machines (ids, as check --csv writes it) or, `readable`, for people in the page's words. */
export function exportTable(x, format, readable = false) {
  const { m } = x;
  const t = m.t;
  return runExport(m, {
    root: x.root,
    // The worker writes the file and makes its blob: URL; the page only starts the download.
    ask: () =>
      readable
        ? x.client.request({ type: 'readable', format, words: JSON.stringify(m.readableWords()) })
        : x.client.request({ type: 'export', format }),
    suffix: `${readable ? t.readableSuffix : t.resultSuffix}.${format}`,
    note: x.noteExport,
    recover: x.recover,
  });
}
