#!/usr/bin/env bash
# Builds everything with warnings as errors, checks formatting, runs every test suite and ends with one
# summary line: "N passed, N failed, N skipped". Exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

results="$PWD/.test-results"
# test.sh's cluster has its own state file, so it never stops one a developer started by hand.
export PCNFLOW_PG_STATE="$results/postgres.state"
stop_postgres() { scripts/postgres.sh stop > /dev/null 2>&1 || true; }
stop_postgres # one left by a run that was killed
trap stop_postgres EXIT
rm -rf "$results" && mkdir -p "$results"
passed=0 failed=0 skipped=0

check() { # a build step that counts as one test: check NAME COMMAND...
  local name=$1; shift
  echo "==> $name"
  if "$@"; then passed=$((passed + 1)); else echo "FAILED: $name"; failed=$((failed + 1)); fi
}

add_trx() { # adds the counters of a TRX file to the totals
  local file=$1 total p f
  total=$(grep -o '<Counters [^>]*' "$file" | sed -E 's/.* total="([0-9]+)".*/\1/')
  p=$(grep -o '<Counters [^>]*' "$file" | sed -E 's/.* passed="([0-9]+)".*/\1/')
  f=$(grep -o '<Counters [^>]*' "$file" | sed -E 's/.* failed="([0-9]+)".*/\1/')
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + total - p - f))
  echo "    $(basename "$file" .trx): $p passed, $f failed, $((total - p - f)) skipped"
}

check "restore" dotnet restore PcnFlow.sln
# The designer is built and checked in steps of its own below, so the server build skips its npm build.
check "build (warnings as errors)" dotnet build PcnFlow.sln -c Release --no-restore -warnaserror -nologo -clp:ErrorsOnly -p:SkipDesignerBuild=true
check "dotnet format --verify-no-changes" dotnet format PcnFlow.sln --verify-no-changes --no-restore

run_suite() { # runs one test project and adds its counts: run_suite PROJECT RESULT-NAME FILTER [VAR=VALUE...]
  local project=$1 name=$2 filter=$3 code; shift 3
  echo "==> $name"
  env "$@" dotnet test "$project" -c Release --no-build --nologo ${filter:+--filter "$filter"} --logger "trx;LogFileName=$name.trx" --results-directory "$results" \
    > "$results/$name.log" 2>&1
  code=$?
  grep -E "^\s+Failed |Error Message|Passed!|Failed!" "$results/$name.log" | head -60
  if [ -f "$results/$name.trx" ]; then
    # The figures a suite prints (the resilience suite's delivery counts, per-node split and timings).
    grep -o '\[figure\][^<]*' "$results/$name.trx" | sed 's/&amp;/\&/g' | sort -u | head -20
    add_trx "$results/$name.trx"
    [ $code -ne 0 ] && ! grep -q 'failed="[1-9]' "$results/$name.trx" && { echo "FAILED: $name exited $code"; failed=$((failed + 1)); }
  else
    echo "FAILED: $name produced no results (exit $code)"; tail -30 "$results/$name.log"; failed=$((failed + 1))
  fi
}

# The PostgreSQL-only tests (classes PcnFlow.Server.Tests.Postgres.Postgres* and PcnFlow.Resilience.Tests.Postgres*, all
# [PostgresFact]) are left out of the SQLite pass rather than reported as skipped: they run in the PostgreSQL pass below,
# where a missing server is a failure.
# The resilience suite runs at CI size (see tests/PcnFlow.Resilience.Tests/Infrastructure/Settings.cs and the README for
# the full size): the SQLite crash test with 5 kills and 40 tasks here, the two-node tests with 100 reminders below.
for project in tests/*/*.csproj; do
  filter="" sizes=()
  [[ $project == */PcnFlow.Server.Tests.csproj ]] && filter="FullyQualifiedName!~PcnFlow.Server.Tests.Postgres.Postgres"
  [[ $project == */PcnFlow.Resilience.Tests.csproj ]] && filter="FullyQualifiedName!~PcnFlow.Resilience.Tests.Postgres" \
    && sizes=(PCNFLOW_RESILIENCE_KILLS=5 PCNFLOW_RESILIENCE_CRASH_TASKS=40)
  run_suite "$project" "$(basename "$project" .csproj)" "$filter" "${sizes[@]}"
done

attr() { # attr FILE ELEMENT NAME: the value of one attribute on the first ELEMENT in FILE
  grep -o "<$2 [^>]*" "$1" | head -1 | grep -o " $3=\"[0-9]*\"" | grep -o '[0-9]*'
}

