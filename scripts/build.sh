#!/usr/bin/env bash
# Builds the WebAssembly package in pkg/, wholly generated from the package's
# sources in js/ (laid out as pkg/ is) and the Rust crate:
#   1. the library for wasm32-unknown-unknown (Cargo profile wasm-release);
#   2. wasm-bindgen --target web (ES module + .d.ts, with the declarations
#      written by hand in js/engine.d.ts appended), built from this
#      workspace's Cargo.lock (tools/), and Profile's fields written into the
#      .d.ts from the fact table;
#   3. wasm-opt from the binaryen npm package pinned in package-lock.json,
#      allowing only the WebAssembly features of the browser floor (README)
#      (WASM_OPT=none skips optimising; there is no other wasm-opt);
#   4. pkg/catalogue.json, pkg/words-zh-Hans.json, pkg/words-en.json and
#      pkg/details.json: the catalogue and its words, which the engine is
#      built without, from the command line's `engine-data`
#      (scripts/engine-data.mjs);
#      js/ copied as it is: the entry point index.js, the widget's modules and
#      declarations, README.md and package.json (not engine.d.ts, already in
#      the bindings' .d.ts, nor WIDGET.md, the widget's documentation); then
#      its JavaScript and the bindings' minified, with source maps
#      (scripts/minify.mjs); the widget's modules bundled into one, its lazy
#      parts apart (scripts/bundle.mjs);
#   5. the version in pkg/package.json set from Cargo.toml's, and the release
#      files: LICENSE-MIT, LICENSE-APACHE, CHANGELOG.md and
#      THIRD-PARTY-NOTICES (scripts/notices.mjs, from Cargo.lock);
#   6. the batch page's module in pkg/batch/: the library built again with
#      the `batch` feature (Cargo profile wasm-batch: opt-level 3), wasm-bindgen --target no-modules (a classic
#      worker's `wasm_bindgen` global: Firefox 91 has no module workers) as
#      batch.js + batch_bg.wasm, the same floor-features wasm-opt steps, and
#      js/batch/* copied as they are.
# The one-enterprise engine (step 1) is built with --no-default-features:
# the batch code (CSV, encodings, .xlsx) is only in pkg/batch/.
# Nothing in pkg/ is kept in git: it is removed at the start of each build.
#
# Every tool that writes a byte of pkg/ is locked: cargo runs with --locked,
# wasm-bindgen is the workspace's own (Cargo.lock), wasm-opt comes from
# package-lock.json. Two builds of one commit give identical files
# (scripts/reproducible.sh checks it).
#
# Run scripts/setup.sh first (scripts/test.sh and scripts/serve.sh do).
# For size experiments:
#   WASM_OPT="-Oz"            wasm-opt passes (default -Oz; "none" skips wasm-opt)
#   CARGO_OPT_LEVEL=s|z       overrides the engine's opt-level (not the batch module's)
#   BINDGEN=path              a wasm-bindgen built already from this Cargo.lock
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_OPT=${WASM_OPT:--Oz}
name=hitech_eligibility
out=pkg
profile=wasm-release
target_dir=${CARGO_TARGET_DIR:-target}

say() { echo "build: $*"; }

# The workspace's wasm-bindgen (tools/Cargo.toml): nothing to do when it is
# built and fresh. BINDGEN=path uses one built already (scripts/reproducible.sh).
if [ -n "${BINDGEN:-}" ]; then
  bindgen=$BINDGEN
else
  say "cargo build --locked --profile tools -p hitech-eligibility-tools"
  cargo build --locked --quiet --profile tools -p hitech-eligibility-tools
  bindgen=$target_dir/tools/bindgen
fi

