#!/usr/bin/env node
// The tables of measure ids and zone ids in js/WIDGET.md ("Measure and zone
// ids"), which a portal uses for `contacts` and `zone`: written from the
// built package's measures() and zones(), between the markers below.
// tests/node/widget-doc.test.mjs holds the file to them.
//
//   node scripts/widget-ids.mjs          rewrites the tables in js/WIDGET.md
//
// Run scripts/build.sh first (it reads pkg/).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const START = '<!-- ids: written by scripts/widget-ids.mjs from measures() and zones(); do not edit -->';
export const END = '<!-- ids: end -->';

/** The markdown between the markers: a table of measures, then one of zones. */
export function idTables(measures, zones) {
  const cell = (text) => String(text).replaceAll('|', '\\|');
  return [
    '| Measure id (`contacts` key) | Title | 标题 |',
    '| --- | --- | --- |',
    ...measures.map((m) => `| \`${m.id}\` | ${cell(m.title.en)} | ${cell(m.title['zh-Hans'])} |`),
    '',
    '| Zone id (`zone`) | Zone | 高新区 | Level |',
    '| --- | --- | --- | --- |',
    ...zones.map((z) => `| \`${z.id}\` | ${cell(z.name.en)} | ${cell(z.name['zh-Hans'])} | ${z.level ?? 'asked'} |`),
  ].join('\n');
}

/** WIDGET.md's text with the tables between the markers replaced. */
export function withTables(doc, tables) {
  const [from, to] = [doc.indexOf(START), doc.indexOf(END)];
  if (from < 0 || to < from) throw new Error(`js/WIDGET.md: the markers ${START} … ${END} are missing`);
  return `${doc.slice(0, from + START.length)}\n\n${tables}\n\n${doc.slice(to)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('../', import.meta.url));
  const pkg = await import(`${root}pkg/index.js`);
  pkg.initSync({ module: readFileSync(`${root}pkg/hitech_eligibility_bg.wasm`) });
  const file = `${root}js/WIDGET.md`;
  writeFileSync(file, withTables(readFileSync(file, 'utf8'), idTables(pkg.measures(), pkg.zones())));
  console.log('widget-ids: js/WIDGET.md tables written');
}
