#!/usr/bin/env bash
# Submit-and-score under load, for docs/performance.md: complete drafts are submitted through the gateway (each
# submission validates the answers, scores them and stores the result in one transaction), then the database is
# checked: every 200 is one stored, scored submission, no draft was scored twice, no answer was a 5xx.
#
# The drafts are written straight into the suite's database beforehand (the answers of a complete company, each with
# its own resume token), so that the run measures submissions only. Needs the suite running with the gateway's rate
# limits off, which would otherwise stop one address at 120 writes a minute:
#   bin/suite stop gateway && BOUSSOLE_GATEWAY_RATE_LIMITS_ENABLED=false bin/suite up gateway
# and wrk, jq and psql (apt-get install wrk jq postgresql-client).
# Usage: bench/assessment-submit.sh [drafts] [connections] [seconds]     (defaults: 8000 8 15)
set -euo pipefail
cd "$(dirname "$0")/.."
DRAFTS=${1:-8000}
CONNECTIONS=${2:-8}
SECONDS_PER_RUN=${3:-15}
GATEWAY=${BOUSSOLE_GATEWAY_URL:-http://localhost:8080}
PSQL=(psql -h 127.0.0.1 -U boussole -d assessment -qtA)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
for tool in wrk jq psql; do
  command -v $tool >/dev/null || { echo "needs $tool: apt-get install wrk jq postgresql-client" >&2; exit 1; }
done
curl -sf "$GATEWAY/api/v1/assessments/questionnaires/current" >/dev/null \
  || { echo "the suite is not running: bin/suite up" >&2; exit 1; }

# One complete set of answers, the tests' shop near Lyon (commons' fixtures); a new batch tag per run.
ANSWERS=$(jq -c . commons/src/test/resources/fixtures/shop-near-lyon.json)
BATCH="bench-$(date +%s)"
VERSION=$("${PSQL[@]}" -c "SELECT max(version) FROM questionnaire WHERE status = 'PUBLISHED'")
# the drafts, and the "id token" list the wrk script submits
"${PSQL[@]}" -v answers="$ANSWERS" -v batch="$BATCH" -v version="$VERSION" -v drafts="$DRAFTS" \
  >"$WORK/drafts.txt" <<'SQL'
WITH drafts AS (
    SELECT gen_random_uuid() AS id, :'batch' || '-' || i AS token FROM generate_series(1, :drafts) AS i
), inserted AS (
    INSERT INTO assessment (id, questionnaire_version, status, origin, company_name, resume_token_hash, answers,
                            sector, region, created_at, updated_at)
    SELECT id, :version, 'DRAFT', 'ANONYMOUS', :'batch', encode(sha256(convert_to(token, 'UTF8')), 'hex'),
           :'answers'::jsonb, 'commerce', '84', now(), now()
    FROM drafts
    RETURNING id
)
SELECT d.id || ' ' || d.token FROM drafts d JOIN inserted USING (id);
SQL
echo "## Submit-and-score through the gateway: $(wc -l <"$WORK/drafts.txt") drafts, $CONNECTIONS connections,"\
" ${SECONDS_PER_RUN} s, $(nproc) cores shared by the suite and wrk"
THREADS=$(( CONNECTIONS < 2 ? CONNECTIONS : 2 ))
submit() {
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$1" --latency -s bench/assessment/submit.lua "$GATEWAY" \
    -- "$WORK/drafts.txt" "$THREADS"
}
count() {
  local found
  found=$(grep -E "^HTTP $2: " "$1" | awk '{ s += $3 } END { print s + 0 }')
  echo "$found"
}
submit "${SECONDS_PER_RUN}s" | tee "$WORK/run.txt"
ACCEPTED=$(count "$WORK/run.txt" 200)
REFUSED=$(count "$WORK/run.txt" 409)
SERVER_ERRORS=$(count "$WORK/run.txt" '5[0-9][0-9]')
LIMITED=$(count "$WORK/run.txt" 429)
if [ "$LIMITED" != 0 ]; then
  echo "$LIMITED submissions were rate limited (429): restart the gateway with its rate limits off (see above)" >&2
  exit 1
fi
STORED=$("${PSQL[@]}" -v batch="$BATCH" <<<"SELECT count(*) FROM assessment WHERE company_name = :'batch'
                                             AND status = 'SUBMITTED' AND score IS NOT NULL AND readiness IS NOT NULL")
echo "accepted (200): $ACCEPTED = $(( ACCEPTED / SECONDS_PER_RUN )) submissions/s; stored and scored: $STORED"\
" (in flight when wrk stopped: $(( STORED - ACCEPTED ))); refused as already submitted (409): $REFUSED;"\
" 5xx: $SERVER_ERRORS"
if [ "$REFUSED" != 0 ]; then
  echo "(the drafts ran out during the run: give more drafts to measure the rate)"
fi

# Every draft submitted again: each must be refused, none scored a second time.
echo "## The same drafts submitted again, 3 s"
submit 3s | grep -E '^(HTTP|Requests/sec)' | tee "$WORK/again.txt"
AGAIN_ACCEPTED=$(count "$WORK/again.txt" 200)
STORED_AFTER=$("${PSQL[@]}" -v batch="$BATCH" <<<"SELECT count(*) FROM assessment WHERE company_name = :'batch'
                                                   AND status = 'SUBMITTED'")
echo "accepted again: $AGAIN_ACCEPTED (only drafts the first run had not reached); submitted now: $STORED_AFTER"
# wrk stops without reading the answers in flight: up to one per connection was stored but not counted
if [ "$STORED" -lt "$ACCEPTED" ] || [ "$STORED" -gt $(( ACCEPTED + CONNECTIONS )) ] || [ "$SERVER_ERRORS" != 0 ] \
   || [ "$STORED_AFTER" != $(( STORED + AGAIN_ACCEPTED )) ]; then
  echo "LOST OR DUPLICATED SUBMISSIONS" >&2
  exit 1
fi
