#!/usr/bin/env bash
# Benchmark: does a page of each big list cost the same at a million rows as at a thousand — the first page, and a
# deep page reached by the cursor of a `next` link? The four lists: registry GET /kernen and /initiatieven,
# assessment GET /beoordelingen, evaluation GET /evaluaties (issue 9: p50 at 1 000 000 rows ≤ 1.5 × p50 at 1 000).
#
# Needs psql, wrk, curl and python3 (apt-get install postgresql-client wrk). Builds the jars and helper classpaths
# as ./run-suite does when they are missing. Starts its own embedded PostgreSQL and local token provider (the
# assessment and evaluation lists need a raadpleger of the gemeente: buren-medewerker, GM0214); then per list and
# per row count a scratch database, the service on port 18081 against it, the rows written with generate_series,
# and wrk on loopback (2 threads, 8 connections, BENCH_SECONDS per line).
# The deep page is the one after page ROWS/40 (the middle of the list): its cursor is read from the `next` link
# of that page by number, once; the line "by number" measures that offset page itself, for comparison.
# Usage: bench/list-pagination.sh   (BENCH_ROWS="1000 1000000", BENCH_SECONDS=10, BENCH_WARMUP=5, BENCH_LISTS="kernen initiatieven
#        beoordelingen evaluaties", BENCH_PORTS="18081 18434 18190": service, database, token provider)
set -euo pipefail
cd "$(dirname "$0")/.."
source build-tools/suite-functions.sh

ROWS_LIST=${BENCH_ROWS:-"1000 1000000"}
SECONDS_PER_LINE=${BENCH_SECONDS:-10}
WARMUP=${BENCH_WARMUP:-5}
LISTS=${BENCH_LISTS:-"kernen initiatieven beoordelingen evaluaties"}
read -r PORT DB_PORT IDP_PORT <<< "${BENCH_PORTS:-18081 18434 18190}"
PSQL="psql -q -v ON_ERROR_STOP=1 -h localhost -p $DB_PORT -U postgres"
LOGS=.suite/bench-lists
PAGE_SIZE=20
mkdir -p "$LOGS"

for module in api-rules registry-service assessment-service evaluation-service; do
  if [ ! -f "$module/target/suite-classpath.txt" ] || { [ "$module" != api-rules ] && [ ! -f "$module/target/quarkus-app/quarkus-run.jar" ]; }; then
    mvn -B -q -Dstyle.color=never ${SUITE_MAVEN_ARGS:-} package org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
      -DskipTests -Dlint.skip -Dmdep.outputFile=target/suite-classpath.txt -Dmdep.includeScope=test
    break
  fi
done

pids=()
service_pid=""
finish() {
  [ -n "$service_pid" ] && kill "$service_pid" 2>/dev/null && wait "$service_pid" 2>/dev/null || true
  local p
  for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap finish EXIT

suite_start_database "$DB_PORT" "$LOGS/database.log" postgres
pids+=("$STARTED_PID")
suite_await_database "$STARTED_PID" "$LOGS/database.log"
suite_start_local_idp "$IDP_PORT" "$LOGS/identity-provider.log"
pids+=("$STARTED_PID")
suite_await_local_idp "$STARTED_PID" "$LOGS/identity-provider.log"

token() { # a raadpleger (and more) of GM0214, fresh for each service start
  curl -sf "$ISSUER/protocol/openid-connect/token" -d grant_type=password -d client_id=participatie-demo \
    -d username=buren-medewerker -d password=demo | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}

start_service() { # module database: the demo profile (its local secrets) without its demo data
  QUARKUS_PROFILE=demo _DEMO_SUITE_DEMO_DATA_ENABLED=false QUARKUS_HTTP_PORT=$PORT QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$DB_PORT/$2" \
    QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD= QUARKUS_HTTP_ACCESS_LOG_ENABLED=false \
    SUITE_OIDC_ISSUER="$ISSUER" SUITE_OIDC_CLIENT_ID="$1" SUITE_OIDC_CLIENT_SECRET="alleen-demo-$1-geen-productiegeheim" \
    java -jar "$1/target/quarkus-app/quarkus-run.jar" > "$LOGS/$1.log" 2>&1 &
  service_pid=$!
  suite_until_ready 120 "$service_pid" "$1" curl -sf "localhost:$PORT/q/health/ready"
}

stop_service() {
  kill "$service_pid"; wait "$service_pid" 2>/dev/null || true
  service_pid=""
}

# The rows of each list, in a database its service has just migrated. Newest-first lists get one moment per two
# rows, so that the cursor's tiebreaker (the id) is at work.
rows_sql() { # list rows
  case $1 in
    kernen) cat <<SQL ;;
-- 1 000 gemeenten; GM0214 always has 15 kernen, the rest of the rows are spread over the others.
INSERT INTO gemeente (code, naam) SELECT 'GM' || lpad(g::text, 4, '0'), 'Gemeente ' || g FROM generate_series(1, 1000) g;
INSERT INTO kern (id, gemeente_code, naam)
  SELECT gen_random_uuid(), 'GM0214', 'Kern ' || k FROM generate_series(1, 15) k;
INSERT INTO kern (id, gemeente_code, naam)
  SELECT gen_random_uuid(), 'GM' || lpad((1 + k % 999 + (CASE WHEN 1 + k % 999 >= 214 THEN 1 ELSE 0 END))::text, 4, '0'), 'Kern ' || k
  FROM generate_series(1, $2 - 15) k;
SQL
    initiatieven) cat <<SQL ;;
