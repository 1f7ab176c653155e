// Our engine, the wasm package in pkg/, loaded in Node the way the README
// shows (initSync with the wasm bytes), and the one-line mapping from its
// report to "met" used by the agreement check: a measure counts as met when
// every condition holds — status eligible, conditional or informational
// (which of the three is the measure's nature's business, SPEC §2).

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MET_STATUSES } from './rules/fixed.mjs';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const glue = join(root, 'pkg', 'index.js');
const wasm = join(root, 'pkg', 'hitech_eligibility_bg.wasm');
if (!existsSync(glue) || !existsSync(wasm)) throw new Error('pkg/ is not built: run scripts/build.sh first');

/** The package's exports, initialised. */
export const ours = await import(glue);
ours.initSync({ module: readFileSync(wasm) });

/** The set of measure ids whose status says every condition holds. */
export function metIds(report) {
  const out = new Set();
  for (const r of report.results) if (MET_STATUSES.has(r.status)) out.add(r.id);
  return out;
}
