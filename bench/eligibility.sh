#!/usr/bin/env bash
# Eligibility of one company profile against every funding aid, for docs/performance.md: the guide's 7 aids plus
# synthetic ones (bench/directory/generate-aids.sql), POST /api/v1/directory/eligibility through HTTP with hey.
# directory-service runs from its jar on a database of its own (directory_bench, port 18083): the suite and its
# data are not touched. Needs PostgreSQL (bin/suite up postgres) and hey (apt-get install hey).
# Usage: bench/eligibility.sh [aids] [connections] [requests]     (defaults: 1000 4 20000)
set -euo pipefail
cd "$(dirname "$0")/.."
AIDS=${1:-1000}
CONNECTIONS=${2:-4}
REQUESTS=${3:-20000}
PORT=18083
DB=directory_bench
# shellcheck source=bench/service-on-own-database.sh
. bench/service-on-own-database.sh

require_tools hey psql jq
echo "## Eligibility: $AIDS synthetic aids + the guide's, $CONNECTIONS connections, $REQUESTS requests"
start_service directory-service "$PORT" "$DB"
psql -h 127.0.0.1 -U boussole -d $DB -q -v aids="$AIDS" -f bench/directory/generate-aids.sql >/dev/null

url="http://localhost:$PORT/api/v1/directory/eligibility"
curl -s -H 'Content-Type: application/json' -d @bench/directory/profile.json "$url" >"$WORK/answer.json"
echo "answer: $(jq .total "$WORK/answer.json") aids judged, $(jq -c .counts "$WORK/answer.json"), first page of $(wc -c <"$WORK/answer.json") bytes"

hey -n 2000 -c "$CONNECTIONS" -m POST -T application/json -D bench/directory/profile.json "$url" >/dev/null
hey -n "$REQUESTS" -c "$CONNECTIONS" -m POST -T application/json -D bench/directory/profile.json "$url" \
  >"$WORK/hey.txt"
grep -E "Requests/sec|50% in|90% in|99% in" "$WORK/hey.txt"
