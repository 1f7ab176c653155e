#!/usr/bin/env bash
# Installs what building and testing need, and nothing that is already there:
#   1. the Rust target wasm32-unknown-unknown (rustup);
#   2. every crate Cargo.lock names (cargo fetch --locked), and the build's own
#      tools (tools/: wasm-bindgen and its test runner), built with cargo
#      --locked from this workspace's Cargo.lock into target/tools/;
#   3. the Node dev dependencies (npm ci) when node_modules is missing or older
#      than package-lock.json (this brings the pinned binaryen wasm-opt);
#   4. Chromium for the browser tests, and Firefox ESR, WebKitGTK's
#      WebDriver and Xvfb for the other engines' smoke tests, and the one font
#      the browser tests render with (fonts-wqy-microhei) (apt-get, as root);
#   5. for the Python tests (the notification export, the Spark job): Java 17
#      (openjdk-17-jre-headless, apt-get) and a project-local virtual
#      environment .venv/ with requirements.lock installed by pip
#      --require-hashes (PySpark, pyarrow, openpyxl: requirements.in says why).
# Safe to run again: each step checks first and says what it does.
#
# Usage: scripts/setup.sh [--wasm]
#   --wasm   only what building and serving the package need (steps 1-3),
#            no browser and no Python.
set -euo pipefail
cd "$(dirname "$0")/.."

want_browser=1
for arg in "$@"; do
  case "$arg" in
    --wasm) want_browser=0 ;;
    -h | --help)
      sed -n '2,15p' "$0"
      exit 0
      ;;
    *)
      echo "setup: unknown option $arg (try --help)" >&2
      exit 64
      ;;
  esac
done

say() { echo "setup: $*"; }

need() {
  if ! command -v "$1" >/dev/null 2>&1; then
    echo "setup: '$1' is not installed. $2" >&2
    exit 1
  fi
}

rust_target() {
  need cargo "Install Rust from https://rustup.rs (stable, with rustup)."
  if rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    say "Rust target wasm32-unknown-unknown: present"
  else
    need rustup "The wasm32-unknown-unknown target is installed with rustup (https://rustup.rs)."
    say "Rust target wasm32-unknown-unknown: installing (rustup target add)"
    rustup target add wasm32-unknown-unknown
  fi
}

crates() {
  # Every crate Cargo.lock names, for every target: scripts/notices.mjs reads
  # the licences with `cargo metadata --offline`, which needs them all, and a
  # build for wasm alone downloads only its own (on a fresh machine the demo's
  # first build stopped there, missing a test-only crate).
  say "crates in Cargo.lock: cargo fetch --locked"
  cargo fetch --locked --quiet
}

build_tools() {
  # The CLI must match the crate exactly: tools/Cargo.toml pins the same
  # version as Cargo.toml, and Cargo.lock fixes every dependency of both, so
  # the tool that writes pkg/engine.js is the same every day.
  say "build tools (wasm-bindgen, wasm-bindgen-test-runner): cargo build --locked --profile tools (a few minutes the first time)"
  cargo build --locked --quiet --profile tools -p hitech-eligibility-tools
}

node_modules() {
  need node "Install Node.js 20 or later (https://nodejs.org)."
  need npm "npm comes with Node.js."
  local major
  major=$(node -p 'process.versions.node.split(".")[0]')
  if [ "$major" -lt 20 ]; then
    echo "setup: Node.js $(node --version) is too old; version 20 or later is needed." >&2
    exit 1
  fi
  # npm writes node_modules/.package-lock.json on every install; we also keep
  # a copy of the lock file npm ci installed from, to notice a changed lock.
  local stamp=node_modules/.setup-package-lock.json
  if [ -d node_modules ] && [ -f "$stamp" ] && cmp -s package-lock.json "$stamp"; then
    say "node_modules: up to date with package-lock.json"
  else
    if [ -d node_modules ]; then
      say "node_modules: package-lock.json changed (or never installed by setup); running npm ci"
    else
      say "node_modules: missing; running npm ci"
    fi
    npm ci --no-audit --no-fund
    cp package-lock.json "$stamp"
  fi
  # The type test's compilers have a lock of their own (tests/types/package.json
  # says why: vue-tsc cannot run on the root's TypeScript 7).
  local types_stamp=tests/types/node_modules/.setup-package-lock.json
  if [ -d tests/types/node_modules ] && [ -f "$types_stamp" ] && cmp -s tests/types/package-lock.json "$types_stamp"; then
    say "tests/types/node_modules: up to date with its package-lock.json"
  else
    say "tests/types/node_modules: running npm ci"
    npm ci --prefix tests/types --no-audit --no-fund
    cp tests/types/package-lock.json "$types_stamp"
  fi
}

