#!/usr/bin/env bash
# The suite under a mixed, realistic load through the gateway, for docs/performance.md (issue #9): catalogue
# browsing (20 %), search (15 %) and pages (10 %), directory partner searches (10 %), aids by département (5 %) and
# eligibility (5 %), assessments drafted (12 %), saved with a full set of answers (12 %) and submitted (10 %), and a
# CCI advisor's CSV export (1 %); see bench/load/MixedLoad.java (an open model: latency counts from when a request was
# due). First 30 s steps at rising rates find the highest rate whose p99 stays under 250 ms with every answer a 2xx;
# then the long run at that rate, with the resident memory of each service sampled every 10 s.
# Needs the suite running (bin/suite up); the gateway measured is a process of the bench's own (bench/lib.sh).
# Usage: bench/mixed-load.sh [seconds of the long run] [rates to try, per second...]
#        (defaults: 600; 25 50 75 100 125 150 200 250 300)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
LONG=${1:-600}
shift || true
RATES=("${@:-25 50 75 100 125 150 200 250 300}")
read -r -a RATES <<<"${RATES[*]}"
PORT=18080
WORK=$(mktemp -d)
GATEWAY_PID=
trap '[ -z "$GATEWAY_PID" ] || kill "$GATEWAY_PID" 2>/dev/null; rm -rf "$WORK"' EXIT
prepare_mixed_load

echo "## Mixed load: $(nproc) cores shared by the load generator, the gateway, the suite, Keycloak and PostgreSQL"
mixed_load "${RATES[0]}" 20 # warm-up: connections, JIT
best=
for rate in "${RATES[@]}"; do
  mixed_load "$rate" 30
  read -r p99 ok < <(awk '$1 == "all" { print $5, $7 }' "$WORK/out.txt")
  echo "step: $rate req/s for 30 s: p99 $p99 ms, $ok % 2xx"
  if awk -v p="$p99" -v ok="$ok" 'BEGIN { exit !(p < 250 && ok >= 100) }'; then best=$rate; else break; fi
done
[ -n "$best" ] || { echo "no rate tried kept p99 under 250 ms"; cat "$WORK/out.txt"; exit 1; }

echo "long run: $best req/s for $LONG s"
sample() {
  while sleep 10; do
    for part in catalogue-service assessment-service directory-service; do
      echo "$part $(rss_mb "$(suite_pid $part)")"
    done
    echo "gateway $(rss_mb "$GATEWAY_PID")"
  done >"$WORK/rss.txt"
}
sample &
SAMPLER=$!
mixed_load "$best" "$LONG"
kill $SAMPLER 2>/dev/null || true
cat "$WORK/out.txt"
echo "resident memory, peak over the run (MB):"
awk '{ if ($2 > peak[$1]) peak[$1] = $2 } END { for (p in peak) printf "  %s %d\n", p, peak[p] }' "$WORK/rss.txt" | sort
