#!/usr/bin/env bash
# The bindings' own tests (#[wasm_bindgen_test] in src/shell/wasm.rs), compiled to
# wasm32 and run by wasm-bindgen-test-runner (tools/, built by
# scripts/setup.sh from the workspace's Cargo.lock): in Node, then in headless
# Chromium through Debian's chromedriver (flags in webdriver.json).
# Run scripts/setup.sh first (scripts/test.sh does).
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER="$PWD/scripts/wasm-test-runner.sh"

echo "test-wasm: in Node"
cargo test --locked --lib --target wasm32-unknown-unknown

echo "test-wasm: in headless Chromium"
WASM_BINDGEN_USE_BROWSER=1 CHROMEDRIVER=/usr/bin/chromedriver \
  cargo test --locked --lib --target wasm32-unknown-unknown
