// Every word the batch page itself shows, in English, written by hand (batch-i18n.js
// holds both languages; the other is in its own file, of the same keys).

import { count, duration } from './batch-format.js';

export const EN = {
  title: 'Batch matching (benefits without application)',
  intro:
    'Match your zone’s list of enterprises (a CSV, or an Excel sheet: .xlsx or the older .xls) against the catalogue of measures: which enterprise can claim what, and which need more information. The list is read and matched in this browser only; it is not uploaded and not stored.',
  otherLang: '中文',
  otherLangCode: 'zh-Hans',
  loading: 'Loading batch matching…',
  loadFailed: 'Batch matching could not be loaded. Please reload the page; if it still fails, update or switch your browser.',
  unsupported:
    'This browser cannot run batch matching: it needs WebAssembly and Web Workers (Safari/iOS 15, Chromium 86, Firefox 91 or later).',
  notice:
    'The results are guidance based on the policy texts, not an official determination. Measures “for information” grant nothing to claim: do not notify an enterprise of them as a benefit. Measures marked “Draft for comments” are not in force and are counted apart.',
  step1: '1. Choose the list of enterprises',
  dropHint: 'Drop a CSV or Excel (.xlsx, .xls) file here, or:',
  pick: 'Choose a file',
  fileHint:
    'The first row holds the headers, then one enterprise per row. A CSV may be UTF-8 or GBK/GB18030 (a CSV saved by Chinese Excel usually is GBK). Of an Excel workbook, the sheet with the list is read (the first, unless it is a note); the older .xls (Excel 97-2003, as WPS and older office systems save it) is read too. Exports are always .xlsx or CSV.',
  reading: (name) => `Reading “${name}”…`,
  readFailed: (name, message) => `“${name}” cannot be read: ${message}`,
  overLimit: ({ limit, row, column, max }) =>
    ({
      cellTooLong: `the cell in row ${row}, column ${column} is longer than ${max.toLocaleString('en')} characters (the most a spreadsheet cell holds).`,
      tooManyRows: `row ${row} is past the last row a worksheet has (${max.toLocaleString('en')}).`,
      tooManyColumns: `row ${row}, column ${column} is past the last column a worksheet has (${max.toLocaleString('en')}).`,
      tooManyCells: `too many cells (the rows’ columns add up to more than ${max.toLocaleString('en')}).`,
      inflatesTooMuch: 'it unpacks to too much, or far more than it holds (a “zip bomb”?); not read.',
      inconsistent: 'its parts contradict each other; it may be damaged. Not read.',
      pageColumns: `it has ${column.toLocaleString('en')} columns and this page maps up to ${max.toLocaleString('en')}; use check --csv on the command line for wider lists.`,
      fileTooLarge: `it is larger than the ${Math.round(max / 2 ** 20)} MiB this page reads; use check --csv on the command line for larger lists.`,
    })[limit] ?? 'the file is over a limit of this page.',
  trapped: 'the file is too large or malformed.',
  /** A file the engine cannot read, by kind (src/shell/batch/input.rs, ReadError::page_kind). */
  readKinds: {
    xlsUnreadable:
      'this .xls workbook cannot be read: it is damaged, or not an Excel 97-2003 workbook. Open it in Excel or WPS, save it as .xlsx and try again.',
    encrypted: 'the workbook is password-protected. Open it in Excel or WPS, remove the password, save it and try again.',
    binary: 'this is neither CSV text nor an Excel workbook (.xlsx, .xls). Save it as .xlsx or CSV and try again.',
  },
  notAFile: 'What was dropped is not a file.',
  fileName: 'File',
  colon: ': ',
  quoted: (value) => `“${value}”`,
  listSep: '; ',
  /** A bad cell's problem that the widget's readers do not word (their kinds are i18n.js's `problem`). */
  problem: (d, english) =>
    ({
      form: 'Not an amount (e.g. 2000000, 200万, 1.5亿元, ￥2,000,000).',
      dateForm: 'Not a date (e.g. 1962-11-28, 1962/11/28, 1962年11月28日).',
      yesNo: 'Not a yes/no answer (是/否, √/×, Y/N, 1/0).',
      choice: d.zoneNames?.length
        ? `Read “${d.value}”: not a zone of the directory (e.g. ${d.zoneNames.join(', ')}) nor “无”. If the whole list is in one zone and this column names parks inside it, choose “The file’s zone” in step 3.`
        : `Read “${d.value}”: not one of the values (${d.allowed}).`,
      duplicate: `The same fact as column ${d.column} (${d.header}).`,
      noHeader: 'A value in a column without a header.',
      zoneContradiction: `Says “${d.givenText}”, but the row’s zone (${d.zoneName}${d.otherHeader ? `, in “${d.otherHeader}”` : ''}) is in “${d.impliedText}”: the two contradict each other.`,
      impliedDenied: `Says no, but “${d.otherHeader}” says yes, which means yes here too: the two contradict each other.`,
      emptyRow: 'Empty row: no cell has a value.',
      notAnEnterprise: 'Not an enterprise: a total or a note below the data; not checked.',
      sectionHeading: 'Not an enterprise: a section heading (一、…, （二）… （35家）); not checked.',
      profile: `Contradicts the row's other cells (${english}).`,
    })[d.kind] ?? '',
  factSep: ', ',
  kind: 'Kind',
  kinds: { csv: 'CSV text table', xlsx: 'Excel workbook (.xlsx)', xls: 'Excel 97-2003 workbook (.xls)' },
  encoding: 'Text encoding',
  encodings: {
    'utf-8': 'UTF-8',
    'utf-8-bom': 'UTF-8 (with BOM)',
    gb18030: 'GB18030 (includes GBK)',
    'utf-16le': 'UTF-16 (Excel’s “Unicode text”)',
    'utf-16be': 'UTF-16 big-endian',
  },
  encodingDetected: (name) => `detected as ${name}`,
  encodingChosen: (name) => `read as ${name}`,
  encodingLabel: 'Read with encoding',
  encodingHint: 'If the headers or names look garbled, read the file again with another encoding here.',
  encodingOptions: { auto: 'Detect', 'utf-8': 'UTF-8', gb18030: 'GB18030 / GBK' },
  rows: 'Data rows',
  rowsValue: (n) => `${count(n)} ${n === 1 ? 'row' : 'rows'} (not counting the header)`,
  headerRow: 'Header',
  headerRowLabel: 'The header is on row',
  headerRowOption: (n) => `Row ${n}`,
  headerRowHint:
    'Usually found by itself (the first row below any title that names known columns); if it is wrong, choose the header’s row: the rows above it are not read. The row chosen is kept in the saved mapping.',
  worksheet: 'Worksheet',
  worksheetValue: (n, name) => `sheet ${count(n)}, “${name}” (the sheets before it have no header row and are not read)`,
  worksheets: 'Worksheets',
  worksheetsValue: (read, unread) =>
    `${count(read.length)} sheets with the same header read one after another: ${read.map((w) => `“${w.name}” (${count(w.rows)} ${w.rows === 1 ? 'row' : 'rows'})`).join(', ')}; each row’s sheet is in the last column, “工作表”` +
    (unread.length ? `; not read (another header): ${unread.map((w) => `“${w.name}”`).join(', ')}` : '') +
    '; sheets without a header row (a note, a summary) are not read.',
  sheetRow: (sheet, row) => `${sheet}, row ${count(row)}`,
  headerBelow: (row, skipped) =>
    `row ${count(row)}; the ${count(skipped)} ${skipped === 1 ? 'row' : 'rows'} above it (a title) ${skipped === 1 ? 'is' : 'are'} not read`,
  step2: '2. Check what each column holds',
  mappingHint:
    'Each column was matched to a fact from its header. Please check each one and change it if needed; a column set to “Not used” is kept as it is in the exports but not used for matching. Blank cells count as unknown.',
  mappingCaption: 'The columns of the sheet and the facts they give',
  colNumber: 'Column',
  colHeader: 'Header',
  colSample: 'First values',
  colTarget: 'Gives',
  ignore: 'Not used',
  idGroup: 'Identification (carried to the results, not a condition)',
  factGroup: 'Facts about the enterprise',
  emptyHeader: '(no header)',
  usedTwice: (other) => `Column ${other} already gives this; each fact can come from one column only.`,
  mappingRejected: 'This mapping cannot be used: ',
  mappedCount: (n, all) => `${n} of ${all} columns are used.`,
  saveMapping: 'Save the mapping (.json)',
  unitNote: (factor) =>
    `The header gives a unit: as an amount, a number without its own unit is multiplied by ${count(factor)} (万, 亿 or 元 in a cell wins).`,
  valuesButton: 'Show this column’s values',
  valuesCaption: (header) => `The values of “${header}” and how they are read`,
  valuesHint:
    'The usual ways of writing (是/否, √/×, 已入库, 申报中…) are read by default; each can be read as yes, no or unknown instead. Changes are kept in the saved mapping.',
  choiceValuesHint:
    'The ways of writing (a province, a level, the name of a zone or park…) are read by default; each can be read as one of the values or as unknown instead. With the file’s zone chosen, a park the directory does not list reads as that zone. Changes are kept in the saved mapping.',
  colValueCount: 'Rows',
  colReadAs: 'Read by default as',
  colReadOverride: 'Read as',
  readAs: { true: 'Yes', false: 'No', unknown: 'Unknown (no judgement)', error: 'Not understood (the row is an error)' },
  valueDefault: 'By default',
  valueYes: 'Yes (是)',
  valueNo: 'No (否)',
  valueUnknown: 'Unknown',
  loadMapping: 'Load a saved mapping',
  mappingFileHint:
    'The file holds each column’s target and the file’s zone, to load next time; the command line reads the same file (check --csv --mapping) and gives the same results.',
  mappingSuffix: '-mapping',
  mappingSaved: (name) => `“${name}” is ready: see your browser’s downloads.`,
  mappingSaveFailed: (message) => `The mapping could not be saved: ${message}`,
  mappingLoaded: (name) => `“${name}” loaded.`,
  mappingLoadFailed: (name, message) => `“${name}” could not be loaded: ${message}`,
  step3: '3. Match',
  asOf: 'Date to judge on (Beijing time)',
  asOfHint: 'Every enterprise is judged as of this day (YYYY-MM-DD); today in Beijing by default.',
  zoneLabel: 'The file’s zone',
  zoneNone: 'Not set (each row’s own)',
  provinceLabel: 'The file’s province',
  zoneLevelLabel: 'The file’s zone level',
  placeHint:
    'Without a zone, the province and the zone level alone can be set, for the rows that state neither; a zone chosen sets both.',
  zoneHint:
    'Choose it when the whole list is in one zone: rows that state no zone, and rows whose location names a park inside the zone (such as 西永微电子产业园), are judged as in this zone; rows that name another zone of the directory keep theirs.',
  provinces: { sichuan: 'Sichuan', chongqing: 'Chongqing', guizhou: 'Guizhou' },
  provinceOther: 'a province other than Sichuan, Chongqing and Guizhou',
  badDate: 'Please enter a real date, year first, e.g. 2026-03-01 or 2026/3/1.',
  reads: (text) => `that is ${text}`,
  run: 'Start matching',
  rerun: 'Match again',
  cancel: 'Cancel',
  progress: 'Matching progress',
  progressText: (done, total, pct) => `${count(done)} of ${count(total)} rows checked (${pct}%)`,
  estimating: 'Estimating the time left…',
  remaining: (s) => `About ${duration(s, false)} left`,
  started: (total) => `Matching ${count(total)} rows.`,
  cancelled: (done, total) =>
    `Cancelled after ${count(done)} of ${count(total)} rows. The results of the rows checked were discarded: they are not shown and cannot be exported. You can start again.`,
  runFailed: (message) => `Matching stopped: ${message}`,
  mappingFirst: 'Please fix the problem in the column mapping above first.',
  finished: (rows, seconds) => `Done: ${count(rows)} rows in ${duration(seconds, false)}.`,
  stale: 'The column mapping, the date or the file’s zone has changed: please match again.',
  step4: '4. Results',
  resultsLine: (r) =>
    `${count(r.rows)} rows: ${count(r.checked)} enterprises matched${r.failed ? `; ${count(r.failed)} rows with bad data were not matched (see “Rows with bad data” below)` : ''}.`,
  asOfLine: (date) => `As of ${date} (Beijing time).`,
  zoneFromFile: (n, zone) =>
    `${count(n)} ${n === 1 ? 'row was' : 'rows were'} judged as in the file’s zone (${zone}): the location was blank or named a park inside it.`,
  expiredCertificates: (n) =>
    `${count(n)} ${n === 1 ? 'row says' : 'rows say'} high-tech enterprise, but the certificate had expired by the check date: judged as not one.`,
  formulaErrors: (n) =>
    `${count(n)} ${n === 1 ? 'row has' : 'rows have'} a cell holding a formula’s error value (#N/A, #DIV/0!, #REF!…): that fact is judged as unknown.`,
  approximateAmounts: (n) =>
    `${count(n)} ${n === 1 ? 'row gives' : 'rows give'} an amount only roughly (约…, …余万, …左右): judged as unknown, not as the number.`,
  unsureQualifications: (n) =>
    `${count(n)} ${n === 1 ? 'row names' : 'rows name'} a qualification as pending, both ways, or against another column of the row: that fact is judged as unknown.`,
  unreadQualifications: (n) =>
    `${count(n)} ${n === 1 ? 'row names' : 'rows name'} in its qualifications a title this tool does not judge (专精特新, a candidate pool, a plan) or a spelling it cannot read: left aside.`,
  duplicates: (n) =>
    `${count(n)} ${n === 1 ? 'row repeats' : 'rows repeat'} an earlier row’s unified social credit code (the same enterprise twice): marked in the list and in the exports (column “code check”), and counted once per measure.`,
  invalidCodes: (n) =>
    `${count(n)} ${n === 1 ? 'row has' : 'rows have'} a unified social credit code whose check character is wrong (probably mistyped): marked in the list and in the exports.`,
  duplicateOf: (row, sheet) => (sheet ? `repeat of row ${count(row)} of sheet ${sheet}` : `repeat of row ${count(row)}`),
  invalidCode: 'check character wrong',
  summaryHint:
    'Each number is how many enterprises have that result for the measure. Choose a number to list those enterprises below.',
  hiddenMeasures: (n, audience) =>
    `Only measures for ${audience} are listed here; ${n} measures for others are not, but the exports hold every measure.`,
  audiences: { enterprise: 'enterprises', institution: 'public institutions', person: 'individuals', all: 'everyone' },
  otherProvinces: (n, province) =>
    `Every enterprise in the list is in ${province}: ${n} measures of other provinces (such as another province’s restatement of a nationwide rule) are not listed; the full results export still holds every measure.`,
  titleOf: (title, where) => `${title} (${where})`,
  claimsCaption: 'Measures that can be claimed or that someone decides (documents in force)',
  draftCaption: 'Measures of the draft for comments (not in force; counted apart)',
  infoCaption:
    'For information (policy directions or restated nationwide rules: nothing to claim; do not notify anyone of these as benefits)',
  measure: 'Measure',
  total: 'Total (sum of enterprises)',
  draft: 'Draft for comments',
  noneIn: '(none)',
  question: 'The most useful column to add',
  questionLine: (label, n) => `Adding “${label}” would settle the most “needs more information” results: ${count(n)}.`,
  questionText: (text) => `The question it answers: ${text}`,
  noQuestion: 'No result needs more information.',
  status: {
    eligible: 'Eligible',
    conditional: 'Awaits a decision',
    unknown: 'Needs more information',
    ineligible: 'Not applicable',
    informational: 'Relevant (for information)',
    error: 'Bad data',
  },
  statusHints: {
    eligible: 'Every condition is met and the document grants this itself.',
    conditional: 'Every condition is met, but an authority, a bank… still decides.',
    unknown: 'No condition fails, but facts are missing.',
    ineligible: 'At least one condition is not met.',
  },
  tableHeading: 'Enterprises',
  filterMeasure: 'Measure',
  filterStatus: 'Result',
  anyMeasure: 'All measures',
  anyStatus: 'All',
  optgroupClaims: 'Documents in force',
  optgroupDrafts: 'Draft for comments',
  optgroupInfo: 'For information (not benefits)',
  tableCaption: (from, to, total) =>
    total ? `${count(from)}–${count(to)} of ${count(total)} enterprises` : 'No enterprise matches these filters.',
  colRow: 'Row',
  colName: 'Enterprise',
  colCode: 'Credit code',
  colStatus: 'Result',
  colMissing: 'Missing facts',
  colClaims: 'Eligible',
  colDecide: 'Awaits a decision',
  colDraftClaims: 'Draft: eligible or awaiting a decision',
  colUnknown: 'Needs more information',
  colProblem: 'Problem',
  colValue: 'Value read',
  chooseMeasure:
    'Choose a measure to see each enterprise’s result and missing facts; with “All measures” the numbers count measures (information-only ones left out).',
  prev: 'Previous page',
  next: 'Next page',
  errorsHeading: 'Rows with bad data',
  errorsHint:
    'These rows have a cell that cannot be read and were not matched; every other row was. The exports keep them as they are, with the problem in the error column.',
  errorsNone: 'No row has bad data.',
  errorsCaption: (shown, total) =>
    shown < total ? `Cells with bad data (first ${count(shown)} of ${count(total)})` : `Cells with bad data (${count(total)})`,
  colColumn: 'Column',
  exportHeading: 'Export',
  exportHint:
    'The exported sheet holds the original columns, then a “code check” column (a repeated or mistyped unified social credit code), an error column, then each measure’s status and missing facts. “informational” means for information: nothing to claim.',
  exportCsv: 'Export CSV (opens in Excel)',
  exportXlsx: 'Export Excel (.xlsx)',
  exporting: 'Writing the file…',
  exported: (name) => `“${name}” is ready: see your browser’s downloads.`,
  exportFailed: (message) => `Export failed: ${message}`,
  resultSuffix: '-results',
  exportReadableHint:
    'A table for people: the original columns, then the credit-code check and the problems, then the result and what is missing for each measure listed above, headed and worded in English. The two buttons above export the table for programs (the same as check --csv).',
  exportReadableCsv: 'Export CSV for people (the measures listed above)',
  exportReadableXlsx: 'Export Excel for people (the measures listed above)',
  readableSuffix: '-results-readable',
  colCodeCheck: 'Credit code check',
  resultColumn: ': result',
  missingColumn: ': missing',
  notifyCsv: 'Export this measure’s notification list (CSV)',
  notifyXlsx: 'Export this measure’s notification list (Excel)',
  notifyHint:
    'The notification list holds the enterprises this measure may concern — eligible, awaiting a decision, needing more information; not the ineligible, and a repeated enterprise once — with the list’s name, credit code and contact columns, the result, who decides, what is missing and the draft mark. A measure for information grants nothing to claim, and the list says so.',
  colDecides: 'Who decides',
  informationOnly: 'For information only, nothing to claim: ',
  notifySuffix: '-notification-list',
  working: 'Please wait…',
};
