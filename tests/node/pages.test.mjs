// The demo pages preload every module the widget imports (and the engine's),
// so that on a phone's network no import waits for the one before it; and
// they preload nothing the widget does not load.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { root } from './helpers.mjs';

/** The relative modules a file imports (or re-exports), followed through js/ (laid out as pkg/ is), as /pkg/ paths. */
function importsOf(entry) {
  const seen = new Set();
  const walk = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (file === 'engine.js') return; // wasm-bindgen's, imports nothing of ours
    const path = join(root, 'js', file);
    for (const m of readFileSync(path, 'utf8').matchAll(
      /^(?:import|export) [^'"]*from ['"]\.\/([\w.-]+\.js)['"]|^import ['"]\.\/([\w.-]+\.js)['"]/gm,
    ))
      walk(m[1] ?? m[2]);
  };
  walk(entry);
  seen.delete(entry);
  return [...seen].map((f) => `/pkg/${f}`).sort();
}

const pages = readdirSync(join(root, 'www')).filter((f) => f.endsWith('.html'));

test('every demo page with the widget preloads exactly the modules it imports, and the words of its language', () => {
  const modules = importsOf('hitech-eligibility.js');
  assert.ok(modules.includes('/pkg/engine.js') && modules.includes('/pkg/session.js'), modules.join());
  let checked = 0;
  for (const page of pages) {
    const html = readFileSync(join(root, 'www', page), 'utf8');
    if (!html.includes('<hitech-eligibility')) continue;
    const preloaded = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]).sort();
    // The widget loads one language's words (a dynamic import), the element's `lang`.
    const lang = /<hitech-eligibility[^>]*\blang="en/.test(html) ? 'en' : 'zh-Hans';
    assert.deepEqual(preloaded, [...modules, `/pkg/i18n-${lang}.js`].sort(), page);
    checked++;
  }
  assert.ok(checked >= 5, `${checked} pages`);
});
