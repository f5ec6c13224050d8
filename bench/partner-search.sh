#!/usr/bin/env bash
# Partner search at scale, for docs/performance.md: the 17 seeded partners plus synthetic ones
# (bench/directory/generate-partners.sql), GET /api/v1/directory/partners through HTTP with hey, for four kinds of
# query: two words; two words and a region; filters without words; everything. directory-service runs from its
# jar on a database of its own (directory_bench, port 18083). Needs PostgreSQL (bin/suite up postgres), hey, jq.
# Usage: bench/partner-search.sh [partners] [connections] [requests per query]     (defaults: 50000 1 2000)
set -euo pipefail
cd "$(dirname "$0")/.."
PARTNERS=${1:-50000}
CONNECTIONS=${2:-1}
REQUESTS=${3:-2000}
PORT=18083
DB=directory_bench
# shellcheck source=bench/service-on-own-database.sh
. bench/service-on-own-database.sh

require_tools hey psql jq
echo "## Partner search: $PARTNERS synthetic partners + the seeded ones, $CONNECTIONS connection(s), $REQUESTS requests per query"
start_service directory-service "$PORT" "$DB"
psql -h 127.0.0.1 -U boussole -d $DB -q -v partners="$PARTNERS" -f bench/directory/generate-partners.sql >/dev/null

base="http://localhost:$PORT/api/v1/directory/partners"
for query in "q=maintenance%20pr%C3%A9dictive" "q=maintenance%20pr%C3%A9dictive&region=84" \
    "region=84&kind=research-lab" "sort=name"; do
  curl -s "$base?$query" >"$WORK/answer.json"
  echo "### ?$query: $(jq .total "$WORK/answer.json") results, first page of $(wc -c <"$WORK/answer.json") bytes"
  hey -n 200 -c "$CONNECTIONS" "$base?$query" >/dev/null
  hey -n "$REQUESTS" -c "$CONNECTIONS" "$base?$query" >"$WORK/hey.txt"
  grep -E "Requests/sec|50% in|99% in" "$WORK/hey.txt"
done
