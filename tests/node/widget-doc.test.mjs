// js/WIDGET.md says what a portal can rely on: the element's attributes,
// events and parts. This holds its tables to the lists at the top of the
// element class, and those lists to what the widget's modules dispatch and
// render (tests/browser/element.test.mjs checks the parts of a live widget).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { root } from './helpers.mjs';
import { GROUPS } from '../../js/grouping.js';

// The element module needs a browser's globals only to define itself; its
// engine load fails without one and is reported by elements, of which there are none.
globalThis.HTMLElement ??= class {};
globalThis.customElements ??= { get: () => undefined, define: () => {} };
globalThis.document ??= { getElementsByTagName: () => [], documentElement: { lang: '' } };
// pkg/ (built from js/ by scripts/build.sh): js/index.js imports the generated bindings.
const { HitechEligibility } = await import(join(root, 'pkg', 'hitech-eligibility.js'));

const doc = readFileSync(join(root, 'js', 'WIDGET.md'), 'utf8');
/** The text of a `## ` or `### ` section of WIDGET.md, up to the next heading of its level or above. */
const section = (title) => {
  const start = doc.search(new RegExp(`^#{2,3} ${title}$`, 'm'));
  assert.ok(start >= 0, `WIDGET.md has a section “${title}”`);
  const rest = doc.slice(start + 1);
  const end = rest.search(/^#{2,3} /m);
  return end < 0 ? rest : rest.slice(0, end);
};
/** The names in the first column of the tables of a text (`a`, `b` in a cell), in order. */
const firstColumn = (text) =>
  text
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) => [...line.split('|')[1].matchAll(/`([^`]+)`/g)].map((m) => m[1]));

const sources = readdirSync(join(root, 'js'))
  .filter((f) => f.endsWith('.js'))
  .map((f) => readFileSync(join(root, 'js', f), 'utf8'))
  .join('\n');

test('WIDGET.md’s attribute table is observedAttributes', () => {
  assert.deepEqual([...firstColumn(section('Attributes'))].sort(), [...HitechEligibility.observedAttributes].sort());
});

test('WIDGET.md’s event table is the events the class lists, and those are the events its modules dispatch', () => {
  const table = firstColumn(section('Events')).filter((name) => name.startsWith('hitech-eligibility-'));
  assert.deepEqual([...table].sort(), [...HitechEligibility.events].sort());
  const emitted = new Set([...sources.matchAll(/#emit\('([a-z]+)'/g)].map((m) => `hitech-eligibility-${m[1]}`));
  assert.deepEqual([...emitted].sort(), [...HitechEligibility.events].sort());
});

test('WIDGET.md’s parts table is the parts the class lists, and those are the parts its views write', () => {
  const theming = section('Theming');
  const parts = theming.slice(theming.indexOf('Parts, for'));
  assert.deepEqual([...firstColumn(parts)].sort(), [...HitechEligibility.parts].sort());
  const written = new Set();
  for (const [, value] of sources.matchAll(/\bpart: '([a-z -]+)'/g)) for (const p of value.split(' ')) written.add(p);
  // The groups' parts are written from the list of groups: `group group-${status}`.
  assert.match(sources, /part: `group group-\$\{status\}`/);
  for (const g of GROUPS) written.add('group').add(`group-${g}`);
  assert.deepEqual([...written].sort(), [...HitechEligibility.parts].sort());
});

test('WIDGET.md lists every measure id and zone id a portal can use, as measures() and zones() give them', async () => {
  const { engine } = await import('./helpers.mjs');
  const { START, END, idTables } = await import('../../scripts/widget-ids.mjs');
  const between = doc.slice(doc.indexOf(START) + START.length, doc.indexOf(END)).trim();
  assert.ok(doc.includes(START) && doc.includes(END), 'the markers are there');
  assert.equal(between, idTables(engine.measures(), engine.zones()), 'run node scripts/widget-ids.mjs');
  // Every measure and zone appears, by id.
  for (const { id } of [...engine.measures(), ...engine.zones()]) assert.ok(between.includes(`| \`${id}\` |`), id);
});
