#!/usr/bin/env bash
# What the gateway costs, for docs/performance.md: the same public read (GET /api/v1/catalogue/sectors, ~3 kB of
# JSON) sent straight to catalogue-service and through a gateway, one after the other in one run.
#  1. throughput at saturation (wrk, 2 threads, 16 connections): gateway ÷ direct;
#  2. latency at a fixed rate, 1,000 requests/s unless given (hey, 10 workers): p50 and p99 added by the gateway;
#  3. the gateway's CPU time per 1,000 requests during step 2 (utime + stime from /proc).
# The gateway measured is a process of its own (port 18080) with the suite's JVM options and its rate limits off
# (a benchmark is one client), in front of the running suite's catalogue-service. Needs the suite running
# (bin/suite up), wrk and hey (apt-get install wrk hey).
# Usage: bench/gateway-overhead.sh [seconds per run] [fixed rate]     (defaults: 15, 1000; the rate in tens)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
SECONDS_PER_RUN=${1:-15}
RATE=${2:-1000}
PORT=18080
DIRECT=http://localhost:8081/api/v1/catalogue/sectors
GATEWAY=http://localhost:$PORT/api/v1/catalogue/sectors
WORK=$(mktemp -d)
for tool in wrk hey; do
  command -v $tool >/dev/null || { echo "needs $tool: apt-get install wrk hey" >&2; exit 1; }
done
curl -sf "$DIRECT" >/dev/null || { echo "catalogue-service is not running: bin/suite up" >&2; exit 1; }

GATEWAY_PID=
trap '[ -z "$GATEWAY_PID" ] || kill "$GATEWAY_PID" 2>/dev/null; rm -rf "$WORK"' EXIT
start_bench_gateway $PORT "$WORK/gateway.log" "${BENCH_GATEWAY_OPTS:-}"
echo "## Gateway overhead: $(nproc) cores shared by wrk/hey, the gateway, the suite, Keycloak and PostgreSQL;"\
" ${SECONDS_PER_RUN} s per run"

# Warm both paths (JIT, connection pools), then saturate each.
wrk -t2 -c16 -d5s "$DIRECT" >/dev/null
wrk -t2 -c16 -d5s "$GATEWAY" >/dev/null
direct_rps=$(wrk -t2 -c16 -d"${SECONDS_PER_RUN}s" "$DIRECT" | awk '/Requests\/sec/ { print $2 }')
gateway_rps=$(wrk -t2 -c16 -d"${SECONDS_PER_RUN}s" "$GATEWAY" | awk '/Requests\/sec/ { print $2 }')
echo "saturation: direct $direct_rps req/s, through the gateway $gateway_rps req/s,"\
" ratio $(echo "scale=2; $gateway_rps / $direct_rps" | bc)"

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$GATEWAY_PID/stat"; }
kernel_ticks() { awk '{ print $15 }' "/proc/$GATEWAY_PID/stat"; }
fixed_rate() {
  hey -z "${SECONDS_PER_RUN}s" -c 10 -q $((RATE / 10)) "$1" >"$WORK/hey.txt"
  local p50 p99 count
  p50=$(awk '/ 50% in/ { print $3 * 1000 }' "$WORK/hey.txt")
  p99=$(awk '/ 99% in/ { print $3 * 1000 }' "$WORK/hey.txt")
  count=$(awk '/\[200\]/ { print $2 }' "$WORK/hey.txt")
  echo "$p50 $p99 $count"
}
read -r direct_p50 direct_p99 _ < <(fixed_rate "$DIRECT")
before=$(cpu_ticks)
kernel_before=$(kernel_ticks)
read -r gateway_p50 gateway_p99 gateway_count < <(fixed_rate "$GATEWAY")
after=$(cpu_ticks)
kernel_after=$(kernel_ticks)
ticks_per_second=$(getconf CLK_TCK)
echo "at $RATE req/s: direct p50 ${direct_p50} ms p99 ${direct_p99} ms; through the gateway p50 ${gateway_p50} ms"\
" p99 ${gateway_p99} ms; added p50 $(echo "$gateway_p50 - $direct_p50" | bc) ms,"\
" p99 $(echo "$gateway_p99 - $direct_p99" | bc) ms"
echo "gateway CPU: $(echo "scale=1; ($after - $before) * 1000 / $ticks_per_second * 1000 / $gateway_count" | bc)"\
" ms per 1,000 requests ($gateway_count requests), of which in the kernel"\
" $(echo "scale=1; ($kernel_after - $kernel_before) * 1000 / $ticks_per_second * 1000 / $gateway_count" | bc) ms"
