# Sourced by the benchmarks that measure one service: runs it from its built jar (building it when missing) on a
# database of its own, so neither the suite nor its data are touched, and stops it when the benchmark exits.
# Sets WORK (a scratch folder, removed at exit). Usage: require_tools <tool>...; start_service <module> <port> <database>

WORK=$(mktemp -d)
SERVICE_PID=
trap '[ -n "$SERVICE_PID" ] && kill "$SERVICE_PID" 2>/dev/null; rm -rf "$WORK"' EXIT

require_tools() {
  for tool in "$@"; do
    command -v "$tool" >/dev/null || { echo "needs $tool: apt-get install hey postgresql jq" >&2; exit 1; }
  done
}

start_service() {
  local module=$1 port=$2 db=$3 app="$1/target/quarkus-app/quarkus-run.jar"
  [ -f "$app" ] || ./mvnw -B -q -DskipTests -pl "$module" -am install
  bin/suite up postgres >/dev/null
  psql -h 127.0.0.1 -U postgres -qtAc "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1 \
    || psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $db OWNER boussole"
  # The service migrates and seeds its database as it starts.
  QUARKUS_HTTP_PORT=$port QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:5432/$db" \
    QUARKUS_LOG_CONSOLE_JSON_ENABLED=false QUARKUS_HTTP_ACCESS_LOG_ENABLED=false \
    BOUSSOLE_WEBHOOKS_ENCRYPTION_KEY=${BOUSSOLE_WEBHOOKS_ENCRYPTION_KEY:-$(openssl rand -base64 32)} \
    java -jar "$app" >"$WORK/service.log" 2>&1 &
  SERVICE_PID=$!
  for _ in $(seq 60); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/q/health/ready")" = 200 ] && return
    sleep 1
  done
  echo "$module did not get ready on :$port; see its log:" >&2
  cat "$WORK/service.log" >&2
  exit 1
}
