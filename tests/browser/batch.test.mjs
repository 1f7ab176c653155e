// The batch page: a GBK CSV with Chinese headers dropped on it is
// read, mapped and matched in the worker, and what the page shows agrees with
// `hitech-eligibility check --csv` on the same file — the per-measure counts,
// the rows with bad data, drafts counted apart — and so do both exports, row
// for row; an .xlsx of the same rows gives the same counts. A large run is
// cancelled midway and the page stays usable; a trap in the engine replaces
// the worker; the encoding and the mapping can be changed, with errors
// beside the column; everything works from the keyboard. axe finds nothing
// in either language, and under the strict CSP nothing is requested once
// the page has loaded.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { collectErrors, screenshot, start, tabTo } from './browser.mjs';
import { makeWorkbook, makeXlsx, parseCsv } from './batch-files.mjs';
import { cli } from '../node/helpers.mjs';
import { STRICT_CSP } from '../../scripts/serve.mjs';
import { BATCH_STRINGS } from '../../js/batch/batch-i18n.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURE = `${root}tests/fixtures/batch/enterprises-gbk.csv`;
const AS_OF = '2026-01-01';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const CLAIMS = ['eligible', 'conditional', 'unknown', 'ineligible'];
const INFO = ['informational', 'unknown', 'ineligible'];

let env;
before(async () => {
  for (const file of ['batch.js', 'batch_bg.wasm', 'batch-worker.js', 'hitech-batch.js']) {
    assert.ok(existsSync(`${root}pkg/batch/${file}`), `pkg/batch/${file} is missing: build the package first (scripts/build.sh)`);
  }
  assert.ok(existsSync(FIXTURE), `${FIXTURE} is missing`);
  env = await start();
});
after(() => env?.close());

// ---- The command line's answer for the same file ----

/** A results table (CLI output or an export): its header, rows, and per measure the status and missing columns. */
function resultsTable(text) {
  const [header, ...rows] = parseCsv(text.replace(/^\ufeff/, ''));
  const error = header.indexOf('error');
  assert.ok(error >= 0, `an error column in ${header.join(',')}`);
  const measures = header.filter((h) => h.endsWith(' status')).map((h) => h.slice(0, -' status'.length));
  assert.ok(measures.length > 10, 'a status column per measure');
  const col = (name) => header.indexOf(name);
  return {
    header,
    rows,
    measures,
    error,
    status: (row, id) => row[col(`${id} status`)],
    missing: (row, id) => row[col(`${id} missing`)],
  };
}

let cliResult;
/** `check --csv` on the fixture, once: the output as a results table. */
function cliTable() {
  if (cliResult) return cliResult;
  const run = spawnSync(cli(), ['check', '--csv', FIXTURE, '--as-of', AS_OF], { encoding: 'utf8', maxBuffer: 256 << 20 });
  if (run.error) throw run.error;
  assert.ok([0, 2].includes(run.status), `check --csv exits 0 or 2 (bad rows), not ${run.status}: ${run.stderr}`);
  return (cliResult = resultsTable(run.stdout));
}

/** Per measure, how many rows without an error have each status. */
function countStatuses(table) {
  const counts = {};
  for (const id of table.measures) counts[id] = {};
  for (const row of table.rows) {
    if (row[table.error]) continue;
    for (const id of table.measures) {
      const s = table.status(row, id);
      counts[id][s] = (counts[id][s] ?? 0) + 1;
    }
  }
  return counts;
}

// ---- The page, as a person uses it ----

async function openBatch(path, { csp = false } = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  if (csp) {
    // The page and its worker served with the strict policy, as strict-csp.html is.
    await context.route(/\/(batch(-en)?\.html|pkg\/batch\/batch-worker\.js)$/, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': STRICT_CSP } });
    });
  }
  const page = await context.newPage();
  const errors = collectErrors(page);
  const response = await page.goto(`${env.url}/${path}`, { waitUntil: 'networkidle' });
  assert.equal(response.status(), 200);
  await page
    .locator('hitech-batch input[type="file"]')
    .waitFor({ timeout: 20000 })
    .catch((error) => {
      throw new Error(`the batch page did not start: ${JSON.stringify(errors)}`, { cause: error });
    });
  return { page, context, errors };
}

/** Drops a file on the drop zone, the way a drag from the desktop does. */
async function dropFile(page, name, bytes) {
  await page.locator('hitech-batch [data-drop]').evaluate(
    (zone, { name, data }) => {
      const raw = atob(data);
      const bytes = new Uint8Array(raw.length);
      for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
      const dataTransfer = new DataTransfer();
      dataTransfer.items.add(new File([bytes], name));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        zone.dispatchEvent(new DragEvent(type, { dataTransfer, bubbles: true, cancelable: true }));
      }
    },
    { name, data: Buffer.from(bytes).toString('base64') },
  );
}

/** Drops the fixture, sets the date and runs to the end. */
async function matchFixture(page, lang) {
  const t = BATCH_STRINGS[lang];
  await dropFile(page, 'enterprises-gbk.csv', readFileSync(FIXTURE));
  await page.locator('hitech-batch #step2').waitFor();
  await page.getByLabel(t.asOf, { exact: true }).fill(AS_OF);
  await page.getByRole('button', { name: t.run, exact: true }).click();
  await page.locator('hitech-batch #step4').waitFor({ timeout: 60000 });
  // Everything the results hold: the list of enterprises and the exports come a frame later.
  await page.locator('hitech-batch table.rows').waitFor();
  await page.locator('hitech-batch #export-csv').waitFor();
}

/** The counts the summary tables show: { id: { status: n } }, and which table each measure is in. */
const shownCounts = (page) =>
  page.locator('hitech-batch').evaluate((host) => {
    const counts = {};
    const table = {};
    for (const td of host.shadowRoot.querySelectorAll('td[data-measure][data-status]')) {
      const { measure, status } = td.dataset;
      (counts[measure] ??= {})[status] = Number(td.textContent.replace(/,/g, ''));
      table[measure] = td.closest('[data-summary]').dataset.summary;
    }
    return { counts, table };
  });

/** Waits until focus inside the element is on the element with this id (the element moves focus in the next frame). */
async function focusOn(page, id, message) {
  await page
    .waitForFunction((id) => document.querySelector('hitech-batch').shadowRoot.activeElement?.id === id, id, { timeout: 5000 })
    .catch(async () => {
      const at = await page.locator('hitech-batch').evaluate((h) => h.shadowRoot.activeElement?.id);
      assert.fail(`${message ?? 'focus'}: on #${at}, not #${id}`);
    });
}

async function assertNoViolations(page, when) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const described = violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`);
  assert.deepEqual(described, [], `axe violations ${when}`);
}

// ---- The tests ----

test('a GBK CSV with Chinese headers: read, mapped, and the counts agree with check --csv', async () => {
  const cliOut = cliTable();
  const expected = countStatuses(cliOut);
  const { page, context, errors } = await openBatch('batch.html');
  const t = BATCH_STRINGS['zh-Hans'];
  await matchFixture(page, 'zh-Hans');

  // What was read: the encoding detected, the kind, 1,000 rows, the mapping.
  const info = await page.locator('hitech-batch .facts').textContent();
  assert.match(info, /GB18030/, 'the encoding is detected as GB18030');
  assert.ok(info.includes(t.rowsValue(cliOut.rows.length)), `the row count is shown: ${info}`);
  assert.equal(cliOut.rows.length, 1000, 'the fixture has 1,000 data rows');
  const nameColumn = await page.locator('hitech-batch #col-0').textContent();
  assert.equal(nameColumn, cliOut.header[0], 'the Chinese headers are read as the CLI reads them');
  const mapped = await page.locator('hitech-batch select[id^="map-"]').evaluateAll((s) => s.filter((x) => x.value).length);
  assert.ok(mapped >= 4, `columns are mapped automatically (${mapped})`);

  // Every count the CLI gives for an enterprise measure is the one shown, in
  // the right table; the measures for talent and institutions are left out.
  const { counts, table } = await shownCounts(page);
  const summary = await page
    .locator('hitech-batch')
    .evaluate((host) => host.shadowRoot.querySelector('#results-line').textContent);
  const forEnterprises = cliOut.measures.filter((id) => env.measures.get(id)?.audiences.includes('enterprise'));
  assert.ok(forEnterprises.length > 10, 'the CLI lists the enterprise measures');
  assert.deepEqual(Object.keys(counts).sort(), [...forEnterprises].sort(), 'the page shows exactly the enterprise measures');
  for (const id of forEnterprises) {
    assert.ok(counts[id], `${id} is in the summary`);
    const statuses = table[id] === 'info' ? INFO : CLAIMS;
    for (const status of statuses) {
      assert.equal(counts[id][status], expected[id][status] ?? 0, `${id} ${status}: page vs check --csv`);
    }
    // Nothing the CLI counts is left out of the page's table for the measure.
    for (const [status, n] of Object.entries(expected[id])) {
      assert.ok(statuses.includes(status), `${id} has ${n} ${status} results, shown in the ${table[id]} table`);
    }
  }
  const errorRows = cliOut.rows.flatMap((row, i) => (row[cliOut.error] ? [i + 2] : []));
  assert.ok(errorRows.length > 0, 'the fixture has rows with bad cells');
  assert.ok(summary.includes(`${errorRows.length.toLocaleString('en')} 行数据有误`), `the failed rows are counted: ${summary}`);

  // The rows with bad data: each with its row number, column and problem.
  await page.locator('hitech-batch table.row-errors').waitFor();
  const listed = await page.locator('hitech-batch table.row-errors tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({
      row: Number(tr.dataset.row),
      column: Number(tr.dataset.column),
      cells: [...tr.cells].map((c) => c.textContent),
    })),
  );
  assert.deepEqual(
    [...new Set(listed.map((e) => e.row))],
    errorRows.slice(0, 100),
    'the rows with bad data are listed, in order',
  );
  for (const e of listed) {
    const cliError = cliOut.rows[e.row - 2][cliOut.error];
    assert.ok(e.column >= 1 && e.column <= cliOut.header.length, `row ${e.row}: a column number`);
    assert.equal(e.cells[2], cliOut.header[e.column - 1], `row ${e.row}: the column's header`);
    // The same cell the CLI names, its problem worded in the page's language (the CLI's is English).
    assert.ok(
      cliError.includes(`column ${e.column} (${cliOut.header[e.column - 1]})`),
      `row ${e.row}: the CLI names column ${e.column}: ${cliError}`,
    );
    assert.match(e.cells[3], /[\u4e00-\u9fff]/, `row ${e.row}: the problem "${e.cells[3]}" is in Chinese`);
    assert.doesNotMatch(
      e.cells[3],
      /cannot read|not an amount|not one of|not a yes/,
      `row ${e.row}: "${e.cells[3]}" is not the CLI's English`,
    );
  }

  // The most useful column to add is asked of enterprises: the page shows an enterprise list.
  const questionFact = await page.locator('hitech-batch .question').getAttribute('data-fact');
  assert.ok(questionFact, 'a question is suggested');
  assert.ok(env.questions.get(questionFact)?.audiences.includes('enterprise'), `${questionFact} is asked of enterprises`);

  // A draft-only match: a row whose only claims come from the draft is counted in the drafts table.
  const drafts = Object.keys(table).filter((id) => table[id] === 'drafts');
  assert.ok(drafts.length > 0, 'the draft measures are in a table of their own');
  const claims = Object.keys(table).filter((id) => table[id] === 'claims');
  const isClaim = (s) => s === 'eligible' || s === 'conditional';
  const draftOnly = cliOut.rows.findIndex(
    (row) =>
      !row[cliOut.error] &&
      drafts.some((id) => isClaim(cliOut.status(row, id))) &&
      !claims.some((id) => isClaim(cliOut.status(row, id))),
  );
  assert.ok(draftOnly >= 0, 'the fixture has an enterprise whose only matches are in the draft');
  const row = cliOut.rows[draftOnly];
  const draftId = drafts.find((id) => isClaim(cliOut.status(row, id)));
  const draftStatus = cliOut.status(row, draftId);
  assert.ok(
    await page.locator(`hitech-batch [data-summary="drafts"] tr[data-measure="${draftId}"] .badge`).count(),
    'a draft measure is marked as the draft',
  );
  // Its row in the enterprise list: the draft claim counted apart, no claim in force.
  await page.getByLabel(t.filterStatus, { exact: true }).selectOption(draftStatus);
  const rowNumber = String(draftOnly + 2);
  for (let i = 0; i < 40 && !(await page.locator(`hitech-batch table.rows tr[data-row="${rowNumber}"]`).count()); i++) {
    await page.getByRole('button', { name: t.next, exact: true }).click();
    await page.locator('hitech-batch table.rows').waitFor();
  }
  const shownRow = page.locator(`hitech-batch table.rows tr[data-row="${rowNumber}"]`);
  const n = async (k) => Number(await shownRow.locator(`[data-count="${k}"]`).textContent());
  assert.equal((await n('eligible')) + (await n('conditional')), 0, `row ${rowNumber}: no claim in force`);
  assert.ok((await n('draft')) >= 1, `row ${rowNumber}: its draft match is counted apart`);
  // Filtered to the draft measure, the row shows its status.
  await page.getByLabel(t.filterMeasure, { exact: true }).selectOption(draftId);
  await page.locator('hitech-batch table.rows caption').waitFor();
  const total = await page.locator('hitech-batch table.rows caption').textContent();
  assert.ok(
    total.includes(`共 ${expected[draftId][draftStatus]} 家`),
    `the filter lists the ${draftStatus} enterprises of ${draftId}: ${total}`,
  );

  await screenshot(page, 'batch-results-zh');
  assert.deepEqual(errors, [], 'no console error');
  await context.close();
});

