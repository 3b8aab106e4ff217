#!/usr/bin/env bash
# Measures the targets that are not the comparison job: store import rate, one report and the batch of all sample
# reports, and small-data latency of benchmark compare — with the framework-dependent build and, when published, the
# ReadyToRun build. Wall times include process start-up. Results go to DIR/targets.md.
#
#   perf/targets.sh [--out DIR] [--runs N]
#
# ReadyToRun build (optional, measured when present): dotnet publish Benchmark.Cli -p:PublishProfile=ReadyToRun \
#   -o perf/out/r2r
set -euo pipefail
cd "$(dirname "$0")/.."
out="perf/out"
runs=3
while [[ $# -gt 0 ]]; do
  case "$1" in
    --out) out="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "targets.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
mkdir -p "$out"
out=$(cd "$out" && pwd)
[[ -x /usr/bin/time ]] || { echo "targets.sh: GNU time (/usr/bin/time) is needed: apt-get install time" >&2; exit 2; }
dotnet build Benchmark.Cli -c Release -v quiet -nologo >/dev/null
jit="$PWD/Benchmark.Cli/bin/Release/net10.0/benchmark"
builds=("framework-dependent:$jit")
[[ -x "$out/r2r/benchmark" ]] && builds+=("ReadyToRun:$out/r2r/benchmark")

# best NAME COMMAND...: the fastest of $runs runs, in seconds.
best() {
  local b="" s
  for ((r = 1; r <= runs; r++)); do
    /usr/bin/time -o "$out/t.time" -f "%e" "$@" >/dev/null 2>"$out/t.err" || { cat "$out/t.err" >&2; exit 1; }
    s=$(tail -n 1 "$out/t.time")
    if [[ -z "$b" ]] || awk -v a="$s" -v b="$b" 'BEGIN { exit !(a < b) }'; then b="$s"; fi
  done
  echo "$b"
}

# Names of their own (compare.sh has its own files in the same folder); generated together.
stem="$out/store-1m-1000x20x50"
data="$stem.csv"
reference="$stem-municipalities.csv"
catalog="$stem-catalog.json"
if [[ ! -f "$data" || ! -f "$reference" || ! -f "$catalog" ]]; then
  "$jit" generate --units 1000 --years 20 --indicators 50 --seed 1 --out "$data" \
    --reference-out "$reference" --catalog-out "$catalog" --lang en >/dev/null
fi

{
  echo "Date: $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg); best of $runs runs"
  echo
  echo "| measurement | build | wall (s) | target |"
  echo "| --- | --- | ---: | --- |"
  for build in "${builds[@]}"; do
    name=${build%%:*}; exe=${build#*:}
    db="$out/import-test.db"
    s=""
    for ((r = 1; r <= runs; r++)); do
      rm -f "$db" "$db"-*
      /usr/bin/time -o "$out/t.time" -f "%e" "$exe" import "$data" --db "$db" --municipalities "$reference" \
        --catalog "$catalog" --lang en >/dev/null 2>&1 || true
      t=$(tail -n 1 "$out/t.time")
      if [[ -z "$s" ]] || awk -v a="$t" -v b="$s" 'BEGIN { exit !(a < b) }'; then s="$t"; fi
    done
    rm -f "$db" "$db"-*
    echo "| store import, 1,000,000 observations ($(awk -v s="$s" 'BEGIN { printf "%.0f", 1000000 / s }') observations/s) | $name | $s | >= 200,000/s |"
    echo "| report GM0193 2024 (samples, all years) | $name | $(best "$exe" report GM0193 --year 2024 --input samples/benchmark-20*.csv --out "$out/report.pdf") | <= 1 s |"
    echo "| compare GM0193 --year 2024 (samples 2024) | $name | $(best "$exe" compare GM0193 --year 2024 --input samples/benchmark-2024.csv) | <= 0.5 s |"
  done
  rm -rf "$out/reports"
  s=$( { /usr/bin/time -f "%e" "$jit" report --all --year 2024 --input samples/benchmark-20*.csv --out "$out/reports" >/dev/null; } 2>&1 | tail -n 1)
  echo "| report --all 2024: $(ls "$out/reports" | wc -l) reports | framework-dependent | $s | <= 30 s |"
} | tee "$out/targets.md"
