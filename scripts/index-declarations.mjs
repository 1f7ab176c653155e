// The package's declarations where index.js takes more than wasm-bindgen's
// bindings (scripts/build.sh): initSync takes what the build wrote beside
// the wasm (catalogue.json, the words, details.json) and the reader's wasm,
// and init the languages to fetch, where details.json is and whether (or
// where) to fetch the reader. (It was scripts/details.mjs when it also
// wrote pkg/details.json, which scripts/engine-data.mjs writes now.)
//
//   node scripts/index-declarations.mjs pkg/index.d.ts
import { readFileSync, writeFileSync } from 'node:fs';

// FILE: index.d.ts, whose lines where index.js takes more than wasm-bindgen's bindings are replaced.
const DECLARATIONS = [
  [
    'export function initSync(module: { module: SyncInitInput } | SyncInitInput): InitOutput;',
    'export function initSync(module: { module: SyncInitInput; catalogue?: CatalogueData; words?: Partial<Record<Language, string[]>>; details?: Details; reader?: SyncInitInput } | SyncInitInput): InitOutput;',
  ],
  [
    'export default function __wbg_init (module_or_path?: { module_or_path: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput>): Promise<InitOutput>;',
    'export default function __wbg_init (module_or_path?: { module_or_path?: InitInput | Promise<InitInput>; languages?: Language[]; details?: false | string | URL; reader?: boolean | string | URL | { module_or_path: InitInput | Promise<InitInput> } } | InitInput | Promise<InitInput>): Promise<InitOutput>;',
  ],
];
const file = process.argv[2];
if (!file || process.argv.length !== 3) {
  console.error('index-declarations: usage: node scripts/index-declarations.mjs FILE (pkg/index.d.ts)');
  process.exit(2);
}
let text = readFileSync(file, 'utf8');
for (const [line, replacement] of DECLARATIONS) {
  if (text.split('\n').filter((l) => l === line).length !== 1) {
    console.error(`index-declarations: ${file} does not declare, once, ${line}`);
    process.exit(1);
  }
  text = text.replace(line, () => replacement);
}
writeFileSync(file, text);