test('both exports download: rows in = rows out, and they agree with check --csv row for row', async () => {
  const cliOut = cliTable();
  const { page, context } = await openBatch('batch.html');
  const t = BATCH_STRINGS['zh-Hans'];
  // With more than one core, a second worker checks half the rows: counted here.
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  const second = page.workers().find((worker) => worker.url().includes('role=helper'));
  assert.equal(Boolean(second), cores > 1, `a second worker when there are ${cores} cores`);
  if (second) {
    await second.evaluate(() => {
      const part = wasm_bindgen.Batch.prototype.part;
      self.parts = [];
      wasm_bindgen.Batch.prototype.part = function (start, end) {
        // The rows it was handed, and where in the file they are (the packed part's first row).
        const packed = part.call(this, start, end);
        self.parts.push([this.rows(), new DataView(packed.buffer).getUint32(4, true)]);
        return packed;
      };
    });
  }
  await matchFixture(page, 'zh-Hans');
  if (second) {
    // Handed rows 500 to 999 as the first worker read them: it read no file of its own.
    assert.deepEqual(await second.evaluate(() => self.parts), [[500, 500]], 'rows 500 to 999 were checked there');
    assert.equal(await second.evaluate(() => bytes), null, 'the second worker read no file');
  }

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t.exportCsv }).click()]);
  assert.equal(csv.suggestedFilename(), 'enterprises-gbk-匹配结果.csv');
  const bytes = readFileSync(await csv.path());
  // Split in two or not, the export is check --csv's, byte for byte.
  const fromCli = spawnSync(cli(), ['check', '--csv', FIXTURE, '--as-of', AS_OF], { maxBuffer: 256 << 20 });
  assert.ok(bytes.equals(fromCli.stdout), 'the page and check --csv agree byte for byte');
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the CSV starts with a UTF-8 BOM');
  const exported = resultsTable(bytes.toString('utf8'));
  assert.equal(exported.rows.length, 1000, 'rows in = rows out');
  assert.deepEqual(exported.measures, cliOut.measures, 'the same measures, in the same order');
  exported.rows.forEach((row, i) => {
    const cliRow = cliOut.rows[i];
    assert.equal(Boolean(row[exported.error]), Boolean(cliRow[cliOut.error]), `row ${i + 2}: error or not`);
    for (const id of exported.measures) {
      assert.equal(exported.status(row, id), cliOut.status(cliRow, id), `row ${i + 2} ${id} status`);
      assert.equal(exported.missing(row, id), cliOut.missing(cliRow, id), `row ${i + 2} ${id} missing`);
    }
  });
  await page.locator('hitech-batch #export-note').filter({ hasText: 'enterprises-gbk-匹配结果.csv' }).waitFor();

  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t.exportXlsx }).click()]);
  assert.equal(xlsx.suggestedFilename(), 'enterprises-gbk-匹配结果.xlsx');
  const book = readFileSync(await xlsx.path());
  assert.equal(book.subarray(0, 4).toString('latin1'), 'PK\x03\x04', 'the .xlsx is a zip');
  await context.close();
});

test('if the second worker traps, the first checks every row: the same export, byte for byte', async () => {
  const { page, context, errors } = await openBatch('batch.html');
  const t = BATCH_STRINGS['zh-Hans'];
  const second = page.workers().find((worker) => worker.url().includes('role=helper'));
  if (!second) {
    // One core: there is no second worker to fail (the run is the first worker's alone).
    assert.equal(await page.evaluate(() => navigator.hardwareConcurrency), 1);
    await context.close();
    return;
  }
  // Its warm-up (which calls run) is over first: the trap is the part's.
  await second.evaluate(() => self.warmed);
  await second.evaluate(() => {
    wasm_bindgen.Batch.prototype.run = () => {
      throw new WebAssembly.RuntimeError('unreachable');
    };
  });
  await matchFixture(page, 'zh-Hans');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t.exportCsv }).click()]);
  const fromCli = spawnSync(cli(), ['check', '--csv', FIXTURE, '--as-of', AS_OF], { maxBuffer: 256 << 20 });
  assert.ok(readFileSync(await csv.path()).equals(fromCli.stdout), 'the page and check --csv agree byte for byte');
  assert.equal(
    page.workers().some((worker) => worker.url().includes('role=helper')),
    false,
    'the trapped second worker is gone',
  );
  assert.deepEqual(errors, [], 'no console error');
  await context.close();
});

test('a large run shows progress, can be cancelled midway, and the page stays usable', async () => {
  const { page, context, errors } = await openBatch('batch.html');
  const t = BATCH_STRINGS['zh-Hans'];
  // 300,000 rows, made in the page (a file too large to hand over the protocol quickly).
  await page.locator('hitech-batch [data-drop]').evaluate((zone) => {
    const head = '企业名称,统一社会信用代码,所在高新区,是否高新技术企业,是否规上,营业收入（万元）,研发费用（万元）\n';
    const zones = ['重庆高新技术产业开发区', '贵阳国家高新技术产业开发区', '成都高新技术产业开发区', ''];
    const lines = [head];
    for (let i = 0; i < 300000; i++) {
      lines.push(
        `企业${i},91500000${String(i).padStart(10, '0')},${zones[i % 4]},${i % 3 ? '是' : '否'},${i % 5 ? '是' : ''},${i % 40000},${i % 900}\n`,
      );
    }
    const dataTransfer = new DataTransfer();
    dataTransfer.items.add(new File(lines, 'large.csv', { type: 'text/csv' }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer, bubbles: true, cancelable: true }));
  });
  await page.locator('hitech-batch #step2').waitFor({ timeout: 60000 });
  await page.getByRole('button', { name: t.run, exact: true }).click();
  const progress = page.locator('hitech-batch progress');
  await progress.waitFor();
  // Focus moves to the cancel button; the progress is announced in words.
  await focusOn(page, 'cancel', 'focus moves to the cancel button');
  await page.waitForFunction(() => {
    const p = document.querySelector('hitech-batch').shadowRoot.querySelector('progress');
    return p && p.value > 0;
  });
  const text = await page.locator('hitech-batch #progress-text').textContent();
  assert.match(text, /已检查 [\d,]+ \/ 300,000 行/);
  await page.getByRole('button', { name: t.cancel, exact: true }).click();
  const outcome = page.locator('hitech-batch #run-outcome');
  await outcome.waitFor({ timeout: 30000 });
  const said = await outcome.textContent();
  const done = Number(/检查了 ([\d,]+) \//.exec(said)?.[1].replace(/,/g, ''));
  assert.ok(done > 0 && done < 300000, `cancelled midway (after ${done} rows): ${said}`);
  assert.equal(await page.locator('hitech-batch #step4').count(), 0, 'no partial results are shown');
  const announced = await page
    .locator('hitech-batch')
    .evaluate((h) => h.shadowRoot.querySelector('[role="status"][aria-live]').textContent);
  assert.equal(announced, said, 'the cancel is announced in the live region');
  assert.equal(await progress.isVisible(), false, 'the progress bar is gone');
  await focusOn(page, 'run', 'focus is back on the run button');

  // Still usable: another file is read and matched to the end.
  await dropFile(page, 'enterprises-gbk.csv', readFileSync(FIXTURE));
  await page.locator('hitech-batch #file-name').filter({ hasText: 'enterprises-gbk.csv' }).waitFor();
  await page.getByRole('button', { name: t.run, exact: true }).click();
  await page.locator('hitech-batch #step4').waitFor({ timeout: 60000 });
  assert.deepEqual(errors, [], 'no console error');
  await context.close();
});

