#!/usr/bin/env bash
# Benchmark: does a page of /api/v1/kernen cost the same at a million rows as at a thousand?
# Needs a running suite database (./run-suite, or SuiteDatabase) and psql + wrk (apt-get install
# postgresql-client wrk). Starts its own registry-service on port 18081 against a scratch database,
# loads N kernen, and measures a few list queries with wrk (loopback only, bounded duration).
# Usage: bench/list-pagination.sh [DB_PORT]
set -euo pipefail
cd "$(dirname "$0")/.."
DB_PORT=${1:-54329}
PORT=18081
PSQL="psql -q -h localhost -p $DB_PORT -U postgres"
JAR=registry-service/target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || mvn -B -q -pl registry-service package -DskipTests -Dlint.skip

measure() { # label url
  local out
  out=$(wrk -t2 -c8 -d10s --latency "http://localhost:$PORT$2" | awk '/Requests\/sec/{r=$2} / 50%/{p50=$2} / 99%/{p99=$2} END{print r" req/s, p50 "p50", p99 "p99}')
  printf '| %-9s | %-58s | %s |\n' "$ROWS" "$1" "$out"
}

for ROWS in 1000 1000000; do
  $PSQL -d postgres -c "DROP DATABASE IF EXISTS bench" -c "CREATE DATABASE bench"
  QUARKUS_HTTP_PORT=$PORT QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$DB_PORT/bench" \
    QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_HTTP_ACCESS_LOG_ENABLED=false \
    java -jar "$JAR" > /tmp/bench-registry.log 2>&1 &
  pid=$!
  for _ in $(seq 1 60); do curl -sf "localhost:$PORT/q/health/ready" >/dev/null && break; sleep 1; done
  # 1 000 gemeenten; GM0214 always has 15 kernen, the rest of the rows are spread over the others.
  $PSQL -d bench <<SQL
INSERT INTO gemeente (code, naam) SELECT 'GM' || lpad(g::text, 4, '0'), 'Gemeente ' || g FROM generate_series(1, 1000) g;
INSERT INTO kern (id, gemeente_code, naam)
  SELECT gen_random_uuid(), 'GM0214', 'Kern ' || k FROM generate_series(1, 15) k;
INSERT INTO kern (id, gemeente_code, naam)
  SELECT gen_random_uuid(), 'GM' || lpad((1 + k % 999 + (CASE WHEN 1 + k % 999 >= 214 THEN 1 ELSE 0 END))::text, 4, '0'), 'Kern ' || k
  FROM generate_series(1, $ROWS - 15) k;
ANALYZE;
SQL
  measure "gemeente=GM0214 (15 kernen), page 1" "/api/v1/kernen?gemeente=GM0214"
  measure "all kernen, page 1 (pageSize 20)" "/api/v1/kernen"
  measure "all kernen, page 40 (pageSize 25)" "/api/v1/kernen?page=40&pageSize=25"
  measure "q=kern 99 (text search), page 1" "/api/v1/kernen?q=kern%2099"
  kill $pid; wait $pid 2>/dev/null || true
done
