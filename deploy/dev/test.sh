#!/usr/bin/env bash
# The README's test command: starts Redis and PostgreSQL, runs every test, and ends with "N passed, N failed".
# Extra arguments go to dotnet test (for example --filter FullyQualifiedName~Acd).
set -uo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$repo"

env_lines=$(deploy/dev/services.sh up) || exit 1
eval "$env_lines"

results=$repo/TestResults
rm -rf "$results"
dotnet test Ivr.sln --logger trx --results-directory "$results" "$@"
status=$?

deploy/dev/test-summary.sh "$results" || status=1
exit $status
