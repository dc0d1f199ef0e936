# Shell functions shared by ./run-suite, bench/run (through ./run-suite) and .ci/restart-test: how the suite's local
# helpers (the development-token provider, the embedded PostgreSQL) and a service are started. Sourced from the
# repository root, never run. Each start function only launches, in the background, and leaves the process id in
# STARTED_PID, so the caller records it for its own clean-up before waiting.

# suite_test_classpath MODULE -> its test classpath; the helpers live in test scope. Needs target/suite-classpath.txt,
# written by: mvn package org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath
#               -Dmdep.outputFile=target/suite-classpath.txt -Dmdep.includeScope=test
suite_test_classpath() {
  echo "$1/target/test-classes:$1/target/classes:$(cat "$1/target/suite-classpath.txt")"
}

# suite_until_ready TIMEOUT PID WHAT COMMAND...: polls COMMAND each second; fails when PID ends or TIMEOUT passes.
suite_until_ready() {
  local timeout=$1 pid=$2 what=$3; shift 3
  for _ in $(seq 1 "$timeout"); do
    "$@" >/dev/null 2>&1 && return 0
    kill -0 "$pid" 2>/dev/null || { echo "$what stopped while starting; see ${SUITE_LOGS:-.suite}/"; return 1; }
    sleep 1
  done
  "$@" >/dev/null 2>&1 || { echo "$what was not ready after ${timeout}s; see ${SUITE_LOGS:-.suite}/"; return 1; }
}

# suite_start_local_idp PORT LOG: the local development-token provider (ONTWIKKELTOKENS - niet voor productie).
# suite_await_local_idp PID LOG: waits for it and sets ISSUER.
suite_start_local_idp() {
  : > "$2" # emptied here, not by the background job's redirect: the wait below must not read a previous run's line
  java -cp "$(suite_test_classpath api-rules)" nl.participatiesuite.apirules.test.LocalIdentityProvider "$1" > "$2" 2>&1 &
  STARTED_PID=$!
}
suite_await_local_idp() {
  suite_until_ready 60 "$1" "The local token provider" grep -q LOCAL-IDENTITY-PROVIDER-READY "$2" || return 1
  ISSUER=$(sed -n 's/^LOCAL-IDENTITY-PROVIDER-READY //p' "$2")
  suite_until_ready 30 "$1" "The local token provider" curl -sf "$ISSUER/.well-known/openid-configuration"
}

# suite_start_database PORT LOG DATABASE...: the embedded PostgreSQL with these databases. With SUITE_DB_DATA set,
# in that directory, kept across stops and with PostgreSQL's durable commit (see SuiteDatabase).
# suite_await_database PID LOG: waits until it accepts connections.
suite_start_database() {
  local port=$1 log=$2; shift 2
  : > "$log"
  java -cp "$(suite_test_classpath registry-service)" nl.participatiesuite.registry.support.SuiteDatabase \
    "$port" "$@" > "$log" 2>&1 &
  STARTED_PID=$!
}
suite_await_database() {
  suite_until_ready 120 "$1" PostgreSQL grep -q SUITE-DATABASE-READY "$2" || { cat "$2"; return 1; }
}

