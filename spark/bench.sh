#!/usr/bin/env bash
# The Spark job's speed on this machine: spark/job.py on ROWS rows (default
# 1,000,000) of the test's generated GBK registry with local[1] and local[2],
# and its fixed overhead (the same job on 1,000 rows: the JVM, the session,
# the counting pass, the writes). Prints a Markdown table for BENCHMARKS.md.
#
#   spark/bench.sh [ROWS]      (after scripts/setup.sh; builds the release binary)
#
# Inputs and outputs go under the Cargo target directory (not committed);
# HITECH_BENCH_KEEP=1 keeps them. Each run writes Parquet and CSV, as a real
# run does. The table also goes to bench/spark.md, which bench/report.mjs puts
# into BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."

rows=${1:-1000000}
target=${CARGO_TARGET_DIR:-target}
dir=$target/bench-spark
bin=$PWD/$target/release/hitech-eligibility
python=$PWD/.venv/bin/python
as_of=2026-11-29

say() { echo "spark-bench: $*" >&2; }

cargo build --locked --release --quiet
mkdir -p "$dir"
for n in 1000 "$rows"; do
  if [ ! -f "$dir/registry-$n.csv" ]; then
    say "writing $n rows to $dir/registry-$n.csv"
    "$python" - "$n" "$dir/registry-$n.csv" <<'PY'
import sys
sys.path.insert(0, "spark/tests")
from test_job import write_gbk_csv
write_gbk_csv(sys.argv[2], int(sys.argv[1]))
PY
  fi
done
say "$(du -h "$dir/registry-$rows.csv" | cut -f1) GBK CSV; $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"

# Wall seconds of one whole run (start of Python to the last file written).
run() {
  local n=$1 master=$2 start end
  start=$(date +%s.%N)
  PYSPARK_PYTHON=$python "$python" spark/job.py --master "$master" --input "$dir/registry-$n.csv" --format csv \
    --encoding gbk --as-of $as_of --binary "$bin" --output "$dir/out-$n" >"$dir/log-$n-${master//[^0-9]/}.txt" 2>&1
  end=$(date +%s.%N)
  say "$master, $n rows: $(tail -n 1 "$dir/log-$n-${master//[^0-9]/}.txt")"
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", e - s }'
}

load_start=$(cut -d' ' -f1-3 /proc/loadavg)
table=$dir/table.md
printf '| run | rows | wall s | rows/s (wall) | rows/s after the fixed overhead |\n|---|---:|---:|---:|---:|\n' >"$table"
for master in 'local[1]' 'local[2]'; do
  overhead=$(run 1000 "$master")
  wall=$(run "$rows" "$master")
  awk -v m="$master" -v r="$rows" -v w="$wall" -v o="$overhead" 'BEGIN {
    printf "| `%s`, fixed overhead (1,000 rows) | 1,000 | %.1f | | |\n", m, o
    printf "| `%s` | %d | %.1f | %d | %d |\n", m, r, w, r / w, r / (w - o)
  }' >>"$table"
done
{
  echo "$(date -u '+%Y-%m-%d %H:%M') UTC, $(nproc) cores; load $load_start at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end."
  echo "Input: \`spark/tests/test_job.py\`'s generated registry (GBK CSV, messy cells, error rows), $rows rows; output Parquet and CSV."
  echo
  cat "$table"
  echo
  echo "Seconds per phase (the job's counts.json), $rows rows:"
  echo
  for master in 1 2; do
    echo "- \`local[$master]\`: $(grep -o '"seconds": {[^}]*}' "$dir/log-$rows-$master.txt" | sed 's/"seconds": //')"
  done
} >bench/spark.md
cat bench/spark.md
say "load at the end $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -z "${HITECH_BENCH_KEEP:-}" ]; then
  rm -rf "$dir"
fi
