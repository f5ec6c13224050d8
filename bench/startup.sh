#!/usr/bin/env bash
# Startup and memory of the suite, for docs/performance.md:
#   1. time from `bin/suite up` to all-ready, with everything stopped but built (warm Maven cache, Keycloak
#      unpacked) and PostgreSQL running;
#   2. each service started alone: time from launch to ready, and Quarkus' own "started in";
#   3. each service's resident memory (RSS) after 1,000 requests to one of its endpoints.
# The services run as bin/suite runs them, with the class-data sharing archive of their training run.
# Needs `hey` (apt-get install hey). Usage: bench/startup.sh [rounds]   (default 3; the figures are medians)
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-3}
command -v hey >/dev/null || { echo "needs hey: apt-get install hey" >&2; exit 1; }

declare -A ENDPOINT=(
  [catalogue-service]=8081:/api/v1/catalogue/sectors
  [assessment-service]=8082:/api/v1/assessments/questionnaires/current
  [directory-service]=8083:/api/v1/directory/partner-kinds
  [gateway]=8080:/api/v1/catalogue/sectors
)
ORDER=(catalogue-service assessment-service directory-service gateway)

now() { date +%s.%N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
ready() { [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$1/q/health/ready")" = 200 ]; }
quarkus_started() { grep -o 'started in [0-9.]*s' ".suite/logs/$1.log" | tail -n 1 | grep -o '[0-9.]*' | head -n 1; }

# Builds what is missing, starts PostgreSQL and Keycloak once, and gives each service its training run (the
# class-data sharing archive is written when it stops, below).
bin/suite up >/dev/null
echo "## Whole suite: bin/suite up to all ready (PostgreSQL running, everything else stopped)"
suite_times=()
for round in $(seq "$ROUNDS"); do
  bin/suite down >/dev/null
  start=$(now); bin/suite up >/dev/null; end=$(now)
  suite_times+=("$(echo "$end - $start" | bc)")
  echo "round $round: ${suite_times[-1]} s"
done
echo "median: $(printf '%s\n' "${suite_times[@]}" | median) s"

echo
echo "## Each service alone (PostgreSQL and Keycloak up, the other services stopped)"
printf '| %-19s | %-22s | %-25s | %-20s |\n' service "launch to ready (s)" "Quarkus \"started in\" (s)" "RSS after 1,000 req"
printf '|%s|%s|%s|%s|\n' "---------------------" "------------------------" "---------------------------" "----------------------"
for service in "${ORDER[@]}"; do bin/suite down >/dev/null 2>&1 || true; done
bin/suite up postgres keycloak >/dev/null
for service in "${ORDER[@]}"; do
  port=${ENDPOINT[$service]%%:*}; path=${ENDPOINT[$service]#*:}
  launch=(); started=()
  for round in $(seq "$ROUNDS"); do
    [ "$service" = gateway ] && bin/suite up catalogue-service >/dev/null
    start=$(now); bin/suite up "$service" >/dev/null
    until ready "$port"; do sleep 0.02; done
    launch+=("$(echo "$(now) - $start" | bc)")
    started+=("$(quarkus_started "$service")")
    if [ "$round" = "$ROUNDS" ]; then
      hey -n 1000 -c 10 "http://localhost:$port$path" >/dev/null
      rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$(cat ".suite/pids/$service.pid")/status")
    fi
    kill "$(cat ".suite/pids/$service.pid")"; while [ -e "/proc/$(cat ".suite/pids/$service.pid")" ]; do sleep 0.05; done
    rm -f ".suite/pids/$service.pid"
  done
  printf '| %-19s | %-22s | %-25s | %-20s |\n' "$service" "$(printf '%s\n' "${launch[@]}" | median)" \
    "$(printf '%s\n' "${started[@]}" | median)" "$((rss_kb / 1024)) MB"
done
bin/suite down >/dev/null
