#!/usr/bin/env node
// What the shipped wasm (pkg/hitech_eligibility_bg.wasm) is made of:
//   1. its sections (code, data, the rest), raw and gzip-9 each on its own;
//   2. within the data section, an estimate of the catalogue's text: maximal
//      runs of printable UTF-8 (≥ 4 bytes) — Chinese (3-byte characters) and
//      ASCII/English counted apart; the rest of the data is tables, numbers
//      and padding;
//   3. with --twiggy BIN: `twiggy top -n 15` of a NAMED twin of the shipped
//      file (--named FILE: the same wasm-bindgen + wasm-opt -Oz, but keeping
//      the name section; scripts/bench.sh builds it), so the largest items
//      have names, not just code[N].
//
//   node bench/wasm-size.mjs [--wasm FILE] [--named FILE] [--twiggy BIN] [--json FILE]

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, gzipSync } from 'node:zlib';
import { arg } from './corpus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const gz = (bytes) => gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length;
const SECTION_NAMES = [
  'custom',
  'type',
  'import',
  'function',
  'table',
  'memory',
  'global',
  'export',
  'start',
  'element',
  'code',
  'data',
  'datacount',
  'tag',
];

function leb(bytes, at) {
  let result = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    result += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (!(byte & 0x80)) return [result, at];
  }
}

/** The sections: [{ id, name, start, end }] (payload bounds). */
export function sections(bytes) {
  if (bytes.readUInt32LE(0) !== 0x6d736100) throw new Error('not a wasm file');
  const out = [];
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, start] = leb(bytes, at + 1);
    let name = SECTION_NAMES[id] ?? `section ${id}`;
    if (id === 0) {
      const [length, nameStart] = leb(bytes, start);
      name = `custom "${bytes.subarray(nameStart, nameStart + length).toString('utf8')}"`;
    }
    out.push({ id, name, headerStart: at, start, end: start + size });
    at = start + size;
  }
  return out;
}

/** The bytes of every data segment, concatenated. */
function dataBytes(bytes, section) {
  let [count, at] = leb(bytes, section.start);
  const parts = [];
  while (count-- > 0) {
    const [flags, next] = leb(bytes, at);
    at = next;
    if (flags === 2) [, at] = leb(bytes, at); // memory index
    if (flags !== 1) {
      // A constant expression, ended by 0x0b (i32.const N end, as rustc writes).
      while (bytes[at] !== 0x0b) at++;
      at++;
    }
    const [size, dataStart] = leb(bytes, at);
    parts.push(bytes.subarray(dataStart, dataStart + size));
    at = dataStart + size;
  }
  return Buffer.concat(parts);
}

/** Printable UTF-8 runs of ≥ 4 bytes: { cjkBytes, asciiBytes, otherTextBytes, runs }. */
export function textRuns(data) {
  const totals = { cjkBytes: 0, asciiBytes: 0, otherTextBytes: 0, runs: 0 };
  let run = { cjk: 0, ascii: 0, other: 0 };
  const flush = () => {
    if (run.cjk + run.ascii + run.other >= 4) {
      totals.cjkBytes += run.cjk;
      totals.asciiBytes += run.ascii;
      totals.otherTextBytes += run.other;
      totals.runs++;
    }
    run = { cjk: 0, ascii: 0, other: 0 };
  };
  for (let i = 0; i < data.length; ) {
    const b = data[i];
    if ((b >= 0x20 && b < 0x7f) || b === 0x0a) {
      run.ascii++;
      i++;
      continue;
    }
    let length = 0;
    let cp = 0;
    if (b >= 0xc2 && b <= 0xdf) [length, cp] = [2, b & 0x1f];
    else if (b >= 0xe0 && b <= 0xef) [length, cp] = [3, b & 0x0f];
    else if (b >= 0xf0 && b <= 0xf4) [length, cp] = [4, b & 0x07];
    let ok = length > 0 && i + length <= data.length;
    for (let k = 1; ok && k < length; k++) {
      if ((data[i + k] & 0xc0) !== 0x80) ok = false;
      else cp = cp * 64 + (data[i + k] & 0x3f);
    }
    if (!ok || cp < 0xa0) {
      flush();
      i++;
      continue;
    }
    const cjk = (cp >= 0x3000 && cp <= 0x9fff) || (cp >= 0xff00 && cp <= 0xffef);
    run[cjk ? 'cjk' : 'other'] += length;
    i += length;
  }
  flush();
  return totals;
}