# Installs the Debian packages $3 (as root, with apt-get) unless every
# program in $2 is there; $1 names them, $4 says what needs them.
debian_programs() {
  local what=$1 programs=$2 packages=$3 needed_by=$4 program missing=""
  for program in $programs; do
    [ -x "$program" ] || { missing=$program; break; }
  done
  if [ -z "$missing" ]; then
    say "$what: present"
    return
  fi
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "$what: $missing is missing; installing with apt-get ($packages)"
    apt-get update
    # shellcheck disable=SC2086 # a list of packages
    DEBIAN_FRONTEND=noninteractive apt-get install -y $packages
  else
    cat >&2 <<EOF
setup: $missing is missing; $needed_by need it.
       Install it as root, e.g. on Debian/Ubuntu:
         sudo apt-get update && sudo apt-get install -y $packages
       then run this script again. (Building and serving the package need no
       browser: scripts/setup.sh --wasm.)
EOF
    exit 1
  fi
}

chromium() {
  debian_programs "Chromium and chromedriver" "/usr/bin/chromium /usr/bin/chromedriver" \
    "chromium chromium-driver" "the browser tests"
}

# The other engines: Firefox ESR (driven over WebDriver BiDi) and WebKitGTK
# (WebKitWebDriver starts MiniBrowser, which needs a display: Xvfb).
other_engines() {
  debian_programs "Firefox ESR, WebKitWebDriver and Xvfb" "/usr/bin/firefox-esr /usr/bin/WebKitWebDriver /usr/bin/Xvfb" \
    "firefox-esr webkit2gtk-driver xvfb" "the smoke tests in other engines"
}

# The browser tests render with one pinned font, whatever else the machine
# has (tests/browser/browser.mjs shows Chromium this file alone through
# fontconfig), so that a layout measured on one machine holds on another.
pinned_font() {
  local font=/usr/share/fonts/truetype/wqy/wqy-microhei.ttc
  if [ -f "$font" ]; then
    say "pinned test font (fonts-wqy-microhei): present"
  elif [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "pinned test font: $font is missing; installing with apt-get (fonts-wqy-microhei)"
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y fonts-wqy-microhei
  else
    cat >&2 <<EOF
setup: $font is missing; the browser tests render with it alone.
       Install it as root, e.g. on Debian/Ubuntu:
         sudo apt-get update && sudo apt-get install -y fonts-wqy-microhei
EOF
    exit 1
  fi
}

# Spark runs on the JVM: Java 17 from Debian when no java is on PATH.
java_runtime() {
  if command -v java >/dev/null 2>&1; then
    say "Java (for Spark): present ($(java -version 2>&1 | head -n 1))"
    return
  fi
  debian_programs "Java 17 (for Spark)" "/usr/bin/java" "openjdk-17-jre-headless" "the Spark job's test"
}

# .venv/ from requirements.lock, every file checked against its hash. A copy
# of the lock installed from is kept in .venv, as for node_modules, so that a
# second run is quick and a changed lock is noticed.
python_venv() {
  need python3 "Install Python 3.10 or later (Debian: apt-get install python3 python3-venv)."
  local stamp=.venv/.setup-requirements.lock
  if [ -x .venv/bin/python ] && [ -f "$stamp" ] && cmp -s requirements.lock "$stamp"; then
    say ".venv (Python: PySpark, pyarrow, openpyxl): up to date with requirements.lock"
    return
  fi
  if [ -x .venv/bin/python ]; then
    say ".venv: requirements.lock changed (or never installed by setup); pip install --require-hashes"
  else
    say ".venv: missing; creating it and installing requirements.lock (pip --require-hashes; PySpark is some 450 MB)"
    python3 -m venv .venv
  fi
  .venv/bin/python -m pip install --quiet --require-hashes --no-deps -r requirements.lock
  cp requirements.lock "$stamp"
}

rust_target
crates
build_tools
node_modules
if [ "$want_browser" -eq 1 ]; then
  chromium
  other_engines
  pinned_font
  java_runtime
  python_venv
fi
say "done"