test('if the engine traps, the worker is replaced, the file read again, and the next run works', async () => {
  const { page, context } = await openBatch('batch.html');
  const t = BATCH_STRINGS['zh-Hans'];
  await dropFile(page, 'enterprises-gbk.csv', readFileSync(FIXTURE));
  await page.locator('hitech-batch #step2').waitFor();
  // A column left out, to see that the mapping survives the new worker.
  await page.locator('hitech-batch #map-0').selectOption('');
  const [worker] = page.workers();
  assert.ok(worker, 'the page runs a worker');
  // What a bug in the engine does: a trap (the wasm's `unreachable`).
  await worker.evaluate(() => {
    wasm_bindgen.Batch.prototype.run = () => {
      throw new WebAssembly.RuntimeError('unreachable');
    };
  });
  await page.getByRole('button', { name: t.run, exact: true }).click();
  await page
    .locator('hitech-batch #run-outcome')
    .filter({ hasText: t.runFailed('unreachable') })
    .waitFor({ timeout: 30000 });
  await page.waitForFunction(() => document.querySelector('hitech-batch').shadowRoot.querySelector('#run:not([disabled])'));
  await page.getByRole('button', { name: t.rerun, exact: true }).click();
  await page.locator('hitech-batch #step4').waitFor({ timeout: 60000 });
  const names = await page.locator('hitech-batch table.rows tbody tr td:nth-child(2)').allTextContents();
  assert.ok(
    names.every((name) => name === ''),
    'the new worker has the mapping (no name column)',
  );
  await context.close();
});

test('the encoding can be overridden, and a mapping used twice is refused beside the column', async () => {
  const { page, context } = await openBatch('batch.html');
  const t = BATCH_STRINGS['zh-Hans'];
  await dropFile(page, 'enterprises-gbk.csv', readFileSync(FIXTURE));
  await page.locator('hitech-batch #step2').waitFor();
  const header = await page.locator('hitech-batch #col-0').textContent();
  await page.getByLabel(t.encodingLabel, { exact: true }).selectOption('utf-8');
  // Read as UTF-8, GBK bytes are not the Chinese header any more (or the file is refused as not UTF-8).
  await page.waitForFunction((before) => {
    const root = document.querySelector('hitech-batch').shadowRoot;
    return (
      (root.querySelector('#col-0') && root.querySelector('#col-0').textContent !== before) ||
      root.querySelector('.error[role="alert"]')
    );
  }, header);
  await page.getByLabel(t.encodingLabel, { exact: true }).selectOption('gb18030');
  await page.locator('hitech-batch #col-0').filter({ hasText: header }).waitFor();

  // Give the second mapped column the first one's target.
  const selects = page.locator('hitech-batch select[id^="map-"]');
  const values = await selects.evaluateAll((s) => s.map((x) => x.value));
  const [a, b] = values.flatMap((v, i) => (v ? [i] : []));
  await selects.nth(b).selectOption(values[a]);
  const error = page.locator(`hitech-batch #map-${b}-err`);
  await error.filter({ hasText: t.usedTwice(a + 1) }).waitFor();
  assert.equal(await selects.nth(b).getAttribute('aria-invalid'), 'true');
  await selects.nth(b).selectOption(values[b]);
  await page.waitForFunction(
    (id) => document.querySelector('hitech-batch').shadowRoot.getElementById(id).textContent === '',
    `map-${b}-err`,
  );
  assert.equal(await selects.nth(b).getAttribute('aria-invalid'), null, 'the column is valid again');

  // A target the engine refuses (here slipped into the select by hand) is shown beside the column it names.
  await selects.nth(a).evaluate((select) => select.append(new Option('?', 'noSuchFact')));
  await selects.nth(a).selectOption('noSuchFact');
  await page
    .locator(`hitech-batch #map-${a}-err`)
    .filter({ hasText: t.mappingRejected })
    .filter({ hasText: 'noSuchFact' })
    .waitFor();
  assert.equal(await selects.nth(a).getAttribute('aria-invalid'), 'true');
  await context.close();
});

test('an .xlsx of the same rows gives the same counts as check --csv on the CSV', async () => {
  const cliOut = cliTable();
  const expected = countStatuses(cliOut);
  // The fixture's cells, as text, in a workbook (the GBK bytes decoded as the CLI decodes them).
  const cells = parseCsv(new TextDecoder('gb18030').decode(readFileSync(FIXTURE)));
  const { page, context, errors } = await openBatch('batch.html');
  const t = BATCH_STRINGS['zh-Hans'];
  await dropFile(page, 'enterprises.xlsx', makeXlsx(cells));
  await page.locator('hitech-batch #step2').waitFor();
  const info = await page.locator('hitech-batch .facts').textContent();
  assert.ok(info.includes(t.kinds.xlsx), `read as a workbook: ${info}`);
  assert.ok(info.includes(t.rowsValue(1000)), `1,000 rows: ${info}`);
  assert.equal(await page.locator('hitech-batch #encoding').count(), 0, 'no encoding to choose for a workbook');
  await page.getByLabel(t.asOf, { exact: true }).fill(AS_OF);
  await page.getByRole('button', { name: t.run, exact: true }).click();
  await page.locator('hitech-batch #step4').waitFor({ timeout: 60000 });
  const { counts, table } = await shownCounts(page);
  for (const [id, byStatus] of Object.entries(counts)) {
    for (const status of table[id] === 'info' ? INFO : CLAIMS) {
      assert.equal(byStatus[status], expected[id][status] ?? 0, `${id} ${status}: .xlsx on the page vs the CSV in check --csv`);
    }
  }
  assert.deepEqual(errors, [], 'no console error');
  await context.close();
});

test('with the keyboard only: date, run, focus on the results, a count opens its enterprises', async () => {
  const { page, context } = await openBatch('batch.html');
  const t = BATCH_STRINGS['zh-Hans'];
  await dropFile(page, 'enterprises-gbk.csv', readFileSync(FIXTURE));
  await page.locator('hitech-batch #step2').waitFor();
  // Focus goes to what was read; every Tab stop shows its focus.
  await focusOn(page, 'file-name', 'focus moves to what was read');
  await tabTo(page, (f) => f.tag === 'input' && f.label === t.asOf);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2026年1月1日');
  await tabTo(page, (f) => f.tag === 'button' && f.label === t.run);
  await page.keyboard.press('Enter');
  await page.locator('hitech-batch #step4').waitFor({ timeout: 60000 });
  await focusOn(page, 'step4', 'focus moves to the results');
  assert.ok(
    (await page.locator('hitech-batch #results-line').textContent()).includes('2026年1月1日'),
    'the typed date is the one judged on',
  );
  // The first count in the table of claims, reached by Tab, lists its enterprises.
  const button = await tabTo(page, (f) => f.tag === 'button' && /: (可以申请|尚需他人决定|还需更多信息|不适用) /.test(f.label));
  await page.keyboard.press('Enter');
  await focusOn(page, 'table-h', 'focus moves to the list of enterprises');
  const [, status, n] = /: (\S+) ([\d,]+)$/.exec(button.label);
  await page
    .locator('hitech-batch table.rows caption')
    .filter({ hasText: `共 ${n} 家` })
    .waitFor();
  const shownStatus = await page.locator('hitech-batch #filter-status').evaluate((s) => s.selectedOptions[0].textContent);
  assert.equal(shownStatus, status, 'the list is filtered to that status');
  await context.close();
});

test('without Web Workers or WebAssembly the page says what it needs, instead of an empty panel', async () => {
  for (const missing of ['Worker', 'WebAssembly']) {
    const context = await env.browser.newContext();
    await context.addInitScript((name) => delete window[name], missing);
    const page = await context.newPage();
    await page.goto(`${env.url}/batch.html`);
    const alert = page.locator('hitech-batch [role="alert"]');
    await alert.waitFor();
    assert.equal(await alert.textContent(), BATCH_STRINGS['zh-Hans'].unsupported, `without ${missing}`);
    await context.close();
  }
});

for (const [path, lang] of [
  ['batch.html', 'zh-Hans'],
  ['batch-en.html', 'en'],
]) {
  test(`no axe violations on ${path}, before and after results (${lang})`, async () => {
    const { page, context } = await openBatch(path);
    await assertNoViolations(page, 'before a file');
    await matchFixture(page, lang);
    await assertNoViolations(page, 'with results');
    await screenshot(page, `batch-${lang}`);
    await context.close();
  });
}

test('the language switch redraws the results in English, focus stays on it', async () => {
  const { page, context } = await openBatch('batch.html');
  await matchFixture(page, 'zh-Hans');
  await page.getByRole('button', { name: BATCH_STRINGS['zh-Hans'].otherLang }).click();
  const en = BATCH_STRINGS.en;
  await page.getByRole('heading', { name: en.step4 }).waitFor();
  assert.equal(
    await page.locator('hitech-batch').evaluate((h) => h.shadowRoot.activeElement?.textContent),
    BATCH_STRINGS.en.otherLang,
  );
  await assertNoViolations(page, 'with results, switched to English');
  await context.close();
});

test('under the strict CSP: no violation, no console error, no request after load', async () => {
  const { page, context, errors } = await openBatch('batch.html', { csp: true });
  const violations = [];
  await page.exposeFunction('reportViolation', (v) => violations.push(v));
  await page.evaluate(() =>
    document.addEventListener('securitypolicyviolation', (e) => window.reportViolation(`${e.violatedDirective} ${e.blockedURI}`)),
  );
  const requests = [];
  context.on('request', (request) => requests.push(request.url()));
  const t = BATCH_STRINGS['zh-Hans'];
  await matchFixture(page, 'zh-Hans');
  await page.getByRole('button', { name: t.next, exact: true }).click();
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t.exportCsv }).click()]);
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t.exportXlsx }).click()]);
  const styled = await page.locator('hitech-batch #run').evaluate((el) => getComputedStyle(el).borderTopWidth);
  assert.equal(styled, '1px', 'the element is styled under style-src self');
  // Downloads of the exports are blob: URLs made in the page, not requests.
  assert.deepEqual(
    requests.filter((url) => !url.startsWith('blob:')),
    [],
    'no network request after the page has loaded',
  );
  assert.deepEqual(violations, [], 'no CSP violation');
  assert.deepEqual(errors, [], 'no console error');
  await context.close();
});

