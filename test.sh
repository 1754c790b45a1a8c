#!/usr/bin/env bash
# Builds everything with warnings as errors, checks formatting, runs every test suite and ends with one
# summary line: "N passed, N failed, N skipped". Exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

results="$PWD/.test-results"
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

for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  echo "==> $name"
  dotnet test "$project" -c Release --no-build --nologo --logger "trx;LogFileName=$name.trx" --results-directory "$results" \
    > "$results/$name.log" 2>&1
  code=$?
  grep -E "^\s+Failed |Error Message|Passed!|Failed!" "$results/$name.log" | head -60
  if [ -f "$results/$name.trx" ]; then
    add_trx "$results/$name.trx"
    [ $code -ne 0 ] && ! grep -q 'failed="[1-9]' "$results/$name.trx" && { echo "FAILED: $name exited $code"; failed=$((failed + 1)); }
  else
    echo "FAILED: $name produced no results (exit $code)"; tail -30 "$results/$name.log"; failed=$((failed + 1))
  fi
done

echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