# suite_memory_cgroup NAME MIB: makes a memory cgroup for one service, limited to MIB with no swap, as a pod's
# container limit is, and prints its directory. Fails where this machine offers none (not root, or no writable
# memory controller). Its name ends in this shell's process id, so suite_remove_memory_cgroups finds it.
suite_memory_cgroup() {
  local bytes=$(( $2 * 1024 * 1024 )) dir
  if [ -f /sys/fs/cgroup/memory/memory.limit_in_bytes ]; then # cgroup v1: below this shell's own memory cgroup
    dir="$(suite_memory_cgroup_of self)/suite-$1-$$"
    mkdir -p "$dir" 2>/dev/null && echo "$bytes" > "$dir/memory.limit_in_bytes" || return 1
    if [ -f "$dir/memory.memsw.limit_in_bytes" ]; then echo "$bytes" > "$dir/memory.memsw.limit_in_bytes" || return 1; fi
  elif grep -qw memory /sys/fs/cgroup/cgroup.subtree_control 2>/dev/null; then # cgroup v2
    dir="/sys/fs/cgroup/suite-$1-$$"
    mkdir -p "$dir" 2>/dev/null && echo "$bytes" > "$dir/memory.max" || return 1
    if [ -f "$dir/memory.swap.max" ]; then echo 0 > "$dir/memory.swap.max" || return 1; fi
  else
    return 1
  fi
  echo "$dir"
}
# suite_memory_cgroup_of PID: the directory of the memory cgroup that process is in (cgroup v1 or v2); PID may be self.
suite_memory_cgroup_of() {
  local v1
  v1=$(awk -F: '$2 == "memory" {print $3}' "/proc/$1/cgroup")
  if [ -n "$v1" ]; then
    echo "/sys/fs/cgroup/memory${v1%/}"
  else
    echo "/sys/fs/cgroup$(awk -F: '$1 == "0" {print $3}' "/proc/$1/cgroup")"
  fi
}
# suite_memory_cgroup_prefix NAME: sets SUITE_IN_CGROUP to the words that start a command inside a new memory cgroup
# of SUITE_MEMORY_LIMIT_MIB (suite_memory_cgroup); to none without that setting.
suite_memory_cgroup_prefix() {
  SUITE_IN_CGROUP=()
  [ -n "${SUITE_MEMORY_LIMIT_MIB:-}" ] || return 0
  local cgroup
  cgroup=$(suite_memory_cgroup "$1" "$SUITE_MEMORY_LIMIT_MIB") \
    || { echo "SUITE_MEMORY_LIMIT_MIB needs a memory cgroup, and this machine gives none (run as root)" >&2; return 1; }
  # shellcheck disable=SC2016 # $$ and $0 belong to the small shell that moves itself in, then becomes the command
  SUITE_IN_CGROUP=(sh -c 'echo $$ > "$0/cgroup.procs" && exec "$@"' "$cgroup")
}
# suite_remove_memory_cgroups: removes the cgroups suite_memory_cgroup made for this shell (with SUITE_MEMORY_LIMIT_MIB).
suite_remove_memory_cgroups() {
  [ -n "${SUITE_MEMORY_LIMIT_MIB:-}" ] || return 0
  find /sys/fs/cgroup -maxdepth 6 -type d -name "suite-*-$$" -exec rmdir {} + 2>/dev/null || true
}

# suite_start_service MODULE PORT DATABASE DB_PORT ISSUER LOG: a service from its built jar, demo profile (the Buren
# demo data), its peers at REGISTRY_PORT, ASSESSMENT_PORT, EVALUATION_PORT on localhost, its own token (client
# credentials) with the demo secret of deploy/keycloak/participatie-realm.json (the local token provider takes any). SUITE_JAVA_OPTS (words)
# go to its java command, e.g. a memory budget: SUITE_JAVA_OPTS="-XX:MaxRAM=256m -XX:+UseSerialGC".
# With SUITE_MEMORY_LIMIT_MIB, the service runs in a memory cgroup of that size (suite_memory_cgroup): the kernel
# enforces the budget, page cache included, and kills the service when it does not fit.
suite_start_service() {
  local java_opts=()
  read -r -a java_opts <<< "${SUITE_JAVA_OPTS:-}"
  suite_memory_cgroup_prefix "$1" || return 1
  QUARKUS_PROFILE=demo QUARKUS_HTTP_PORT="$2" \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$4/$3" \
  QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD= \
  REGISTRY_URL="http://localhost:${REGISTRY_PORT:-8081}" ASSESSMENT_URL="http://localhost:${ASSESSMENT_PORT:-8082}" \
  EVALUATION_URL="http://localhost:${EVALUATION_PORT:-8083}" \
  SUITE_OIDC_ISSUER="$5" \
  SUITE_OIDC_CLIENT_ID="$1" SUITE_OIDC_CLIENT_SECRET="alleen-demo-$1-geen-productiegeheim" \
    "${SUITE_IN_CGROUP[@]}" java "${java_opts[@]}" -jar "$1/target/quarkus-app/quarkus-run.jar" > "$6" 2>&1 &
  STARTED_PID=$!
}