// ---- A zone's own registry (issue 22) ----

/** A unified social credit code: 17 characters and the check character of GB 32100-2015 (a wrong one if !valid). */
function creditCode(first17, valid = true) {
  const chars = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += chars.indexOf(first17[i]) * (3 ** i % 31);
  const check = (31 - (sum % 31)) % 31;
  return first17 + chars[valid ? check : (check + 1) % 31];
}

/**
 * A registry as a 管委会 exports it (tests/trial/mod.rs writes the same): a title row, park names
 * of the zone in 所属园区, 高企证书有效期至, 上市情况, 已入库 and 申报中, a firm listed twice, a
 * mistyped code and a bad date.
 */
function trialRegistry() {
  const code = (n, valid = true) => creditCode(`9150010762194${String(n).padStart(4, '0')}`, valid);
  const rows = [
    `1,甲科技有限公司,${code(1)},西永微电子产业园,中型,是,2028-05-01,8000,600,是,已入库,科创板,张三,13800000001`,
    `2,乙科技有限公司,${code(2)},西部（重庆）科学城,小型,是,2024-03-12,5000,400,是,是,创业板,李四,13800000002`,
    `3,丙科技有限公司,${code(3)},大学城科技园,小型,否,,300,50,否,申报中,未上市,王五,13800000003`,
    `4,丁科技有限公司,${code(4)},重庆高新区,中型,√,2026年12月6日,9000,700,是,是,未上市,赵六,13800000004`,
    `5,甲科技有限公司,${code(1)},西永微电子产业园,中型,是,2028-05-01,8000,600,是,已入库,科创板,张三,13800000001`,
    `6,己科技有限公司,${code(6, false)},西永微电子产业园,小型,是,,1200,90,否,否,新三板,孙七,13800000006`,
    `7,庚科技有限公司,${code(7)},大学城科技园,小型,是,2026-13-01,1500,100,否,否,未上市,周八,13800000007`,
    `8,辛科技有限公司,${code(8)},,小型,否,,100,10,否,否,主板,吴九,13800000008`,
  ];
  const header =
    '序号,企业名称,统一社会信用代码,所属园区,企业规模,是否高新技术企业,高企证书有效期至,上年度营业收入（万元）,研发费用（万元）,是否规上企业,是否科技型中小企业,上市情况,联系人,联系电话';
  return ['重庆高新区企业名录（2026年12月）,,,,,,,,,,,,,', ',,,,,,,,,,,,,', header, ...rows, ''].join('\r\n');
}

const TRIAL_AS_OF = '2026-12-06';

/** How many measures of the catalogue are Sichuan's, Chengdu's or Guizhou's: not listed for a Chongqing registry. */
function otherProvinces() {
  const listed = JSON.parse(spawnSync(cli(), ['measures'], { encoding: 'utf8', maxBuffer: 64 << 20 }).stdout);
  const ids = listed.map((m) => m.id);
  return ids.filter((id) => !id.startsWith('chongqing.') && !id.startsWith('national.')).length;
}

/** The text of the lines that say what the registry's rules did. */
const notes = (page) =>
  page
    .locator('hitech-batch')
    .evaluate((host) =>
      Object.fromEntries([...host.shadowRoot.querySelectorAll('#run-notes li')].map((li) => [li.dataset.note, li.textContent])),
    );

/** The rows of the bad-data table: { row, value, problem }. */
const errorTable = (page) =>
  page
    .locator('hitech-batch table.row-errors tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => ({ row: Number(tr.dataset.row), problem: tr.cells[3].textContent, value: tr.cells[4].textContent })),
    );

for (const lang of ['zh-Hans', 'en']) {
  test(`a zone's registry with park names, a title row, certificates and repeats is matched by setting the zone once (${lang})`, async () => {
    const t = BATCH_STRINGS[lang];
    const { page, context, errors } = await openBatch(lang === 'en' ? 'batch-en.html' : 'batch.html');
    const text = trialRegistry();
    await dropFile(page, '企业名录.csv', Buffer.from(`\ufeff${text}`, 'utf8'));
    await page.locator('hitech-batch #step2').waitFor();

    // The header below the title row is found, and the rows above it are said to be left out.
    const info = await page.locator('hitech-batch .facts').textContent();
    assert.ok(info.includes(t.headerBelow(3, 1)), `the header row is said: ${info}`);
    assert.ok(info.includes(t.rowsValue(8)), info);
    const target = (i) => page.locator(`hitech-batch #map-${i}`).inputValue();
    assert.equal(await target(3), 'zone', '所属园区');
    assert.equal(await target(6), 'highTechCertificateExpiry', '高企证书有效期至');
    assert.equal(await target(11), 'listedOnStarMarket', '上市情况');
    assert.equal(await page.locator('hitech-batch #unit-7').textContent(), t.unitNote(10000), '（万元） is said');

    // Without the file's zone, the park names are errors that say the value read and what to do, in the page's language.
    await page.getByLabel(t.asOf, { exact: true }).fill(TRIAL_AS_OF);
    await page.getByRole('button', { name: t.run, exact: true }).click();
    await page.locator('hitech-batch table.row-errors').waitFor({ timeout: 60000 });
    const before = await errorTable(page);
    const park = before.find((e) => e.row === 4);
    assert.equal(park.value, '西永微电子产业园');
    assert.ok(park.problem.includes('西永微电子产业园') && park.problem.includes(t.zoneLabel), park.problem);
    if (lang === 'zh-Hans') assert.doesNotMatch(park.problem, /[a-z]{4,}/, `no English: ${park.problem}`);

    // The file's zone, chosen once from the directory.
    await page.getByLabel(t.zoneLabel, { exact: true }).selectOption('chongqing');
    await page.getByRole('button', { name: t.run, exact: true }).click();
    await page.locator('hitech-batch #run-notes').waitFor({ timeout: 60000 });
    await page.locator('hitech-batch #export-csv').waitFor();
    const zoneName = lang === 'en' ? 'Chongqing High-tech Zone' : '重庆高新技术产业开发区';
    const said = await notes(page);
    assert.equal(said['zone-from-file'], t.zoneFromFile(6, zoneName), JSON.stringify(said));
    assert.equal(said['expired-certificates'], t.expiredCertificates(1));
    assert.equal(said.duplicates, t.duplicates(1));
    assert.equal(said['invalid-codes'], t.invalidCodes(1));
    // Only the row with a typo is left.
    const after = await errorTable(page);
    assert.deepEqual(
      after.map((e) => [e.row, e.value]),
      [[10, '2026-13-01']],
    );
    // The repeated firm is marked in the list of enterprises.
    await page.locator('hitech-batch table.rows').waitFor();
    const repeat = page.locator('hitech-batch table.rows tr[data-row="8"] [data-duplicate-of="4"]');
    assert.equal(await repeat.textContent(), t.duplicateOf(4));
    assert.equal(await page.locator('hitech-batch table.rows tr[data-row="9"] [data-invalid-code]').textContent(), t.invalidCode);
    // The zone's own measures come first, then the national ones, then the others', in each table.
    for (const kind of ['claims', 'drafts', 'info']) {
      const ids = await page
        .locator(`hitech-batch [data-summary="${kind}"] tbody tr[data-measure]`)
        .evaluateAll((trs) => trs.map((tr) => tr.dataset.measure));
      const rank = (id) => (id.startsWith('chongqing.') ? 0 : id.startsWith('national.') ? 1 : 2);
      assert.deepEqual(ids.map(rank), ids.map(rank).sort(), `${kind}: ${ids.join(', ')}`);
    }
    assert.ok(
      (
        await page.locator('hitech-batch [data-summary="drafts"] tbody tr[data-measure]').first().getAttribute('data-measure')
      ).startsWith('chongqing.'),
    );
    // The STAR award: 甲 once (its repeat is not counted), 乙 on 创业板 not.
    const { counts } = await shownCounts(page);
    assert.equal(counts['chongqing.star-listing-award'].eligible, 1);
    // The knowledge-value loan is not offered on an expired certificate.
    await page.getByLabel(t.filterMeasure, { exact: true }).selectOption('chongqing.knowledge-value-loan');
    await page.locator('hitech-batch table.rows caption').waitFor();
    const loanStatus = await page.locator('hitech-batch table.rows tr[data-row="5"] [data-status]').getAttribute('data-status');
    assert.equal(loanStatus, 'ineligible', '乙: certificate expired 2024-03-12');

    // The STAR award's notification list: the registry's name, code and contacts, the status in words, each firm once.
    await page.getByLabel(t.filterMeasure, { exact: true }).selectOption('chongqing.star-listing-award');
    await page.locator('hitech-batch #notify-csv').waitFor();
    const [list] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t.notifyCsv }).click()]);
    assert.ok(list.suggestedFilename().endsWith(`${t.notifySuffix}.csv`), list.suggestedFilename());
    const listBytes = readFileSync(await list.path());
    assert.deepEqual([...listBytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'utf-8-sig');
    const [listHeader, ...listRows] = parseCsv(listBytes.toString('utf8').replace(/^\ufeff/, ''));
    assert.deepEqual(listHeader, [
      t.colRow,
      '企业名称',
      '统一社会信用代码',
      '联系人',
      '联系电话',
      t.measure,
      t.colStatus,
      t.colDecides,
      t.colMissing,
      t.draft,
    ]);
    const firstFirm = listRows.filter((r) => r[1] === '甲科技有限公司');
    assert.equal(firstFirm.length, 1, 'the repeated firm once');
    assert.deepEqual(
      [firstFirm[0][0], firstFirm[0][3], firstFirm[0][4], firstFirm[0][6]],
      ['4', '张三', '13800000001', t.status.eligible],
    );
    assert.ok(
      listRows.every((r) => r[6] !== t.status.ineligible),
      'nobody ineligible',
    );
    // The command line's list (check --csv --notify) is the page's, byte for byte, in the page's language.
    const listDir = mkdtempSync(`${tmpdir()}/hitech-notify-`);
    writeFileSync(`${listDir}/registry.csv`, text);
    const cliList = spawnSync(cli(), [
      'check',
      '--csv',
      `${listDir}/registry.csv`,
      '--as-of',
      TRIAL_AS_OF,
      '--zone',
      'chongqing',
      '--notify',
      'chongqing.star-listing-award',
      '--lang',
      lang === 'en' ? 'en' : 'zh',
    ]);
    assert.ok(listBytes.equals(cliList.stdout), `check --csv --notify agrees with the page: ${cliList.stderr}`);
    // Who decides a voucher, beside its status; a Guizhou measure is not listed for a Chongqing registry.
    await page.getByLabel(t.filterMeasure, { exact: true }).selectOption('chongqing.innovation-voucher');
    await page.locator('hitech-batch table.rows caption').waitFor();
    const [voucher] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t.notifyCsv }).click()]);
    const [voucherHeader, ...voucherRows] = parseCsv(readFileSync(await voucher.path(), 'utf8').replace(/^\ufeff/, ''));
    const decides = voucherHeader.indexOf(t.colDecides);
    assert.ok(voucherRows.length > 0 && voucherRows.every((r) => r[decides] !== ''), JSON.stringify(voucherRows));
    assert.equal(
      await page.locator('hitech-batch #other-provinces').textContent(),
      t.otherProvinces(otherProvinces(), t.provinces.chongqing),
    );
    assert.equal(await page.locator('hitech-batch [data-summary] [data-measure^="guizhou."]').count(), 0, 'no Guizhou row');
    assert.equal(await page.locator('hitech-batch #filter-measure option[value^="sichuan."]').count(), 0, 'nor Sichuan');
    await page.getByLabel(t.filterMeasure, { exact: true }).selectOption('chongqing.star-listing-award');
    await page.locator('hitech-batch #notify-csv').waitFor();
    const [book] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t.notifyXlsx }).click()]);
    assert.equal(
      readFileSync(await book.path())
        .subarray(0, 4)
        .toString('latin1'),
      'PK\x03\x04',
    );

    // The export is what check --csv gives with --zone, byte for byte.
    const dir = mkdtempSync(`${tmpdir()}/hitech-trial-`);
    writeFileSync(`${dir}/registry.csv`, text);
    const run = spawnSync(cli(), ['check', '--csv', `${dir}/registry.csv`, '--as-of', TRIAL_AS_OF, '--zone', 'chongqing'], {
      maxBuffer: 64 << 20,
    });
    assert.equal(run.status, 2, 'one bad date');
    assert.match(run.stderr.toString(), /6 rows took the file's zone/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: t.exportCsv }).click(),
    ]);
    const exported = readFileSync(await download.path());
    assert.ok(exported.equals(run.stdout), 'the page and check --csv --zone agree byte for byte');
    const table = parseCsv(exported.toString('utf8').replace(/^\ufeff/, ''));
    const check = table[0].indexOf('code check');
    assert.equal(table[5][check], 'same credit code as row 4');

    // The table for people: the page's words, the measures the page lists, the page's error messages.
    const [people] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: t.exportReadableCsv }).click(),
    ]);
    const [peopleHeader, ...peopleRows] = parseCsv(readFileSync(await people.path(), 'utf8').replace(/^\ufeff/, ''));
    assert.equal(peopleRows.length, 8, 'rows in = rows out');
    assert.deepEqual(peopleHeader.slice(14, 16), [t.colCodeCheck, t.status.error]);
    assert.ok(
      peopleHeader.every((h) => !h.endsWith(' status')),
      'no ids',
    );
    const { counts: shownForPeople } = await shownCounts(page);
    assert.equal(
      peopleHeader.length,
      16 + 2 * Object.keys(shownForPeople).length,
      'the measures the page lists, two columns each',
    );
    const starColumn = peopleHeader.findIndex((h) => h.endsWith(t.resultColumn) && h.includes(lang === 'en' ? 'STAR' : '科创板'));
    assert.ok(starColumn > 0, peopleHeader.join(' | '));
    assert.equal(peopleRows[0][starColumn], t.status.eligible, '甲');
    const badDate = peopleRows.find((r) => r[0] === '7');
    // The error as the page words it, with the value read in the cell.
    assert.equal(badDate[15], `高企证书有效期至 “2026-13-01”${t.colon}${after[0].problem}`, 'the error as the page words it');

    // The mapping saved on the page gives check --csv --mapping the same results, byte for byte.
    const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t.saveMapping }).click()]);
    writeFileSync(`${dir}/mapping.json`, readFileSync(await saved.path()));
    assert.equal(JSON.parse(readFileSync(`${dir}/mapping.json`, 'utf8')).zone, 'chongqing');
    const viaMapping = spawnSync(
      cli(),
      ['check', '--csv', `${dir}/registry.csv`, '--as-of', TRIAL_AS_OF, '--mapping', `${dir}/mapping.json`],
      { maxBuffer: 64 << 20 },
    );
    assert.ok(exported.equals(viaMapping.stdout), `check --csv --mapping agrees with the page: ${viaMapping.stderr}`);

    await screenshot(page, `batch-trial-${lang}`);
    assert.deepEqual(errors, [], 'no console error');
    await context.close();
  });
}

