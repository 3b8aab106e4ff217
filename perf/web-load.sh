#!/usr/bin/env bash
# The web site under load on loopback (issue 12's performance targets; never a timed test):
#   1. dashboard server time: N sequential requests of one director's dashboard (curl time to first byte), p50/p95;
#   2. 50 concurrent sessions: wrk -c 50 on the dashboard with the director's cookie for D seconds, p95 and errors;
#   3. upload to preview: the coordinator uploads the 342-row sample year and the preview page is back (curl total).
# Starts `benchmark serve --demo` on a fresh store in a temporary folder on a free port and stops it at the end.
# Needs wrk (Debian package; installed with apt-get when missing and root). Results go to DIR/web-load.md.
#
#   perf/web-load.sh [--out DIR] [--requests N] [--duration SECONDS] [--skip-build]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out="perf/out"
requests=200
duration=20
build=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --out) out="$2"; shift 2 ;;
    --requests) requests="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --skip-build) build=0; shift ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "web-load.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
if ! command -v wrk >/dev/null; then
  [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null || { echo "web-load.sh: wrk is missing (apt-get install wrk)" >&2; exit 1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
fi
mkdir -p "$out"
out=$(cd "$out" && pwd)
if [[ $build -eq 1 ]]; then
  dotnet build Benchmark.Cli -c Release -v quiet -nologo >/dev/null
fi
cli="$root/Benchmark.Cli/bin/Release/net10.0/benchmark.dll"
work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
(cd "$work" && exec dotnet "$cli" serve --demo --urls "$base" >"$work/serve.log" 2>&1) &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do
  curl -sf "$base/health" >/dev/null 2>&1 && break
  sleep 1
done
curl -sf "$base/health" >/dev/null || { echo "web-load.sh: the site did not start" >&2; cat "$work/serve.log" >&2; exit 1; }

# Signs in (the form's antiforgery field and cookie) and keeps the session cookie in a jar.
sign_in() {
  local user="$1" jar="$2" password af
  password=$(awk -v u="$user" '$2 == u { print $3 }' "$work/serve.log")
  af=$(curl -s -c "$jar" -b "$jar" "$base/login" | grep -o 'name="__af" type="hidden" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "userName=$user" --data-urlencode "password=$password" --data-urlencode "__af=$af" "$base/login"
}
percentile() { sort -n | awk -v p="$1" '{ v[NR] = $1 } END { i = int((p / 100) * NR + 0.999999); if (i < 1) i = 1; printf "%.1f", v[i] * 1000 }'; }

director="$work/director.jar"
sign_in directeur.zwolle "$director"
page="/municipality"
curl -s -o /dev/null -b "$director" "$base$page"   # first view composes the report
: >"$work/ttfb"
for _ in $(seq 1 "$requests"); do
  curl -s -o /dev/null -b "$director" -w '%{time_starttransfer}\n' "$base$page" >>"$work/ttfb"
done
p50=$(percentile 50 <"$work/ttfb")
p95=$(percentile 95 <"$work/ttfb")

cookie=$(awk '$6 == "benchmark.auth" { print $6 "=" $7 }' "$director")
cat >"$work/p95.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("WRK p95_ms=%.1f p50_ms=%.1f requests=%d errors=%d non2xx=%d\n",
    latency:percentile(95) / 1000, latency:percentile(50) / 1000, summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.errors.status))
end
LUA
wrk_line=$(wrk -t 2 -c 50 -d "${duration}s" -H "Cookie: $cookie" -s "$work/p95.lua" "$base$page" | grep '^WRK')

coordinator="$work/coordinator.jar"
sign_in coordinator "$coordinator"
af=$(curl -s -c "$coordinator" -b "$coordinator" "$base/upload" | grep -o 'name="__af" type="hidden" value="[^"]*"' | tail -n 1 | sed 's/.*value="//; s/"$//')
# The 2024 sample as a new year (the demo store holds 2024 already; the same file again would be a no-op).
sed 's/;2024;/;2025;/' "$root/samples/benchmark-2024.csv" >"$work/benchmark-2025.csv"
upload=$(curl -s -o "$work/preview.html" -L -c "$coordinator" -b "$coordinator" -F "__af=$af" -F "file=@$work/benchmark-2025.csv;type=text/csv" -w '%{http_code} %{time_total}' "$base/upload")
grep -q "<h1>Controle van benchmark-2025.csv" "$work/preview.html" || { echo "web-load.sh: the upload did not reach the preview ($upload)" >&2; exit 1; }

{
  echo "# Web load ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores)"
  echo
  echo "| Measure | Result |"
  echo "|---|---|"
  echo "| Dashboard, $requests sequential requests, time to first byte | p50 $p50 ms, p95 $p95 ms |"
  echo "| Dashboard, wrk 50 connections ${duration} s | $(echo "$wrk_line" | sed 's/^WRK //') |"
  echo "| Upload of a 342-row year (samples/benchmark-2024.csv as 2025) to preview | $(echo "$upload" | awk '{ printf "HTTP %s, %.0f ms", $1, $2 * 1000 }') |"
} | tee "$out/web-load.md"
