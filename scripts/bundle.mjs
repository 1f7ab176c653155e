#!/usr/bin/env node
// Bundles the widget's modules (issue 26): node scripts/bundle.mjs pkg
//
// Why: the element was 13 modules and the page language's words, each a
// request, found one import after another (HTML → element → its imports →
// theirs) and on a demo server's HTTP/1.1 six at a time; each module also
// compressed alone. Now a first visit of the widget is one module,
// pkg/hitech-eligibility.js, built by Rollup (locked by package-lock.json)
// from js/hitech-eligibility.js and every widget module it imports, plus the
// engine's glue (pkg/glue.js and its modules, left as they are: they are the
// package's entry point's, index.js, which a portal may import beside the
// widget, and the element must share its engine) and the page language's
// words.
//
// What a first answer does not need stays apart, loaded on demand or in idle
// time as before, under the names it had: i18n-zh-Hans.js and i18n-en.js
// (one language's words each), link.js (with share.js), print.js and
// catalogue-view.js. Rollup leaves in them no copy of a module the element
// has already loaded (dom.js, format.js…): they import it from
// hitech-eligibility.js, which may then export more than the element
// (`preserveEntrySignatures: 'allow-extension'`).
//
// Sources stay split in js/; pkg/ keeps, beside the bundles, only the
// modules something else imports one by one: the glue's (index.js, glue.js,
// boundary.js, init.js, details.js, data.js, engine.js, reader.js) and the batch page's
// (js/batch/ imports ../dom.js, ../parse.js, ../i18n.js and, through it,
// format.js and the two word tables). The widget modules now inside the
// bundle are removed from pkg/, so that nothing is shipped twice by mistake.
//
// Minified with esbuild (as scripts/minify.mjs does the other modules, the
// output's syntax held to the browser floor of js/package.json), each chunk
// with its source map (the sources' text included; Rollup chains esbuild's
// map onto its own). MINIFY=none bundles without minifying.
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { transform } from 'esbuild';
import { minify as terser } from 'terser';
import { floorTargets, minifyOptions, withMinifiedCss } from './minify.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const js = join(root, 'js');

/**
 * The modules the glue is made of: external to the widget's bundle (the element shares the page's
 * engine). The widget imports glue.js; index.js (the package's entry point) adds the engine's
 * reader (reader.js), which the widget imports only when a call needs it.
 */
export const GLUE = ['index.js', 'glue.js', 'boundary.js', 'init.js', 'details.js', 'data.js', 'engine.js', 'reader.js'];
/** The glue module the widget imports: bundled with what it imports (`bundleGlue`), a first visit's glue. */
export const GLUE_ROOT = 'glue.js';
/** The modules bundled into pkg/glue.js: glue.js's imports, the engine's bindings among them. */
export const GLUE_BUNDLED = ['boundary.js', 'data.js', 'details.js', 'init.js', 'engine.js'];
/** The entry of the widget's bundle. */
export const ENTRY = 'hitech-eligibility.js';