cargo_args=(build --locked --lib --target wasm32-unknown-unknown)
# One crate, three builds: the engine (profile wasm-release, opt-level "s"),
# its reader (profile wasm-reader, the same with the `reader` feature),
# then the batch module (profile wasm-batch, the same at opt-level 3: a staff
# tool that reads whole registries is built for speed; Cargo.toml says what
# it measured).
batch_profile=wasm-batch
# The engine's reader (src/shell/wasm_reader.rs): the same crate with the
# `reader` feature, a second wasm the glue loads when a call needs the
# core's own reading and its messages (issue 26).
reader_profile=wasm-reader
engine_args=("${cargo_args[@]}" --profile "$profile" --no-default-features)
reader_args=("${cargo_args[@]}" --profile "$reader_profile" --no-default-features --features reader)
batch_args=("${cargo_args[@]}" --profile "$batch_profile" --no-default-features --features batch)
if [ -n "${CARGO_OPT_LEVEL:-}" ]; then
  # TOML: a number for 0–3, a string for s and z.
  case "$CARGO_OPT_LEVEL" in
    [0-3]) level=$CARGO_OPT_LEVEL ;;
    *) level="\"$CARGO_OPT_LEVEL\"" ;;
  esac
  # The engine's (size experiments); the batch module keeps its own.
  engine_args+=(--config "profile.$profile.opt-level=$level")
  reader_args+=(--config "profile.$reader_profile.opt-level=$level")
fi
say "cargo ${engine_args[*]}"
cargo "${engine_args[@]}"
say "cargo ${reader_args[*]}"
cargo "${reader_args[@]}"

# wasm-opt (locked by package-lock.json) does two jobs: it hides rustc's
# target_features section from wasm-bindgen, and it optimises (below).
opt=node_modules/.bin/wasm-opt
if [ ! -x "$opt" ]; then
  echo "build: $opt is missing: run scripts/setup.sh (npm ci)" >&2
  exit 1
fi
# The browser floor's WebAssembly features (README, .cargo/config.toml):
# every wasm-opt run allows exactly these, so a module that needs more fails
# the build instead of failing in a Chromium 86 or a Safari 15.
mapfile -t FLOOR_FEATURES < <(grep -v '^#' scripts/wasm-floor-features)

# Everything in pkg/ is generated: start clean so that a renamed file of js/
# cannot linger.
rm -rf "$out"
mkdir -p "$out"

# bindings PROFILE OUT_NAME [wasm-bindgen options]: the wasm Cargo built in
# PROFILE, its target_features section stripped (the section lists the
# features the precompiled standard library was built with, reference types
# among them, even though the code, built without them, uses none;
# wasm-bindgen would read it and switch to externref), given to wasm-bindgen
# --target web --experimental-reset-state-function (OUT_NAME.js exports
# __wbg_reset_state, with which the entry point replaces an instance that
# trapped), and its bindings patched: the wasm is passed by the package's
# own modules (init.js), never found by wasm-bindgen's default path.
bindings() {
  local profile_dir=$1 out_name=$2
  shift 2
  local raw="$target_dir/wasm32-unknown-unknown/$profile_dir/$name.wasm"
  local floor="$target_dir/wasm32-unknown-unknown/$profile_dir/$name.floor.wasm"
  say "wasm-opt: $profile_dir, floor features only, target_features section stripped"
  "$opt" "$raw" "${FLOOR_FEATURES[@]}" --strip-target-features -o "$floor"
  say "wasm-bindgen $("$bindgen" --version | awk '{print $2}') --target web --experimental-reset-state-function --out-dir $out --out-name $out_name $*"
  "$bindgen" --target web --experimental-reset-state-function --out-dir "$out" --out-name "$out_name" "$@" "$floor"
  local js="$out/$out_name.js"
  # wasm-bindgen 0.2.130's __wbg_reset_state calls wasm.__wbindgen_start(),
  # which a module without reference types does not export (its finalize does
  # not call it either): call it only when it is there. The line must be
  # exactly once in the function, or the build stops (a new wasm-bindgen).
  if [ "$(grep -c '^    wasm.__wbindgen_start();$' "$js")" != 1 ] \
    || ! grep -q "__wbindgen_start" <(sed -n '/^export function __wbg_reset_state/,/^}/p' "$js"); then
    echo "build: $js's __wbg_reset_state is not the one this build patches; check wasm-bindgen's output" >&2
    exit 1
  fi
  sed -i 's/^    wasm.__wbindgen_start();$/    wasm.__wbindgen_start?.();/' "$js"
  # wasm-bindgen's default path, new URL('OUT_NAME_bg.wasm', import.meta.url),
  # names a file pkg/ does not contain (the wasm is renamed below and passed
  # by init.js): webpack 5 fails on it ("Can't resolve 'engine_bg.wasm'") and
  # Vite warns. The default becomes an error naming what to do; the line must
  # be there exactly once, or the build stops (a new wasm-bindgen).
  local default_wasm="        module_or_path = new URL('${out_name}_bg.wasm', import.meta.url);"
  if [ "$(grep -cxF "$default_wasm" "$js")" != 1 ]; then
    echo "build: $js's default wasm path is not the one this build rewrites; check wasm-bindgen's output" >&2
    exit 1
  fi
  sed -i "s|^        module_or_path = new URL('${out_name}_bg.wasm', import.meta.url);\$|        throw new Error('hitech-eligibility: $out_name.js has no default wasm; call init() from index.js or pass { module_or_path }');|" "$js"
  if grep -q "${out_name}_bg\.wasm" "$js"; then
    echo "build: $js still names ${out_name}_bg.wasm" >&2
    exit 1
  fi
}

