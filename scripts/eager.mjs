#!/usr/bin/env node
// Marks the modules of a first visit for eager compilation:
// node scripts/eager.mjs pkg
//
// V8 (Chrome 136 and later) compiles a script whose first line is the magic
// comment `//# allFunctionsCalledOnLoad` eagerly, on a background thread while
// it streams in, instead of each function on the main thread the first time
// it is called (after a pre-parse to find where it ends). Every function of
// the element's bundle and of the glue runs while the widget starts or at the
// first answers, so the main thread, the phone's critical path, is spared
// their parse and compile: in an interleaved A/B on the phone profile the
// widget was interactive 34 and 55 ms sooner and the first answers' frames
// 4-20 ms sooner (bench/decisions.md, "The first visit's modules compiled
// eagerly"). Other engines read a comment.
//
// Marked: the element's bundle, the glue the widget imports (glue.js, its
// modules bundled) and the two languages' words (a page's first
// visit fetches one of them). The modules loaded on
// demand or in idle time (link.js, print.js, catalogue-view.js,
// signposts.js) stay lazily compiled. Each file's source map moves down a
// line with it. Running it again changes nothing.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENTRY, GLUE_ROOT } from './bundle.mjs';

export const HINT = '//# allFunctionsCalledOnLoad';

/** The modules a first visit runs, compiled eagerly (not index.js and the reader's reader.js: the widget imports them only when a call needs the reader). */
export const EAGER = [ENTRY, GLUE_ROOT, 'i18n-zh-Hans.js', 'i18n-en.js'];

/** Puts the hint on the first line of DIR's first-visit modules; the names of those it marked. */
export function markEager(dir) {
  const marked = [];
  for (const name of EAGER) {
    const file = join(dir, name);
    if (!existsSync(file)) throw new Error(`scripts/eager.mjs: ${file} is missing (build the package first)`);
    const code = readFileSync(file, 'utf8');
    if (code.startsWith(`${HINT}\n`)) continue;
    writeFileSync(file, `${HINT}\n${code}`);
    // The map's lines follow the file's: one empty line of mappings first.
    const mapFile = `${file}.map`;
    if (existsSync(mapFile)) {
      const map = JSON.parse(readFileSync(mapFile, 'utf8'));
      map.mappings = `;${map.mappings}`;
      writeFileSync(mapFile, JSON.stringify(map));
    }
    marked.push(name);
  }
  return marked;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node scripts/eager.mjs DIR (marks DIR’s first-visit modules for eager compilation)');
    process.exit(2);
  }
  const marked = markEager(dir);
  console.log(`eager: ${marked.length ? marked.join(' ') : 'nothing new'} marked ${HINT}`);
}
