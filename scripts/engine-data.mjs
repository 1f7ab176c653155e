// Writes what the glue reads from the build instead of asking the engine
// (scripts/build.sh, issue 26), from the command line's `engine-data` (every
// word, read from the same Rust catalogue the wasm was built from):
//
//   pkg/catalogue.json      the glue's tables, measures(), questions(),
//                           zones() and about(), each text (an object of
//                           exactly "zh-Hans" and "en") replaced by { "$": i };
//                           measures without their long words (below);
//   pkg/words-zh-Hans.json  text i's Chinese words, for every i;
//   pkg/words-en.json       text i's English words;
//   pkg/details.json        each measure's verbatim quote, its note and a
//                           responsible list naming several departments
//                           (a first answer shows none of them), by id.
//
// A text used twice is written once. Before writing, this puts everything
// back together with the glue's own functions (js/data.js, js/details.js)
// and checks that it is the command line's JSON byte for byte, and that the
// wasm just built has the catalogue's key: a build whose halves disagree
// stops here.
//
//   node scripts/engine-data.mjs ENGINE-DATA.json PKG-DIR
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DETAIL_KEYS, withDetails } from '../js/details.js';
import { setCatalogue, setWords, withWords } from '../js/data.js';

const [dataPath, pkg] = process.argv.slice(2);
const full = JSON.parse(readFileSync(dataPath, 'utf8'));
const fail = (message) => {
  console.error(`engine-data: ${message}`);
  process.exit(1);
};

/** Whether a responsible list names several departments (、 , ，), as the widget's `authorityOf` reads it. */
const listsSeveral = (text) => /[、,，]/.test(text['zh-Hans']) || /[、,，]/.test(text.en);

// The long words, by measure id, as the command line writes them.
const details = {};
for (const measure of full.measures) {
  details[measure.id] = Object.fromEntries(DETAIL_KEYS.map((key) => [key, measure[key] ?? null]));
}

/**
 * A measure without its long words, every key in the command line's order:
 * the quote empty, the note null, a responsible list of several null (a
 * single authority stays: a restated rule's card names it at once). The
 * command line leaves a key out when it has no value; here `responsible`
 * and `note` are always written, so that withDetails() puts each back in
 * its place.
 */
function lean(measure) {
  const out = {};
  const put = (key) => {
    if (key === 'quote') out.quote = '';
    else if (key === 'note') out.note = null;
    else if (key === 'responsible') {
      const list = measure.responsible;
      out.responsible = list === undefined || listsSeveral(list) ? null : list;
    } else out[key] = measure[key];
  };
  for (const key of Object.keys(measure)) {
    // The Rust field order: …, responsible, reach, note, then the listing's jurisdiction, topic, benefitGroup.
    if (['reach', 'note', 'jurisdiction'].includes(key) && !('responsible' in out)) put('responsible');
    if (key === 'jurisdiction' && !('note' in out)) put('note');
    put(key);
  }
  return out;
}

// Texts out, one index per distinct pair of words.
const zh = [];
const en = [];
const indexOf = new Map();
const isText = (value) =>
  value !== null &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  Object.keys(value).join() === 'zh-Hans,en' &&
  typeof value['zh-Hans'] === 'string' &&
  typeof value.en === 'string';
function extract(value) {
  if (Array.isArray(value)) return value.map(extract);
  if (value === null || typeof value !== 'object') return value;
  if (isText(value)) {
    const pair = JSON.stringify([value['zh-Hans'], value.en]);
    let index = indexOf.get(pair);
    if (index === undefined) {
      index = zh.length;
      zh.push(value['zh-Hans']);
      en.push(value.en);
      indexOf.set(pair, index);
    }
    return { $: index };
  }
  if (Object.hasOwn(value, '$')) fail(`an object of the catalogue has a "$" key, which marks a text: ${JSON.stringify(value)}`);
  const out = {};
  for (const key of Object.keys(value)) out[key] = extract(value[key]);
  return out;
}

const catalogue = extract({ ...full, measures: full.measures.map(lean) });

// Put back together as the glue does, and compare.
setCatalogue(catalogue);
setWords('zh-Hans', zh);
setWords('en', en);
const back = withWords(catalogue);
back.measures = back.measures.map((measure) => withDetails(measure, details[measure.id]));
for (const part of ['key', 'tables', 'measures', 'questions', 'zones', 'about']) {
  if (JSON.stringify(back[part]) !== JSON.stringify(full[part])) {
    fail(`${part}: the files put back together are not the command line's engine-data`);
  }
}
// Both wasms, the engine and its reader (src/shell/wasm_reader.rs), must hold the catalogue's key.
for (const [bindings, wasm] of [
  ['engine.js', 'hitech_eligibility_bg.wasm'],
  ['reader.js', 'hitech_eligibility_reader_bg.wasm'],
]) {
  const engine = await import(pathToFileURL(resolve(pkg, bindings)).href);
  engine.initSync({ module: readFileSync(join(pkg, wasm)) });
  if (engine.dataKey() !== full.key) {
    fail(
      `${wasm}'s key ${engine.dataKey()} is not the catalogue's ${full.key}: the engine and the command line were built from different code`,
    );
  }
  if (engine.version() !== full.about.package) fail(`${wasm} is ${engine.version()}, the catalogue ${full.about.package}`);
}

const files = {
  'catalogue.json': catalogue,
  'words-zh-Hans.json': zh,
  'words-en.json': en,
  'details.json': details,
};
for (const [name, value] of Object.entries(files)) {
  const text = JSON.stringify(value);
  writeFileSync(join(pkg, name), text + '\n');
  console.log(`engine-data: ${pkg}/${name} written (${text.length} bytes)`);
}
console.log(`engine-data: ${full.measures.length} measures, ${zh.length} texts`);
