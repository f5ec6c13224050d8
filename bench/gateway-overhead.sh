#!/usr/bin/env bash
# What the gateway costs, for docs/performance.md: the same public read (GET /api/v1/catalogue/sectors, ~2 kB of
# JSON) sent straight to catalogue-service and through a gateway, one after the other in one run.
#  1. throughput at saturation (wrk, 2 threads, 16 connections): gateway ÷ direct;
#  2. latency at a fixed rate, 1,000 requests/s unless given (wrk paced by bench/paced.lua: evenly spaced requests,
#     2 threads, 20 connections), in rounds alternating direct and gateway: p50 and p99 added, each round's and
#     their medians;
#  3. the gateway's CPU time per 1,000 requests during step 2 (utime + stime from /proc).
# Any answer but 2xx fails the run (a benchmark of 503s would flatter the gateway).
# The gateway measured is a process of its own (port 18080) with the suite's JVM options and its rate limits off
# (a benchmark is one client), in front of the running suite's catalogue-service. Needs the suite running
# (bin/suite up) and wrk (apt-get install wrk).
# Usage: bench/gateway-overhead.sh [seconds per run] [fixed rate] [rounds]     (defaults: 15, 1000 (even), 3)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
SECONDS_PER_RUN=${1:-15}
RATE=${2:-1000}
ROUNDS=${3:-3}
PORT=18080
DIRECT=http://localhost:8081/api/v1/catalogue/sectors
GATEWAY=http://localhost:$PORT/api/v1/catalogue/sectors
WORK=$(mktemp -d)
command -v wrk >/dev/null || { echo "needs wrk: apt-get install wrk" >&2; exit 1; }
curl -sf "$DIRECT" >/dev/null || { echo "catalogue-service is not running: bin/suite up" >&2; exit 1; }

GATEWAY_PID=
trap '[ -z "$GATEWAY_PID" ] || kill "$GATEWAY_PID" 2>/dev/null; rm -rf "$WORK"' EXIT
start_bench_gateway $PORT "$WORK/gateway.log" "${BENCH_GATEWAY_OPTS:-}"
echo "## Gateway overhead: $(nproc) cores shared by wrk, the gateway, the suite, Keycloak and PostgreSQL;"\
" ${SECONDS_PER_RUN} s per run"

# wrk's output, checked: every answer a 2xx
run_wrk() {
  wrk "$@" >"$WORK/wrk.txt"
  if grep -q "Non-2xx" "$WORK/wrk.txt"; then
    cat "$WORK/wrk.txt" >&2
    echo "answers other than 2xx: the run does not measure what it should" >&2
    exit 1
  fi
}
# a wrk latency figure (850.00us, 1.69ms, 1.02s) in milliseconds
in_ms() {
  awk -v value="$1" 'BEGIN { unit = value; sub(/^[0-9.]+/, "", unit); number = value + 0;
    print (unit == "us") ? number / 1000 : (unit == "s") ? number * 1000 : number }'
}

# Warm both paths (JIT: the gateway's C2 compiles its hot path in the first half-minute; connection pools), then
# saturate each.
run_wrk -t2 -c16 -d5s "$DIRECT"
run_wrk -t2 -c16 -d30s "$GATEWAY"
run_wrk -t2 -c16 -d"${SECONDS_PER_RUN}s" "$DIRECT"
direct_rps=$(awk '/Requests\/sec/ { print $2 }' "$WORK/wrk.txt")
run_wrk -t2 -c16 -d"${SECONDS_PER_RUN}s" "$GATEWAY"
gateway_rps=$(awk '/Requests\/sec/ { print $2 }' "$WORK/wrk.txt")
echo "saturation: direct $direct_rps req/s, through the gateway $gateway_rps req/s,"\
" ratio $(echo "scale=2; $gateway_rps / $direct_rps" | bc)"

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$GATEWAY_PID/stat"; }
kernel_ticks() { awk '{ print $15 }' "/proc/$GATEWAY_PID/stat"; }
# fixed_rate <url>: sets p50, p99 (ms), count and rate (reached, req/s)
fixed_rate() {
  run_wrk -t2 -c20 -d"${SECONDS_PER_RUN}s" --latency -s bench/paced.lua "$1" -- $((RATE / 2))
  p50=$(in_ms "$(awk '$1 == "50%" { print $2 }' "$WORK/wrk.txt")")
  p99=$(in_ms "$(awk '$1 == "99%" { print $2 }' "$WORK/wrk.txt")")
  count=$(awk '/requests in/ { print $1 }' "$WORK/wrk.txt")
  rate=$(awk '/Requests\/sec/ { printf "%d", $2 }' "$WORK/wrk.txt")
}
median() {
  tr ' ' '\n' | grep . | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
# Rounds alternate direct and gateway, so that a busy moment of the shared machine does not fall on one side only
added_p50s= added_p99s= cpu_ticks_total=0 kernel_ticks_total=0 requests_total=0
for round in $(seq 1 "$ROUNDS"); do
  fixed_rate "$DIRECT"
  direct_p50=$p50 direct_p99=$p99 direct_rate=$rate
  before=$(cpu_ticks) kernel_before=$(kernel_ticks)
  fixed_rate "$GATEWAY"
  cpu_ticks_total=$((cpu_ticks_total + $(cpu_ticks) - before))
  kernel_ticks_total=$((kernel_ticks_total + $(kernel_ticks) - kernel_before))
  requests_total=$((requests_total + count))
  added_p50=$(echo "$p50 - $direct_p50" | bc) added_p99=$(echo "$p99 - $direct_p99" | bc)
  added_p50s="$added_p50s $added_p50" added_p99s="$added_p99s $added_p99"
  echo "round $round at $RATE req/s (reached: direct $direct_rate, through the gateway $rate): direct p50"\
" ${direct_p50} ms p99 ${direct_p99} ms; through the gateway p50 ${p50} ms p99 ${p99} ms;"\
" added p50 $added_p50 ms, p99 $added_p99 ms"
done
echo "added at $RATE req/s, median of $ROUNDS rounds: p50 $(echo "$added_p50s" | median) ms,"\
" p99 $(echo "$added_p99s" | median) ms"
ticks_per_second=$(getconf CLK_TCK)
echo "gateway CPU: $(echo "scale=1; $cpu_ticks_total * 1000 / $ticks_per_second * 1000 / $requests_total" | bc)"\
" ms per 1,000 requests ($requests_total requests), of which in the kernel"\
" $(echo "scale=1; $kernel_ticks_total * 1000 / $ticks_per_second * 1000 / $requests_total" | bc) ms"