test('a workbook whose first sheet is a note is read from the registry’s sheet, and the page says which', async () => {
  const t = BATCH_STRINGS['zh-Hans'];
  const { page, context, errors } = await openBatch('batch.html');
  const bytes = makeWorkbook([
    { name: '填表说明', table: [['填表说明'], ['1. 营业收入以税务申报数为准。']] },
    {
      name: '企业名册',
      table: [
        ['企业名称', '所在高新区', '是否高新技术企业'],
        ['甲公司', '重庆高新区', '是'],
        ['乙公司', '重庆高新区', '否'],
      ],
    },
  ]);
  await dropFile(page, '名册.xlsx', bytes);
  await page.locator('hitech-batch #step2').waitFor();
  const info = await page.locator('hitech-batch .facts').textContent();
  assert.ok(info.includes(t.worksheetValue(2, '企业名册')), info);
  assert.ok(info.includes(t.rowsValue(2)), info);
  assert.equal(await page.locator('hitech-batch #map-2').inputValue(), 'highTechEnterprise');
  assert.deepEqual(errors, []);
  await context.close();
});

// One sheet per park, each numbering its own rows: the same firm on row 2 of two sheets is a repeat,
// and its mark names the sheet where it came first (it was missed, and a repeat elsewhere named a row only).
for (const lang of ['zh-Hans', 'en']) {
  test(`a repeat in another park's sheet is marked with that sheet (${lang})`, async () => {
    const t = BATCH_STRINGS[lang];
    const { page, context, errors } = await openBatch(lang === 'en' ? 'batch-en.html' : 'batch.html');
    const header = ['企业名称', '统一社会信用代码', '是否高新技术企业'];
    const bytes = makeWorkbook([
      { name: '新蒲片区', table: [header, ['甲公司', '91500000202814256L', '是'], ['乙公司', '915203007097123451', '否']] },
      { name: '汇川片区', table: [header, ['甲公司', '91500000202814256L', '是'], ['丁公司', '91520300MA6DK1234U', '是']] },
    ]);
    await dropFile(page, '园区名册.xlsx', bytes);
    await page.locator('hitech-batch #step2').waitFor();
    await page.getByLabel(t.zoneLabel, { exact: true }).selectOption('zunyi');
    await page.getByRole('button', { name: t.run, exact: true }).click();
    await page.locator('hitech-batch #run-notes').waitFor({ timeout: 60000 });
    assert.equal((await notes(page)).duplicates, t.duplicates(1));
    await page.locator('hitech-batch table.rows').waitFor();
    const marks = await page.locator('hitech-batch table.rows [data-duplicate-of]').allTextContents();
    assert.deepEqual(marks, [t.duplicateOf(2, '新蒲片区')]);
    assert.match(marks[0], /新蒲片区/);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

for (const lang of ['zh-Hans', 'en']) {
  test(`another zone's export: rough amounts, validity periods, register numbers, and a total and a note below the data (${lang})`, async () => {
    const t = BATCH_STRINGS[lang];
    const { page, context, errors } = await openBatch(lang === 'en' ? 'batch-en.html' : 'batch.html');
    const text = [
      '序号,企业名称,统一社会信用代码,所属片区,营业收入（万元）,研发费用（万元）,是否规上,证书有效期,科技型中小企业',
      '1,甲,91350100M000100Y43,天府软件园,约745,120,是,2024.02.16-2027.02.15,2025年入库',
      '2,乙,91500000202814256L,高新南区,暂无,无,是,2022.02.16-2025.02.15,入库编号2025510107A0001234',
      '3,丙,,新川创新科技园,9000,500余,是,无,未入库',
      ',合计,,,,,,,',
      '填表说明：营业收入以税务申报数为准。,,,,,,,,',
      '',
    ].join('\r\n');
    await dropFile(page, '成都高新区名册.csv', Buffer.from(`\ufeff${text}`, 'utf8'));
    await page.locator('hitech-batch #step2').waitFor();
    assert.equal(await page.locator('hitech-batch #map-7').inputValue(), 'highTechCertificateExpiry', '证书有效期');
    await page.getByLabel(t.asOf, { exact: true }).fill(TRIAL_AS_OF);
    await page.getByLabel(t.zoneLabel, { exact: true }).selectOption('chengdu');
    await page.getByRole('button', { name: t.run, exact: true }).click();
    await page.locator('hitech-batch #run-notes').waitFor({ timeout: 60000 });
    // The rough amounts are said, not refused; the three enterprises are matched.
    assert.equal((await notes(page))['approximate-amounts'], t.approximateAmounts(2));
    const bad = await errorTable(page);
    assert.deepEqual(
      bad.map((e) => [e.row, e.value]),
      [
        [5, '合计'],
        [6, '填表说明：营业收入以税务申报数为准。'],
      ],
      'only the total and the note are left, each said to be no enterprise',
    );
    for (const e of bad) assert.ok(e.problem.includes(t.problem({ kind: 'notAnEnterprise' }, '')), e.problem);
    if (lang === 'zh-Hans') assert.doesNotMatch(bad[0].problem, /[a-z]{4,}/, `no English: ${bad[0].problem}`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

// A registry not seen before (issue 22): 璧山高新区's list as its staff export it
// (tests/fixtures/batch/generate_bishan.py), as .xlsx and as Excel's tab-separated GB18030 text.
for (const [lang, file] of [
  ['zh-Hans', 'registry-bishan.xlsx'],
  ['en', 'registry-bishan.csv'],
]) {
  test(`a Bishan export: serial and date-and-time expiries, qualifications in one cell, a heading row (${lang}, ${file})`, async () => {
    const t = BATCH_STRINGS[lang];
    const { page, context, errors } = await openBatch(lang === 'en' ? 'batch-en.html' : 'batch.html');
    const path = `${root}tests/fixtures/batch/${file}`;
    await dropFile(page, file, readFileSync(path));
    await page.locator('hitech-batch #step2').waitFor();
    const info = await page.locator('hitech-batch .facts').textContent();
    assert.ok(info.includes(t.headerBelow(2, 1)), `the title row is said: ${info}`);
    const target = (i) => page.locator(`hitech-batch #map-${i}`).inputValue();
    assert.equal(await target(5), 'qualifications', '企业资质');
    assert.equal(await target(6), 'highTechCertificateExpiry', '高企证书有效期');
    assert.equal(await target(7), 'aboveDesignatedSize', '是否规上企业 (a trailing space)');
    assert.equal(await target(8), 'revenueYuan', '上年度营业收入 (a line break) （亿元）');
    assert.equal(await target(10), '', '研发投入占比（%）: no amount');
    await page.getByLabel(t.asOf, { exact: true }).fill(TRIAL_AS_OF);
    await page.getByLabel(t.zoneLabel, { exact: true }).selectOption('bishan');
    await page.getByRole('button', { name: t.run, exact: true }).click();
    await page.locator('hitech-batch #run-notes').waitFor({ timeout: 60000 });
    await page.locator('hitech-batch #export-csv').waitFor();
    const said = await notes(page);
    assert.equal(said['expired-certificates'], t.expiredCertificates(34), JSON.stringify(said));
    assert.equal(said['unread-qualifications'], t.unreadQualifications(22));
    assert.equal(said.duplicates, t.duplicates(1));
    assert.equal(said['invalid-codes'], undefined, 'spaces, lower case and full width are the same code');
    // Refused: the three typos; said to be no enterprise: the heading, the total and the note.
    const bad = await errorTable(page);
    assert.deepEqual(
      bad.map((e) => e.row),
      [3, 21, 45, 81, 125, 126],
    );
    assert.ok(bad[0].problem.includes(t.problem({ kind: 'sectionHeading' }, '')), bad[0].problem);
    if (lang === 'zh-Hans') assert.doesNotMatch(bad[0].problem, /[a-z]{4,}/, `no English: ${bad[0].problem}`);
    // The page's export is check --csv's, byte for byte.
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t.exportCsv }).click()]);
    const fromCli = spawnSync(cli(), ['check', '--csv', path, '--as-of', TRIAL_AS_OF, '--zone', 'bishan'], {
      maxBuffer: 64 << 20,
    });
    assert.ok(readFileSync(await csv.path()).equals(fromCli.stdout), 'the page and check --csv agree');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

// An old binary .xls (Excel 97-2003, BIFF8), as 政务 systems and WPS write it: 绵阳高新区's list
// (tests/fixtures/batch/generate_mianyang.py) with a note sheet first, a merged title, the park merged
// down its firms, date cells and amounts stored as text. It was refused; now it is read on the Chinese
// page as check --csv reads it, and a damaged or encrypted .xls is refused naming the file, in Chinese.
test('an old .xls from Mianyang is read, mapped and matched; a damaged or encrypted one is refused by name (zh-Hans)', async () => {
  const t = BATCH_STRINGS['zh-Hans'];
  const { page, context, errors } = await openBatch('batch.html');
  const path = `${root}tests/fixtures/batch/registry-mianyang.xls`;
  const xls = readFileSync(path);
  await dropFile(page, '绵阳高新区企业名录.xls', xls);
  await page.locator('hitech-batch #step2').waitFor();
  const info = await page.locator('hitech-batch .facts').textContent();
  assert.ok(info.includes(t.kinds.xls), `the kind is named: ${info}`);
  assert.ok(info.includes(t.worksheetValue(2, '企业名录')), `the note sheet is passed over: ${info}`);
  assert.ok(info.includes(t.headerBelow(2, 1)), `the merged title row is said: ${info}`);
  const target = (i) => page.locator(`hitech-batch #map-${i}`).inputValue();
  assert.equal(await target(1), 'zone', '所在园区 (merged down its firms)');
  assert.equal(await target(5), 'highTechCertificateExpiry', '高企证书有效期至 (date cells)');
  assert.equal(await target(7), 'revenueYuan', '营业收入（万元） (numbers stored as text)');
  await page.getByLabel(t.asOf, { exact: true }).fill(TRIAL_AS_OF);
  await page.getByLabel(t.zoneLabel, { exact: true }).selectOption('mianyang');
  await page.getByRole('button', { name: t.run, exact: true }).click();
  await page.locator('hitech-batch #run-notes').waitFor({ timeout: 60000 });
  await page.locator('hitech-batch #export-csv').waitFor();
  const said = await notes(page);
  assert.equal(said['expired-certificates'], t.expiredCertificates(27), JSON.stringify(said));
  assert.equal(said.duplicates, t.duplicates(1));
  const bad = await errorTable(page);
  assert.deepEqual(
    bad.map((e) => e.row),
    [14, 26, 40, 64],
    'the typos and the total, at the sheet’s own rows',
  );
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t.exportCsv }).click()]);
  assert.equal(csv.suggestedFilename().endsWith('.xls'), false, 'the export is no .xls');
  const fromCli = spawnSync(cli(), ['check', '--csv', path, '--as-of', TRIAL_AS_OF, '--zone', 'mianyang'], {
    maxBuffer: 64 << 20,
  });
  assert.ok(readFileSync(await csv.path()).equals(fromCli.stdout), 'the page and check --csv agree');
  // Cut short (an interrupted download), then password-protected (a FilePass record for WindowProtect).
  await dropFile(page, '损坏的名录.xls', xls.subarray(0, xls.length >> 1));
  await page.getByText(t.readFailed('损坏的名录.xls', t.readKinds.xlsUnreadable)).waitFor();
  const encrypted = Buffer.from(xls);
  const at = encrypted.indexOf(Buffer.from([0x19, 0, 2, 0, 0, 0]));
  Buffer.from([0x2f, 0, 2, 0, 1, 0]).copy(encrypted, at);
  await dropFile(page, '加密的名录.xls', encrypted);
  await page.getByText(t.readFailed('加密的名录.xls', t.readKinds.encrypted)).waitFor();
  const alerts = await page.getByRole('alert').allTextContents();
  assert.doesNotMatch(alerts.join(' ').replace(/Excel|WPS|\.xlsx?/g, ''), /[a-z]{4,}/, `no English: ${alerts}`);
  assert.deepEqual(errors, []);
  await context.close();
});

// A workbook of one sheet per park (tests/fixtures/batch/generate_zunyi.py): 遵义高新区's summary sheet,
// then 新蒲片区, 汇川片区 and 红花岗片区 with the same header. Only the first park's sheet was read, without a
// word about the others; now the page says which sheets it read, every row carries its sheet, and an error
// names the sheet beside the row, in Chinese. Formulas' error values are said as unknowns.
test('a workbook of one sheet per park is read whole, and the page says which sheets (zh-Hans)', async () => {
  const t = BATCH_STRINGS['zh-Hans'];
  const { page, context, errors } = await openBatch('batch.html');
  const path = `${root}tests/fixtures/batch/registry-zunyi.xlsx`;
  await dropFile(page, '遵义高新区企业名录.xlsx', readFileSync(path));
  await page.locator('hitech-batch #step2').waitFor();
  const info = await page.locator('hitech-batch .facts').textContent();
  const read = [
    { number: 2, name: '新蒲片区', rows: 24 },
    { number: 3, name: '汇川片区', rows: 18 },
    { number: 4, name: '红花岗片区', rows: 15 },
  ];
  assert.ok(info.includes(t.worksheetsValue(read, [])), `the sheets read are said: ${info}`);
  assert.ok(info.includes(t.rowsValue(57)), info);
  const target = (i) => page.locator(`hitech-batch #map-${i}`).inputValue();
  assert.equal(await target(4), 'smallOrMediumEnterprise', '企业规模 (大型/中型/小型/微型)');
  assert.equal(await target(5), 'aboveDesignatedSize', '是否规上 (规上/规下, merged down)');
  assert.equal(await target(15), '', '工作表: the row’s sheet, no fact');
  await page.getByLabel(t.asOf, { exact: true }).fill(TRIAL_AS_OF);
  await page.getByLabel(t.zoneLabel, { exact: true }).selectOption('zunyi');
  await page.getByRole('button', { name: t.run, exact: true }).click();
  await page.locator('hitech-batch #run-notes').waitFor({ timeout: 60000 });
  await page.locator('hitech-batch #export-csv').waitFor();
  const said = await notes(page);
  assert.equal(said['formula-errors'], t.formulaErrors(2), JSON.stringify(said));
  assert.equal(said.duplicates, t.duplicates(1), 'the firm entered in two parks’ sheets');
  assert.equal(said['invalid-codes'], undefined, 'a leading apostrophe is not part of the code');
  const places = await page
    .locator('hitech-batch table.row-errors tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [tr.cells[0].textContent, tr.cells[4].textContent]));
  assert.deepEqual(
    places,
    [
      [t.sheetRow('新蒲片区', 9), '2025-13-01'],
      [t.sheetRow('新蒲片区', 23), ''],
      [t.sheetRow('新蒲片区', 26), '合计'],
      [t.sheetRow('汇川片区', 6), '12O0'],
      [t.sheetRow('汇川片区', 16), ''],
      [t.sheetRow('汇川片区', 20), '合计'],
      [t.sheetRow('红花岗片区', 5), '是否'],
      [t.sheetRow('红花岗片区', 13), ''],
      [t.sheetRow('红花岗片区', 17), '合计'],
    ],
    'each bad cell by its sheet and row, with the value read',
  );
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t.exportCsv }).click()]);
  const fromCli = spawnSync(cli(), ['check', '--csv', path, '--as-of', TRIAL_AS_OF, '--zone', 'zunyi'], {
    maxBuffer: 64 << 20,
  });
  assert.ok(readFileSync(await csv.path()).equals(fromCli.stdout), 'the page and check --csv agree');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Excel’s “Unicode text” (UTF-16 after its byte-order mark) is read, and its encoding named', async () => {
  const t = BATCH_STRINGS['zh-Hans'];
  const { page, context, errors } = await openBatch('batch.html');
  const gb18030 = readFileSync(`${root}tests/fixtures/batch/registry-bishan.csv`);
  const text = new TextDecoder('gb18030').decode(gb18030);
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  await dropFile(page, '璧山高新区名录.txt', utf16);
  await page.locator('hitech-batch #step2').waitFor();
  const info = await page.locator('hitech-batch .facts').textContent();
  assert.ok(info.includes(t.encodingDetected(t.encodings['utf-16le'])), info);
  assert.ok(info.includes(t.rowsValue(124)), info);
  assert.equal(await page.locator('hitech-batch #map-5').inputValue(), 'qualifications');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a saved mapping is loaded: the zone and the columns are set, and the results are the same', async () => {
  const t = BATCH_STRINGS['zh-Hans'];
  const { page, context, errors } = await openBatch('batch.html');
  const text = trialRegistry();
  await dropFile(page, '企业名录.csv', Buffer.from(text, 'utf8'));
  await page.locator('hitech-batch #step2').waitFor();
  const mapping = { columns: { 企业规模: null, 高企证书有效期至: 'highTechCertificateExpiry' }, zone: '重庆高新区' };
  await page.locator('hitech-batch #load-mapping').setInputFiles({
    name: '对应关系.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(mapping)),
  });
  await page
    .locator('hitech-batch #mapping-note')
    .filter({ hasText: t.mappingLoaded('对应关系.json') })
    .waitFor();
  assert.equal(await page.getByLabel(t.zoneLabel, { exact: true }).inputValue(), 'chongqing');
  await page.getByLabel(t.asOf, { exact: true }).fill(TRIAL_AS_OF);
  await page.getByRole('button', { name: t.run, exact: true }).click();
  await page.locator('hitech-batch #run-notes').waitFor({ timeout: 60000 });
  assert.equal((await notes(page))['zone-from-file'], t.zoneFromFile(6, '重庆高新技术产业开发区'));

  // A file that is not a mapping is refused where it was loaded, and nothing changes.
  await page.locator('hitech-batch #load-mapping').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"columns": {"所属园区": "revenue"}}'),
  });
  await page.locator('hitech-batch #mapping-note').filter({ hasText: 'bad.json' }).waitFor();
  assert.match(await page.locator('hitech-batch #mapping-note').textContent(), /revenue/);
  assert.equal(await page.locator('hitech-batch #map-3').inputValue(), 'zone');
  assert.deepEqual(errors, [], 'no console error');
  await context.close();
});

