#!/usr/bin/env bash
# Builds the npm tarball of a release and checks it:
#   scripts/release.sh [OUT_DIR]   (default: target/release-npm)
# 1. scripts/build.sh (pkg/, with integrity.json);
# 2. npm pack of pkg/ into OUT_DIR;
# 3. scripts/release.mjs on pkg/ and the tarball: every file packed, the
#    release files there, every exports/types target present, integrity.json
#    current, no phantom reference, one version throughout.
# Prints the tarball's path and its SHA-512 (as npm's `integrity`).
# Publishing (npm publish TARBALL) is left to the person releasing.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-target/release-npm}

scripts/build.sh
mkdir -p "$out"
tarball=$(npm pack ./pkg --pack-destination "$out" --json | node -e '
  let text = ""; process.stdin.on("data", (d) => (text += d));
  process.stdin.on("end", () => console.log(JSON.parse(text)[0].filename));')
node scripts/release.mjs pkg "$out/$tarball"
echo "release: $out/$tarball sha512-$(openssl dgst -sha512 -binary "$out/$tarball" | base64 -w0)"
