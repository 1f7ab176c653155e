// The npm tarball in a portal's bundler, with no configuration: `npm pack`
// of pkg/, unpacked into a tiny app's node_modules (no registry), built for
// production by webpack 5 and by Vite with no configuration, by Rollup
// with the two plugins it needs for any npm package with assets
// (@rollup/plugin-node-resolve, @web/rollup-plugin-import-meta-assets), and
// by esbuild with the seven asset files it does not emit copied beside its
// bundle, all from the root package-lock.json,
// then each build served as static files and opened in headless Chromium.
// Checked for each bundler:
//   - the build has no error and no warning about the package (webpack 5
//     failed, and Vite warned, on wasm-bindgen's default engine_bg.wasm);
//   - the engine's wasm is emitted, byte for byte the package's, and the
//     emitted JavaScript names the emitted file;
//   - <hitech-batch>'s registration survives tree-shaking (sideEffects);
//   - in Chromium both elements are defined, the widget shows its questions,
//     and an answer fires hitech-eligibility-change with a full report;
//     the batch element's worker starts (hitech-batch-ready), its batch.js
//     and wasm found under the names the bundler gave them.
// Needs pkg/ built (scripts/build.sh) and Debian's Chromium.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, relative } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../browser/browser.mjs';
import { STRINGS } from '../../js/i18n.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkgDir = join(root, 'pkg');
const wasmBytes = readFileSync(join(pkgDir, 'hitech_eligibility_bg.wasm'));
const en = STRINGS.en;

let work;
let tarball;
let browser;

before(async () => {
  assert.ok(existsSync(join(pkgDir, 'package.json')), 'pkg/ is not built: run scripts/build.sh first');
  work = mkdtempSync(join(tmpdir(), 'hitech-bundlers-'));
  const packed = JSON.parse(
    execFileSync('npm', ['pack', pkgDir, '--json', '--pack-destination', work], { encoding: 'utf8', cwd: root }),
  );
  tarball = join(work, packed[0].filename);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** A tiny portal app: the package unpacked from the tarball, one page with both elements. */
function app(name) {
  const dir = join(work, name);
  const pkg = join(dir, 'node_modules', 'hitech-eligibility');
  mkdirSync(pkg, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', pkg, '--strip-components=1']);
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `portal-${name}`, private: true, type: 'module' }));
  writeFileSync(
    join(dir, 'src', 'main.js'),
    // Bare imports, as a portal writes them: only sideEffects keeps them in a production build.
    // (The batch worker's ready message comes long after this module has run.)
    "import 'hitech-eligibility/widget';\nimport 'hitech-eligibility/batch';\ndocument.addEventListener('hitech-batch-ready', () => (window.batchReady = true));\n",
  );
  return dir;
}