test('a contradiction is worded in Chinese on the Chinese page, with the value read', async () => {
  const t = BATCH_STRINGS['zh-Hans'];
  const { page, context, errors } = await openBatch('batch.html');
  await dropFile(
    page,
    '矛盾.csv',
    Buffer.from('企业名称,所在省份,所在高新区,是否高新技术企业\r\n甲,四川,重庆高新区,是\r\n', 'utf8'),
  );
  await page.locator('hitech-batch #step2').waitFor();
  await page.getByRole('button', { name: t.run, exact: true }).click();
  await page.locator('hitech-batch table.row-errors').waitFor({ timeout: 60000 });
  const [row] = await errorTable(page);
  assert.equal(row.value, '四川');
  assert.equal(row.problem, '填的是“四川省”，但本行“所在高新区”所填的高新区（重庆高新技术产业开发区）在“重庆市”，两者矛盾。');
  assert.deepEqual(errors, [], 'no console error');
  await context.close();
});

test('on a phone (390 px) the count tables scroll instead of clipping their numbers', async () => {
  const t = BATCH_STRINGS['zh-Hans'];
  const { page, context } = await openBatch('batch.html');
  await page.setViewportSize({ width: 390, height: 844 });
  // Large counts, as a real registry's: the fixture's 1,000 rows.
  await dropFile(page, 'enterprises-gbk.csv', readFileSync(FIXTURE));
  await page.locator('hitech-batch #step2').waitFor();
  await page.getByLabel(t.asOf, { exact: true }).fill(AS_OF);
  await page.getByRole('button', { name: t.run, exact: true }).click();
  await page.locator('hitech-batch #step4').waitFor({ timeout: 60000 });
  const clipped = await page
    .locator('hitech-batch')
    .evaluate((host) =>
      [...host.shadowRoot.querySelectorAll('table.summary td.num, table.summary thead th')]
        .filter((cell) => cell.scrollWidth > cell.clientWidth + 1)
        .map((cell) => cell.textContent),
    );
  assert.deepEqual(clipped, [], 'no count or heading wider than its cell');
  const narrowHeads = await page
    .locator('hitech-batch')
    .evaluate((host) =>
      [...host.shadowRoot.querySelectorAll('table.summary thead th[data-status]')]
        .filter((th) => th.getBoundingClientRect().height > 3.5 * parseFloat(getComputedStyle(th).lineHeight || '20'))
        .map((th) => th.textContent),
    );
  assert.deepEqual(narrowHeads, [], 'the status headings are not one character a line');
  await screenshot(page, 'batch-phone-counts');
  await context.close();
});

