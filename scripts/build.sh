#!/usr/bin/env bash
# Builds the WebAssembly package in pkg/:
#   1. the library for wasm32-unknown-unknown (Cargo profile wasm-release);
#   2. wasm-bindgen --target web (ES module + .d.ts) from .tools/bin, and
#      the package's entry point from glue/;
#   3. wasm-opt from the pinned binaryen npm package, if it works here;
#   4. the widget sources widget/*.js and widget/*.css, copied as they are;
#   5. pkg/package.json's version set from Cargo.toml.
# pkg/package.json and pkg/README.md are kept in git; everything else in pkg/
# is generated, and removed at the start of each build.
#
# Run scripts/setup.sh first (scripts/test.sh and scripts/serve.sh do).
# For size experiments:
#   WASM_OPT="-Oz"            wasm-opt passes (default -Oz; "none" skips wasm-opt)
#   CARGO_OPT_LEVEL=s|z       overrides the profile's opt-level
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_OPT=${WASM_OPT:--Oz}
name=hitech_eligibility
out=pkg
profile=wasm-release
bindgen=.tools/bin/wasm-bindgen

say() { echo "build: $*"; }

if [ ! -x "$bindgen" ]; then
  echo "build: $bindgen is missing; run scripts/setup.sh --wasm first" >&2
  exit 1
fi

cargo_args=(build --lib --profile "$profile" --target wasm32-unknown-unknown)
if [ -n "${CARGO_OPT_LEVEL:-}" ]; then
  # TOML: a number for 0–3, a string for s and z.
  case "$CARGO_OPT_LEVEL" in
    [0-3]) level=$CARGO_OPT_LEVEL ;;
    *) level="\"$CARGO_OPT_LEVEL\"" ;;
  esac
  cargo_args+=(--config "profile.$profile.opt-level=$level")
fi
say "cargo ${cargo_args[*]}"
cargo "${cargo_args[@]}"

# Everything in pkg/ but the two tracked files is generated: start clean so
# that a renamed widget file cannot linger.
mkdir -p "$out"
find "$out" -mindepth 1 -maxdepth 1 ! -name package.json ! -name README.md -exec rm -rf {} +

# wasm-bindgen's bindings are pkg/engine.js; the package's entry point is
# glue/hitech_eligibility.js, which builds reports from the packed form the
# core returns (see its header). The .wasm keeps the package's name.
say "wasm-bindgen --target web --out-dir $out --out-name engine"
"$bindgen" --target web --out-dir "$out" --out-name engine \
  "target/wasm32-unknown-unknown/$profile/$name.wasm"
mv "$out/engine_bg.wasm" "$out/${name}_bg.wasm"
mv "$out/engine_bg.wasm.d.ts" "$out/${name}_bg.wasm.d.ts"
# The entry point exports the same functions with the same signatures, so
# its declarations are the bindings' (written by hand in src/wasm_types.d.ts).
say "glue: copying glue/${name}.js; its declarations are engine.d.ts's"
cp "glue/${name}.js" "$out/"
{
  echo "// Declarations of hitech_eligibility.js, which exports what engine.js exports."
  cat "$out/engine.d.ts"
} >"$out/${name}.d.ts"

wasm="$out/${name}_bg.wasm"
if [ "$WASM_OPT" = none ]; then
  say "wasm-opt: skipped (WASM_OPT=none)"
else
  # The binaryen npm package (pinned in package.json) is preferred: a distro
  # wasm-opt may be too old for the features rustc enables by default.
  opt=""
  for candidate in node_modules/.bin/wasm-opt "$(command -v wasm-opt || true)"; do
    if [ -n "$candidate" ] && [ -x "$candidate" ] \
      && "$candidate" "$wasm" -O0 -o "$out/.probe.wasm" >/dev/null 2>&1; then
      opt=$candidate
      break
    fi
  done
  rm -f "$out/.probe.wasm"
  if [ -z "$opt" ]; then
    say "wasm-opt: no working wasm-opt found (run scripts/setup.sh); the wasm is left unoptimised" >&2
  else
    # Features come from the target_features section rustc wrote; it and
    # the debug names are stripped from the output.
    say "$opt $WASM_OPT ($("$opt" --version))"
    # shellcheck disable=SC2086 # WASM_OPT may hold several passes
    "$opt" "$wasm" $WASM_OPT --strip-debug --strip-producers --strip-target-features -o "$wasm.opt"
    mv "$wasm.opt" "$wasm"
  fi
fi

shopt -s nullglob
widget=(widget/*.js widget/*.css)
if [ ${#widget[@]} -eq 0 ]; then
  say "widget: no widget/*.js or widget/*.css yet; nothing to copy"
else
  say "widget: copying ${widget[*]}"
  cp "${widget[@]}" "$out/"
fi

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

say "done: $(cd "$out" && ls -1 | tr '\n' ' ')"
