#!/usr/bin/env bash
# Adds up the TRX files in a folder and prints "N passed, N failed" (", N skipped" when any); fails on any failure.
set -euo pipefail
results=${1:?usage: test-summary.sh RESULTS_FOLDER}

passed=0 failed=0 skipped=0 files=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  files=$((files + 1))
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  attribute() { printf '%s' "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
  passed=$((passed + $(attribute passed)))
  failed=$((failed + $(attribute failed) + $(attribute error) + $(attribute timeout) + $(attribute aborted)))
  skipped=$((skipped + $(attribute total) - $(attribute executed)))
done

if [ "$files" -eq 0 ]; then
  echo "no test results in $results: the test run did not start"
  echo "0 passed, 1 failed"
  exit 1
fi
line="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "$line"
[ "$failed" -eq 0 ]
