// Our engine, the wasm package in pkg/, loaded in Node the way the README
// shows (initSync with the wasm bytes), and the one-line mapping from its
// report to "eligible" used by the agreement check: a measure counts as met
// when its status is eligible or conditional.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const glue = join(root, 'pkg', 'hitech_eligibility.js');
const wasm = join(root, 'pkg', 'hitech_eligibility_bg.wasm');
if (!existsSync(glue) || !existsSync(wasm)) throw new Error('pkg/ is not built: run scripts/build.sh first');

/** The package's exports, initialised. */
export const ours = await import(glue);
ours.initSync({ module: readFileSync(wasm) });

/** The set of measure ids whose status is eligible or conditional. */
export function metIds(report) {
  const out = new Set();
  for (const r of report.results) if (r.status === 'eligible' || r.status === 'conditional') out.add(r.id);
  return out;
}
