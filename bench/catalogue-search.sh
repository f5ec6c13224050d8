#!/usr/bin/env bash
# Catalogue search at scale, for docs/performance.md: a two-word French query with its facets, against 100,000
# published use cases, through the service's HTTP API (wrk) and as the bare SQL the service runs for it (pgbench),
# at the same concurrency, one after the other in one run. The figure is the ratio service/SQL.
#
# The catalogue service runs from its built jar on its own database (catalogue_bench, port 18081), so neither the
# suite nor its data are touched. Needs PostgreSQL (bin/suite up postgres), wrk and pgbench
# (apt-get install wrk postgresql).
# Usage: bench/catalogue-search.sh [rows] [connections] [seconds]     (defaults: 100000 8 30)
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-100000}
CONNECTIONS=${2:-8}
SECONDS_PER_RUN=${3:-30}
PORT=18081
DB=catalogue_bench
QUERY='prévision ventes'
SEARCH_SQL=$PWD/bench/catalogue/search.sql
# shellcheck source=bench/service-on-own-database.sh
. bench/service-on-own-database.sh

THREADS=$(( CONNECTIONS < 2 ? CONNECTIONS : 2 ))
for tool in wrk pgbench psql; do
  command -v $tool >/dev/null || { echo "needs $tool: apt-get install wrk postgresql" >&2; exit 1; }
done
echo "## Catalogue search: $ROWS synthetic use cases, $CONNECTIONS connections, ${SECONDS_PER_RUN} s per run"
start_service catalogue-service "$PORT" "$DB"
synthetic=$(psql -h 127.0.0.1 -U boussole -d $DB -qtAc "SELECT count(*) FROM use_case WHERE slug LIKE 'synthetique-%'")
if [ "$synthetic" != "$ROWS" ]; then
  start=$(date +%s)
  psql -h 127.0.0.1 -U boussole -d $DB -q -v rows="$ROWS" -f bench/catalogue/generate.sql >/dev/null
  echo "generated in $(( $(date +%s) - start )) s"
fi

url="http://localhost:$PORT/api/v1/catalogue/use-cases?q=$(jq -rn --arg q "$QUERY" '$q|@uri')"
curl -s -H 'Accept-Language: fr' "$url" >"$WORK/answer.json"
echo "query '$QUERY': $(jq .total "$WORK/answer.json") matches, $(jq '.items | length' "$WORK/answer.json") on the"\
" page, $(jq '[.facets[] | length] | add' "$WORK/answer.json") facet values"

# wrk's latency distribution and throughput; the first run warms the JIT and PostgreSQL's caches.
wrk -t"$THREADS" -c"$CONNECTIONS" -d15s -H 'Accept-Language: fr' "$url" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency -H 'Accept-Language: fr' "$url" >"$WORK/wrk.txt"
service_p50=$(awk '$1 == "50%" {print $2}' "$WORK/wrk.txt")
service_p99=$(awk '$1 == "99%" {print $2}' "$WORK/wrk.txt")
service_rps=$(awk '/^Requests\/sec/ {print $2}' "$WORK/wrk.txt")

# The same query's statements, bare: pgbench logs each transaction's latency (µs, third column).
sectors=$(psql -h 127.0.0.1 -U boussole -d $DB -qtAc "SELECT string_agg(code, ',' ORDER BY position, code) FROM sector")
words=$(jq -rn --arg q "$QUERY" '$q | ascii_downcase' | iconv -f utf-8 -t ascii//TRANSLIT)
sql() { pgbench -h 127.0.0.1 -U boussole -n -M prepared -c "$CONNECTIONS" -j "$THREADS" -D "text=$words" -D "sectors=$sectors" \
  -f "$SEARCH_SQL" "$@" $DB; }
sql -T 15 >/dev/null 2>&1
(cd "$WORK" && sql -T "$SECONDS_PER_RUN" -l --log-prefix=sql >pgbench.txt 2>&1)
sql_tps=$(awk -F' = ' '/^tps/ {split($2, a, " "); print a[1]}' "$WORK/pgbench.txt")
cat "$WORK"/sql.* | awk '{print $3 / 1000}' | sort -n >"$WORK/latencies"
percentile() { awk -v p="$1" '{a[NR]=$1} END {i=int(NR*p); if (i < 1) i = 1; printf "%.2fms", a[i]}' "$WORK/latencies"; }

printf '%-22s %10s %10s %12s\n' "" "p50" "p99" "per second"
printf '%-22s %10s %10s %12s\n' "service (HTTP, wrk)" "$service_p50" "$service_p99" "$service_rps"
printf '%-22s %10s %10s %12.0f\n' "bare SQL (pgbench)" "$(percentile 0.5)" "$(percentile 0.99)" "$sql_tps"
echo "throughput ratio service/SQL: $(echo "scale=2; $service_rps / $sql_tps" | bc)"