# The engine: pkg/engine.js and its .d.ts (the declarations of js/engine.d.ts
# ride in its custom section); the reader (src/shell/wasm_reader.rs):
# pkg/reader.js, which index.js imports only when a call needs it.
bindings "$profile" engine
bindings "$reader_profile" reader --no-typescript
mv "$out/reader_bg.wasm" "$out/${name}_reader_bg.wasm"
mv "$out/engine_bg.wasm" "$out/${name}_bg.wasm"
mv "$out/engine_bg.wasm.d.ts" "$out/${name}_bg.wasm.d.ts"
# Profile's fields come from the fact table (src/engine/fact.rs), as the
# command line built from the same code writes it (`engine-data`, which
# scripts/engine-data.mjs also splits into the package's data files below):
# a fact added to the table is declared without a word written by hand
# (scripts/declarations.mjs).
say "cargo run --locked --no-default-features --features details --bin hitech-eligibility -- engine-data"
cargo run --locked --quiet --no-default-features --features details --bin hitech-eligibility -- engine-data \
  >"$target_dir/engine-data.json"
node scripts/declarations.mjs "$out/engine.d.ts" "$target_dir/engine-data.json"
# The entry point (js/index.js, copied below) exports the same functions with
# the same signatures, so its declarations are the bindings' (written by hand
# in js/engine.d.ts), less the reset, which the entry point keeps to itself.
if ! grep -q '^export function __wbg_reset_state(): void;$' "$out/engine.d.ts"; then
  echo "build: engine.d.ts does not declare __wbg_reset_state (was --experimental-reset-state-function dropped?)" >&2
  exit 1
fi
{
  echo "// Declarations of index.js, which exports what engine.js exports."
  grep -v '^export function __wbg_reset_state(): void;$' "$out/engine.d.ts"
} >"$out/index.d.ts"
# Where index.js takes more than the bindings (issue 26): measures() an
# option, initSync and init the catalogue's details, and loadDetails. Each
# line must be there exactly once, or the build stops (a new wasm-bindgen).
node scripts/index-declarations.mjs "$out/index.d.ts"

wasm="$out/${name}_bg.wasm"
if [ "$WASM_OPT" = none ]; then
  say "wasm-opt: skipped (WASM_OPT=none)"
