// The package's declarations where index.js takes more than wasm-bindgen's
// bindings (scripts/build.sh): initSync takes what the build wrote beside
// the wasm (catalogue.json, the words, details.json) and the reader's wasm,
// and init the languages to fetch, where details.json is and whether (or
// where) to fetch the reader. pkg/details.json itself is written by
// scripts/engine-data.mjs (issue 26).
//
//   node scripts/details.mjs --declarations pkg/index.d.ts
import { readFileSync, writeFileSync } from 'node:fs';

// `--declarations FILE`: index.d.ts's lines where index.js takes more than wasm-bindgen's bindings.
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

console.error(
  'details: usage: node scripts/details.mjs --declarations FILE (pkg/details.json is written by scripts/engine-data.mjs)',
);
process.exit(2);
