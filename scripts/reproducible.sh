#!/usr/bin/env bash
# Checks that the package build is reproducible: pkg/ built here (by
# scripts/build.sh) and pkg/ built again from the same tracked files in
# another directory with an empty Cargo target directory must be byte for
# byte the same. A difference means some tool writes the time, the path or
# some other state of the machine into a shipped file.
#
# The second build uses the same wasm-bindgen binary (built from this
# workspace's Cargo.lock) and the same node_modules (package-lock.json): the
# check is about the outputs, not about building the tools twice.
# Run scripts/build.sh first (scripts/test.sh does).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

say() { echo "reproducible: $*"; }

# The target directory and wasm-bindgen of the first build (CARGO_TARGET_DIR,
# BINDGEN, as scripts/build.sh takes them), as absolute paths.
target_dir=${CARGO_TARGET_DIR:-target}
case "$target_dir" in /*) ;; *) target_dir=$root/$target_dir ;; esac
bindgen=${BINDGEN:-$target_dir/tools/bindgen}
case "$bindgen" in /*) ;; *) bindgen=$root/$bindgen ;; esac
if [ ! -x "$bindgen" ] || [ ! -f pkg/hitech_eligibility_bg.wasm ]; then
  echo "reproducible: build the package first (scripts/build.sh)" >&2
  exit 1
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/hitech-repro.XXXXXX")
trap 'rm -rf "$work"' EXIT

# The tracked files only (and what is staged), as a clean clone has them.
git ls-files -z --cached | while IFS= read -r -d '' file; do
  [ -e "$file" ] || continue
  mkdir -p "$work/src-tree/$(dirname "$file")"
  cp -p "$file" "$work/src-tree/$file"
done
ln -s "$root/node_modules" "$work/src-tree/node_modules"

say "building again in $work/src-tree with an empty target directory"
(
  cd "$work/src-tree"
  CARGO_TARGET_DIR="$work/target" BINDGEN="$bindgen" bash scripts/build.sh >"$work/build.log" 2>&1
) || {
  cat "$work/build.log" >&2
  echo "reproducible: the second build failed" >&2
  exit 1
}

if diff -r "$root/pkg" "$work/src-tree/pkg" >"$work/diff.txt"; then
  say "pkg/ is byte-identical across the two builds ($(find pkg -type f | wc -l) files)"
else
  cat "$work/diff.txt" >&2
  # pkg/batch/ is a directory: every file, in a fixed order.
  (cd "$root/pkg" && find . -type f | LC_ALL=C sort | xargs sha256sum) >"$work/a.sum"
  (cd "$work/src-tree/pkg" && find . -type f | LC_ALL=C sort | xargs sha256sum) >"$work/b.sum"
  diff "$work/a.sum" "$work/b.sum" >&2 || true
  echo "reproducible: pkg/ differs between two builds of the same files" >&2
  exit 1
fi
