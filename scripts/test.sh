#!/usr/bin/env bash
# Runs every test of the project on this machine, installing what it needs
# first (see scripts/setup.sh). This is the README's test command.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh

echo "== Rust: format, lints, unit and integration tests"
cargo fmt --all --check
cargo clippy --locked --workspace --all-targets -- -D warnings
cargo test --locked

echo "== WebAssembly package"
# The batch page's wasm (default features), the one-enterprise engine's (none) and its reader's.
cargo clippy --locked --lib --target wasm32-unknown-unknown -- -D warnings
cargo clippy --locked --lib --target wasm32-unknown-unknown --no-default-features -- -D warnings
cargo clippy --locked --lib --target wasm32-unknown-unknown --no-default-features --features reader -- -D warnings
scripts/test-wasm.sh
scripts/build.sh
scripts/reproducible.sh

echo "== JavaScript: format (prettier), lint, and the browser floor (eslint, eslint-plugin-compat)"
npx --no-install prettier --check .
npx --no-install eslint js

echo "== Node: the wasm package, parity with the CLI, types"
node --test tests/node/*.test.mjs

echo "== Types: React JSX and Vue templates refuse a misspelt attribute value; moduleResolution node"
node --test tests/types/*.test.mjs

echo "== Browser: the widget and the batch page in headless Chromium"
node --test --test-concurrency=1 tests/browser/*.test.mjs

echo "== Bundlers: the packed tarball in a tiny webpack 5, Vite and Rollup app, run in Chromium"
node --test tests/bundlers/*.test.mjs

echo "== Other engines: the smoke journey in Firefox ESR and WebKitGTK"
node --test --test-concurrency=1 tests/engines/*.test.mjs

echo "== Python: the notification export and the Spark job"
.venv/bin/python -m unittest discover -s tests/python -v
# The job pipes every partition through the release binary.
cargo build --locked --release --quiet
start=$(date +%s)
.venv/bin/python -m unittest discover -s spark/tests -v
echo "spark: the job's test took $(($(date +%s) - start)) s"

echo "== Size budgets"
node scripts/size-report.mjs --check
