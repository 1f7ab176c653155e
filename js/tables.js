// What the widget loads, once per page: the engine and its tables, the words
// of one language at a time (a dynamic import of a sibling module, which a
// strict CSP allows, and the catalogue's words of that language), and later
// the modules a first answer does not need.
import * as engine from './glue.js';
import { BOOT_WORDS } from './format.js';

let tables;
let data = null;
/** The languages whose catalogue words are in the catalogue's texts already: `refresh` has nothing to do for them. */
const built = new Set();
/**
 * Resolves once the catalogue's words of a first language are in. The element
 * waits for its language's words anyway: the catalogue is built once, with
 * them, and not first without words and again when they come (the phone
 * profile's page load spent ~15 ms at 4× CPU building it twice).
 */
let wordsArrived;
const someWords = new Promise((resolve) => (wordsArrived = resolve));
/**
 * The engine, and the catalogue it reads beside it (catalogue.json), built
 * with the words of the first language in (`loadWords`); each text is built
 * again when another language's words come in (`refresh`).
 */
export const loadEngine = () =>
  (tables ??= Promise.all([engine.default({ details: false, languages: [] }), someWords]).then(() => {
    // Without the quotes, notes and lists of departments: loadDetails() puts them in.
    const catalogue = engine.measures({ details: false });
    data = {
      catalogue,
      byId: new Map(catalogue.map((m) => [m.id, m])),
      zones: engine.zones(),
      // Every fact's question, whether or not a result reads it yet.
      questions: new Map(engine.questions().map((q) => [q.fact, q])),
      about: engine.about(),
    };
    for (const lang of Object.keys(TABLES)) if (engine.dataLoaded(lang)) built.add(lang);
    return data;
  }));

/**
 * The catalogue's texts built again, in place (the widget keeps these
 * objects), once another language's words are in.
 */
function refresh(lang) {
  if (data === null || built.has(lang)) return;
  built.add(lang);
  for (const fresh of detailsDone ? engine.measures() : engine.measures({ details: false })) {
    Object.assign(data.byId.get(fresh.id), fresh);
  }
  engine.zones().forEach((zone, i) => Object.assign(data.zones[i], zone));
  for (const question of engine.questions()) Object.assign(data.questions.get(question.fact), question);
}

/**
 * The catalogue's quotes, notes and lists of departments (details.json),
 * fetched once — in idle time, or when print or the catalogue view needs
 * them first — and put into the catalogue's measures in place. Resolves
 * once they are in; a failed fetch may be tried again.
 */
let detailsIn;
let detailsDone = false;
export const loadDetails = () =>
  (detailsIn ??= Promise.all([loadEngine(), engine.loadDetails()]).then(
    ([data]) => {
      for (const full of engine.measures()) Object.assign(data.byId.get(full.id), full);
      detailsDone = true;
    },
    (error) => {
      detailsIn = undefined;
      throw error;
    },
  ));

/** Whether the details are in the catalogue's measures. */
export const detailsLoaded = () => detailsDone;

/**
 * Reports are brief (`explain: false`): each reason is its bare state and the
 * words come from the catalogue, which the page already has. That keeps the
 * reasons' text (most of a full report) out of every answer's evaluation.
 */
export const BRIEF = { explain: false };

/** Whether the engine takes a profile (a share link's answers are checked one by one). */
export function engineTakes(profile) {
  try {
    engine.evaluate(profile, BRIEF);
    return true;
  } catch {
    return false;
  }
}

/** What a first answer does not need, fetched in idle time or when used: `need(name)`; `loaded[name]` once in. */
const LATER = {
  catalogue: () => import('./catalogue-view.js'),
  link: () => import('./link.js'),
  print: () => import('./print.js'),
  signposts: () => import('./signposts.js'),
  // The engine's reader (index.js loads its wasm): the core's own reading of a profile, which says
  // what is wrong with one the engine refuses. The widget's profiles are plain objects of its own
  // making, so it starts without it (issue 26: a first visit fetches the engine only) and never
  // fetches it in idle time; a profile the engine refuses (a portal's attribute, say) brings it in.
  reader: () => import('./index.js').then((entry) => entry.loadReader().then(() => entry)),
};
export const loaded = {};
const loading = {};
export const need = (name) =>
  (loading[name] ??= LATER[name]().then(
    (module) => (loaded[name] = module),
    (error) => {
      delete loading[name];
      throw error;
    },
  ));

/** Runs `run` when the page is idle (a timer where the browser cannot say). */
export const whenIdle = (run) =>
  // eslint-disable-next-line compat/compat -- feature-detected: a timer where it is missing (Safari)
  typeof requestIdleCallback === 'function' ? requestIdleCallback(run) : setTimeout(run, 500);

/** Each interface language and how its table is loaded: the one list of the languages. */
const TABLES = {
  'zh-Hans': () => import('./i18n-zh-Hans.js'),
  en: () => import('./i18n-en.js'),
};

const words = new Map();
const wordsLoading = new Map();

/** A language's words if they are in already (with the boot words), else null. */
export const wordsNow = (lang) => words.get(lang) ?? null;

/** A language's words: fetched the first time, then the same object. */
export function loadWords(lang) {
  if (!wordsLoading.has(lang)) {
    // The widget's words and the catalogue's (words-<lang>.json, beside the engine) together.
    const promise = Promise.all([TABLES[lang](), engine.loadWords(lang).then(wordsArrived)]).then(([module]) => {
      refresh(lang);
      const table = { ...BOOT_WORDS[lang], ...module.default };
      words.set(lang, table);
      return table;
    });
    // A failed fetch may be tried again (a flaky link), not cached as failed.
    promise.catch(() => wordsLoading.delete(lang));
    wordsLoading.set(lang, promise);
  }
  return wordsLoading.get(lang);
}