const page = (script) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Portal</title>${script}</head>
<body>
<hitech-eligibility lang="en"></hitech-eligibility>
<hitech-batch lang="en"></hitech-batch>
</body>
</html>
`;

/** Every file under dir, relative. */
function listFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath ?? e.path, e.name)));
}

/** What a bundler wrote: the wasm files it emitted and its JavaScript. */
function checkOutput(dist) {
  const files = listFiles(dist);
  const wasm = files.filter((f) => f.endsWith('.wasm'));
  const engine = wasm.filter((f) => readFileSync(join(dist, f)).equals(wasmBytes));
  assert.equal(engine.length, 1, `the engine's wasm is emitted once, as it is: ${files.join(', ')}`);
  const js = files.filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(dist, f), 'utf8'));
  const all = js.join('\n');
  const emitted = engine[0].split('/').pop();
  assert.ok(all.includes(emitted), `the JavaScript names the emitted ${emitted}`);
  assert.ok(!all.includes('engine_bg.wasm'), 'no reference to engine_bg.wasm');
  // (assert.ok, not assert.match: a failure must not print the whole bundle)
  assert.ok(/customElements\.define\(\s*["'`]hitech-eligibility["'`]/.test(all), 'the widget is registered');
  assert.ok(/customElements\.define\(\s*["'`]hitech-batch["'`]/.test(all), 'the batch element survives tree-shaking');
  return { files, wasm: engine[0] };
}

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
};

/** Serves dir as a plain static server would (no SPA fallback: 404 for a missing file). */
async function serve(dir) {
  const requests = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    requests.push(path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, requests, close: () => server.close() };
}

/** Opens the built app, answers one question, and returns what happened. */
async function interact(dist, wasm) {
  const server = await serve(dist);
  const context = await browser.newContext();
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  tab.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
  try {
    await tab.goto(server.url, { waitUntil: 'load' });
    await tab
      .locator('hitech-eligibility .form')
      .waitFor({ timeout: 20000 })
      .catch((error) => {
        throw new Error(`the widget did not start: errors ${JSON.stringify(errors)}`, { cause: error });
      });
    // The batch element's worker, its batch.js and its wasm, renamed by the bundler, load too.
    await tab
      .waitForFunction(() => window.batchReady, null, { timeout: 20000 })
      .catch((error) => {
        throw new Error(`the batch element's worker did not start: errors ${JSON.stringify(errors)}`, { cause: error });
      });
    const defined = await tab.evaluate(() => ({
      widget: !!customElements.get('hitech-eligibility'),
      batch: !!customElements.get('hitech-batch'),
    }));
    await tab.evaluate(() => {
      window.seen = [];
      document.addEventListener('hitech-eligibility-change', (e) => window.seen.push(e.detail));
    });
    await tab.getByRole('group', { name: en.audience }).getByLabel(en.audiences.institution, { exact: true }).check();
    await tab.waitForFunction(() => window.seen.length > 0, null, { timeout: 10000 });
    const change = await tab.evaluate(() => ({
      audience: window.seen.at(-1).audience,
      results: window.seen.at(-1).report.results.length,
    }));
    const wasmRequested = server.requests.some((p) => p.endsWith(`/${wasm.split('/').pop()}`));
    return { defined, change, wasmRequested, errors };
  } finally {
    await context.close();
    server.close();
  }
}

function assertInteractive({ defined, change, wasmRequested, errors }) {
  assert.deepEqual(defined, { widget: true, batch: true });
  assert.equal(change.audience, 'institution');
  assert.ok(change.results > 10, `a full report: ${change.results} results`);
  assert.ok(wasmRequested, 'the page fetched the emitted wasm');
  assert.deepEqual(errors, []);
}

test('webpack 5, no configuration beyond entry and output: builds, emits the wasm, and the widget works', async () => {
  const { default: webpack } = await import('webpack');
  const dir = app('webpack');
  const dist = join(dir, 'dist');
  const stats = await new Promise((resolve, reject) =>
    webpack(
      { mode: 'production', context: dir, entry: './src/main.js', output: { path: dist, filename: 'main.js' } },
      (error, result) => (error ? reject(error) : resolve(result)),
    ),
  );
  const info = stats.toJson({ all: false, errors: true, warnings: true });
  assert.deepEqual(
    info.errors.map((e) => e.message),
    [],
  );
  // webpack's own size hints (the 200 kB wasm) are not about the package's references.
  const warnings = info.warnings.map((w) => w.message).filter((m) => !/size limit|performance/i.test(m));
  assert.deepEqual(warnings, []);
  writeFileSync(join(dist, 'index.html'), page('<script src="main.js" defer></script>'));
  const { wasm } = checkOutput(dist);
  assertInteractive(await interact(dist, wasm));
});

test('Vite, no configuration: builds without a warning about the package, emits the wasm, and the widget works', async () => {
  const { build } = await import('vite');
  const dir = app('vite');
  writeFileSync(join(dir, 'index.html'), page('<script type="module" src="/src/main.js"></script>'));
  const warnings = [];
  const logger = {
    info() {},
    warn: (message) => warnings.push(message),
    warnOnce: (message) => warnings.push(message),
    error: (message) => warnings.push(message),
    clearScreen() {},
    hasErrorLogged: () => false,
    hasWarned: false,
  };
  await build({ root: dir, configFile: false, logLevel: 'warn', customLogger: logger, build: { outDir: 'dist' } });
  // Vite's chunk-size advice is not about references; anything naming the package's files is.
  assert.deepEqual(
    warnings.filter((w) => !/chunk.*larger than|chunkSizeWarningLimit/is.test(w)),
    [],
  );
  const dist = join(dir, 'dist');
  const { wasm } = checkOutput(dist);
  assertInteractive(await interact(dist, wasm));
});

test('Rollup with node-resolve and import-meta-assets (plain Rollup resolves neither packages nor asset URLs): builds, emits the wasm, and the widget works', async () => {
  const { rollup } = await import('rollup');
  const { nodeResolve } = await import('@rollup/plugin-node-resolve');
  const { importMetaAssets } = await import('@web/rollup-plugin-import-meta-assets');
  const dir = app('rollup');
  const dist = join(dir, 'dist');
  const warnings = [];
  const bundle = await rollup({
    input: join(dir, 'src', 'main.js'),
    plugins: [nodeResolve({ rootDir: dir }), importMetaAssets()],
    onwarn: (warning) => warnings.push(warning.message),
  });
  await bundle.write({ dir: dist, format: 'es', entryFileNames: 'main.js' });
  await bundle.close();
  assert.deepEqual(warnings, []);
  writeFileSync(join(dist, 'index.html'), page('<script type="module" src="main.js"></script>'));
  const { wasm } = checkOutput(dist);
  assertInteractive(await interact(dist, wasm));
});

/**
 * The files esbuild leaves to the app (WIDGET.md, Bundlers): it bundles the
 * modules but does not emit what `new URL('./file', import.meta.url)` names,
 * so the app copies these beside its bundle.
 */
const ESBUILD_ASSETS = [
  'hitech_eligibility_bg.wasm',
  'hitech_eligibility_reader_bg.wasm',
  'catalogue.json',
  'words-zh-Hans.json',
  'words-en.json',
  'details.json',
  'hitech-eligibility.css',
  'batch/batch.js',
  'batch/batch_bg.wasm',
  'batch/batch-worker.js',
  'batch/hitech-batch.css',
];

test('esbuild, bundling with the documented copy of the package’s eleven asset files (the worker where <hitech-batch worker-src> says): builds without a warning, and both elements work', async () => {
  const { build } = await import('esbuild');
  const dir = app('esbuild');
  const dist = join(dir, 'dist');
  const result = await build({
    absWorkingDir: dir,
    entryPoints: ['./src/main.js'],
    bundle: true,
    format: 'esm',
    minify: true,
    outdir: 'dist',
    logLevel: 'silent',
  });
  assert.deepEqual(result.errors, []);
  assert.deepEqual(result.warnings, []);
  // What the bundle names by new URL(…, import.meta.url) is exactly what WIDGET.md tells the app to copy.
  const bundle = readFileSync(join(dist, 'main.js'), 'utf8');
  const named = [...bundle.matchAll(/new URL\(\s*["']\.\/([^"']+)["']\s*,\s*import\.meta\.url\s*\)/g)].map((m) => m[1]);
  assert.deepEqual([...new Set(named)].sort(), ESBUILD_ASSETS.map((f) => f.split('/').pop()).sort());
  // The worker goes where the portal's own worker-src says, the rest beside the bundle.
  mkdirSync(join(dist, 'workers'));
  for (const file of ESBUILD_ASSETS) {
    const name = file.split('/').pop();
    const to = name === 'batch-worker.js' ? join('workers', name) : name;
    writeFileSync(join(dist, to), readFileSync(join(dir, 'node_modules', 'hitech-eligibility', file)));
  }
  const html = page('<script type="module" src="main.js"></script>').replace(
    '<hitech-batch lang="en">',
    '<hitech-batch lang="en" worker-src="workers/batch-worker.js">',
  );
  assert.ok(html.includes('worker-src'));
  writeFileSync(join(dist, 'index.html'), html);
  const { wasm } = checkOutput(dist);
  assertInteractive(await interact(dist, wasm));
});
