// hitech-eligibility: loading the engine (pkg/init.js), for the glue
// (glue.js, which exports `init` as its default) and the entry point
// (index.js, whose `init` also loads the engine's reader with it).
//
// wasm-bindgen's init fetches, compiles and instantiates the .wasm; this
// module points it at the .wasm beside the package (a bundler sees the
// URL made from this module's own and emits the file) and, when loading fails,
// tells the page's developer why and what to change.

import initEngine from './engine.js';
import { loadDetails } from './details.js';
import { LANGUAGES, isPlain, loadData } from './data.js';

const WASM = new URL('./hitech_eligibility_bg.wasm', import.meta.url);

/**
 * Why the engine did not load, and the fix, for the page's developer (not
 * its users): `reason` is network (the .wasm not fetched: a 404, CORS,
 * connect-src), mime (the bytes are not WebAssembly: an SPA fallback's HTML),
 * csp (the page's CSP forbids compiling WebAssembly) or compile (anything
 * else). The widget puts the reason in its `hitech-eligibility-error` event.
 */
const LOAD_FAILURES = {
  network: (file) =>
    `hitech-eligibility: could not fetch ${file}. Serve every file of the package beside index.js; from another origin (a CDN), send Access-Control-Allow-Origin on every file and add that origin to the CSP connect-src.`,
  mime: (file) =>
    `hitech-eligibility: ${file} is not WebAssembly (HTML in its place?). Serve the file itself, as application/wasm, with no SPA fallback under the package path.`,
  csp: () =>
    "hitech-eligibility: the page's Content-Security-Policy forbids WebAssembly. Add 'wasm-unsafe-eval' (not 'unsafe-eval') to script-src.",
  compile: () => 'hitech-eligibility: the engine could not start. Serve every file of one release of the package together.',
};

/** The Error `init()` rejects with when `file` (a wasm of the package) did not load: the fix, `reason` and `cause`. */
export function loadFailure(error, file = 'hitech_eligibility_bg.wasm') {
  const text = String(error?.message ?? error);
  const reason = /unsafe-eval|Content.Security.Policy|\bCSP\b/i.test(text)
    ? 'csp'
    : /^failed to fetch Wasm|fetch|NetworkError|Load failed/i.test(text)
      ? 'network'
      : /magic|0asm|BufferSource argument is empty/i.test(text)
        ? 'mime'
        : 'compile';
  return Object.assign(new Error(LOAD_FAILURES[reason](file)), { reason, cause: error });
}

/**
 * Fetches, compiles and instantiates the engine, and at the same time
 * fetches what the build wrote beside it: the catalogue and its words
 * (catalogue.json, words-zh-Hans.json, words-en.json) and the catalogue's
 * details (details.json: the quotes and notes measures() gives). Takes what
 * wasm-bindgen's init takes (`{ module_or_path }`); by default the .wasm
 * beside this file. `languages`: the words to fetch now (default both; a
 * page in one language fetches the other's with `loadWords()` when it
 * switches); `details`: false to fetch them later (`loadDetails()`), or
 * where details.json is. When loading fails, it rejects with an Error whose
 * message names the fix, with `reason` (above) and the original error as
 * `cause`.
 */
export default function init(moduleOrPath) {
  let details;
  let languages = LANGUAGES;
  if (moduleOrPath === undefined) moduleOrPath = { module_or_path: WASM };
  else if (isPlain(moduleOrPath)) {
    ({ details, languages = LANGUAGES, ...moduleOrPath } = moduleOrPath);
    if (moduleOrPath.module_or_path === undefined) moduleOrPath = { ...moduleOrPath, module_or_path: WASM };
  }
  if (!Array.isArray(languages)) {
    return Promise.reject(new TypeError('hitech-eligibility: init({ languages }) takes an array, e.g. ["zh-Hans"]'));
  }
  const engine = initEngine(moduleOrPath).catch((error) => {
    throw loadFailure(error);
  });
  const wanted = [engine, loadData(languages)];
  if (details !== false) wanted.push(loadDetails(details));
  return Promise.all(wanted).then(([exports]) => exports);
}
