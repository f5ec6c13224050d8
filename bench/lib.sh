# Shared by the bench scripts (sourced): a gateway process of the bench's own, with the suite's JVM options for the
# gateway and its rate limits off (a load generator is one client), in front of the running suite's services.
source bin/java-options

# start_bench_gateway <port> <log file> [extra JVM options]: starts it, waits until it answers, sets GATEWAY_PID
start_bench_gateway() {
  local port=$1 log=$2 extra=${3:-}
  [ -f gateway/target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -pl gateway -am -DskipTests
  # shellcheck disable=SC2086
  java $GATEWAY_JAVA_OPTS -Dquarkus.http.port="$port" -Dboussole.gateway.rate-limits.enabled=false \
    -Dquarkus.http.access-log.enabled=false $extra -jar gateway/target/quarkus-app/quarkus-run.jar >"$log" 2>&1 &
  GATEWAY_PID=$!
  for _ in $(seq 1 120); do
    curl -sf "http://localhost:$port/api/v1/catalogue/sectors" >/dev/null && return 0
    sleep 0.5
  done
  cat "$log" >&2
  return 1
}

# rss_mb <pid>: the process's resident memory in MB, or 0 when it is gone
rss_mb() {
  awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo 0
}

# suite_pid <part>: the PID bin/suite recorded for a part
suite_pid() {
  cat ".suite/pids/$1.pid" 2>/dev/null || true
}

# The mixed workload (bench/load/MixedLoad.java) through a bench gateway on $PORT, in $WORK.
# prepare_mixed_load: checks the suite runs, compiles the load generator, starts the gateway (GATEWAY_PID)
prepare_mixed_load() {
  curl -sf http://localhost:8080/api/v1/catalogue/sectors >/dev/null \
    || { echo "the suite is not running: bin/suite up" >&2; exit 1; }
  javac -d "$WORK/classes" bench/load/MixedLoad.java
  start_bench_gateway "$PORT" "$WORK/gateway.log"
}

# mixed_load <rate> <seconds>: runs it; the table in $WORK/out.txt, accepted writes and timeline beside it
mixed_load() {
  java -cp "$WORK/classes" MixedLoad "http://localhost:$PORT" "http://localhost:${BOUSSOLE_KEYCLOAK_PORT:-8180}" \
    "$1" "$2" commons/src/test/resources/fixtures/shop-near-lyon.json bench/directory/profile.json \
    "$WORK/accepted.txt" "$WORK/timeline.csv" >"$WORK/out.txt"
}
