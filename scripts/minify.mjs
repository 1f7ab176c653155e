#!/usr/bin/env node
// Minifies the package's JavaScript in place, one file at a time, with
// esbuild (locked by package-lock.json): node scripts/minify.mjs pkg
// (its *.js and its folders' but batch/: the batch page's own modules, not
// part of the widget's first visit, stay as written).
//
// Why: what a first visit downloads is most of the widget's wait on a
// phone's network (issue 26). Minified, the widget's and the glue's modules
// are about 38 % smaller compressed (BENCHMARKS.md, "Measured decisions").
// Each file stays the module it was (no bundling: the same file names,
// imports and exports, so a portal's bundler and the lazy imports see the
// same package), with its source map beside it (`file.js.map`, the source
// text included) for a developer's debugger; a browser fetches a map only
// when its developer tools are open.
//
// The output's syntax is held to the browser floor: esbuild's targets are
// read from js/package.json's browserslist, and esbuild stops the build if a
// file needs syntax a floor browser lacks. Comments marked /*! or @license
// are kept. Two runs give the same bytes (scripts/reproducible.sh).
// nomodule.js is left as written: it runs in the browsers below the floor,
// whose syntax the floor's targets would not respect.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { basename, join, relative } from 'node:path';
import { transformSync } from 'esbuild';

/** esbuild's names for the browserslist entries of js/package.json ("chrome >= 86" → "chrome86"). */
export function floorTargets() {
  const names = { chrome: 'chrome', and_chr: 'chrome', safari: 'safari', ios_saf: 'ios', firefox: 'firefox' };
  const { browserslist } = JSON.parse(readFileSync(new URL('../js/package.json', import.meta.url), 'utf8'));
  return browserslist.map((entry) => {
    const match = /^(\w+) >= ([\d.]+)$/.exec(entry);
    if (!match || !names[match[1]]) throw new Error(`scripts/minify.mjs: cannot read the browser floor entry "${entry}"`);
    return `${names[match[1]]}${match[2]}`;
  });
}

/** The .js files below `folder`, but batch/ and nomodule.js, in a fixed order. */
function scripts(folder) {
  return readdirSync(folder, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return entry.name === 'batch' ? [] : scripts(path);
      return entry.name.endsWith('.js') && entry.name !== 'nomodule.js' ? [path] : [];
    });
}

/** Minifies DIR's modules in place (see above); the bytes before and after. */
/** esbuild's options for a minified module of the floor's syntax with its map apart (scripts/bundle.mjs's chunks too). */
export function minifyOptions(target) {
  return { loader: 'js', minify: true, target, charset: 'utf8', legalComments: 'inline', sourcemap: 'external' };
}

/**
 * styles.js with its stylesheet (the one String.raw template, CSS) minified
 * as CSS by esbuild for the same floor (scripts/bundle.mjs, as it bundles
 * the element): a JavaScript minifier keeps a template's text as it is,
 * indentation and comments included. The sheet holds no backtick and no
 * `${`, and the result must not either, or the build stops.
 */
export function withMinifiedCss(source, target) {
  const open = 'export const CSS = String.raw`';
  const start = source.indexOf(open);
  const end = start < 0 ? -1 : source.indexOf('`;', start + open.length);
  if (start < 0 || end < 0 || source.indexOf(open, start + 1) >= 0) {
    throw new Error('scripts/minify.mjs: styles.js has no single `export const CSS = String.raw`…`;` to minify');
  }
  const css = source.slice(start + open.length, end);
  const { code } = transformSync(css, { loader: 'css', minify: true, target, charset: 'utf8' });
  const sheet = code.trim();
  if (/`|\$\{/.test(css) || /`|\$\{/.test(sheet)) throw new Error('scripts/minify.mjs: a backtick or ${ in the stylesheet');
  return `${source.slice(0, start + open.length)}${sheet}${source.slice(end)}`;
}

export function minifyDir(dir) {
  const target = floorTargets();
  let before = 0;
  let after = 0;
  for (const file of scripts(dir)) {
    const source = readFileSync(file, 'utf8');
    const { code, map } = transformSync(source, {
      ...minifyOptions(target),
      sourcesContent: true,
      sourcefile: relative(dir, file),
    });
    writeFileSync(file, `${code}//# sourceMappingURL=${basename(file)}.map\n`);
    writeFileSync(`${file}.map`, map);
    before += Buffer.byteLength(source);
    after += Buffer.byteLength(code);
  }
  return { before, after, target };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node scripts/minify.mjs DIR (minifies DIR/*.js in place)');
    process.exit(2);
  }
  const { before, after, target } = minifyDir(dir);
  console.log(`minify: ${dir}, ${before} → ${after} bytes (esbuild, targets ${target.join(' ')})`);
}
