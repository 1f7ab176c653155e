// The catalogue's long words (pkg/details.js, issue 26): each measure's
// verbatim quote, its note and a responsible list naming several
// departments are not in the engine's wasm (a first answer shows none of
// them) but in details.json beside it, written by scripts/build.sh from the
// command line's `measures`: `{ [id]: { quote, responsible, note } }`, each
// as the command line writes it, `null` where it writes none.

import { fetchJson, jsonBeside } from './data.js';

/** The keys details.json gives for each measure. */
export const DETAIL_KEYS = ['quote', 'responsible', 'note'];

/**
 * A measure of the engine's measures() with its details put back: the
 * same keys in the same order as the command line's `measures` (the engine
 * writes each of these keys, `null` or empty where it left the words out).
 */
export function withDetails(measure, detail) {
  const out = {};
  for (const key of Object.keys(measure)) {
    const value = DETAIL_KEYS.includes(key) ? detail[key] : measure[key];
    if (value !== null) out[key] = value;
  }
  return out;
}

/** details.json beside this module (a bundler sees the URL and emits the file). */
const DETAILS = new URL('./details.json', import.meta.url);

const FAILURE =
  'hitech-eligibility: could not fetch details.json (the quotes and notes of measures()). Serve every file of the package beside index.js, or call init({ details: false }) and measures({ details: false }) to do without them.';

let details = null;

/** The details if they are in, else null. */
export const detailsNow = () => details;

/** Takes the details (details.json's content) as they are, after checking their shape. */
export function setDetails(value) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new TypeError('hitech-eligibility: details must be the content of details.json (an object by measure id)');
  }
  details = value;
}

/**
 * Fetches details.json once (from `url`, by default beside this module);
 * the promise resolves when measures() can give every word. A failed fetch
 * rejects with an Error naming the file (`reason` network) and may be tried
 * again.
 */
export function loadDetails(url = DETAILS) {
  if (details !== null) return Promise.resolve();
  return fetchJson('details', url, setDetails, FAILURE);
}

/**
 * For Node (`initSync`): details.json read from beside this module (see
 * data.js's jsonBeside); true if the details are in.
 */
export function readDetailsBeside() {
  const read = jsonBeside();
  if (!read) return false;
  try {
    setDetails(read(DETAILS));
    return true;
  } catch {
    return false;
  }
}
