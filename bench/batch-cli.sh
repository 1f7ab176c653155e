#!/usr/bin/env bash
# The command line on a whole registry: `check --csv` and
# `check --jsonl` on the same enterprises, ROWS of them (default
# 10,000,000), with one thread (--jobs 1) and with every core; rows/s by
# the wall clock and per CPU second, and peak memory.
#
# Input: tests/fixtures/batch/enterprises-gbk.csv and enterprises.jsonl (the
# same 1,000 enterprises, 4 % of them with bad cells) repeated to ROWS rows,
# written under the Cargo target directory (not committed): a GBK CSV of
# about 0.8 GB and JSON Lines of about 1.2 GB for ten million. Output goes
# to /dev/null; --jsonl is timed with --brief (the full report is 26 kB a
# line: 260 GB for ten million would time the disk, not the engine).
#
#   bench/batch-cli.sh [ROWS] [JSON]   HITECH_BENCH_KEEP=1 keeps the inputs;
#                                      JSON: also write the figures there (scripts/bench.sh)
set -euo pipefail
cd "$(dirname "$0")/.."

rows=${1:-10000000}
json=${2:-}
runs=()
target=${CARGO_TARGET_DIR:-target}
dir=$target/bench-batch
bin=$target/release/hitech-eligibility
as_of=2026-11-29
cores=$(nproc)

say() { echo "batch-cli: $*"; }

cargo build --locked --release --quiet
mkdir -p "$dir"
csv=$dir/registry-$rows.csv
jsonl=$dir/registry-$rows.jsonl
if [ ! -f "$csv" ] || [ ! -f "$jsonl" ]; then
  say "writing $rows rows to $csv and $jsonl"
  python3 - "$rows" "$csv" "$jsonl" <<'PY'
import sys
rows, csv_path, jsonl_path = int(sys.argv[1]), sys.argv[2], sys.argv[3]
base = "tests/fixtures/batch/"
header, body = open(base + "enterprises-gbk.csv", "rb").read().split(b"\r\n", 1)
lines = open(base + "enterprises.jsonl", "rb").read()
csv_rows, json_rows = body.split(b"\r\n")[:-1], lines.split(b"\n")[:-1]
assert len(csv_rows) == len(json_rows)
def repeat(path, head, items, end):
    block = end.join(items) + end
    whole, rest = divmod(rows, len(items))
    with open(path, "wb") as out:
        out.write(head)
        for _ in range(whole):
            out.write(block)
        out.write(b"".join(item + end for item in items[:rest]))
repeat(csv_path, header + b"\r\n", csv_rows, b"\r\n")
repeat(jsonl_path, b"", json_rows, b"\n")
PY
fi
say "$(du -h "$csv" | cut -f1) CSV, $(du -h "$jsonl" | cut -f1) JSON Lines; $cores cores; load $(cut -d' ' -f1-3 /proc/loadavg)"

have_time=yes
[ -x /usr/bin/time ] || have_time=no
if [ $have_time = no ]; then
  say "/usr/bin/time is missing: peak memory cannot be measured (apt-get install time)"
fi

printf '\n| %-22s | %7s | %9s | %9s | %12s | %14s | %9s |\n' "command" "threads" "wall s" "CPU s" "rows/s" "rows/CPU-s" "peak RSS"
printf '|%s|%s|%s|%s|%s|%s|%s|\n' "------------------------" "--------:" "----------:" "----------:" "-------------:" "---------------:" "----------:"
for mode in csv jsonl; do
  for jobs in 1 "$cores"; do
    input=$csv
    extra=()
    if [ $mode = jsonl ]; then
      input=$jsonl
      extra=(--brief)
    fi
    log=$dir/time-$mode-$jobs.txt
    start=$(date +%s.%N)
    status=0
    if [ $have_time = yes ]; then
      /usr/bin/time -f '%U %S %M' -o "$log" "$bin" check --$mode "$input" --as-of $as_of --jobs "$jobs" "${extra[@]}" \
        >/dev/null 2>"$dir/stderr-$mode-$jobs.txt" || status=$?
    else
      "$bin" check --$mode "$input" --as-of $as_of --jobs "$jobs" "${extra[@]}" >/dev/null \
        2>"$dir/stderr-$mode-$jobs.txt" || status=$?
    fi
    end=$(date +%s.%N)
    # The inputs hold bad rows on purpose: exit 2 is expected.
    if [ $status != 2 ]; then
      say "check --$mode --jobs $jobs exited $status:"
      tail -3 "$dir/stderr-$mode-$jobs.txt" >&2
      exit 1
    fi
    if [ $have_time = yes ]; then
      read -r user sys rss < <(tail -n 1 "$log")
    else
      user=0 sys=0 rss=0
    fi
    awk -v mode="check --$mode${extra[*]:+ ${extra[*]}}" -v jobs="$jobs" -v rows="$rows" -v start="$start" -v end="$end" \
      -v user="$user" -v sys="$sys" -v rss="$rss" -v have="$have_time" 'BEGIN {
        wall = end - start; cpu = user + sys
        printf "| %-22s | %7d | %9.1f | %9.1f | %12d | %14s | %9s |\n", mode, jobs, wall, cpu, rows / wall,
          (have == "yes" && cpu > 0) ? sprintf("%d", rows / cpu) : "n/a",
          (have == "yes") ? sprintf("%.0f MiB", rss / 1024) : "n/a"
      }'
    runs+=("$(awk -v mode="$mode" -v jobs="$jobs" -v rows="$rows" -v start="$start" -v end="$end" -v user="$user" -v sys="$sys" \
      -v rss="$rss" -v have="$have_time" 'BEGIN {
        printf "{\"mode\": \"%s\", \"jobs\": %d, \"rows\": %d, \"wallSeconds\": %.3f, \"cpuSeconds\": %s, \"peakRssKiB\": %s}",
          mode, jobs, rows, end - start, (have == "yes") ? user + sys : "null", (have == "yes") ? rss : "null"
      }')")
  done
done
if [ -n "$json" ]; then
  (IFS=,; printf '{"cores": %d, "load": "%s", "runs": [%s]}\n' "$cores" "$(cut -d' ' -f1-3 /proc/loadavg)" "${runs[*]}") >"$json"
fi
echo
say "stderr of each run (the bad rows' count): $(tail -n1 "$dir/stderr-csv-1.txt")"
if [ -z "${HITECH_BENCH_KEEP:-}" ]; then
  rm -f "$csv" "$jsonl"
fi
