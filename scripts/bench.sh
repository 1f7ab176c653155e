#!/usr/bin/env bash
# Runs every benchmark of the project and writes BENCHMARKS.md:
#   1. builds the native release binary and the wasm package (scripts/build.sh);
#   2. correctness gate: our engine, json-rules-engine and json-logic-js must
#      agree on the fifteen fixed measures for the whole corpus (bench/agree.mjs);
#      on disagreement nothing is timed and the script exits 1;
#   3. native: criterion (benches/evaluate.rs, short warm-up/measurement);
#   4. native: `check --jsonl` throughput on 100,000 generated profiles;
#   5. Node: ours vs json-rules-engine vs json-logic-js, and the boundary alone;
#   6. browser: page to interactive widget, and one answer → updated results,
#      on this machine and emulating a mid-range phone (bench/browser.mjs --phone);
#   7. batch: check --csv / --jsonl on 10,000,000 rows (bench/batch-cli.sh,
#      BATCH_ROWS to change), and the batch page on 100,000 rows
#      (bench/batch-browser.mjs);
#   8. sizes: scripts/size-report.mjs, and what the wasm is made of (sections,
#      text vs code, twiggy top of a named twin of the shipped wasm);
#   9. bench/report.mjs assembles BENCHMARKS.md from bench/out/*.json.
# A failing timing step is reported in BENCHMARKS.md and makes the exit status
# non-zero, but the other steps still run. Intermediate results: bench/out/.
#
# Usage: scripts/bench.sh            full run (about 5–10 minutes on 2 cores)
#        QUICK=1 scripts/bench.sh    fewer rounds and runs: a smoke test of the tooling
#        NO_BUILD=1 scripts/bench.sh use the binaries and pkg/ as they are
# Needs what scripts/setup.sh installs (Rust, wasm-bindgen, node_modules, Chromium).
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.tools/bin:$PATH"

out=bench/out
mkdir -p "$out"
rm -f "$out"/*.json "$out"/*.jsonl "$out"/*.md "$out"/*.txt "$out"/*.log
date -u '+%Y-%m-%d %H:%M UTC' >"$out/started.txt"
cut -d' ' -f1-3 /proc/loadavg >"$out/load-start.txt" 2>/dev/null || true

if [ -n "${QUICK:-}" ]; then
  crit_args=(--warm-up 0.5 --measure 1) jsonl_runs=2 node_rounds=3 browser_runs=3
else
  crit_args=(--warm-up 1 --measure 3) jsonl_runs=5 node_rounds=12 browser_runs=9
fi

failed=()
say() { echo "bench: $*"; }
# step NAME COMMAND...: runs a step, notes it when it fails.
step() {
  local name=$1
  shift
  say "== $name: $*"
  if ! "$@"; then
    say "!! $name failed"
    failed+=("$name")
  fi
}

if [ -z "${NO_BUILD:-}" ]; then
  say "== build: cargo build --locked --release; scripts/build.sh"
  if ! cargo build --locked --release --bin hitech-eligibility || ! bash scripts/build.sh; then
    say "!! the build failed; nothing to measure"
    exit 2
  fi
fi

say "== agreement gate: node bench/agree.mjs"
if ! node bench/agree.mjs; then
  say "!! the engines disagree (above): no timings taken"
  exit 1
fi

step criterion node bench/criterion.mjs "${crit_args[@]}" --json "$out/criterion.json"
step jsonl node bench/jsonl.mjs --runs "$jsonl_runs" --json "$out/jsonl.json"
step node node bench/node.mjs --rounds "$node_rounds" --json "$out/node.json"
step browser node bench/browser.mjs --runs "$browser_runs" --json "$out/browser.json"
step browser-phone node bench/browser.mjs --runs "$browser_runs" --phone --json "$out/browser-phone.json"
# The batch: the command line on a 10-million-row registry, and
# the batch page in the browser on 100,000 rows.
step batch-cli bash bench/batch-cli.sh "${BATCH_ROWS:-10000000}" "$out/batch-cli.json"
step batch-browser node bench/batch-browser.mjs --json "$out/batch-browser.json"

sizes() {
  if [ ! -f scripts/size-report.mjs ]; then
    echo "_scripts/size-report.mjs is missing_" >"$out/sizes.md"
    return 1
  fi
  node scripts/size-report.mjs --markdown >"$out/sizes.md"
  # The numbers too: the goals table reads a first visit's size from them (issue 26).
  node scripts/size-report.mjs --json >"$out/sizes.json"
}
step sizes sizes

# A named twin of the shipped wasm for twiggy: the same wasm-bindgen and
# wasm-opt -Oz as scripts/build.sh, keeping the name section.
wasm_breakdown() {
  local twiggy=.tools/bin/twiggy named="" dir="$out/wasm-named"
  if [ ! -x "$twiggy" ] && [ -z "${NO_TWIGGY_INSTALL:-}" ]; then
    say "installing twiggy into .tools (once; give up after 10 minutes)"
    timeout 600 cargo install --quiet twiggy --root .tools || say "twiggy did not install; the breakdown goes without it"
  fi
  local raw=target/wasm32-unknown-unknown/wasm-release/hitech_eligibility.wasm
  if [ -x "$twiggy" ] && [ -f "$raw" ] && [ -x node_modules/.bin/wasm-opt ] && [ -x target/tools/bindgen ]; then
    rm -rf "$dir" && mkdir -p "$dir"
    if target/tools/bindgen --target web --experimental-reset-state-function --keep-debug --out-dir "$dir" "$raw" \
      && node_modules/.bin/wasm-opt "$dir/hitech_eligibility_bg.wasm" ${WASM_OPT:--Oz} -g --strip-dwarf \
        --strip-producers --strip-target-features -o "$dir/named.wasm"; then
      named="$dir/named.wasm"
    fi
  fi
  node bench/wasm-size.mjs --json "$out/wasm-size.json" ${named:+--named "$named"} \
    $([ -x "$twiggy" ] && echo --twiggy "$twiggy")
}
step wasm-breakdown wasm_breakdown

node bench/report.mjs --failed "${failed[*]:-}"
if [ ${#failed[@]} -gt 0 ]; then
  say "done, but these steps failed: ${failed[*]}"
  exit 1
fi
say "done: BENCHMARKS.md"
