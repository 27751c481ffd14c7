#!/usr/bin/env bash
# Adds up the TRX files in a folder and its subfolders and prints "N passed, N failed" (", N skipped" when any);
# fails on any failure. A subfolder holds a second run of some tests (test.sh puts the ACD tests against Redis
# Cluster in on-redis-cluster/): it gets its own line first, and counts in the total. Failed tests are named last,
# with the first line of their message, so the tail of a long run's output says what failed.
set -euo pipefail
results=${1:?usage: test-summary.sh RESULTS_FOLDER}

passed=0 failed=0 skipped=0 files=0
count() {
  passed=0 failed=0 skipped=0 files=0
  local trx counters
  for trx in "$@"; do
    [ -f "$trx" ] || continue
    files=$((files + 1))
    counters=$(grep -o '<Counters [^>]*>' "$trx")
    attribute() { printf '%s' "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
    passed=$((passed + $(attribute passed)))
    failed=$((failed + $(attribute failed) + $(attribute error) + $(attribute timeout) + $(attribute aborted)))
    skipped=$((skipped + $(attribute total) - $(attribute executed)))
  done
}
line() {
  local text="$passed passed, $failed failed"
  [ "$skipped" -gt 0 ] && text="$text, $skipped skipped"
  printf '%s' "$text"
}

for run in "$results"/*/; do
  count "$run"*.trx
  [ "$files" -gt 0 ] && echo "$(basename "$run"): $(line)"
done

count "$results"/*.trx "$results"/*/*.trx
if [ "$files" -eq 0 ]; then
  echo "no test results in $results: the test run did not start"
  echo "0 passed, 1 failed"
  exit 1
fi
if [ "$failed" -gt 0 ]; then
  python3 "$(dirname "${BASH_SOURCE[0]}")/failed-tests.py" "$results"/*.trx "$results"/*/*.trx || true
fi
line; echo
[ "$failed" -eq 0 ]