export function analyse(file) {
  const bytes = readFileSync(file);
  const list = sections(bytes);
  const by = (id) => list.filter((s) => s.id === id);
  const sum = (items) => items.reduce((n, s) => n + (s.end - s.headerStart), 0);
  const slice = (items) => Buffer.concat(items.map((s) => bytes.subarray(s.headerStart, s.end)));
  const code = by(10);
  const data = by(11);
  const rest = list.filter((s) => s.id !== 10 && s.id !== 11);
  const text = data.length ? textRuns(dataBytes(bytes, data[0])) : { cjkBytes: 0, asciiBytes: 0, otherTextBytes: 0, runs: 0 };
  return {
    file,
    raw: bytes.length,
    gzip: gz(bytes),
    code: { raw: sum(code), gzip: gz(slice(code)) },
    data: { raw: sum(data), gzip: gz(slice(data)) },
    other: { raw: sum(rest) + 8, gzip: gz(slice(rest)), sections: rest.map((s) => `${s.name} ${s.end - s.headerStart}`) },
    text,
  };
}

export function twiggyTop(bin, file, n = 15) {
  const run = spawnSync(bin, ['top', '-n', String(n), file], { encoding: 'utf8' });
  return run.status === 0 ? run.stdout.trimEnd() : null;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const pct = (n, of) => `${((100 * n) / of).toFixed(0)} %`;

export function markdown(r, twiggy) {
  const t = r.text;
  const textTotal = t.cjkBytes + t.asciiBytes + t.otherTextBytes;
  const lines = [
    `\`${r.file.replace(root + '/', '')}\`: ${r.raw.toLocaleString('en-US')} B raw, ${r.gzip.toLocaleString('en-US')} B gzip-9.`,
    '',
    '| part of the wasm | raw | share | gzip-9 alone |',
    '|---|---:|---:|---:|',
    `| code section (functions) | ${kb(r.code.raw)} | ${pct(r.code.raw, r.raw)} | ${kb(r.code.gzip)} |`,
    `| data section (static data) | ${kb(r.data.raw)} | ${pct(r.data.raw, r.raw)} | ${kb(r.data.gzip)} |`,
    `| &nbsp;&nbsp;of which printable text runs (catalogue, messages) | ${kb(textTotal)} | ${pct(textTotal, r.raw)} | |`,
    `| &nbsp;&nbsp;&nbsp;&nbsp;Chinese (CJK, 3 B/char) | ${kb(t.cjkBytes)} | ${pct(t.cjkBytes, r.raw)} | |`,
    `| &nbsp;&nbsp;&nbsp;&nbsp;ASCII (English, ids, field names) | ${kb(t.asciiBytes)} | ${pct(t.asciiBytes, r.raw)} | |`,
    `| other sections (types, imports, exports, …) | ${kb(r.other.raw)} | ${pct(r.other.raw, r.raw)} | ${kb(r.other.gzip)} |`,
  ];
  if (twiggy) {
    lines.push(
      '',
      '`twiggy top -n 15` of a named twin of the shipped wasm (same wasm-bindgen + `wasm-opt -Oz`, name section kept; the name subsections are not in the shipped file):',
      '',
      '```',
      twiggy,
      '```',
    );
  }
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const wasm = arg('wasm', join(root, 'pkg', 'hitech_eligibility_bg.wasm'));
  if (!existsSync(wasm)) {
    console.error(`wasm-size: ${wasm} is missing: run scripts/build.sh`);
    process.exit(2);
  }
  const result = analyse(wasm);
  const bin = arg('twiggy', null);
  const named = arg('named', null);
  const twiggy = bin && existsSync(bin) ? twiggyTop(bin, named && existsSync(named) ? named : wasm) : null;
  result.twiggy = twiggy;
  const json = arg('json', null);
  if (json) writeFileSync(json, JSON.stringify(result, null, 2) + '\n');
  console.log(markdown(result, twiggy));
}
