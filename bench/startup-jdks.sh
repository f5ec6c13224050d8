#!/usr/bin/env bash
# Each service started alone on each JDK, side by side, for docs/performance.md ("JDK 17 and 25"): time from launch
# to ready, Quarkus' own "started in", and the resident memory once ready. Each JDK gets a training run first, which
# records its startup cache (JDK 17: a class-data sharing archive; JDK 25: an AOT cache), as bin/suite does.
# Usage: bench/startup-jdks.sh [rounds] [java...]   (default 3 rounds; the java on the PATH and every JDK 25 of
# /usr/lib/jvm). The figures are medians.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-3}
shift || true
JAVAS=("$@")
if [ ${#JAVAS[@]} -eq 0 ]; then
  JAVAS=("$(command -v java)")
  for jdk in /usr/lib/jvm/*-25-*/bin/java; do [ -x "$jdk" ] && JAVAS+=("$jdk"); done
fi
declare -A PORT=([catalogue-service]=8081 [assessment-service]=8082 [directory-service]=8083 [gateway]=8080)
ORDER=(catalogue-service assessment-service directory-service gateway)

now() { date +%s.%N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
ready() { [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$1/q/health/ready")" = 200 ]; }
started_in() { grep -o 'started in [0-9.]*s' ".suite/logs/$1.log" | tail -n 1 | grep -o '[0-9.]*' | head -n 1; }

bin/suite up >/dev/null
for service in "${ORDER[@]}"; do bin/suite stop "$service" >/dev/null; done
printf '| %-19s | %-8s | %-22s | %-25s | %-10s |\n' service JDK "launch to ready (s)" "Quarkus \"started in\" (s)" "RSS ready"
printf '|%s|%s|%s|%s|%s|\n' "---------------------" "----------" "------------------------" "---------------------------" "------------"
for service in "${ORDER[@]}"; do
  [ "$service" = gateway ] && bin/suite up catalogue-service >/dev/null
  for java in "${JAVAS[@]}"; do
    export BOUSSOLE_JAVA=$java
    version=$("$java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)
    bin/suite up "$service" >/dev/null; bin/suite stop "$service" >/dev/null # the training run
    launch=(); started=(); rss=()
    for round in $(seq "$ROUNDS"); do
      start=$(now); bin/suite up "$service" >/dev/null
      until ready "${PORT[$service]}"; do sleep 0.02; done
      launch+=("$(echo "$(now) - $start" | bc)")
      started+=("$(started_in "$service")")
      rss+=("$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$(cat ".suite/pids/$service.pid")/status")")
      bin/suite stop "$service" >/dev/null
    done
    printf '| %-19s | %-8s | %-22s | %-25s | %-10s |\n' "$service" "$version" \
      "$(printf '%s\n' "${launch[@]}" | median | xargs printf '%.2f')" "$(printf '%s\n' "${started[@]}" | median)" \
      "$(printf '%s\n' "${rss[@]}" | median) MB"
  done
done
unset BOUSSOLE_JAVA
bin/suite down >/dev/null
