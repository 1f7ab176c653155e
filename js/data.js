// What the glue reads from the build instead of asking the engine (issue 26):
// pkg/catalogue.json — the tables index.js unpacks reports with, and what
// measures(), questions(), zones() and about() give — with each text (the
// same words in zh-Hans and en) replaced by `{ "$": i }`, and the words
// themselves in one file per language, pkg/words-zh-Hans.json and
// pkg/words-en.json (arrays: text i is entry i of each). Written by
// scripts/engine-data.mjs from the command line's `engine-data`, which is
// built from the same catalogue; the engine's wasm carries no words and no
// serialisers. `key` ties the files to the wasm they belong to (dataKey()).
//
// A page that shows one language fetches that language's words only
// (`init({ languages: ['zh-Hans'] })`); the other language's words are
// `undefined` until `loadWords(language)`. By default both are fetched.

/** The languages the words come in, in the order a text object lists them. */
export const LANGUAGES = ['zh-Hans', 'en'];

const FILES = {
  catalogue: new URL('./catalogue.json', import.meta.url),
  'zh-Hans': new URL('./words-zh-Hans.json', import.meta.url),
  en: new URL('./words-en.json', import.meta.url),
};

const FAILURE = (file) =>
  `hitech-eligibility: could not fetch ${file} (the catalogue and its words). Serve every file of the package beside index.js.`;

let catalogue = null;
const words = { 'zh-Hans': null, en: null };
const loading = {};
/** Bumped whenever words come in: what was built from the data is built again. */
let generation = 0;

/** The data's generation: changes when a language's words come in. */
export const dataGeneration = () => generation;

/** Whether the catalogue and the words of `language` (or of every language) are in. */
export function dataLoaded(language) {
  if (catalogue === null) return false;
  return language === undefined ? LANGUAGES.every((l) => words[l] !== null) : words[language] !== null;
}

function isPlainObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Takes catalogue.json's content, after checking its shape. */
export function setCatalogue(value) {
  if (!isPlainObject(value) || typeof value.key !== 'number' || !isPlainObject(value.tables)) {
    throw new TypeError('hitech-eligibility: the catalogue must be the content of catalogue.json');
  }
  catalogue = value;
  generation++;
}

/** Takes the words of one language (words-<language>.json's content), after checking their shape. */
export function setWords(language, value) {
  if (!LANGUAGES.includes(language)) {
    throw new TypeError(`hitech-eligibility: words come in ${LANGUAGES.join(' and ')}, not ${String(language)}`);
  }
  if (!Array.isArray(value) || !value.every((word) => typeof word === 'string')) {
    throw new TypeError(`hitech-eligibility: the words must be the content of words-${language}.json (an array of strings)`);
  }
  words[language] = value;
  generation++;
}

/**
 * Fetches the JSON file at `url` once for `name` and hands its content to
 * `take` (which checks its shape). A failed fetch rejects with an Error
 * saying `failure` (`reason` network), and a later call tries again. The
 * one loader of the package's data files: catalogue.json, the words and
 * details.json (js/details.js).
 */
export function fetchJson(name, url, take, failure) {
  loading[name] ??= fetch(url)
    .then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json();
    })
    .then(take)
    .catch((cause) => {
      loading[name] = undefined;
      throw Object.assign(new Error(failure), { reason: 'network', cause });
    });
  return loading[name];
}

/** Whether `value` is a plain object (`{ … }`): the form of the options `init` and `initSync` take. */
export const isPlain = (value) =>
  value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype;

/**
 * For Node (`initSync`): Node's `fs`, to read the package's files beside this
 * module, where the runtime can read a file synchronously (Node ≥ 20.16,
 * 22.3); null elsewhere.
 */
function filesBeside() {
  return (FILES.catalogue.protocol === 'file:' && globalThis.process?.getBuiltinModule?.('node:fs')) || null;
}

/** For Node (`initSync`): a reader of the JSON files beside this module (`filesBeside`); null elsewhere. */
export function jsonBeside() {
  const fs = filesBeside();
  return fs ? (url) => JSON.parse(fs.readFileSync(url, 'utf8')) : null;
}

/**
 * For Node (`initSync`): the bytes of a file beside this module (the engine's
 * reader's wasm), or undefined where it cannot be read, as the JSON files
 * are then left out (`readDataBeside`).
 */
export function bytesBeside(url) {
  try {
    return filesBeside()?.readFileSync(url);
  } catch {
    return undefined;
  }
}

/**
 * Fetches catalogue.json and the words of `languages` (by default both),
 * each once; `urls` may name other places for them (`{ catalogue, 'zh-Hans', en }`).
 * A failed fetch rejects with an Error naming the file (`reason` network)
 * and may be tried again.
 */
export function loadData(languages = LANGUAGES, urls = {}) {
  for (const language of languages) {
    if (!LANGUAGES.includes(language)) {
      return Promise.reject(
        new TypeError(`hitech-eligibility: languages are ${LANGUAGES.join(' and ')}, not ${String(language)}`),
      );
    }
  }
  const wanted = [];
  if (catalogue === null) {
    wanted.push(fetchJson('catalogue', urls.catalogue ?? FILES.catalogue, setCatalogue, FAILURE('catalogue.json')));
  }
  for (const language of languages) {
    if (words[language] === null) {
      const take = (value) => setWords(language, value);
      wanted.push(fetchJson(language, urls[language] ?? FILES[language], take, FAILURE(`words-${language}.json`)));
    }
  }
  return Promise.all(wanted).then(() => undefined);
}

/** The words of one more language (e.g. when the page switches to it). */
export const loadWords = (language) => loadData([language]);

/**
 * For Node (`initSync`): the files read from beside this module, where the
 * runtime can read a file synchronously (Node ≥ 20.16, 22.3); true if
 * everything is in.
 */
export function readDataBeside() {
  const read = jsonBeside();
  if (!read) return false;
  try {
    if (catalogue === null) setCatalogue(read(FILES.catalogue));
    for (const language of LANGUAGES) {
      if (words[language] === null) setWords(language, read(FILES[language]));
    }
    return true;
  } catch {
    return false;
  }
}

/** catalogue.json's content, or an Error saying how to get it. */
export function catalogueNow() {
  if (catalogue === null) {
    throw new Error(
      'hitech-eligibility: the catalogue is not in yet: call init() (which fetches catalogue.json and the words), or pass { module, catalogue, words } to initSync',
    );
  }
  return catalogue;
}

/**
 * A part of catalogue.json as plain objects, each text with its words:
 * `{ "zh-Hans", en }`, a language not loaded `undefined`. Fresh objects on
 * every call (callers may change what they get).
 */
export function withWords(value) {
  const zh = words['zh-Hans'];
  const en = words.en;
  const build = (item) => {
    if (Array.isArray(item)) return item.map(build);
    if (item === null || typeof item !== 'object') return item;
    const index = item.$;
    if (index !== undefined) return { 'zh-Hans': zh?.[index], en: en?.[index] };
    const out = {};
    for (const key of Object.keys(item)) out[key] = build(item[key]);
    return out;
  };
  return build(value);
}
