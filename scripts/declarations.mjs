#!/usr/bin/env node
// Writes the fields of `Profile` into the package's declarations, from the
// fact table itself (src/engine/fact.rs, as the command line's `engine-data`
// hands it to the glue): one field per fact in the table's order, its type from the
// fact's kind (a choice list by the name of the union declaring exactly those
// values), its doc comment the fact's English question and note. Adding a
// fact to the table adds it to the declarations: nothing to write by hand.
//
//   node scripts/declarations.mjs pkg/engine.d.ts target/engine-data.json
//
// The d.ts must hold the marker (js/engine.d.ts, `// FACTS:` and the
// comment lines after it) exactly once, or this fails.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** `export type Name = "a" | "b";` → Map of the sorted values' key → Name. */
function namedUnions(dts) {
  const out = new Map();
  for (const m of dts.matchAll(/export type (\w+) =([^;]*);/g)) {
    if (/[{(]/.test(m[2])) continue;
    const values = [...m[2].matchAll(/"([^"]*)"/g)].map((x) => x[1]);
    if (values.length) out.set([...values].sort().join('\n'), m[1]);
  }
  return out;
}

/** The TypeScript type of a fact from its kind: "bool", "number", or its list of values. */
function typeOf(kind, unions) {
  if (kind === 'bool') return 'boolean';
  if (kind === 'number') return 'number';
  if (Array.isArray(kind)) return unions.get([...kind].sort().join('\n')) ?? kind.map((v) => JSON.stringify(v)).join(' | ');
  throw new Error(`declarations: a fact kind this script does not know: ${JSON.stringify(kind)}`);
}

const comment = (text) => `/** ${text.replaceAll('*/', '*\\/')} */`;

/** The fields of Profile after `asOf`, as lines without their indentation. */
export function profileFields(tables, dts) {
  const unions = namedUnions(dts);
  const lines = [];
  tables.facts.forEach((fact, i) => {
    if (fact === 'age') {
      lines.push(
        comment('Instead of `age`: the birth date, from which the age is counted on `asOf`.'),
        'birthDate?: IsoDate | null;',
      );
    }
    const question = tables.questions[i];
    if (question?.fact !== fact) throw new Error(`declarations: questions[${i}] is not the question of ${fact}`);
    const note = tables.notes[i];
    lines.push(
      comment(note ? `${question.text.en} ${note}` : question.text.en),
      `${fact}?: ${typeOf(tables.kinds[i], unions)} | null;`,
    );
  });
  return lines;
}

/** The d.ts with the marker replaced by the fields, indented as the marker is (wasm-bindgen re-indents). */
export function writeFields(dts, tables) {
  const marker = /^( +)\/\/ FACTS:.*\n(?:\1\/\/ .*\n)*/gm;
  const found = [...dts.matchAll(marker)];
  if (found.length !== 1)
    throw new Error(`declarations: expected the "// FACTS:" marker once in Profile, found it ${found.length} times`);
  const indent = found[0][1];
  return dts.replace(
    marker,
    profileFields(tables, dts)
      .map((line) => `${indent}${line}\n`)
      .join(''),
  );
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const [dtsFile, dataFile] = process.argv.slice(2);
  if (!dataFile) {
    console.error('usage: node scripts/declarations.mjs ENGINE.d.ts ENGINE-DATA.json');
    process.exit(2);
  }
  // The command line's `engine-data`: the glue's tables, read from the same fact table, and every fact's question.
  const data = JSON.parse(readFileSync(dataFile, 'utf8'));
  const tables = { ...data.tables, questions: data.questions };
  const dts = readFileSync(dtsFile, 'utf8');
  writeFileSync(dtsFile, writeFields(dts, tables));
  console.log(`declarations: ${dtsFile}: Profile has the ${tables.facts.length} facts of the table`);
}