add_junit() { # adds the counters of a JUnit XML file (vitest's junit reporter) to the totals
  local file=$1 total f s p
  total=$(attr "$file" testsuites tests)
  f=$(( $(attr "$file" testsuites failures) + $(attr "$file" testsuites errors) ))
  s=$(grep -c '<skipped' "$file")
  p=$((total - f - s))
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
  echo "    $(basename "$file" .xml): $p passed, $f failed, $s skipped"
}

install_chromium() { # Debian's Chromium for the browser tests, when it is not there yet
  [ -x /usr/bin/chromium ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "    installing chromium with apt-get"
  $sudo apt-get update -q > "$results/chromium-apt.log" 2>&1 \
    && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >> "$results/chromium-apt.log" 2>&1
}

run_e2e() { # the browser tests: a real server (the Release build above) and designer/dist, driven in Chromium
  local code
  echo "==> designer e2e (browser tests)"
  if ! install_chromium; then
    echo "FAILED: chromium could not be installed"; tail -20 "$results/chromium-apt.log"; failed=$((failed + 1)); return
  fi
  if [ ! -f designer/dist/index.html ]; then
    echo "FAILED: designer e2e needs designer/dist, which the designer build did not produce"; failed=$((failed + 1)); return
  fi
  (cd designer && npm run --silent e2e -- --reporter=dot --reporter=junit --outputFile.junit="$results/e2e.xml" > "$results/e2e.log" 2>&1)
  code=$?
  # Failures, totals and the performance figures the specs print (see figure() in designer/e2e/harness).
  grep -E "FAIL|✗|×|Test Files|Tests |\[figure\]" "$results/e2e.log" | head -60
  if [ -f "$results/e2e.xml" ]; then
    add_junit "$results/e2e.xml"
    [ $code -ne 0 ] && ! grep -q 'failures="[1-9]' "$results/e2e.xml" && { echo "FAILED: designer e2e exited $code"; tail -30 "$results/e2e.log"; failed=$((failed + 1)); }
  else
    echo "FAILED: designer e2e produced no results (exit $code)"; tail -30 "$results/e2e.log"; failed=$((failed + 1))
  fi
}

# The designer: npm packages from its lock file, then lint, types, a production build and the vitest suite.
echo "==> designer"
if (cd designer && npm ci --no-audit --no-fund --loglevel=error > "$results/designer-npm.log" 2>&1); then
  check "designer lint" bash -c "cd designer && npm run --silent lint"
  check "designer API types match designer/openapi.json" bash -c "cd designer && npm run --silent api-types:check"
  check "designer typecheck" bash -c "cd designer && npm run --silent typecheck"
  check "designer build" bash -c "cd designer && npx vite build --logLevel error > '$results/designer-build.log' 2>&1 || { cat '$results/designer-build.log'; false; }"
  echo "==> designer vitest"
  (cd designer && npx vitest run --reporter=dot --reporter=junit --outputFile.junit="$results/designer.xml" > "$results/designer.log" 2>&1)
  code=$?
  grep -E "FAIL|✗|×|Test Files|Tests " "$results/designer.log" | head -40
  if [ -f "$results/designer.xml" ]; then
    add_junit "$results/designer.xml"
    [ $code -ne 0 ] && ! grep -q 'failures="[1-9]' "$results/designer.xml" && { echo "FAILED: designer vitest exited $code"; tail -30 "$results/designer.log"; failed=$((failed + 1)); }
  else
    echo "FAILED: designer vitest produced no results (exit $code)"; tail -30 "$results/designer.log"; failed=$((failed + 1))
  fi
  run_e2e
else
  echo "FAILED: npm ci in designer/"; tail -30 "$results/designer-npm.log"; failed=$((failed + 1))
fi

# The server suite again on a private PostgreSQL cluster (scripts/postgres.sh), where its PostgreSQL-only tests
# run instead of being skipped, and the checks of SQLite's own settings are left out. A cluster that will not start is
# a failure, not a quiet skip.
echo "==> PostgreSQL"
if pg_url=$(scripts/postgres.sh start 2> "$results/postgres.log"); then
  run_suite tests/PcnFlow.Server.Tests/PcnFlow.Server.Tests.csproj PcnFlow.Server.Tests.Postgres "FullyQualifiedName!~PcnFlow.Server.Tests.Database.Sqlite" PCNFLOW_TEST_POSTGRES="$pg_url"
  run_suite tests/PcnFlow.Resilience.Tests/PcnFlow.Resilience.Tests.csproj PcnFlow.Resilience.Tests.Postgres "FullyQualifiedName~PcnFlow.Resilience.Tests.Postgres" \
    PCNFLOW_TEST_POSTGRES="$pg_url" PCNFLOW_RESILIENCE_REMINDERS=100
else
  echo "FAILED: PostgreSQL could not be started"; tail -30 "$results/postgres.log"; failed=$((failed + 1))
fi
stop_postgres

echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