INSERT INTO gemeente (code, naam) VALUES ('GM0214', 'Buren'), ('GM0216', 'Culemborg');
INSERT INTO initiatief (id, gemeente_code, titel, doel, activiteit, schaal, initiatiefnemer_type, initiatiefnemer_naam,
                        status, aangemaakt_op)
  SELECT gen_random_uuid(), CASE WHEN n % 10 = 0 THEN 'GM0216' ELSE 'GM0214' END, 'Initiatief ' || n, 'Een doel',
         'Een activiteit', 'DORP_WIJK', 'INWONER', 'Een inwoner', 'INGEDIEND',
         timestamptz '2026-01-01 00:00:00Z' - (n / 2) * interval '1 second'
  FROM generate_series(1, $2) n;
SQL
    beoordelingen) cat <<SQL ;;
-- The stored answers and outcome of OpgeslagenUitkomstTest: what the list reads from every row.
\\set invoer \`cat assessment-service/src/test/resources/opgeslagen/invoer-zonder-schemaversie.json\`
\\set uitkomst \`cat assessment-service/src/test/resources/opgeslagen/uitkomst-zonder-schemaversie.json\`
INSERT INTO beoordeling (id, gemeente_code, invoer, uitkomst, niveau, ladderniveau, intensiteit, regelset_versie, aangemaakt_op)
  SELECT gen_random_uuid(), 'GM0214', :'invoer'::jsonb, :'uitkomst'::jsonb, 'MEEDOEN', 'COPRODUCEREN', 'MIDDEL', 1,
         timestamptz '2026-01-01 00:00:00Z' - (n / 2) * interval '1 second'
  FROM generate_series(1, $2) n;
SQL
    evaluaties) cat <<SQL ;;
INSERT INTO evaluatie (id, gemeente_code, initiatief_id, gepland_niveau_bron, gerealiseerd_niveau, gedeeld, aangemaakt_op)
  SELECT gen_random_uuid(), 'GM0214', gen_random_uuid(), 'GEEN_BEOORDELING', 'RAADPLEGEN', n % 3 = 0,
         timestamptz '2026-01-01 00:00:00Z' - (n / 2) * interval '1 second'
  FROM generate_series(1, $2) n;
SQL
  esac
}

module_of() { case $1 in kernen|initiatieven) echo registry-service ;; beoordelingen) echo assessment-service ;; evaluaties) echo evaluation-service ;; esac; }
query_of() { case $1 in kernen) echo "" ;; *) echo "gemeente=GM0214&" ;; esac; }

measure() { # label path
  local out
  # One request first: it must succeed, and the first use of a query (class loading, Hibernate's query plan) is not
  # what the line measures.
  curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN" "http://localhost:$PORT$2"
  out=$(wrk -t2 -c8 -d"${SECONDS_PER_LINE}s" --latency -H "Authorization: Bearer $TOKEN" "http://localhost:$PORT$2" \
    | awk '/Requests\/sec/{r=$2} / 50%/{p50=$2} / 99%/{p99=$2} /Non-2xx/{e=$NF} /Socket errors/{s=$0} END{print r" req/s, p50 "p50", p99 "p99 (e ? ", NON-2XX " e : "") (s ? ", " s : "")}')
  printf '| %-13s | %-9s | %-44s | %s |\n' "$LIST" "$ROWS" "$1" "$out"
}

echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| list          | rows      | page                                         | throughput, latency |"
echo "|---------------|-----------|----------------------------------------------|---------------------|"
for LIST in $LISTS; do
  MODULE=$(module_of "$LIST")
  for ROWS in $ROWS_LIST; do
    $PSQL -d postgres -c "DROP DATABASE IF EXISTS bench" -c "CREATE DATABASE bench"
    start_service "$MODULE" bench
    rows_sql "$LIST" "$ROWS" > "$LOGS/rows.sql"
    $PSQL -d bench -f "$LOGS/rows.sql"
    $PSQL -d bench -c "ANALYZE"
    TOKEN=$(token)
    BASE="/api/v1/$LIST?$(query_of "$LIST")"
    DEEP=$(( ROWS / PAGE_SIZE / 2 ))
    NEXT=$(curl -sf -D - -o /dev/null -H "Authorization: Bearer $TOKEN" "http://localhost:$PORT${BASE}page=$DEEP&pageSize=$PAGE_SIZE" \
      | sed -n 's/^[Ll]ink:.*<\([^>]*\)>; rel="next".*/\1/p' | tr -d '\r')
    [ -n "$NEXT" ] || { echo "no next link on page $DEEP of $LIST"; exit 1; }
    NEXT=$(echo "$NEXT" | sed 's#^https\?://[^/]*##') # the link is absolute (the request's own base); keep the path
    # Warm-up, unmeasured: a fresh JVM and a freshly written table would otherwise weigh on the first line only.
    for url in "${BASE}pageSize=$PAGE_SIZE" "$NEXT"; do
      wrk -t2 -c8 -d"${WARMUP}s" -H "Authorization: Bearer $TOKEN" "http://localhost:$PORT$url" > /dev/null
    done
    measure "page 1" "${BASE}pageSize=$PAGE_SIZE"
    measure "page $((DEEP + 1)) by cursor" "$NEXT"
    measure "page $DEEP by number (offset), for comparison" "${BASE}page=$DEEP&pageSize=$PAGE_SIZE"
    stop_service
  done
done
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
