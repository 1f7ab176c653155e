// The demo pages preload every module the widget imports (and the engine's),
// so that on a phone's network no import waits for the one before it; and
// they preload nothing the widget does not load. The modules are read from
// the built package (pkg/: the widget is bundled by scripts/bundle.mjs), as
// a browser follows them.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { root } from './helpers.mjs';
import { staticImports } from '../../scripts/size-report.mjs';

/** The modules pkg/`entry` imports (or re-exports), followed through pkg/, as /pkg/ paths. */
function importsOf(entry) {
  return staticImports(entry)
    .filter((f) => f !== entry)
    .map((f) => `/pkg/${f}`)
    .sort();
}

const pages = readdirSync(join(root, 'www')).filter((f) => f.endsWith('.html'));

test('every demo page with the widget preloads exactly the modules it imports, and the words of its language', () => {
  const modules = importsOf('hitech-eligibility.js');
  // The glue, its modules and the engine's bindings bundled in one (issue 26); not index.js, whose
  // reader a first visit does without.
  assert.ok(
    modules.includes('/pkg/glue.js') && !modules.includes('/pkg/index.js') && !modules.includes('/pkg/reader.js'),
    modules.join(),
  );
  // Bundled: none of the widget's own modules is fetched apart (session.js, form.js … are in the bundle).
  assert.ok(!modules.includes('/pkg/session.js') && !modules.includes('/pkg/form.js'), modules.join());
  let checked = 0;
  for (const page of pages) {
    const html = readFileSync(join(root, 'www', page), 'utf8');
    if (!html.includes('<hitech-eligibility')) continue;
    const preloaded = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]).sort();
    // The widget loads one language's words (a dynamic import), the element's `lang`.
    const lang = /<hitech-eligibility[^>]*\blang="en/.test(html) ? 'en' : 'zh-Hans';
    assert.deepEqual(preloaded, [...modules, `/pkg/i18n-${lang}.js`].sort(), page);
    // And what the glue fetches beside the wasm: the catalogue and the words of that language only.
    const fetched = [...html.matchAll(/<link rel="preload" href="([^"]+)" as="fetch"[^>]*>/g)].map((m) => m[1]).sort();
    assert.deepEqual(fetched, ['/pkg/catalogue.json', '/pkg/hitech_eligibility_bg.wasm', `/pkg/words-${lang}.json`], page);
    checked++;
  }
  assert.ok(checked >= 5, `${checked} pages`);
});
