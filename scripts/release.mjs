#!/usr/bin/env node
// Checks the npm tarball of a built pkg/ before it is published:
//   node scripts/release.mjs pkg [TARBALL]
// (scripts/release.sh builds, packs and runs this; tests/node/release.test.mjs
// runs the same checks on pkg/). Without TARBALL it asks `npm pack --dry-run`
// (of the absolute path: a bare `pkg` would name the registry's package)
// what the tarball would hold. Problems are printed and the exit status is 1:
//   - a file of pkg/ left out of the tarball, or a tarball file not in pkg/;
//   - a release file missing (licences, notices, changelog, README,
//     DEPLOY.md, integrity.json);
//   - an `exports` or `typesVersions` target, `main`, `module` or `types`
//     naming no file of the tarball;
//   - integrity.json not matching the files (a stale manifest);
//   - a phantom reference: a relative import, `new URL('…', import.meta.url)`
//     or importScripts naming a file the tarball lacks;
//   - a version that differs between package.json, integrity.json and the
//     newest CHANGELOG entry.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MANIFEST, manifest, packageFiles } from './integrity.mjs';

export const RELEASE_FILES = [
  'LICENSE-MIT',
  'LICENSE-APACHE',
  'THIRD-PARTY-NOTICES',
  'CHANGELOG.md',
  'README.md',
  'DEPLOY.md',
  MANIFEST,
  'package.json',
];

/** The paths `npm pack` puts in the tarball (from a tarball, or a dry run of dir). */
export function tarballFiles(dir, tarball) {
  if (tarball) {
    return execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
      .split('\n')
      .filter((line) => line.startsWith('package/') && !line.endsWith('/'))
      .map((line) => line.slice('package/'.length))
      .sort();
  }
  const [packed] = JSON.parse(execFileSync('npm', ['pack', resolve(dir), '--dry-run', '--json'], { encoding: 'utf8' }));
  return packed.files.map((file) => file.path).sort();
}

/** Every file a module names: relative imports, new URL(…, import.meta.url), importScripts. */
function references(path, text) {
  const named = [];
  const patterns = [
    /(?:^|[;\s}])(?:import|export)\s*(?:[^'"`;]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g,
    /\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g,
    /new URL\(\s*["']([^"']+)["']\s*,\s*import\.meta\.url\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of text.matchAll(pattern)) named.push(match[1]);
  return named.map((target) => posix.normalize(posix.join(posix.dirname(path), target)));
}

/** The problems of the package in dir (and its tarball): an empty list when it can be released. */
export function problems(dir, tarball) {
  const found = [];
  const inDir = packageFiles(dir).concat(MANIFEST).sort();
  const packed = tarballFiles(dir, tarball);
  const has = new Set(packed);
  for (const file of inDir) if (!has.has(file)) found.push(`${file} is in ${dir} but not in the tarball`);
  for (const file of packed) if (!inDir.includes(file)) found.push(`${file} is in the tarball but not in ${dir}`);
  for (const file of RELEASE_FILES) if (!has.has(file)) found.push(`the release file ${file} is missing`);

  const meta = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const targets = [meta.main, meta.module, meta.types];
  const walk = (value) => {
    if (typeof value === 'string') targets.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(meta.exports);
  walk(meta.typesVersions);
  for (const target of targets.filter(Boolean)) {
    const path = posix.normalize(target);
    const pattern = new RegExp(
      `^${path
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    );
    const matches = path.includes('*') ? packed.some((file) => pattern.test(file)) : has.has(path);
    if (!matches) found.push(`package.json names ${target}, which the tarball lacks`);
  }

  let stated;
  try {
    stated = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8'));
  } catch {
    found.push(`${MANIFEST} is missing or not JSON: run scripts/build.sh`);
  }
  if (stated) {
    const now = manifest(dir);
    if (stated.version !== meta.version) found.push(`${MANIFEST} is of version ${stated.version}, the package ${meta.version}`);
    for (const [path, entry] of Object.entries(now.files)) {
      if (stated.files[path]?.integrity !== entry.integrity) found.push(`${MANIFEST} does not match ${path}`);
    }
    for (const path of Object.keys(stated.files)) if (!now.files[path]) found.push(`${MANIFEST} lists ${path}, which is gone`);
  }

  for (const file of packed.filter((path) => path.endsWith('.js'))) {
    const text = readFileSync(join(dir, file), 'utf8');
    for (const target of references(file, text)) {
      if (!has.has(target)) found.push(`${file} names ${target}, which the tarball lacks`);
    }
  }

  const changelog = readFileSync(join(dir, 'CHANGELOG.md'), 'utf8').split('\n## ')[1] ?? '';
  if (!changelog.startsWith(meta.version)) found.push(`the newest CHANGELOG entry is not ${meta.version}`);
  return found;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'pkg');
  const found = problems(dir, process.argv[3]);
  for (const problem of found) console.error(`release: ${problem}`);
  if (found.length > 0) process.exit(1);
  console.log(`release: ${dir}${process.argv[3] ? ` and ${process.argv[3]}` : ''}: ready`);
}
