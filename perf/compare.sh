#!/usr/bin/env bash
# Runs the same end-to-end jobs through benchmark, DuckDB 1.5 and pandas on generated long CSVs of 100k, 1M and 10M
# rows, checks that the three agree, and prints wall time, peak memory and the ratios.
#
#   perf/compare.sh [--sizes 100k,1m,10m] [--jobs stats,full] [--runs N] [--out DIR] [--skip-build]
#
# Two jobs. stats (statistics only, what a researcher runs most: benchmark stats --format csv --out, no ranks): read
# the long CSV; for every indicator x year the group statistics over all units (n, mean, median, Q1, Q3; R7 quantiles);
# write them as CSV. full (benchmark stats --ranks): the same plus every observation's rank (min method, ascending: the
# synthetic indicators are neutral), written as CSV. Prerequisites are installed here, not by the solution: DuckDB
# from npm (@duckdb/node-api, into DIR/duckdb), pandas from Debian (python3-pandas, with apt-get when it is missing and
# we are root). Sizes are units x 10 years x 50 indicators with 200, 2,000 and 20,000 units (the issue's 10M-row job:
# 20,000 x 10 x 50; codes from GM10000 on are the engine's extended codes beyond the CBS range). Each tool runs N times
# (default 1) per size and job; the fastest run counts, with its peak RSS (GNU time). Results also go to DIR/results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

sizes="100k,1m,10m"
jobs="stats,full"
runs=1
out="perf/out"
build=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --jobs) jobs="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --skip-build) build=0; shift ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "compare.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

duckdb_version="1.5.6-r.1"
mkdir -p "$out"
out=$(cd "$out" && pwd)
python=/usr/bin/python3

need() { command -v "$1" >/dev/null 2>&1 || { echo "compare.sh: $1 is needed ($2)" >&2; exit 2; }; }
need dotnet "the .NET 10 SDK"
need node "Node.js 18 or later, for DuckDB's npm package"
need npm "npm, to install DuckDB"
[[ -x /usr/bin/time ]] || { echo "compare.sh: GNU time (/usr/bin/time) is needed: apt-get install time" >&2; exit 2; }

if ! "$python" -c "import pandas" 2>/dev/null; then
  if [[ $(id -u) -eq 0 ]]; then
    echo "Installing python3-pandas (Debian)..."
    apt-get install -y -q python3-pandas >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q python3-pandas >/dev/null; }
  else
    echo "compare.sh: pandas is missing: sudo apt-get install python3-pandas" >&2; exit 2
  fi
fi

if [[ ! -d "$out/duckdb/node_modules/@duckdb/node-api" ]]; then
  echo "Installing DuckDB (@duckdb/node-api@$duckdb_version from npm) into $out/duckdb..."
  mkdir -p "$out/duckdb"
  npm install --prefix "$out/duckdb" --no-audit --no-fund --silent "@duckdb/node-api@$duckdb_version" >/dev/null
fi
cp perf/duckdb-job.mjs "$out/duckdb/duckdb-job.mjs"

if [[ $build -eq 1 ]]; then
  echo "Building benchmark (Release)..."
  dotnet build Benchmark.Cli -c Release -v quiet -nologo >/dev/null
fi
benchmark="$root/Benchmark.Cli/bin/Release/net10.0/benchmark"
[[ -x "$benchmark" ]] || { echo "compare.sh: $benchmark is missing; build Benchmark.Cli in Release" >&2; exit 2; }

units_of() { case "$1" in 100k) echo 200 ;; 1m) echo 2000 ;; 10m) echo 20000 ;; *) echo "compare.sh: unknown size $1 (100k, 1m, 10m)" >&2; exit 2 ;; esac; }

# measure NAME COMMAND...: runs the command $runs times; sets best (seconds) and best_mb (peak RSS) of the fastest run.
measure() {
  local name="$1"; shift
  best=""; best_mb=""
  local r seconds kb
  for ((r = 1; r <= runs; r++)); do
    if ! /usr/bin/time -o "$out/$name.time" -f "%e %M" "$@" >"$out/$name.stdout" 2>"$out/$name.stderr"; then
      echo "compare.sh: $name failed:" >&2; cat "$out/$name.stderr" >&2; exit 1
    fi
    read -r seconds kb < "$out/$name.time"
    if [[ -z "$best" ]] || awk -v a="$seconds" -v b="$best" 'BEGIN { exit !(a < b) }'; then
      best="$seconds"; best_mb=$(awk -v k="$kb" 'BEGIN { printf "%.0f", k / 1024 }')
    fi
  done
}

