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
check "build (warnings as errors)" dotnet build PcnFlow.sln -c Release --no-restore -warnaserror -nologo -clp:ErrorsOnly
check "dotnet format --verify-no-changes" dotnet format PcnFlow.sln --verify-no-changes --no-restore

run_suite() { # runs one test project and adds its counts: run_suite PROJECT RESULT-NAME [VAR=VALUE...]
  local project=$1 name=$2 code; shift 2
  echo "==> $name"
  env "$@" dotnet test "$project" -c Release --no-build --nologo --logger "trx;LogFileName=$name.trx" --results-directory "$results" \
    > "$results/$name.log" 2>&1
  code=$?
  grep -E "^\s+Failed |Error Message|Passed!|Failed!" "$results/$name.log" | head -60
  if [ -f "$results/$name.trx" ]; then
    add_trx "$results/$name.trx"
    [ $code -ne 0 ] && ! grep -q 'failed="[1-9]' "$results/$name.trx" && { echo "FAILED: $name exited $code"; failed=$((failed + 1)); }
  else
    echo "FAILED: $name produced no results (exit $code)"; tail -30 "$results/$name.log"; failed=$((failed + 1))
  fi
}

for project in tests/*/*.csproj; do
  run_suite "$project" "$(basename "$project" .csproj)"
done

# The server suite again on a private PostgreSQL cluster (scripts/postgres.sh), where its PostgreSQL-only tests
# run instead of being skipped. A cluster that will not start is a failure, not a quiet skip.
echo "==> PostgreSQL"
if pg_url=$(scripts/postgres.sh start 2> "$results/postgres.log"); then
  run_suite tests/PcnFlow.Server.Tests/PcnFlow.Server.Tests.csproj PcnFlow.Server.Tests.Postgres PCNFLOW_TEST_POSTGRES="$pg_url"
else
  echo "FAILED: PostgreSQL could not be started"; tail -30 "$results/postgres.log"; failed=$((failed + 1))
fi
stop_postgres

echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