else
  # The binaryen npm package, locked by package-lock.json: a distro wasm-opt
  # may be too old for the features rustc enables, and another version would
  # write other bytes, so there is no fallback.
  say "$opt $WASM_OPT ($("$opt" --version))"
  # --low-memory-unused: Rust lays out the wasm32 stack first (1 MiB, growing down towards 0) and
  # its data above it, so nothing addresses the first 1,024 bytes; wasm-opt may then fold constant
  # offsets into loads and stores (the engine 0.25 KB brotli smaller).
  for file in "$wasm" "$out/${name}_reader_bg.wasm"; do
    # shellcheck disable=SC2086 # WASM_OPT may hold several passes
    "$opt" "$file" "${FLOOR_FEATURES[@]}" $WASM_OPT --low-memory-unused --strip-debug --strip-producers -o "$file.opt"
    mv "$file.opt" "$file"
  done
fi

# What the glue reads from the build instead of the engine (issue 26): the
# engine just built has no words of the catalogue (src/engine/text.rs,
# `Text::words`) and none of the serialisers of measures(), questions(),
# zones(), about() and the glue's tables (src/shell/tables.rs). The command
# line, built natively from the same catalogue with every word, writes them
# (`engine-data`), and scripts/engine-data.mjs splits them into
# pkg/catalogue.json, one words file per language and pkg/details.json (the
# quotes and notes), after checking that the glue puts them back together
# as the command line's JSON byte for byte and that the wasm has their key.
# Only the `details` feature: the batch code is not needed for this.
node scripts/engine-data.mjs "$target_dir/engine-data.json" "$out"

# The package's own files, js/ as it is; js/batch/ goes to pkg/batch/ below.
package_files=()
for file in js/*; do
  case "$file" in
    js/batch | js/engine.d.ts | js/WIDGET.md) ;;
    *) package_files+=("$file") ;;
  esac
done
say "package: copying ${package_files[*]}"
cp "${package_files[@]}" "$out/"

# The widget's stylesheet as a file, for browsers of the floor without
# constructable stylesheets (styles.js links it there).
node --input-type=module -e '
  import { writeFileSync } from "node:fs";
  const { CSS } = await import(process.argv[1]);
  writeFileSync(process.argv[2], "/* Written by scripts/build.sh from js/styles.js: the widget links it where it cannot adopt a constructed sheet. */" + CSS);
' "$PWD/js/styles.js" "$out/hitech-eligibility.css"
say "widget: $out/hitech-eligibility.css written from js/styles.js"

# The widget's and the glue's modules minified in place, each with its source
# map (scripts/minify.mjs; esbuild from package-lock.json, output held to the
# browser floor): a first visit downloads about a third less JavaScript.
# MINIFY=none keeps them as written, for reading pkg/ while debugging.
if [ "${MINIFY:-}" = none ]; then
  say "minify: skipped (MINIFY=none)"
else
  node scripts/minify.mjs "$out"
fi
# The widget bundled (scripts/bundle.mjs, Rollup from package-lock.json): one
# module for the element and every module it imports, the glue (index.js …)
# kept apart and shared; the words of each language, link.js, print.js and
# catalogue-view.js as chunks of their own names, loaded on demand or in idle
# time. The widget modules now in the bundle leave pkg/ (but those the batch
# page imports one by one). Minified with the same esbuild, unless MINIFY=none.
node scripts/bundle.mjs "$out"
# The modules of a first visit (the bundle, the glue, the words) marked for
# eager compilation off the main thread (scripts/eager.mjs says why).
node scripts/eager.mjs "$out"

