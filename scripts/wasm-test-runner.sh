#!/usr/bin/env bash
# Cargo's runner for wasm32 tests (scripts/test-wasm.sh): the test module
# goes through the same step as the package (scripts/build.sh) — only the
# browser floor's WebAssembly features, rustc's target_features section
# stripped — so the bindings are tested as they ship, then
# wasm-bindgen-test-runner (tools/) runs it.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
wasm=$1
shift
floor="${wasm%.wasm}.floor.wasm"
mapfile -t features < <(grep -v '^#' "$root/scripts/wasm-floor-features")
"$root/node_modules/.bin/wasm-opt" "$wasm" "${features[@]}" --strip-target-features --strip-dwarf -o "$floor"
exec "$root/${CARGO_TARGET_DIR:-target}/tools/bindgen-test-runner" "$floor" "$@"
