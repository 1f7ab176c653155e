// hitech-eligibility: the package's entry point (pkg/index.js).
//
// The glue (glue.js: every function of the API, SPEC.md §4) and the engine's
// reader together. The reader (./reader.js, wasm-bindgen's bindings of
// src/shell/wasm_reader.rs) is the core's own reading of any object, with
// every message in two languages: what `evaluate` throws on bad input comes
// from it. It is a second wasm (hitech_eligibility_reader_bg.wasm) so that
// the widget, whose profiles are plain objects of its own making, starts
// with the engine alone (issue 26); a page that imports this module gets
// both, and `evaluate` throws the same ProfileError it always did. `init()`
// fetches the reader with the engine (`init({ reader: false })` leaves it for
// `loadReader()`); `initSync` takes its bytes as `reader`, or reads them from
// beside this module in Node.

import * as readerBindings from './reader.js';
import initGlue, { bytesBeside, initSync as initSyncGlue, isPlain, loadFailure, useReader } from './glue.js';

export {
  ProfileError,
  evaluate,
  nextQuestions,
  measures,
  questions,
  zones,
  version,
  about,
  loadDetails,
  loadWords,
  dataLoaded,
  readerLoaded,
  __steps,
} from './glue.js';

const READER = new URL('./hitech_eligibility_reader_bg.wasm', import.meta.url);

let readerIn;

/**
 * Fetches and instantiates the engine's reader (once; a failed fetch may be
 * tried again). Takes what wasm-bindgen's init takes (`{ module_or_path }`);
 * by default the file beside this module. Rejects as `init()` does, with an
 * Error naming the fix and its `reason`.
 */
export function loadReader(moduleOrPath) {
  readerIn ??= readerBindings.default(moduleOrPath ?? { module_or_path: READER }).then(
    () => useReader(readerBindings),
    (error) => {
      readerIn = undefined;
      throw loadFailure(error, 'hitech_eligibility_reader_bg.wasm');
    },
  );
  return readerIn;
}

/**
 * Loads the engine, what the build wrote beside it (init.js says what and
 * takes the same options) and the reader. `reader`: false to fetch it later
 * (`loadReader()`), or where it is (a path, URL or `{ module_or_path }`).
 */
export default function init(moduleOrPath) {
  let reader;
  if (isPlain(moduleOrPath)) ({ reader, ...moduleOrPath } = moduleOrPath);
  const wanted = [initGlue(moduleOrPath)];
  if (reader !== false) {
    wanted.push(
      loadReader(reader === undefined || reader === true ? undefined : isPlain(reader) ? reader : { module_or_path: reader }),
    );
  }
  return Promise.all(wanted).then(([exports]) => exports);
}

/**
 * wasm-bindgen's `initSync` for the engine (`{ module }`: the wasm's bytes or
 * a compiled module), which also takes what the build wrote beside it
 * (`{ module, catalogue, words, details }`, glue.js) and the reader's bytes or
 * compiled module as `reader`; without it, in Node, the reader is read from
 * beside this module, and elsewhere left out (`loadReader()` later).
 */
export function initSync(module) {
  const exports = initSyncGlue(module);
  // Where its file cannot be read, the reader is left out, as the catalogue's files are (data.js),
  // and a call that needs it says so (code "reader-not-loaded").
  const given = isPlain(module) ? module.reader : undefined;
  const reader = given === undefined ? bytesBeside(READER) : given;
  if (reader !== undefined && readerIn === undefined) {
    readerBindings.initSync({ module: reader });
    useReader(readerBindings);
    readerIn = Promise.resolve();
  }
  return exports;
}
