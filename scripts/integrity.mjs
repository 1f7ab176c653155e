#!/usr/bin/env node
// The package's integrity manifest: node scripts/integrity.mjs pkg writes
// pkg/integrity.json, every file of the package (but the manifest itself)
// with its size and its SHA-384 as an `integrity` attribute takes it
// (`sha384-…`), sorted by path so that two builds write the same bytes.
// A portal checks its deployed copy against it and puts the hashes on its
// script and modulepreload tags (js/DEPLOY.md). scripts/build.sh writes it
// last; scripts/release.mjs checks it against the packed tarball.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const MANIFEST = 'integrity.json';

/** Every file under dir, as package paths (a/b.js), sorted, less the manifest. */
export function packageFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      relative(dir, join(entry.parentPath ?? entry.path, entry.name))
        .split(sep)
        .join('/'),
    )
    .filter((path) => path !== MANIFEST)
    .sort();
}

/** The `integrity` value of some bytes. */
export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** The manifest of dir: { package, version, files: { path: { size, integrity } } }. */
export function manifest(dir) {
  const { name, version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const files = {};
  for (const path of packageFiles(dir)) {
    const bytes = readFileSync(join(dir, path));
    files[path] = { size: bytes.length, integrity: sri(bytes) };
  }
  return { package: name, version, files };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node scripts/integrity.mjs DIR (writes DIR/integrity.json)');
    process.exit(2);
  }
  const written = manifest(dir);
  writeFileSync(join(dir, MANIFEST), `${JSON.stringify(written, null, 2)}\n`);
  console.log(`integrity: ${Object.keys(written.files).length} files in ${join(dir, MANIFEST)}`);
}
