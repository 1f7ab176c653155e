#!/usr/bin/env bash
# Builds the package and serves the demo portal: www/ at /, pkg/ at /pkg/.
# Open http://127.0.0.1:8080/ (PORT=… to change the port).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh --wasm
scripts/build.sh
exec node scripts/serve.mjs
