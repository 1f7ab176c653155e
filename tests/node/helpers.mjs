// Shared by the Node tests: the wasm package loaded with initSync, the
// native CLI, and a seeded random generator.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prng } from '../prng.mjs';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const pkgDir = join(root, 'pkg');
export const TODAY = '2026-01-01';

const glue = join(pkgDir, 'index.js');
const wasmFile = join(pkgDir, 'hitech_eligibility_bg.wasm');
if (!existsSync(glue) || !existsSync(wasmFile)) {
  throw new Error('pkg/ is not built: run scripts/build.sh first');
}

/** The wasm package, initialised synchronously from the bytes. */
export const engine = await import(glue);
engine.initSync({ module: readFileSync(wasmFile) });

/** Why a mismatch with the CLI may be a stale build rather than a bug. */
export function staleness() {
  const built = statSync(wasmFile).mtimeMs;
  const newer = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (statSync(path).mtimeMs > built) newer.push(path.slice(root.length + 1));
    }
  };
  walk(join(root, 'src'));
  return newer.length ? ` (pkg/ is older than ${newer.join(', ')}: run scripts/build.sh)` : '';
}

let cliPath;
/** Builds (if needed) and returns the native command-line binary. */
export function cli() {
  if (cliPath) return cliPath;
  if (process.env.HITECH_CLI) return (cliPath = process.env.HITECH_CLI);
  const out = execFileSync('cargo', ['build', '--locked', '--quiet', '--bin', 'hitech-eligibility', '--message-format=json'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  for (const line of out.split('\n')) {
    if (!line.startsWith('{')) continue;
    const msg = JSON.parse(line);
    if (msg.reason === 'compiler-artifact' && msg.target?.name === 'hitech-eligibility' && msg.executable) {
      cliPath = msg.executable;
    }
  }
  if (!cliPath) throw new Error('cargo build did not report the hitech-eligibility executable');
  return cliPath;
}

/** Runs `check --jsonl` on the lines; returns the exit status and the parsed output lines. */
export function cliJsonl(file) {
  const run = spawnSync(cli(), ['check', '--jsonl', file], { encoding: 'utf8', maxBuffer: 256 << 20 });
  if (run.error) throw run.error;
  const lines = run.stdout.split('\n').filter((l) => l !== '');
  return { status: run.status, stderr: run.stderr, outputs: lines.map((l) => JSON.parse(l)) };
}

/** wasm evaluate as a record comparable with a CLI output line. */
export function wasmRecord(profile, line) {
  try {
    return engine.evaluate(profile, { today: TODAY });
  } catch (error) {
    if (!(error instanceof Error)) throw new Error(`evaluate threw a non-Error: ${String(error)}`);
    return { line, error: error.message };
  }
}

export { prng };

/** The hand-made corpus: one profile per line. */
export function corpus() {
  return readFileSync(join(root, 'tests', 'corpus', 'profiles.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l));
}
