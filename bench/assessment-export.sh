#!/usr/bin/env bash
# A CCI's export of N assessments through the gateway, for docs/performance.md: time, size, and the
# assessment-service's resident memory before and after (bin/suite runs it with a 96 MB heap, so an export that
# buffered its rows would die of it long before 100,000). The rows are copies of one submitted assessment of
# CCI Lyon, updated a minute apart, written straight into the suite's database and removed afterwards.
# Needs the suite running (bin/suite up), curl, jq and psql.
# Usage: bench/assessment-export.sh [rows]     (default 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-100000}
GATEWAY=${BOUSSOLE_GATEWAY_URL:-http://localhost:8080}
KEYCLOAK=${BOUSSOLE_KEYCLOAK_URL:-http://localhost:8180}
PSQL=(psql -h 127.0.0.1 -U boussole -d assessment -qtA)
for tool in curl jq psql; do
  command -v $tool >/dev/null || { echo "needs $tool: apt-get install curl jq postgresql-client" >&2; exit 1; }
done
token() {
  curl -sf -d grant_type=password -d client_id=boussole-cli -d username="$1" -d password=boussole-demo \
    "$KEYCLOAK/realms/boussole/protocol/openid-connect/token" | jq -r .access_token
}
ADVISOR=$(token advisor.lyon)
# one submitted assessment of CCI Lyon to copy
ID=$(curl -sf -H "Authorization: Bearer $ADVISOR" -H 'Content-Type: application/json' \
  -d '{"siren":"904455664","departement":"69","companyName":"Modèle export"}' "$GATEWAY/api/v1/assessments" | jq -r .id)
curl -sf -o /dev/null -X PATCH -H "Authorization: Bearer $ADVISOR" -H 'Content-Type: application/json' \
  --data @commons/src/test/resources/fixtures/shop-near-lyon.json "$GATEWAY/api/v1/assessments/$ID/answers"
curl -sf -o /dev/null -X POST -H "Authorization: Bearer $ADVISOR" "$GATEWAY/api/v1/assessments/$ID/submit"
BATCH="bench-export-$(date +%s)"
trap '"${PSQL[@]}" -c "DELETE FROM assessment WHERE company_name LIKE '"'"'$BATCH %'"'"'" >/dev/null' EXIT
"${PSQL[@]}" -c "INSERT INTO assessment (id, questionnaire_version, status, origin, siren, company_name, owner_cci,
    created_by, answers, sector, region, readiness, score, computed_level, level, follow_up, created_at, updated_at,
    submitted_at)
  SELECT gen_random_uuid(), questionnaire_version, status, origin, siren, '$BATCH ' || i, owner_cci, created_by,
    answers, sector, region, readiness, score, computed_level, level, follow_up, created_at,
    updated_at - i * interval '1 minute', submitted_at
  FROM assessment, generate_series(1, $ROWS) AS i WHERE id = '$ID'"
PID=$(cat .suite/pids/assessment-service.pid)
rss() { ps -o rss= -p "$PID" | tr -d ' '; }
echo "assessment-service RSS before: $(rss) kB"
for format in csv jsonl; do
  curl -sf -o /dev/null -H "Authorization: Bearer $ADVISOR" \
    -w "$format: %{http_code}, %{size_download} bytes in %{time_total} s (first byte after %{time_starttransfer} s)\n" \
    "$GATEWAY/api/v1/assessments/export?format=$format"
  echo "assessment-service RSS after $format: $(rss) kB"
done