describe() {
  echo "Date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ { print $2 }') GiB memory, $(uname -sr)"
  echo "Load average before the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "Tools: .NET $(dotnet --version), DuckDB $(node -e "console.log(require('$out/duckdb/node_modules/@duckdb/node-api/package.json').version)") (npm, Node $(node --version)), pandas $("$python" -c 'import pandas; print(pandas.__version__)') (Debian, Python $("$python" -c 'import platform; print(platform.python_version())'))"
}

results="$out/results.md"
{
  describe
  echo
  echo "| rows | job | tool | wall (s) | peak memory (MB) | time vs DuckDB | time vs pandas | memory vs DuckDB | agree |"
  echo "| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | --- |"
} > "$results"
describe

IFS=',' read -ra size_list <<< "$sizes"
for size in "${size_list[@]}"; do
  units=$(units_of "$size")
  # The shape is in the names (data, reference, catalogue: generated together), so that files of an earlier shape,
  # or of another script (targets.sh), are never taken for these.
  stem="$out/long-$size-${units}x10x50"
  data="$stem.csv"
  reference="$stem-municipalities.csv"
  catalog="$stem-catalog.json"
  if [[ ! -f "$data" || ! -f "$reference" || ! -f "$catalog" ]]; then
    echo "Generating $data ($units units x 10 years x 50 indicators)..."
    "$benchmark" generate --units "$units" --years 10 --indicators 50 --seed 1 --out "$data" \
      --reference-out "$reference" --catalog-out "$catalog" --lang en >/dev/null
  fi

  IFS=',' read -ra job_list <<< "$jobs"
  for job in "${job_list[@]}"; do
    case "$job" in
      stats) b_ranks=(--format csv); d_ranks=(); p_ranks=(); ranks_of() { echo ""; } ;;
      full) b_ranks=(--ranks "$out/benchmark-ranks-$size.csv"); d_ranks=("$out/duckdb-ranks-$size.csv")
            p_ranks=("$out/pandas-ranks-$size.csv"); ranks_of() { echo ",$out/$1-ranks-$size.csv"; } ;;
      *) echo "compare.sh: unknown job $job (stats, full)" >&2; exit 2 ;;
    esac
    echo "== $size rows ($(wc -l < "$data") lines), job $job, load $(cut -d' ' -f1 /proc/loadavg) =="
    measure "benchmark-$job-$size" "$benchmark" stats --input "$data" --municipalities "$reference" \
      --catalog "$catalog" --peers all --lang en --out "$out/benchmark-stats-$size.csv" "${b_ranks[@]}"
    b_s=$best; b_mb=$best_mb
    measure "duckdb-$job-$size" node "$out/duckdb/duckdb-job.mjs" "$data" "$out/duckdb-stats-$size.csv" "${d_ranks[@]}"
    d_s=$best; d_mb=$best_mb
    measure "pandas-$job-$size" "$python" perf/pandas_job.py "$data" "$out/pandas-stats-$size.csv" "${p_ranks[@]}"
    p_s=$best; p_mb=$best_mb

    agree="yes"
    "$python" perf/check_agreement.py "benchmark=$out/benchmark-stats-$size.csv$(ranks_of benchmark)" \
      "duckdb=$out/duckdb-stats-$size.csv$(ranks_of duckdb)" "pandas=$out/pandas-stats-$size.csv$(ranks_of pandas)" \
      | sed 's/^/  /' || agree="NO"

    ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
    printf "  %-10s %8s s %7s MB   time/DuckDB %s  time/pandas %s  memory/DuckDB %s\n" benchmark "$b_s" "$b_mb" "$(ratio "$b_s" "$d_s")" "$(ratio "$b_s" "$p_s")" "$(ratio "$b_mb" "$d_mb")"
    printf "  %-10s %8s s %7s MB\n" duckdb "$d_s" "$d_mb"
    printf "  %-10s %8s s %7s MB\n" pandas "$p_s" "$p_mb"
    {
      echo "| $size | $job | benchmark | $b_s | $b_mb | $(ratio "$b_s" "$d_s") | $(ratio "$b_s" "$p_s") | $(ratio "$b_mb" "$d_mb") | $agree |"
      echo "| $size | $job | DuckDB | $d_s | $d_mb | 1.00 | $(ratio "$d_s" "$p_s") | 1.00 | $agree |"
      echo "| $size | $job | pandas | $p_s | $p_mb | $(ratio "$p_s" "$d_s") | 1.00 | $(ratio "$p_mb" "$d_mb") | $agree |"
    } >> "$results"
    rm -f "$out"/*-ranks-"$size".csv
    [[ "$agree" == "yes" ]] || { echo "compare.sh: the tools disagree on $size ($job)" >&2; exit 1; }
  done
done

echo "Results: $results"