/** The sibling modules `file` (in js/) imports, statically (`import … from`, `export … from`) or dynamically. */
function importsOf(file, { dynamic = true, prefix = './' } = {}) {
  const text = readFileSync(file, 'utf8');
  const found = [];
  const quoted = prefix.replace(/\./g, '\\.').replace(/\//g, '\\/');
  const patterns = [new RegExp(`^(?:import|export) [^'"]*?from ['"]${quoted}([\\w.-]+\\.js)['"]`, 'gm')];
  if (dynamic) patterns.push(new RegExp(`import\\(['"]${quoted}([\\w.-]+\\.js)['"]\\)`, 'g'));
  for (const pattern of patterns) for (const m of text.matchAll(pattern)) found.push(m[1]);
  return found;
}

/** The modules of js/ reached from `entries` (static imports only, or dynamic too), but the glue's. */
export function reached(entries, { dynamic = false } = {}) {
  const seen = new Set();
  const walk = (name) => {
    if (seen.has(name) || GLUE.includes(name)) return;
    seen.add(name);
    for (const next of importsOf(join(js, name), { dynamic })) walk(next);
  };
  for (const entry of entries) walk(entry);
  return seen;
}

/** The modules of js/ the batch page imports one by one (js/batch/*.js's `../x.js`), with theirs. */
export function batchModules() {
  const batch = join(js, 'batch');
  const direct = new Set();
  for (const entry of existsSync(batch) ? readdirSync(batch) : [])
    if (entry.endsWith('.js')) for (const name of importsOf(join(batch, entry), { prefix: '../' })) direct.add(name);
  return reached([...direct]);
}

/**
 * Rollup's last step: each chunk lowered to the floor's syntax and minified by esbuild, then
 * compressed again by terser (two passes, names mangled, nothing unsafe; ECMAScript 2020, below the
 * floor, so it writes no syntax esbuild did not), its map chained to esbuild's and by Rollup to the
 * sources. terser after esbuild: 0.8 KB brotli less on a first visit (the element's module and the
 * glue), where esbuild alone leaves what two passes of its compressor find (bench/decisions.md,
 * "The engine's reader apart").
 */
function minifyChunks(target) {
  return {
    name: 'esbuild-terser-minify',
    async renderChunk(code, chunk) {
      const lowered = await transform(code, {
        ...minifyOptions(target),
        sourcefile: chunk.fileName,
        format: 'esm',
      });
      const out = await terser(lowered.code, {
        module: true,
        ecma: 2020,
        compress: { passes: 2 },
        mangle: true,
        // esbuild's legal comments (/*! … */, @license) stay, as they did.
        format: { comments: 'some' },
        sourceMap: { content: lowered.map, asObject: true },
      });
      return { code: out.code, map: out.map };
    },
  };
}

/** The element's stylesheet minified as CSS (withMinifiedCss): esbuild's JavaScript pass keeps a template's text. */
function minifyStyles(target) {
  const styles = join(js, 'styles.js');
  return {
    name: 'minify-styles',
    transform(code, id) {
      // No map: the module's lines are not moved, and an empty one keeps Rollup from warning.
      return id === styles ? { code: withMinifiedCss(code, target), map: { mappings: '' } } : null;
    },
  };
}

/** Both bundles stop on any warning of Rollup's. */
function refuseWarnings(warning) {
  throw new Error(`scripts/bundle.mjs: ${warning.message}`);
}

/**
 * What both bundles write into `out`: ES modules named after their entries, each with its source
 * map (the sources' text in, named js/…), minified (`minifyChunks`) unless `minify` is false.
 */
function written(out, target, minify) {
  return {
    dir: out,
    format: 'es',
    entryFileNames: '[name].js',
    sourcemap: true,
    sourcemapExcludeSources: false,
    sourcemapPathTransform: (source) => source.replace(/^(\.\.\/)+js\//, 'js/'),
    plugins: minify ? [minifyChunks(target)] : [],
  };
}

export async function bundle(out, { minify = true } = {}) {
  const target = floorTargets();
  const glue = new Set(GLUE.map((name) => join(js, name)));
  const build = await rollup({
    input: { [ENTRY.replace(/\.js$/, '')]: join(js, ENTRY) },
    // The glue stays the package's own modules, imported as './glue.js' (and './index.js' when needed).
    external: (id, importer) => glue.has(importer ? resolve(dirname(importer), id) : id),
    preserveEntrySignatures: 'allow-extension',
    plugins: minify ? [minifyStyles(target)] : [],
    onwarn: refuseWarnings,
  });
  const { output } = await build.write({
    ...written(out, target, minify),
    // A lazy chunk is named after its module (link.js, i18n-en.js): the names the tests, the
    // size report and a portal's CSP or cache rules already know.
    chunkFileNames: '[name].js',
    // The glue's modules, beside the bundle in pkg/ as in js/.
    paths: (id) => (glue.has(id) ? `./${relative(js, id)}` : id),
  });
  await build.close();
  const chunks = output.filter((o) => o.type === 'chunk');
  const names = chunks.map((c) => c.fileName);
  // Every lazy module keeps its own name (a second chunk of one name would get a number).
  for (const lazy of reached([ENTRY], { dynamic: true })) {
    const isChunk = chunks.find((c) => c.facadeModuleId === join(js, lazy) && c.isDynamicEntry);
    if (isChunk && isChunk.fileName !== lazy) throw new Error(`scripts/bundle.mjs: ${lazy} was written as ${isChunk.fileName}`);
  }
  // The widget modules now inside a chunk, but those the batch page imports one by one, leave pkg/.
  const keep = new Set([...batchModules(), ...names]);
  const removed = [];
  for (const name of reached([ENTRY], { dynamic: true })) {
    if (keep.has(name)) continue;
    for (const file of [name, `${name}.map`]) rmSync(join(out, file), { force: true });
    removed.push(name);
  }
  return { chunks: names, removed };
}

/**
 * pkg/glue.js: the glue the widget imports and every module it imports (boundary.js, data.js,
 * details.js, init.js and the engine's bindings, engine.js, as the build wrote and minified them in
 * DIR) as one module (issue 26): six files compressed alone were 7.9 KB brotli, one 6.6 KB or less,
 * and a page fetches one. index.js (the entry point) imports it, and the reader's bindings apart.
 * The bundled modules leave DIR. Minified as the widget's chunks are, unless `minify` is false.
 */
export async function bundleGlue(out, { minify = true } = {}) {
  const target = floorTargets();
  const engine = join(resolve(out), 'engine.js');
  const build = await rollup({
    input: { [GLUE_ROOT.replace(/\.js$/, '')]: join(js, GLUE_ROOT) },
    plugins: [
      {
        name: 'built-bindings',
        // wasm-bindgen's bindings are the build's, in DIR, not in js/.
        resolveId: (id, importer) => (id === './engine.js' && importer?.startsWith(js) ? engine : null),
      },
    ],
    onwarn: refuseWarnings,
  });
  const { output } = await build.write(written(out, target, minify));
  await build.close();
  const chunks = output.filter((o) => o.type === 'chunk').map((c) => c.fileName);
  if (chunks.join() !== GLUE_ROOT) throw new Error(`scripts/bundle.mjs: the glue was written as ${chunks.join(', ')}`);
  const inside = output[0].moduleIds ?? Object.keys(output[0].modules);
  const bundled = inside.map((id) => relative(id.startsWith(js) ? js : resolve(out), id));
  const expected = [...GLUE_BUNDLED, GLUE_ROOT].sort();
  if (bundled.slice().sort().join() !== expected.join()) {
    throw new Error(`scripts/bundle.mjs: the glue bundle holds ${bundled.join(', ')}, not ${expected.join(', ')}`);
  }
  for (const name of GLUE_BUNDLED) for (const file of [name, `${name}.map`]) rmSync(join(out, file), { force: true });
  return { chunks, removed: GLUE_BUNDLED };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node scripts/bundle.mjs DIR (writes the widget bundle into DIR)');
    process.exit(2);
  }
  const minify = process.env.MINIFY !== 'none';
  const { chunks, removed } = await bundle(dir, { minify });
  console.log(`bundle: ${dir}: ${chunks.join(' ')} (rollup; in the bundle, removed: ${removed.join(' ')})`);
  const glue = await bundleGlue(dir, { minify });
  console.log(`bundle: ${dir}: ${glue.chunks.join(' ')} (rollup; in the bundle, removed: ${glue.removed.join(' ')})`);
}
