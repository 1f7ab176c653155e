// Writes pkg/details.json (scripts/build.sh, issue 26): the catalogue's long
// words that the engine's wasm is built without (src/catalogue/mod.rs,
// `lean`), taken from the command line's `measures` (every word, read from
// the same Rust catalogue): for each measure id, its `quote`, `responsible`
// and `note` as the command line writes them (`null` where it writes none).
// The glue puts them back (js/details.js); before writing, this checks that
// the wasm's measures() with them put back is the command line's JSON, byte
// for byte, so a build whose two halves disagree stops here.
//
//   node scripts/details.mjs CLI-MEASURES.json PKG-DIR
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DETAIL_KEYS, withDetails } from '../js/details.js';

// `--declarations FILE`: index.d.ts's lines where index.js takes more than wasm-bindgen's bindings.
const DECLARATIONS = [
  [
    'export function measures(): Measure[];',
    `/** Without \`{ details: false }\`, throws until details.json is in (init(), initSync, loadDetails()). */
export function measures(options?: { details?: boolean }): Measure[];
/**
 * Fetches details.json (the quotes, notes and lists of departments measures()
 * gives) once, by default from beside index.js; init() does unless given
 * \`details: false\`.
 */
export function loadDetails(url?: string | URL): Promise<void>;
/** The content of details.json: for each measure id, its quote, responsible list and note. */
export type Details = Record<string, { quote: string; responsible: Text | null; note: Text | null }>;`,
  ],
  [
    'export function initSync(module: { module: SyncInitInput } | SyncInitInput): InitOutput;',
    'export function initSync(module: { module: SyncInitInput; details?: Details } | SyncInitInput): InitOutput;',
  ],
  [
    'export default function __wbg_init (module_or_path?: { module_or_path: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput>): Promise<InitOutput>;',
    'export default function __wbg_init (module_or_path?: { module_or_path?: InitInput | Promise<InitInput>; details?: false | string | URL } | InitInput | Promise<InitInput>): Promise<InitOutput>;',
  ],
];
if (process.argv[2] === '--declarations') {
  const file = process.argv[3];
  let text = readFileSync(file, 'utf8');
  for (const [line, replacement] of DECLARATIONS) {
    if (text.split('\n').filter((l) => l === line).length !== 1) {
      console.error(`details: ${file} does not declare, once, ${line}`);
      process.exit(1);
    }
    text = text.replace(line, () => replacement);
  }
  writeFileSync(file, text);
  process.exit(0);
}

const [fullPath, pkg] = process.argv.slice(2);
const full = JSON.parse(readFileSync(fullPath, 'utf8'));
const engine = await import(pathToFileURL(resolve(pkg, 'engine.js')).href);
engine.initSync({ module: readFileSync(join(pkg, 'hitech_eligibility_bg.wasm')) });
const lean = engine.measures();

const details = {};
for (const measure of full) {
  details[measure.id] = Object.fromEntries(DETAIL_KEYS.map((key) => [key, measure[key] ?? null]));
}
const merged = lean.map((measure) => withDetails(measure, details[measure.id]));
if (JSON.stringify(merged) !== JSON.stringify(full)) {
  console.error("details: the engine's measures() with the details put back is not the command line's `measures`");
  process.exit(1);
}
const text = JSON.stringify(details);
writeFileSync(join(pkg, 'details.json'), text + '\n');
console.log(`details: ${pkg}/details.json written (${full.length} measures, ${text.length} bytes)`);