# The batch module: the same crate with the `batch` feature, for
# the batch page's classic worker. No reset function: a worker that traps is
# replaced by the page.
batch_out="$out/batch"
batch_raw="$target_dir/wasm32-unknown-unknown/$batch_profile/$name.wasm"
batch_floor="$target_dir/wasm32-unknown-unknown/$batch_profile/$name.batch.floor.wasm"
say "cargo ${batch_args[*]}"
cargo "${batch_args[@]}"
say "wasm-opt: batch module, floor features only, target_features section stripped"
"$opt" "$batch_raw" "${FLOOR_FEATURES[@]}" --strip-target-features -o "$batch_floor"
mkdir -p "$batch_out"
say "wasm-bindgen --target no-modules --out-dir $batch_out --out-name batch"
"$bindgen" --target no-modules --no-typescript --out-dir "$batch_out" --out-name batch "$batch_floor"
# As in engine.js: a module without reference types exports no
# __wbindgen_start, so a call to it must be optional.
sed -i 's/^\( *\)wasm\.__wbindgen_start();$/\1wasm.__wbindgen_start?.();/' "$batch_out/batch.js"
if [ "$WASM_OPT" = none ]; then
  say "wasm-opt: batch module not optimised (WASM_OPT=none)"
else
  # shellcheck disable=SC2086 # WASM_OPT may hold several passes
  "$opt" "$batch_out/batch_bg.wasm" "${FLOOR_FEATURES[@]}" $WASM_OPT --strip-debug --strip-producers \
    -o "$batch_out/batch_bg.wasm.opt"
  mv "$batch_out/batch_bg.wasm.opt" "$batch_out/batch_bg.wasm"
fi
# The batch page's element and worker (js/batch/), as they are; its
# stylesheet after the theme's tokens, taken from the widget's own (each
# `--_x: var(--hitech-x, default);` of js/styles.js), so that they are
# written once.
say "batch: copying $(echo js/batch/*)"
cp -r js/batch/. "$batch_out/"
node --input-type=module -e '
  import { readFileSync, writeFileSync } from "node:fs";
  const { CSS } = await import(process.argv[1]);
  const tokens = CSS.match(/^ *--_[a-z-]+: var\(--hitech-[a-z-]+, [^;]+\);$/gm) ?? [];
  if (tokens.length < 15) throw new Error(`js/styles.js: ${tokens.length} theme tokens found, not 15`);
  const css = readFileSync(process.argv[2], "utf8");
  writeFileSync(process.argv[3], `/* Written by scripts/build.sh: the theme tokens of js/styles.js, then js/batch/hitech-batch.css. */\n:host {\n${tokens.join("\n")}\n}\n${css}`);
' "$PWD/js/styles.js" js/batch/hitech-batch.css "$batch_out/hitech-batch.css"
say "batch: $batch_out/hitech-batch.css written with js/styles.js's theme tokens"

# The release files: the licences, the changelog, and the third-party
# notices of the crates compiled into both wasm modules, from Cargo.lock
# (scripts/notices.mjs; tests/node/licences.test.mjs checks each licence).
cp LICENSE-MIT LICENSE-APACHE CHANGELOG.md "$out/"
node scripts/notices.mjs "$out/THIRD-PARTY-NOTICES"
say "release files: LICENSE-MIT LICENSE-APACHE CHANGELOG.md THIRD-PARTY-NOTICES"

# The package version is the crate's.
version=$(sed -n 's/^version *= *"\(.*\)"/\1/p' Cargo.toml | head -n 1)
node -e '
  const fs = require("node:fs");
  const [file, version] = process.argv.slice(1);
  const pkg = JSON.parse(fs.readFileSync(file, "utf8"));
  if (pkg.version !== version) {
    pkg.version = version;
    fs.writeFileSync(file, JSON.stringify(pkg, null, 2) + "\n");
    console.log(`build: ${file}: version set to ${version}`);
  }
' "$out/package.json" "$version"

# Last, when every byte is written: the integrity manifest of every file
# (scripts/integrity.mjs; js/DEPLOY.md says how a portal uses it).
node scripts/integrity.mjs "$out"

say "done: $(cd "$out" && ls -1 | tr '\n' ' ')(batch/: $(cd "$batch_out" && ls -1 | tr '\n' ' '))"
