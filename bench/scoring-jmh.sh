#!/usr/bin/env bash
# Scoring throughput for docs/performance.md: the pure scoring function (questionnaire version 2, random complete
# answer sets) under JMH on one thread, one fork. Needs only Java and Maven; nothing else runs.
# Usage: bench/scoring-jmh.sh [measurement seconds]     (default 5; 3 warm-up and 5 measured iterations)
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_ITERATION=${1:-5}
./mvnw -B -q install -pl commons -DskipTests
./mvnw -B -q test-compile -pl assessment-service
./mvnw -B -q dependency:build-classpath -pl assessment-service -Dmdep.includeScope=test \
  -Dmdep.outputFile="$PWD/assessment-service/target/bench-classpath.txt"
CLASSPATH="assessment-service/target/test-classes:assessment-service/target/classes:$(cat assessment-service/target/bench-classpath.txt)"
echo "## Scoring: $(nproc) cores here, JMH on 1 thread, java $(java -version 2>&1 | head -1)"
java -cp "$CLASSPATH" org.openjdk.jmh.Main 'fr.boussole.assessment.bench.ScoringBenchmark' \
  -f 1 -t 1 -wi 3 -w "${SECONDS_PER_ITERATION}s" -i 5 -r "${SECONDS_PER_ITERATION}s" -jvmArgs '-Xmx256m'