test('a yes/no column lists its values with how each reads, and staff can read one otherwise', async () => {
  const t = BATCH_STRINGS['zh-Hans'];
  const { page, context, errors } = await openBatch('batch.html');
  const text =
    '企业名称,所在高新区,是否科技型中小企业\r\n甲,重庆高新区,是\r\n乙,重庆高新区,在库\r\n丙,重庆高新区,在库\r\n丁,重庆高新区,申报中\r\n';
  await dropFile(page, '取值.csv', Buffer.from(text, 'utf8'));
  await page.locator('hitech-batch #step2').waitFor();
  assert.equal(await page.locator('hitech-batch #values-0').isHidden(), true, 'a name has no values to map');
  await page.locator('hitech-batch #values-2').click();
  const panel = page.locator('hitech-batch #values-panel-2');
  await panel.locator('table').waitFor();
  const listed = await panel
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.cells].slice(0, 3).map((c) => c.textContent)));
  assert.deepEqual(listed, [
    ['在库', '2', t.readAs.error],
    ['是', '1', t.readAs.true],
    ['申报中', '1', t.readAs.unknown],
  ]);
  await panel.getByRole('combobox', { name: `在库 ${t.colReadOverride}` }).selectOption('是');
  await page.getByRole('button', { name: t.run, exact: true }).click();
  await page.locator('hitech-batch #step4').waitFor({ timeout: 60000 });
  assert.match(await page.locator('hitech-batch #results-line').textContent(), /4 家企业已匹配。/);
  const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t.saveMapping }).click()]);
  assert.deepEqual(JSON.parse(readFileSync(await saved.path(), 'utf8')).values, { 是否科技型中小企业: { 在库: '是' } });
  assert.deepEqual(errors, [], 'no console error');
  await context.close();
});

test('a refused saved mapping that names another header row keeps the value maps staff made', async () => {
  const t = BATCH_STRINGS['zh-Hans'];
  const { page, context, errors } = await openBatch('batch.html');
  const text =
    '企业名称,所在高新区,是否科技型中小企业\r\n甲,重庆高新区,是\r\n乙,重庆高新区,在库\r\n丙,重庆高新区,在库\r\n丁,重庆高新区,申报中\r\n';
  await dropFile(page, '取值.csv', Buffer.from(text, 'utf8'));
  await page.locator('hitech-batch #step2').waitFor();
  await page.locator('hitech-batch #values-2').click();
  const panel = page.locator('hitech-batch #values-panel-2');
  await panel.locator('table').waitFor();
  await panel.getByRole('combobox', { name: `在库 ${t.colReadOverride}` }).selectOption('是');
  // A mapping for a header on row 2 (so the sheet is read again with it) that names no fact: refused.
  await page.locator('hitech-batch #load-mapping').setInputFiles({
    name: 'other.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"headerRow": 2, "columns": {"甲": "noSuchFact"}}'),
  });
  await page.locator('hitech-batch #mapping-note').filter({ hasText: 'other.json' }).waitFor();
  assert.match(await page.locator('hitech-batch #mapping-note').textContent(), /noSuchFact/);
  assert.equal(await page.locator('hitech-batch #map-2').inputValue(), 'techSme', 'the columns as they were');
  // 在库 still reads as 是: every row is matched, and the saved mapping holds the value map.
  await page.getByRole('button', { name: t.run, exact: true }).click();
  await page.locator('hitech-batch #step4').waitFor({ timeout: 60000 });
  assert.match(await page.locator('hitech-batch #results-line').textContent(), /4 家企业已匹配。/);
  const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t.saveMapping }).click()]);
  const file = JSON.parse(readFileSync(await saved.path(), 'utf8'));
  assert.deepEqual(file.values, { 是否科技型中小企业: { 在库: '是' } });
  assert.equal(file.headerRow, undefined, 'the header found, as before');
  assert.deepEqual(errors, [], 'no console error');
  await context.close();
});

