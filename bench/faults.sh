#!/usr/bin/env bash
# Faults under load, for docs/performance.md (issue #9): the mixed workload of bench/mixed-load.sh runs through a
# gateway of the bench's own while, in turn, each service is killed with SIGKILL and started again, PostgreSQL is
# restarted, Keycloak is stopped for half a minute, and the gateway itself is killed and started again. Then:
#  - the answers: 503 problems while a part is away are expected; a 500 is a defect (column 5xx_not_503);
#  - recovery: the seconds in which some answer was not a 2xx, so the time each fault lasted at the edge;
#  - no accepted write lost: every draft, save and submission the generator got a 2xx for is in the database
#    (a saved assessment has answers, a submitted one is SUBMITTED).
# Needs the suite running (bin/suite up) as root or with sudo for the PostgreSQL restart, psql.
# Usage: bench/faults.sh [rate per second]     (default 40)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
RATE=${1:-40}
DURATION=250
PORT=18080
WORK=$(mktemp -d)
GATEWAY_PID=
trap '[ -z "$GATEWAY_PID" ] || kill "$GATEWAY_PID" 2>/dev/null; rm -rf "$WORK"' EXIT
prepare_mixed_load

mixed_load "$RATE" "$DURATION" &
LOAD=$!
T0=$(date +%s)
at() { sleep $(($1 - ($(date +%s) - T0))) 2>/dev/null || true; echo "t=$(($(date +%s) - T0))s: $2"; }

for service in catalogue-service assessment-service directory-service; do
  case $service in catalogue-service) t=20 ;; assessment-service) t=55 ;; directory-service) t=90 ;; esac
  at $t "kill -9 $service"
  kill -9 "$(suite_pid $service)"
  at $((t + 10)) "start $service again"
  bin/suite up "$service" >/dev/null
done
at 125 "restart PostgreSQL"
if [ -d /etc/postgresql ]; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main restart
else
  bin/suite down >/dev/null; echo "no system cluster: restart it by hand" >&2; exit 1
fi
at 150 "stop Keycloak"
kill "$(suite_pid keycloak)"
at 180 "start Keycloak again"
bin/suite up keycloak >/dev/null
at 210 "kill -9 the gateway, start it again"
kill -9 "$GATEWAY_PID"
start_bench_gateway $PORT "$WORK/gateway-2.log"
wait $LOAD
cat "$WORK/out.txt"

echo "seconds with answers other than 2xx (second,2xx,5xx_not_503,503,connection_errors):"
awk -F, 'NR > 1 && ($3 + $4 + $5) > 0' "$WORK/timeline.csv" | tr '\n' ' '
echo
echo "500-class answers other than 503: $(awk -F, 'NR > 1 { s += $3 } END { print s + 0 }' "$WORK/timeline.csv")"

# every accepted write against the database
{
  echo "CREATE TEMP TABLE accepted (kind text, id uuid);"
  echo "COPY accepted FROM STDIN WITH (DELIMITER ' ');"
  cat "$WORK/accepted.txt"
  echo '\.'
  cat <<'SQL'
SELECT a.kind, count(*) AS accepted,
       count(*) FILTER (WHERE s.id IS NULL
                        OR (a.kind = 'saved' AND s.answers = '{}'::jsonb)
                        OR (a.kind = 'submitted' AND s.status <> 'SUBMITTED')) AS lost
FROM accepted a LEFT JOIN assessment s ON s.id = a.id GROUP BY a.kind ORDER BY a.kind;
SQL
} | psql -h 127.0.0.1 -U boussole -d assessment -q