for (const lang of ['zh-Hans', 'en']) {
  test(`a choice column lists its values with counts, and staff read one as a value or as unknown (${lang})`, async () => {
    const t = BATCH_STRINGS[lang];
    const { page, context, errors } = await openBatch(lang === 'en' ? 'batch-en.html' : 'batch.html');
    const text =
      '企业名称,所属园区,所在省份,是否高新技术企业\r\n甲,西永微电子产业园,重庆,是\r\n乙,西永微电子产业园,重庆市,是\r\n丙,大学城科技园,重庆,否\r\n丁,重庆高新区,火星,是\r\n';
    await dropFile(page, '园区.csv', Buffer.from(text, 'utf8'));
    await page.locator('hitech-batch #step2').waitFor();
    assert.equal(await page.locator('hitech-batch #map-1').inputValue(), 'zone');
    // The zone column: its parks are not in the directory (errors), the zone is read as itself.
    await page.locator('hitech-batch #values-1').click();
    const zones = page.locator('hitech-batch #values-panel-1');
    await zones.locator('table').waitFor();
    const listed = await zones
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.cells].slice(0, 3).map((c) => c.textContent)));
    const zoneName = lang === 'en' ? 'Chongqing High-tech Zone' : '重庆高新技术产业开发区';
    assert.deepEqual(listed, [
      ['西永微电子产业园', '2', t.readAs.error],
      ['大学城科技园', '1', t.readAs.error],
      ['重庆高新区', '1', zoneName],
    ]);
    assert.equal(await zones.locator('p.muted').textContent(), t.choiceValuesHint);
    // 西永 is read as the zone, 大学城 as unknown, by the staff member.
    await zones.getByRole('combobox', { name: `西永微电子产业园 ${t.colReadOverride}` }).selectOption({ label: zoneName });
    await zones.getByRole('combobox', { name: `大学城科技园 ${t.colReadOverride}` }).selectOption({ label: t.valueUnknown });
    // The province column too: every value of the fact offered.
    await page.locator('hitech-batch #values-2').click();
    const provinces = page.locator('hitech-batch #values-panel-2');
    await provinces.locator('table').waitFor();
    const options = await provinces
      .getByRole('combobox', { name: `重庆 ${t.colReadOverride}` })
      .locator('option')
      .evaluateAll((os) => os.map((o) => o.value));
    assert.deepEqual(options, ['', 'sichuan', 'chongqing', 'guizhou', 'other', 'unknown']);
    await page.getByRole('button', { name: t.run, exact: true }).click();
    await page.locator('hitech-batch #step4').waitFor({ timeout: 60000 });
    await page.locator('hitech-batch #export-csv').waitFor();
    // Only 丁's 火星 is left as an error; the mapping is saved with the values chosen.
    assert.deepEqual(
      (await errorTable(page)).map((e) => [e.row, e.value]),
      [[5, '火星']],
    );
    const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t.saveMapping }).click()]);
    assert.deepEqual(JSON.parse(readFileSync(await saved.path(), 'utf8')).values, {
      所属园区: { 西永微电子产业园: 'chongqing', 大学城科技园: null },
    });
    assert.deepEqual(errors, [], 'no console error');
    await context.close();
  });
}

for (const lang of ['zh-Hans', 'en']) {
  test(`a registry without a location column takes the file's province and level; another province's measures are left out (${lang})`, async () => {
    const t = BATCH_STRINGS[lang];
    const { page, context, errors } = await openBatch(lang === 'en' ? 'batch-en.html' : 'batch.html');
    await dropFile(page, '名单.csv', Buffer.from('企业名称,是否高新技术企业\r\n甲,是\r\n乙,否\r\n', 'utf8'));
    await page.locator('hitech-batch #step3').waitFor();
    await page.getByLabel(t.asOf, { exact: true }).fill(TRIAL_AS_OF);
    await page.getByLabel(t.provinceLabel, { exact: true }).selectOption('chongqing');
    await page.getByLabel(t.zoneLevelLabel, { exact: true }).selectOption('national');
    await page.getByRole('button', { name: t.run, exact: true }).click();
    await page.locator('hitech-batch #step4').waitFor({ timeout: 60000 });
    assert.equal(
      await page.locator('hitech-batch #other-provinces').textContent(),
      t.otherProvinces(otherProvinces(), t.provinces.chongqing),
    );
    assert.equal(await page.locator('hitech-batch [data-summary] [data-measure^="guizhou."]').count(), 0);
    assert.ok((await page.locator('hitech-batch [data-summary] [data-measure^="chongqing."]').count()) > 0);
    // A zone chosen sets both: the two are then not chosen apart.
    await page.getByLabel(t.zoneLabel, { exact: true }).selectOption('guiyang');
    assert.equal(await page.getByLabel(t.provinceLabel, { exact: true }).isDisabled(), true);
    assert.deepEqual(errors, [], 'no console error');
    await context.close();
  });
}

for (const lang of ['zh-Hans', 'en']) {
  test(`staff choose the header's row when it is not found, and the saved mapping keeps it (${lang})`, async () => {
    const t = BATCH_STRINGS[lang];
    const { page, context, errors } = await openBatch(lang === 'en' ? 'batch-en.html' : 'batch.html');
    // A title row, a blank row, then a header whose names are not known: the title is taken for the header.
    const text = '名录（内部）,,\r\n,,\r\n单位,甲栏,乙栏\r\n甲,是,重庆高新区\r\n乙,否,重庆高新区\r\n';
    await dropFile(page, '名录.csv', Buffer.from(text, 'utf8'));
    await page.locator('hitech-batch #step2').waitFor();
    const header = page.getByLabel(t.headerRowLabel, { exact: true });
    assert.equal(await header.inputValue(), '1');
    assert.equal(await page.locator('hitech-batch #col-0').textContent(), '名录（内部）');
    await header.selectOption({ label: t.headerRowOption(3) });
    await page.locator('hitech-batch #col-2').waitFor();
    assert.deepEqual(await page.locator('hitech-batch table.mapping tbody th').allTextContents(), ['单位', '甲栏', '乙栏']);
    const info = await page.locator('hitech-batch .facts').textContent();
    assert.ok(info.includes(t.headerBelow(3, 1)) && info.includes(t.rowsValue(2)), info);
    assert.equal(await page.getByLabel(t.headerRowLabel, { exact: true }).inputValue(), '3');
    const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t.saveMapping }).click()]);
    assert.equal(JSON.parse(readFileSync(await saved.path(), 'utf8')).headerRow, 3);
    assert.deepEqual(errors, [], 'no console error');
    await context.close();
  });
}

test('a file over a limit is refused in the page’s language, and a trap while reading leaves the page usable', async () => {
  const { page, context } = await openBatch('batch.html');
  const t = BATCH_STRINGS['zh-Hans'];
  const long = Buffer.from(`企业名称,备注\r\n甲公司,${'长'.repeat(32_768)}\r\n`);
  await dropFile(page, 'long.csv', long);
  const cellTooLong = t.overLimit({ limit: 'cellTooLong', row: 2, column: 2, max: 32_767 });
  assert.match(cellTooLong, /第 2 行第 2 列的单元格超过 32,767 个字符/);
  await page.getByText(t.readFailed('long.csv', cellTooLong)).waitFor();
  // A trap while reading (what a bug in the engine does): the page's words, not
  // the trap's, a new worker, and the next file opens.
  const [worker] = page.workers();
  await worker.evaluate(() => {
    const Real = wasm_bindgen.Batch;
    wasm_bindgen.Batch = function () {
      wasm_bindgen.Batch = Real;
      throw new WebAssembly.RuntimeError('unreachable');
    };
  });
  await dropFile(page, 'a.csv', Buffer.from('企业名称\r\n甲公司\r\n'));
  await page.getByText(t.readFailed('a.csv', t.trapped)).waitFor();
  await dropFile(page, 'enterprises-gbk.csv', readFileSync(FIXTURE));
  await page.locator('hitech-batch #step2').waitFor();
  await context.close();
});

test('a trap during an export replaces the worker: the page says so in its words, and files open again', async () => {
  const { page, context } = await openBatch('batch.html');
  const t = BATCH_STRINGS['zh-Hans'];
  await matchFixture(page, 'zh-Hans');
  const [worker] = page.workers();
  // What an export too large for 32-bit wasm did: a trap while writing it.
  await worker.evaluate(() => {
    wasm_bindgen.Batch.prototype.exportCsvPart = () => {
      throw new WebAssembly.RuntimeError('unreachable');
    };
  });
  await page.locator('hitech-batch #export-csv').click();
  await page.getByText(t.exportFailed(t.trapped)).waitFor({ timeout: 30000 });
  assert.notEqual(page.workers().at(-1), worker, 'a new worker');
  await dropFile(page, 'enterprises-gbk.csv', readFileSync(FIXTURE));
  await page.locator('hitech-batch #step2').waitFor();
  await context.close();
});

test('a trap while writing a notification list replaces the worker too, and files open again', async () => {
  const { page, context } = await openBatch('batch.html');
  const t = BATCH_STRINGS['zh-Hans'];
  await matchFixture(page, 'zh-Hans');
  const [worker] = page.workers();
  await worker.evaluate(() => {
    wasm_bindgen.Batch.prototype.exportNotification = () => {
      throw new WebAssembly.RuntimeError('unreachable');
    };
  });
  await page.getByLabel(t.filterMeasure, { exact: true }).selectOption({ index: 1 });
  await page.getByRole('button', { name: t.notifyCsv }).click();
  await page.getByText(t.exportFailed(t.trapped)).waitFor({ timeout: 30000 });
  assert.notEqual(page.workers().at(-1), worker, 'a new worker');
  await dropFile(page, 'enterprises-gbk.csv', readFileSync(FIXTURE));
  await page.locator('hitech-batch #step2').waitFor();
  await context.close();
});

test('a file over the page’s ceiling is refused before it is read, naming the ceiling', async () => {
  const { page, context } = await openBatch('batch.html');
  const t = BATCH_STRINGS['zh-Hans'];
  await page.locator('hitech-batch [data-drop]').evaluate((zone) => {
    // 300 MiB of zeros: allocated lazily, never read by the page.
    const dataTransfer = new DataTransfer();
    dataTransfer.items.add(new File([new ArrayBuffer(300 * 2 ** 20)], 'huge.csv'));
    for (const type of ['dragenter', 'dragover', 'drop']) {
      zone.dispatchEvent(new DragEvent(type, { dataTransfer, bubbles: true, cancelable: true }));
    }
  });
  const said = t.readFailed('huge.csv', t.overLimit({ limit: 'fileTooLarge', row: 0, column: 0, max: 256 * 2 ** 20 }));
  assert.match(said, /256 MiB/);
  await page.getByText(said).waitFor();
  await dropFile(page, 'enterprises-gbk.csv', readFileSync(FIXTURE));
  await page.locator('hitech-batch #step2').waitFor();
  await context.close();
});

test('a file wider than the page maps is refused at once, naming the limit', async () => {
  const { page, context } = await openBatch('batch.html');
  const t = BATCH_STRINGS['zh-Hans'];
  const header = Array.from({ length: 20_000 }, (_, i) => `列${i + 1}`).join(',');
  await dropFile(page, 'wide.csv', Buffer.from(`企业名称,${header}\r\n甲公司\r\n`));
  const said = t.readFailed('wide.csv', t.overLimit({ limit: 'pageColumns', row: 0, column: 20_001, max: 1_024 }));
  assert.match(said, /20,001 列，本页最多对应 1,024 列/);
  await page.getByText(said).waitFor({ timeout: 10_000 });
  assert.equal(await page.locator('hitech-batch select[id^="map-"]').count(), 0, 'no mapping table of 20,001 menus');
  await context.close();
});
